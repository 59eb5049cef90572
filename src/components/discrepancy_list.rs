//! Discrepancies a reader should notice, each linking to its evidence.

use crate::state::{Filtered, View};
use crossread_core::variant::{discrepancies, DiscrepancyKind};
use crossread_core::view::{outlet_label, Panel};
use leptos::prelude::*;

fn kind_label(k: DiscrepancyKind) -> &'static str {
    match k {
        DiscrepancyKind::Title => "One speaker, different titles",
        DiscrepancyKind::Number => "Numbers that disagree",
        DiscrepancyKind::QuoteSpeaker => "A quote given to different speakers",
        DiscrepancyKind::Direction => "A claim reported in opposite directions",
        DiscrepancyKind::SharedWire => "Shared wire copy",
    }
}

fn kind_word(k: DiscrepancyKind) -> &'static str {
    match k {
        DiscrepancyKind::Title => "title",
        DiscrepancyKind::Number => "number",
        DiscrepancyKind::QuoteSpeaker => "quote_speaker",
        DiscrepancyKind::Direction => "direction",
        DiscrepancyKind::SharedWire => "shared_wire",
    }
}

/// The list of discrepancies found in the listed articles.
#[component]
pub fn DiscrepancyList() -> impl IntoView {
    let filtered = expect_context::<Filtered>();
    let view = expect_context::<View>();
    move || {
        let doc = filtered.0.get();
        let found = discrepancies(&doc);
        let n = found.len();
        view! {
            <section class="discrepancies" data-testid="discrepancies" aria-labelledby="disc-title">
                <h2 id="disc-title">"Discrepancies"</h2>
                <p class="hint">"Places where the outlets disagree or copy each other. Each links to the sentences behind it."</p>
                {(n == 0).then(|| view! { <p class="empty">"No discrepancy was found in the listed articles."</p> })}
                <ul class="disc-list">
                    {found.into_iter().map(|d| {
                        let links = if d.statements.is_empty() {
                            d.articles.iter().map(|a| {
                                let label = doc.article(a).map(outlet_label).unwrap_or_else(|| a.clone());
                                let href = view.href(|v| { v.panel = Panel::Reader; v.article = Some(a.clone()); v.statement = None; });
                                view! { <li><a href=href>{label}</a></li> }
                            }).collect_view().into_any()
                        } else {
                            d.statements.iter().filter_map(|sid| doc.statements.iter().find(|s| &s.id == sid)).map(|s| {
                                let label = doc.article(&s.article).map(outlet_label).unwrap_or_default();
                                let href = view.href(|v| { v.panel = Panel::Reader; v.article = Some(s.article.clone()); v.statement = Some(s.id.clone()); });
                                view! { <li><a href=href>{label}</a> ": " <q>{s.sentence.clone()}</q></li> }
                            }).collect_view().into_any()
                        };
                        view! {
                            <li class="disc" data-kind=kind_word(d.kind)>
                                <h3>{kind_label(d.kind)}</h3>
                                <p>{d.detail.clone()}</p>
                                <ul class="disc-evidence">{links}</ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    }
}
