//! The reader: one article with its metadata, captions, paragraphs and the
//! page furniture that was removed. The core builds each part
//! ([`crossread_core::view::reader`]); this component adds the legend, the
//! mention card and the scroll to a linked statement.

use super::mention_tip::{MentionTip, Tip, TipAt};
use super::static_view::StaticView;
use crate::state::{Corpus, View};
use crossread_core::corpus::Article;
use crossread_core::search::{Field, Query};
use crossread_core::view::{reader, type_from_word};
use crossread_core::Span;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The open article, or a short guide when none is open.
#[component]
pub fn Reader() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let open = Memo::new(move |_| view.0.with(|v| v.article.clone()));

    move || {
        let Some(doc) = corpus.document() else {
            return view! { <p class="empty">"No corpus is loaded."</p> }.into_any();
        };
        match open.get() {
            None => {
                let tree = reader::welcome_view(doc);
                view! { <StaticView make=Box::new(move || tree.clone())/> }.into_any()
            }
            Some(id) if doc.article(&id).is_none() => {
                let tree = reader::not_found_view(&id);
                view! { <StaticView make=Box::new(move || tree.clone())/> }.into_any()
            }
            Some(id) => view! { <ArticleView id=id/> }.into_any(),
        }
    }
}

/// Scrolls the reader to statement `id` and marks it as the one linked to.
fn scroll_to_statement(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(list) = doc.query_selector_all("mark.statement.focused") {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.class_list().remove_1("focused");
            }
        }
    }
    let Some(el) = doc.get_element_by_id(&format!("stmt-{id}")) else {
        return;
    };
    let _ = el.class_list().add_1("focused");
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Shows the tip for the mention at `target`, if the event came from one.
fn show_tip(tip: Tip, target: Option<web_sys::EventTarget>) {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let Ok(Some(mark)) = el.closest("[data-testid=\"mention\"]") else {
        return;
    };
    let Some(entity) = mark.get_attribute("data-entity") else {
        return;
    };
    let rect = mark.get_bounding_client_rect();
    let _ = mark.set_attribute("aria-describedby", "mention-tip");
    tip.0.set(Some(TipAt {
        entity,
        left: rect.left(),
        top: rect.bottom() + 6.0,
    }));
}

/// The hits of `query` in one field of `article`, as byte spans.
fn hits(corpus: &Corpus, query: &str, article: &Article, field: Field) -> Vec<Span> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    corpus
        .index()
        .highlight(&Query::parse(query), article)
        .into_iter()
        .filter(|h| h.field == field)
        .map(|h| h.span)
        .collect()
}

/// One article in full.
#[component]
fn ArticleView(
    /// The id of the article to show; it is in the corpus.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let Some(article) = corpus.document().and_then(|d| d.article(&id)) else {
        return ().into_any();
    };
    let has_mentions = !article.mentions.is_empty();
    let head = {
        let (corpus, id) = (corpus.clone(), id.clone());
        Box::new(move || {
            let a = corpus.document()?.article(&id)?;
            let hits = view.0.with(|v| hits(&corpus, &v.query, a, Field::Headline));
            Some(reader::article_head_view(a, &hits))
        })
    };
    let tip = Tip(RwSignal::new(None));
    provide_context(tip);
    // A link to a statement (from the map's evidence) scrolls to it.
    Effect::new(move |_| {
        let Some(id) = view.0.with(|v| v.statement.clone()) else {
            return;
        };
        request_animation_frame(move || scroll_to_statement(&id));
    });
    let body = {
        let (corpus, id) = (corpus.clone(), id.clone());
        Box::new(move || {
            let doc = corpus.document()?;
            let a = doc.article(&id)?;
            let statements: Vec<_> = doc.statements.iter().filter(|s| s.article == id).collect();
            Some(view.0.with(|v| {
                // The search's hits in the body, marked with the rest.
                let hits = hits(&corpus, &v.query, a, Field::Body);
                reader::article_body_view(a, &statements, v, &hits)
            }))
        })
    };
    let legend = {
        let (corpus, id) = (corpus.clone(), id.clone());
        Box::new(move || {
            let a = corpus.document().and_then(|d| d.article(&id))?;
            Some(view.0.with(|v| reader::legend_view(a, v)))
        })
    };
    // The legend's switches (built by the core) share one handler.
    let toggle = move |ev: leptos::ev::MouseEvent| {
        let kind = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-action=toggle-type]").ok().flatten())
            .and_then(|e| e.get_attribute("data-type"))
            .and_then(|w| type_from_word(&w));
        if let Some(t) = kind {
            view.update(|v| {
                if let Some(i) = v.hidden.iter().position(|h| *h == t) {
                    v.hidden.remove(i);
                } else {
                    v.hidden.push(t);
                    crossread_core::sort::natural(&mut v.hidden);
                }
            });
        }
    };
    let foot = {
        let id = id.clone();
        Box::new(move || {
            let doc = corpus.document()?;
            let a = doc.article(&id)?;
            Some(view.0.with(|v| reader::article_foot_view(doc, a, v)))
        })
    };

    view! {
        <article class="reader" data-testid="reader" data-article-id=id aria-labelledby="reader-headline">
            <StaticView make=Box::new(move || head().unwrap_or_else(|| "".into()))/>
            {has_mentions.then(|| view! {
                <div on:click=toggle>
                    <StaticView make=Box::new(move || legend().unwrap_or_else(|| "".into()))/>
                </div>
            })}
            <div
                class="body"
                data-testid="article-body"
                on:mouseover=move |ev| show_tip(tip, ev.target())
                on:focusin=move |ev| show_tip(tip, ev.target())
                on:mouseout=move |_| tip.0.set(None)
                on:focusout=move |_| tip.0.set(None)
            >
                <StaticView make=Box::new(move || body().unwrap_or_else(|| "".into()))/>
            </div>
            <MentionTip/>
            <StaticView make=Box::new(move || foot().unwrap_or_else(|| "".into()))/>
        </article>
    }
    .into_any()
}
