//! The reader: one article with its metadata, legend, marked body and the
//! page furniture that was removed, or the guide when none is open. The
//! core builds it ([`crossread_core::view::reader::reader_view`]); this
//! component adds the legend's switches, the mention card and the scroll to
//! a linked statement, through handlers on the element around it.

use super::mention_tip::{mention_tip, Tip, TipAt};
use super::static_view::StaticView;
use crate::state::{Corpus, View};
use crossread_core::view::html::{el, Html};
use crossread_core::view::{reader, type_from_word};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The open article, or a short guide when none is open.
#[component]
pub fn Reader() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let tip = Tip(RwSignal::new(None));
    // A link to a statement (from the map's evidence) scrolls to it, once
    // the article is drawn; with none, no statement stays marked (the page
    // is patched, so an old mark could be reused for another statement).
    Effect::new(move |_| {
        let id = view.0.with(|v| v.statement.clone());
        request_animation_frame(move || scroll_to_statement(id.as_deref()));
    });
    let page = {
        let corpus = corpus.clone();
        Box::new(move || -> Html {
            match corpus.document() {
                Some(doc) => view.0.with(|v| reader::reader_view(doc, corpus.index(), v)),
                None => el("p")
                    .attr("class", "empty")
                    .text("No corpus is loaded.")
                    .into(),
            }
        })
    };
    let card = Box::new(move || {
        tip.0.with(|t| match t {
            Some(at) => mention_tip(&corpus, at),
            None => Html::Text(String::new()),
        })
    });
    // The legend's switches (built by the core) share one handler.
    let toggle = move |ev: leptos::ev::MouseEvent| {
        let kind = super::closest(ev.target(), "[data-action=toggle-type]")
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
    view! {
        <div
            on:click=toggle
            on:mouseover=move |ev| show_tip(tip, ev.target())
            on:focusin=move |ev| show_tip(tip, ev.target())
            on:mouseout=move |ev| hide_tip(tip, ev.target())
            on:focusout=move |ev| hide_tip(tip, ev.target())
        >
            <StaticView make=page/>
            <StaticView make=card/>
        </div>
    }
}

/// Scrolls the reader to statement `id` and marks it as the one linked to
/// (only unmarks the last one when `None`).
fn scroll_to_statement(id: Option<&str>) {
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
    let Some(el) = id.and_then(|id| doc.get_element_by_id(&format!("stmt-{id}"))) else {
        return;
    };
    let _ = el.class_list().add_1("focused");
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Hides the tip, and unlinks the mention at `target` from it: the page is
/// patched, so a link left behind could outlive the tip.
fn hide_tip(tip: Tip, target: Option<web_sys::EventTarget>) {
    if let Some(mark) = super::closest(target, "[data-testid=\"mention\"]") {
        let _ = mark.remove_attribute("aria-describedby");
    }
    tip.0.set(None);
}

/// Shows the tip for the mention at `target`, if the event came from one.
fn show_tip(tip: Tip, target: Option<web_sys::EventTarget>) {
    let Some(mark) = super::closest(target, "[data-testid=\"mention\"]") else {
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
