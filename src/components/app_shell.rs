//! The page layout: header, article list, reader, entity panel, and the
//! keyboard shortcuts that work across them.

use super::article_list::ArticleList;
use super::corpus_bar::CorpusBar;
use super::embed_dialog::{open_embed, report_height, EmbedDialog};
use super::entity_panel::EntityPanel;
use super::export_bar::ExportBar;
use super::offline_download::save_offline;
use super::reader::Reader;
use super::static_view::{analysis, StaticView};
use super::theme_toggle::{initial_dark, set_dark};
use crate::state::{Corpus, Search, View};
use crossread_core::view::{lists, panels, step, Panel};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The views this build ships, in tab order.
const SHIPPED_PANELS: [Panel; 8] = Panel::ALL;

/// The whole page: a header, the list of articles, the open article and the
/// entities.
#[component]
pub fn AppShell() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let search = expect_context::<Search>();

    // Shortcuts from anywhere but a text field: j / k move between the
    // listed articles, n / p between mentions in the reader.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_field(&ev) {
            return;
        }
        match ev.key().as_str() {
            "/" => {
                if let Some(input) = query("[data-testid=\"search\"]") {
                    ev.prevent_default();
                    let _ = input.focus();
                }
            }
            key @ ("j" | "k") => {
                let Some(doc) = corpus.document() else { return };
                let state = view.0.get_untracked();
                let list: Vec<_> = search
                    .listed()
                    .into_iter()
                    .filter_map(|i| doc.articles.get(i))
                    .collect();
                let delta = if key == "j" { 1 } else { -1 };
                if let Some(next) = step(&list, state.article.as_deref(), delta) {
                    ev.prevent_default();
                    view.open_article(&next.id);
                    focus_list_item(&next.id);
                }
            }
            key @ ("n" | "p") => {
                ev.prevent_default();
                let entity = view.0.with_untracked(|v| v.entity.clone());
                focus_mention(entity.as_deref(), if key == "n" { 1 } else { -1 });
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    let is_reader = Memo::new(move |_| view.0.with(|v| v.panel == Panel::Reader));
    let error = expect_context::<Corpus>().error().map(|e| e.to_string());

    let main = move || {
        if is_reader.get() {
            view! { <Reader/> }.into_any()
        } else {
            view! { <StaticView make=analysis(panels::panel_view)/> <ExportBar/> }.into_any()
        }
    };
    // Printed, every view ends with where its articles came from.
    let sources = analysis(|d, _| lists::sources_view(&d.articles.iter().collect::<Vec<_>>()));

    let dark = RwSignal::new(initial_dark());
    // The first-run guide shows until the reader puts it away (remembered).
    let guide = RwSignal::new(!guide_dismissed());
    let guide_close = move |ev: leptos::ev::MouseEvent| {
        if action_of(&ev).as_deref() == Some("guide-close") {
            guide.set(false);
            remember_guide_dismissed();
            if let Some(b) = query("[data-testid=\"guide-open\"]") {
                let _ = b.focus();
            }
        }
    };
    // One handler for the header's buttons (built by the core).
    let actions = move |ev: leptos::ev::MouseEvent| match action_of(&ev).as_deref() {
        Some("guide") => {
            guide.set(true);
            request_animation_frame(|| {
                if let Some(h) = query("#guide-title") {
                    let _ = h.set_attribute("tabindex", "-1");
                    let _ = h.focus();
                }
            });
        }
        Some("offline") => save_offline(),
        Some("embed") => open_embed(view),
        Some("print") => {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
        Some("theme") => {
            let next = !dark.get_untracked();
            set_dark(next);
            dark.set(next);
        }
        _ => {}
    };

    // Embed mode shows the chosen view alone: the page around it is hidden
    // by the stylesheet (one tree for both modes keeps the wasm small).
    let embed = view.0.with_untracked(|v| v.embed);
    if embed {
        report_height();
    }
    let full = embed.then(|| view.href(|v| v.embed = false));

    view! {
        <div class="page" class:embed=embed>
        <a class="skip-link" href="#reader-main">"Skip to the article"</a>
        <header class="site-header" on:click=actions>
            <StaticView make=Box::new(move || lists::site_header_view(dark.get()))/>
        </header>
        <CorpusBar/>
        {move || guide.get().then(|| view! {
            <div on:click=guide_close><StaticView make=Box::new(lists::guide_view)/></div>
        })}
        <EmbedDialog/>
        {error.map(|e| view! {
            <p class="error" role="alert" data-testid="error">"The corpus could not be loaded: " {e}</p>
        })}
        <div class="layout" class:wide=move || view.0.with(|v| v.panel != Panel::Reader)>
            <ArticleList/>
            <main id="reader-main" class="reader-pane" tabindex="-1">
                <StaticView make=Box::new(move || view.0.with(|v| panels::tabs_view(&SHIPPED_PANELS, v)))/>
                {main}
                <StaticView make=sources/>
            </main>
            <EntityPanel/>
        </div>
        <footer class="site-footer">
            <StaticView make=Box::new(lists::site_footer_view)/>
        </footer>
        {full.map(|href| view! {
            <p class="embed-credit">
                <a href=href target="_blank" rel="noopener">"Open in Crossread ↗"</a>
            </p>
        })}
        </div>
    }
    .into_any()
}

/// The `data-action` of the element a click was on (or inside).
fn action_of(ev: &leptos::ev::MouseEvent) -> Option<String> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[data-action]").ok().flatten())
        .and_then(|e| e.get_attribute("data-action"))
}

const GUIDE_KEY: &str = "crossread-guide";

fn guide_dismissed() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(GUIDE_KEY).ok().flatten())
        .is_some()
}

fn remember_guide_dismissed() {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(GUIDE_KEY, "dismissed");
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
    let selector = format!(
        "[data-testid=\"article-item\"][data-article-id=\"{}\"]",
        css_escape(id)
    );
    if let Some(el) = query(&selector) {
        let _ = el.focus();
    }
}

/// Moves focus to the next (`delta` 1) or previous (-1) mention in the
/// reader, of `entity` when one is chosen, wrapping at the ends.
fn focus_mention(entity: Option<&str>, delta: i32) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = match entity {
        Some(e) => format!(
            "[data-testid=\"reader\"] [data-testid=\"mention\"][data-entity=\"{}\"]",
            css_escape(e)
        ),
        None => "[data-testid=\"reader\"] [data-testid=\"mention\"]".to_string(),
    };
    let Ok(list) = doc.query_selector_all(&selector) else {
        return;
    };
    let n = list.length();
    if n == 0 {
        return;
    }
    let active = doc.active_element();
    let at = (0..n).find(|i| {
        list.item(*i)
            .map(|x| Some(x.unchecked_into::<web_sys::Element>()) == active)
            .unwrap_or(false)
    });
    let next = match at {
        Some(i) => (i as i64 + delta as i64).rem_euclid(n as i64) as u32,
        None if delta < 0 => n - 1,
        None => 0,
    };
    if let Some(el) = list
        .item(next)
        .and_then(|x| x.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

fn query(selector: &str) -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    doc.query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Escapes a value for use inside a double-quoted CSS attribute selector.
pub fn css_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
