//! Corrections by hand: what the page's one click handler does for the
//! correction forms and Undo buttons the core builds
//! ([`crossread_core::view::corrections`]), wherever they are on the page.
//! It reads the named fields of the form around the button, lets the core
//! turn them into a correction, and hands it to the library, which
//! applies, keeps and shows it.

use crate::library::Library;
use crate::state::View;
use crossread_core::view::corrections::from_form;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The (name, value) pairs of the named fields inside `form`; a checkbox
/// only when checked.
fn fields_of(form: &Element) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(list) = form.query_selector_all("input[name],select[name]") else {
        return out;
    };
    for i in 0..list.length() {
        let Some(node) = list.item(i) else { continue };
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            if input.type_() != "checkbox" || input.checked() {
                out.push((input.name(), input.value()));
            }
        } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
            out.push((select.name(), select.value()));
        }
    }
    out
}

/// Moves focus, once the page is drawn again, to the element with id
/// `id`, or else to the notice that says what was done.
fn refocus(id: String) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let el = doc
            .get_element_by_id(&id)
            .or_else(|| doc.get_element_by_id("corpus-notice"));
        if let Some(el) = el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// What a click on a correction form's button (`action` `correct`) or an
/// Undo of the list (`undo-correction`) does, wherever it is on the page:
/// the page's one click handler calls this for those actions.
pub fn on_correct(ev: &leptos::ev::MouseEvent, action: &str, lib: Library, view: View) {
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("[data-action]").ok().flatten())
    else {
        return;
    };
    let attr = |name: &str| button.get_attribute(name).unwrap_or_default();
    match action {
        "correct" => {
            let form = button.closest("[data-form]").ok().flatten();
            let fields = form.as_ref().map(fields_of).unwrap_or_default();
            // Focus returns to the first control of the form.
            let back = form
                .and_then(|f| {
                    f.query_selector("select[id],input[id],summary[id]")
                        .ok()
                        .flatten()
                })
                .map(|e| e.id())
                .unwrap_or_default();
            match from_form(&attr("data-kind"), &attr("data-target"), &fields) {
                Some(c) => {
                    lib.correct(c, view);
                    refocus(back);
                }
                None => lib.status.set(crate::library::Status {
                    errors: vec!["Choose the entity or the claim to merge it into first.".into()],
                    ..Default::default()
                }),
            }
        }
        "undo-correction" => {
            if let Ok(i) = attr("data-index").parse::<usize>() {
                lib.uncorrect(Some(i), view);
            }
        }
        _ => {}
    }
}
