//! The same quote as different outlets render it, aligned with a word diff.

use crate::state::Filtered;
use crossread_core::variant::{quote_variants, DiffOp};
use crossread_core::view::outlet_label;
use leptos::prelude::*;

/// Every quote carried by more than one article, each rendering with its
/// differences from the first.
#[component]
pub fn QuoteCompare() -> impl IntoView {
    let filtered = expect_context::<Filtered>();
    move || {
        let doc = filtered.0.get();
        let variants = quote_variants(&doc);
        let n = variants.len();
        view! {
            <section class="quote-compare" data-testid="quote-compare" aria-labelledby="quotes-title">
                <h2 id="quotes-title">"Quotes compared"</h2>
                <p class="hint">
                    {format!("{n} quotes appear in more than one article. ")}
                    "Each rendering is compared word by word with the first: "
                    <del>"struck words"</del> " are missing, " <ins>"underlined words"</ins> " are added."
                </p>
                {(n == 0).then(|| view! { <p class="empty">"No quote appears in more than one of the listed articles."</p> })}
                <ol class="variants">
                    {variants.into_iter().map(|v| view! {
                        <li class="variant" data-testid="quote-variant">
                            <ul>
                                {v.renderings.into_iter().map(|r| {
                                    let outlet = doc.article(&r.article).map(outlet_label).unwrap_or_default();
                                    let speaker = r.speaker.as_ref().and_then(|s| doc.entities.iter().find(|e| &e.id == s)).map(|e| e.name.clone()).unwrap_or_else(|| "unknown speaker".into());
                                    let changed = r.diff.iter().any(|d| !matches!(d, DiffOp::Equal(_)));
                                    view! {
                                        <li class="rendering" data-article=r.article.clone() data-changed=changed.to_string()>
                                            <p class="evidence-source"><strong>{outlet}</strong> " · " {speaker}</p>
                                            <blockquote>
                                                {r.diff.into_iter().map(|d| match d {
                                                    DiffOp::Equal(w) => view! { <span>{w} " "</span> }.into_any(),
                                                    DiffOp::Delete(w) => view! { <del>{w}</del> " " }.into_any(),
                                                    DiffOp::Insert(w) => view! { <ins>{w}</ins> " " }.into_any(),
                                                }).collect_view()}
                                            </blockquote>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        }
    }
}
