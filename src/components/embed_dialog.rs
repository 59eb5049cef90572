//! Embedding: the "Embed" dialog that writes an iframe snippet for the
//! current view, and, inside such an iframe, the report of the page's
//! height to the course page around it.

use super::static_view::StaticView;
use crate::state::View;
use crossread_core::view::lists::{embed_form_view, embed_snippet};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Writes the snippet for the current view and the chosen size.
fn fill(view: View) {
    let Some(area) = by_id::<web_sys::HtmlTextAreaElement>("embed-snippet") else {
        return;
    };
    let width = by_id::<web_sys::HtmlSelectElement>("embed-width")
        .map(|s| s.value())
        .unwrap_or_else(|| "100%".into());
    let height = by_id::<web_sys::HtmlInputElement>("embed-height")
        .and_then(|i| i.value().parse::<u32>().ok())
        .unwrap_or(600)
        .clamp(200, 4000);
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    area.set_value(
        &view
            .0
            .with_untracked(|v| embed_snippet(&base, v, &width, height)),
    );
}

/// Copies the snippet: the copy command works on the selection even from
/// file://; the clipboard API (secure contexts only) is the fallback.
fn copy() -> bool {
    let Some(area) = by_id::<web_sys::HtmlTextAreaElement>("embed-snippet") else {
        return false;
    };
    area.select();
    let Some(window) = web_sys::window() else {
        return false;
    };
    let legacy = window
        .document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    let navigator = window.navigator();
    let has_api = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined())
        .unwrap_or(false);
    if !legacy && has_api {
        let _ = navigator.clipboard().write_text(&area.value());
        return true;
    }
    legacy
}

fn status(text: &str) {
    if let Some(s) = by_id::<web_sys::HtmlElement>("embed-status") {
        s.set_text_content(Some(text));
    }
}

/// Opens the dialog with the snippet for the current view.
pub fn open_embed(view: View) {
    status("");
    fill(view);
    if let Some(d) = by_id::<web_sys::HtmlDialogElement>("embed-dialog") {
        let _ = d.show_modal();
    }
}

/// What the dialog's buttons do (`embed-copy`, `embed-close`), called by
/// the page's one click handler.
pub fn embed_action(action: &str) {
    if action == "embed-copy" {
        status(if copy() {
            "Copied."
        } else {
            "Select the code and copy it."
        });
    } else if let Some(d) = by_id::<web_sys::HtmlDialogElement>("embed-dialog") {
        d.close();
    }
}

/// The dialog with the snippet for the current view (its size chosen
/// there) and a copy button; [`open_embed`] opens it. It comes from the
/// core ([`embed_form_view`]); a change of size writes the snippet again.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let view = expect_context::<View>();
    let refill = move |_: web_sys::Event| fill(view);
    view! {
        <div on:input=refill on:change=refill>
            <StaticView make=Box::new(embed_form_view)/>
        </div>
    }
}

/// Inside an iframe, tells the parent page the document's height whenever
/// it changes, as `{type: "crossread:height", height}`.
pub fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"crossread:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &measured.scroll_height().into());
        let _ = parent.post_message(&msg, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    post.forget();
}
