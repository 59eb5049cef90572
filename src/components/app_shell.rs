//! The page layout: header, article list, reader, entity panel, and the
//! keyboard shortcuts that work across them.

use super::article_list::ArticleList;
use super::corpus_bar::CorpusBar;
use super::corrections::on_correct;
use super::embed_dialog::{embed_action, open_embed, report_height, EmbedDialog};
use super::entity_panel::EntityPanel;
use super::export_bar::export;
use super::offline_download::save_offline;
use super::reader::Reader;
use super::static_view::{analysis, StaticView};
use super::theme_toggle::{initial_dark, set_dark, set_root, store_large, stored_large};
use crate::state::{Corpus, Filtered, Search, View};
use crossread_core::claim::{ClaimMap, MapBuild};
use crossread_core::corpus::Document;
use crossread_core::view::lists::SECTIONS;
use crossread_core::view::{lists, panels, step, Panel};
use leptos::prelude::*;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use wasm_bindgen::JsCast;

/// A claim map with the listed articles it is built from, or while it is
/// built how far it is (percent).
type KeptMap = (Arc<Document>, Result<ClaimMap, usize>);

/// Builds the claim map of `doc` into `kept`: at once when it takes less
/// than a slice (the built-in corpus), else in slices of about 25 ms, with
/// `grew` set after each, so the page answers and shows the progress
/// meanwhile (0.4 s of work at 1,000 articles, more on a slow phone). It stops when the listed
/// articles change, or the page's corpus does, before it is done.
fn build_map(doc: Arc<Document>, kept: Arc<Mutex<Option<KeptMap>>>, grew: RwSignal<bool>) {
    let mut build = MapBuild::new();
    // Until it is done, the view now drawing reads the progress; it must
    // not be drawn again from here.
    if map_slice(&mut build, &doc, &kept) {
        return;
    }
    leptos::task::spawn_local(async move {
        while !grew.is_disposed() {
            crate::library::yield_to_browser().await;
            let done = map_slice(&mut build, &doc, &kept);
            grew.set(done);
            if done {
                return;
            }
        }
    });
}

/// Steps `build` for a slice ([`crate::library::slice`]) and notes how far
/// it is in `kept`, or the map when done; true when done or no longer
/// wanted (the list kept is another).
fn map_slice(build: &mut MapBuild, doc: &Arc<Document>, kept: &Mutex<Option<KeptMap>>) -> bool {
    let done = crate::library::slice(|| build.step(doc));
    let mut kept = kept.lock().unwrap_or_else(PoisonError::into_inner);
    let Some(k) = kept.as_mut().filter(|k| Arc::ptr_eq(&k.0, doc)) else {
        return true;
    };
    k.1 = if done {
        Ok(std::mem::take(build).finish(doc))
    } else {
        Err(build.progress().0)
    };
    done
}

/// The views this build ships, in tab order.
const SHIPPED_PANELS: [Panel; 8] = Panel::ALL;

/// The analysis view the Analysis tab opens: the last one shown (an index
/// into [`Panel::ALL`], the claim map at first).
static LAST_ANALYSIS: AtomicU8 = AtomicU8::new(1);

/// Where the page turns into one section at a time with tabs (the same
/// width as the stylesheet's phone layout).
const NARROW: &str = "(max-width: 720px)";

/// The whole page: a header, the list of articles, the open article and the
/// entities. On a phone it shows one section at a time (articles, reader,
/// analysis), chosen by tabs in the header.
#[component]
pub fn AppShell() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let search = expect_context::<Search>();
    let filtered = expect_context::<Filtered>();
    let lib = expect_context::<crate::library::Library>();

    let dark = RwSignal::new(initial_dark());
    // Large text: remembered in the browser, or asked for by the link.
    let large_stored = RwSignal::new(stored_large());
    let large = move || large_stored.get() || view.0.with(|v| v.large);
    // The first-run guide shows until the reader puts it away (remembered).
    let guide = RwSignal::new(!guide_dismissed());

    // A phone shows one section at a time: the list while no article is
    // open, else the reader or an analysis view as the URL's view says.
    let narrow = RwSignal::new(is_narrow());
    let resized = window_event_listener(leptos::ev::resize, move |_| {
        let n = is_narrow();
        if narrow.get_untracked() != n {
            narrow.set(n);
        }
    });
    on_cleanup(move || resized.remove());
    let embed = view.0.with_untracked(|v| v.embed);
    let list = RwSignal::new(
        view.0
            .with_untracked(|v| !embed && v.article.is_none() && v.panel == Panel::Reader),
    );
    let section = move || {
        if list.get() {
            0
        } else if view.0.with(|v| v.panel == Panel::Reader) {
            1
        } else {
            2
        }
    };
    // Shortcuts from anywhere but a text field: j / k move between the
    // listed articles, n / p between mentions in the reader; on the
    // section tabs, the arrows, Home and End.
    let shown = corpus.clone();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_field(&ev) {
            return;
        }
        // On a section tab (the chosen one: choosing follows the focus),
        // the arrows, Home and End choose another.
        let tab = super::closest(ev.target(), "*").and_then(|e| {
            SECTIONS
                .iter()
                .position(|(w, _)| e.id() == format!("sec-{w}"))
        });
        match ev.key().as_str() {
            key @ ("ArrowRight" | "ArrowLeft" | "Home" | "End") if tab.is_some() => {
                let i = tab.unwrap_or_default();
                let next = match key {
                    "ArrowRight" => (i + 1) % 3,
                    "ArrowLeft" => (i + 2) % 3,
                    "Home" => 0,
                    _ => 2,
                };
                ev.prevent_default();
                // Focus, then choose it as a click does; the rebuilt tabs
                // keep the focus by id.
                if let Some(t) = query(&format!("#sec-{}", SECTIONS[next].0)) {
                    let _ = t.focus();
                    t.click();
                }
            }
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

    // The listed articles' claim map, built when a view first needs it and
    // again only when the list changes, not on every choice of a cell. A
    // large one is built in slices ([`build_map`]), its progress shown.
    let map: Arc<Mutex<Option<KeptMap>>> = Arc::default();
    let map_grew = RwSignal::new(false);
    let main = move || {
        if is_reader.get() {
            view! { <Reader/> }.into_any()
        } else {
            let map = map.clone();
            let panel = move || {
                filtered.0.with(|d| {
                    view.0.with(|v| {
                        let wants = matches!(v.panel, Panel::Map | Panel::Graph);
                        let mut kept = map.lock().unwrap_or_else(PoisonError::into_inner);
                        if wants {
                            // Drawn again as a build goes on.
                            map_grew.track();
                            if !kept.as_ref().is_some_and(|k| Arc::ptr_eq(&k.0, d)) {
                                *kept = Some((d.clone(), Err(0)));
                                drop(kept);
                                build_map(d.clone(), map.clone(), map_grew);
                                kept = map.lock().unwrap_or_else(PoisonError::into_inner);
                            }
                        }
                        match kept.as_ref().filter(|_| wants).map(|k| &k.1) {
                            Some(Err(percent)) => panels::map_pending_view(*percent),
                            built => panels::panel_view(d, v, built.and_then(|b| b.as_ref().ok())),
                        }
                    })
                })
            };
            view! { <StaticView make=Box::new(panel)/> <StaticView make=Box::new(panels::export_bar_view)/> }.into_any()
        }
    };
    // Printed, every view ends with where its articles came from.
    let sources = analysis(|d, _| lists::sources_view(&d.articles.iter().collect::<Vec<_>>()));

    // One handler for the page's buttons built by the core (header, guide,
    // exports, corrections) and for opening an article from the list.
    let clicked = move |ev: leptos::ev::MouseEvent| {
        let item = super::closest(ev.target(), "[data-testid=\"article-item\"]");
        // Opening an article shows the reader (the link says so); on a
        // phone the focus follows it there.
        if item.is_some() {
            list.set(false);
            if narrow.get_untracked() {
                request_animation_frame(|| {
                    if let Some(m) = query("#reader-main") {
                        let _ = m.focus();
                    }
                });
            }
            return;
        }
        let Some(action) = action_of(&ev) else { return };
        // An action closes the header's menu (a phone) it was chosen from.
        if let Some(m) = query("details.menu[open]") {
            let _ = m.remove_attribute("open");
        }
        match action.as_str() {
            "guide" => {
                guide.set(true);
                request_animation_frame(|| {
                    if let Some(h) = query("#guide-title") {
                        let _ = h.set_attribute("tabindex", "-1");
                        let _ = h.focus();
                    }
                });
            }
            "guide-close" => {
                guide.set(false);
                remember_guide_dismissed();
                // The button that brings it back (in the menu on a phone),
                // once the header is rebuilt.
                let back = if narrow.get_untracked() {
                    "details.menu summary"
                } else {
                    "[data-testid=\"guide-open\"]"
                };
                request_animation_frame(move || {
                    if let Some(b) = query(back) {
                        let _ = b.focus();
                    }
                });
            }
            "offline" => save_offline(),
            // The correction forms (entity panel, evidence) and their Undo.
            a @ ("correct" | "undo-correction") => on_correct(&ev, a, lib, view),
            a if a.starts_with("export-") => export(a, &shown, filtered),
            "embed" => open_embed(view),
            a @ ("embed-copy" | "embed-close") => embed_action(a),
            "print" => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
            "theme" => {
                let next = !dark.get_untracked();
                set_dark(next);
                dark.set(next);
            }
            "text" => {
                let next = !untrack(large);
                store_large(next);
                large_stored.set(next);
                let mut v = view.0.get_untracked();
                v.large = next;
                view.replace(v);
            }
            // A section tab: the list, the reader, or the last analysis view.
            a => {
                let word = a.strip_prefix("sec-").unwrap_or_default();
                if let Some(i) = SECTIONS.iter().position(|(w, _)| *w == word) {
                    list.set(i == 0);
                    let to = match i {
                        1 => Panel::Reader,
                        2 => Panel::ALL[LAST_ANALYSIS.load(Ordering::Relaxed) as usize],
                        _ => return,
                    };
                    view.update(|v| v.panel = to);
                }
            }
        }
    };

    // Embed mode shows the chosen view alone: the page around it is hidden
    // by the stylesheet (one tree for both modes keeps the wasm small).
    if embed {
        report_height();
    }
    let full = embed.then(|| view.href(|v| v.embed = false));

    view! {
        <div class="page" class:embed=embed on:click=clicked>
        <a class="skip-link" href="#reader-main">"Skip to the article"</a>
        <header class="site-header">
            // The header is rebuilt when the section, the width or the
            // text size change (the page follows them at the same time),
            // and when the guide opens, which closes the phone's menu.
            <StaticView make=Box::new(move || {
                let (n, s, l) = (narrow.get(), section(), large());
                guide.track();
                sync_page(n, s, l, view.0.with(|v| v.panel));
                lists::site_header_view(dark.get(), l, n.then_some(s))
            })/>
        </header>
        <CorpusBar/>
        {move || guide.get().then(|| view! {
            <StaticView make=Box::new(move || lists::guide_view(narrow.get()))/>
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

/// Puts the text size and, on a phone, the section on the root element
/// (the stylesheet shows the section alone), and on a phone makes the
/// layout the tabs' panel. It holds the page's landmarks (the list's nav,
/// the main pane, the entities), so it has no name of its own: a named
/// panel outside a landmark would leave content outside the landmarks.
/// Remembers the last analysis view for the Analysis tab.
#[inline(never)]
fn sync_page(narrow: bool, section: usize, large: bool, panel: Panel) {
    set_root("data-text", large.then_some("large"));
    set_root("data-sec", narrow.then_some(SECTIONS[section].0));
    if panel != Panel::Reader {
        LAST_ANALYSIS.store(panel as u8, Ordering::Relaxed);
    }
    if let Some(layout) = query(".layout") {
        let _ = if narrow {
            let _ = layout.set_attribute("id", "content");
            layout.set_attribute("role", "tabpanel")
        } else {
            layout.remove_attribute("role")
        };
    }
}

/// Whether the screen is as narrow as a phone's.
fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(NARROW).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The `data-action` of the element a click was on (or inside).
fn action_of(ev: &leptos::ev::MouseEvent) -> Option<String> {
    super::closest(ev.target(), "[data-action]")?.get_attribute("data-action")
}

const GUIDE_KEY: &str = "crossread-guide";

fn guide_dismissed() -> bool {
    super::theme_toggle::stored(GUIDE_KEY).is_some()
}

fn remember_guide_dismissed() {
    super::theme_toggle::store(GUIDE_KEY, Some("dismissed"));
}

/// True when the key went to a text field, where letters are typing.
fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    super::closest(ev.target(), "*").is_some_and(|el| {
        let tag = el.tag_name();
        tag == "INPUT"
            || tag == "TEXTAREA"
            || tag == "SELECT"
            || el.has_attribute("contenteditable")
    })
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
