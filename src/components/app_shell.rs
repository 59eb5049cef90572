//! The page layout: header, article list, reader, and keyboard shortcuts.

use super::article_list::ArticleList;
use super::reader::Reader;
use super::theme_toggle::ThemeToggle;
use crate::state::{Corpus, View};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The whole page: a header, the list of articles and the open article.
#[component]
pub fn AppShell() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();

    // j / k move between articles from anywhere but a text field.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_field(&ev) {
            return;
        }
        let delta = match ev.key().as_str() {
            "j" => 1,
            "k" => -1,
            _ => return,
        };
        let Some(doc) = corpus.document() else { return };
        let current = view.0.with_untracked(|v| v.article.clone());
        if let Some(next) = doc.step(current.as_deref(), delta) {
            ev.prevent_default();
            view.open_article(&next.id);
            focus_list_item(&next.id);
        }
    });
    on_cleanup(move || keys.remove());

    let error = expect_context::<Corpus>()
        .0
        .as_ref()
        .as_ref()
        .err()
        .map(|e| e.to_string());

    view! {
        <a class="skip-link" href="#reader-main">"Skip to the article"</a>
        <header class="site-header">
            <div class="brand">
                <h1>"Crossread"</h1>
                <p class="tagline">"How several outlets covered one story"</p>
            </div>
            <ThemeToggle/>
        </header>
        {error.map(|e| view! {
            <p class="error" role="alert" data-testid="error">"The corpus could not be loaded: " {e}</p>
        })}
        <div class="layout">
            <ArticleList/>
            <main id="reader-main" class="reader-pane" tabindex="-1">
                <Reader/>
            </main>
        </div>
        <footer class="site-footer">
            <p>
                "Keys: " <kbd>"j"</kbd> " next article, " <kbd>"k"</kbd> " previous, "
                <kbd>"↑"</kbd> <kbd>"↓"</kbd> " in the list. Everything runs in your browser."
            </p>
        </footer>
    }
}

/// True when the key went to a text field, where letters are typing.
fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            let tag = el.tag_name();
            tag == "INPUT"
                || tag == "TEXTAREA"
                || tag == "SELECT"
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

/// Moves keyboard focus to an article's entry in the list.
pub fn focus_list_item(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = format!(
        "[data-testid=\"article-item\"][data-article-id=\"{}\"]",
        css_escape(id)
    );
    if let Ok(Some(el)) = doc.query_selector(&selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Escapes a value for use inside a double-quoted CSS attribute selector.
fn css_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
