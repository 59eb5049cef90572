//! The corpus bar: which corpus is shown, importing files (picked, dropped
//! anywhere on the page, or pasted), renaming and deleting with undo, and
//! what the import is doing or found wrong. The markup is the core's
//! ([`lists::corpus_bar_view`]); one handler per event kind acts on it.
//! It also shows the notices and Undo of the corrections made on the page.

use super::static_view::StaticView;
use crate::library::{files_of, show, Library};
use crate::state::View;
use crossread_core::view::lists::{self, CorpusBar};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element an event happened on, as type `T`.
fn target<T: JsCast>(ev: &web_sys::Event) -> Option<T> {
    ev.target().and_then(|t| t.dyn_into::<T>().ok())
}

/// The bar above the list and the reader.
#[component]
pub fn CorpusBar() -> impl IntoView {
    let lib = expect_context::<Library>();
    let view = expect_context::<View>();
    let current = move || {
        view.0
            .with_untracked(|v| v.corpus.clone().unwrap_or_default())
    };
    let renaming = RwSignal::new(false);
    let dropping = RwSignal::new(false);

    let drag = window_event_listener(leptos::ev::dragover, move |ev| {
        ev.prevent_default();
        dropping.set(true);
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window, not moving between elements.
        if ev.related_target().is_none() {
            dropping.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        dropping.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            lib.import(files, None, view);
        }
    });
    on_cleanup(move || {
        drag.remove();
        leave.remove();
        drop.remove();
    });

    let changed = move |ev: leptos::ev::Event| {
        if let Some(input) = target::<web_sys::HtmlInputElement>(&ev) {
            if input.id() == "import-input" {
                let files = files_of(input.files());
                // Cleared, so that picking the same file again imports it again.
                input.set_value("");
                if !files.is_empty() {
                    lib.import(files, None, view);
                }
            }
        } else if let Some(select) = target::<web_sys::HtmlSelectElement>(&ev) {
            let id = select.value();
            show(view, (!id.is_empty()).then_some(id));
        }
    };
    let clicked = move |ev: leptos::ev::MouseEvent| {
        let action = target::<web_sys::Element>(&ev)
            .and_then(|e| e.closest("[data-action]").ok().flatten())
            .and_then(|e| e.get_attribute("data-action"));
        match action.as_deref() {
            Some("rename") => {
                renaming.set(true);
                // After the redraw that puts the name field in.
                request_animation_frame(|| {
                    if let Some(i) = element::<web_sys::HtmlInputElement>("corpus-name") {
                        let _ = i.focus();
                        i.select();
                    }
                });
            }
            Some("delete") => lib.delete(current(), view),
            Some("undo") => lib.undo(view),
            Some("paste") => {
                if let Some(area) = element::<web_sys::HtmlTextAreaElement>("paste-text") {
                    lib.import(Vec::new(), Some(area.value()), view);
                }
            }
            _ => {}
        }
    };
    let save = move |input: web_sys::HtmlInputElement| {
        if renaming.get_untracked() {
            renaming.set(false);
            lib.rename(current(), input.value());
        }
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let Some(input) =
            target::<web_sys::HtmlInputElement>(&ev).filter(|i| i.id() == "corpus-name")
        else {
            return;
        };
        match ev.key().as_str() {
            "Enter" => save(input),
            "Escape" => renaming.set(false),
            _ => {}
        }
    };
    let left = move |ev: leptos::ev::FocusEvent| {
        if let Some(input) =
            target::<web_sys::HtmlInputElement>(&ev).filter(|i| i.id() == "corpus-name")
        {
            save(input);
        }
    };

    let make = Box::new(move || {
        let corpora = lib
            .entries
            .with(|e| e.iter().map(|x| (x.id.clone(), x.name.clone())).collect());
        lib.status.with(|s| {
            lists::corpus_bar_view(&CorpusBar {
                corpora,
                current: view.0.with(|v| v.corpus.clone().unwrap_or_default()),
                renaming: renaming.get(),
                busy: s.busy.clone(),
                errors: s.errors.clone(),
                notice: s.notice.clone(),
                undo: s.undo,
            })
        })
    });
    view! {
        <section class="corpus-bar" class:dropping=move || dropping.get() aria-label="Corpus"
            on:change=changed on:click=clicked on:keydown=keys on:focusout=left>
            <StaticView make=make/>
        </section>
    }
}

/// The element with this id, as type `T`.
fn element<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<T>()
        .ok()
}
