//! The Crossread web app: a thin Leptos shell over `crossread-core`.
//!
//! State lives in the URL hash first ([`crossread_core::view::ViewState`]),
//! then in a few signals; the loaded corpus is shared through a context
//! ([`Corpus`]). Components only render what the core computes.

pub mod components;
pub mod library;
pub mod state;
pub mod store;

use components::app_shell::AppShell;
use leptos::prelude::*;

pub use state::{shipped_corpus, Corpus, View};

thread_local! {
    /// The shipped corpus, analysed in start-up's first task for the
    /// second ([`start`]).
    static SHIPPED: std::cell::Cell<Option<Corpus>> = const { std::cell::Cell::new(None) };
}

/// Analyses the shipped corpus, then mounts the app in the next frame: two
/// tasks, where one was the page's one long task at start-up (about 300 ms
/// on Lighthouse's throttled phone, most of its total blocking time).
pub fn start() {
    SHIPPED.set(Some(shipped_corpus()));
    request_animation_frame(|| leptos::mount::mount_to_body(App));
}

/// The root component: loads the shipped corpus and the kept ones, wires
/// the URL, renders the shell for the corpus the URL names.
#[component]
pub fn App() -> impl IntoView {
    let lib = library::Library::new(SHIPPED.take().unwrap_or_else(shipped_corpus));
    provide_context(lib);
    state::provide_view_from_url();
    lib.load();
    let view = expect_context::<View>();
    // The corpus shown: the one the URL names once it is loaded, else the
    // shipped one. The shell is built afresh only when it changes.
    let shown = Memo::new(move |_| {
        let id = view.0.with(|v| v.corpus.clone());
        lib.entries
            .with(|e| id.filter(|i| e.iter().any(|x| &x.id == i)))
    });
    move || {
        // A correction changes the corpus, and so the page.
        lib.corrected.track();
        lib.find(shown.get().as_deref())
            .map(|entry| view! { <CorpusScope corpus=entry.corpus/> })
    }
}

/// Everything below sees `corpus` and the search over it.
#[component]
fn CorpusScope(corpus: Corpus) -> impl IntoView {
    state::provide_corpus(corpus);
    state::provide_filtered();
    view! { <AppShell/> }
}

/// Installs the crash message: from the panic hook where panics run one
/// (debug builds), and from the page's `error` event when the wasm traps
/// (the release build stops at once on a panic, with no hook; see the
/// Makefile). Either way the reader sees [`show_crash`], not a dead page.
pub fn watch_for_crash() {
    use wasm_bindgen::JsCast;
    // The release build never runs a panic hook: leave its code out.
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash();
    }));
    let on_error = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::ErrorEvent)>::new(
        |e: web_sys::ErrorEvent| {
            if e.error()
                .is_instance_of::<js_sys::WebAssembly::RuntimeError>()
            {
                show_crash();
            }
        },
    );
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref());
    }
    // Lives as long as the page.
    on_error.forget();
}

/// Puts a message at the top of the page after a panic: the app has
/// stopped, the reader's corpora are kept, and a link reloads the page at
/// the same view. Plain DOM, because nothing of the app may run after it.
pub fn show_crash() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.query_selector(".crash").ok().flatten().is_some() {
        return;
    }
    let (Ok(note), Ok(link)) = (doc.create_element("div"), doc.create_element("a")) else {
        return;
    };
    let loc = doc.location();
    let path = loc
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let hash = loc.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    // A new query string makes the link load the page again, hash kept.
    let _ = link.set_attribute(
        "href",
        &format!("{path}?reload={}{hash}", js_sys::Date::now() as u64),
    );
    link.set_text_content(Some("Reload Crossread"));
    let _ = note.set_attribute("class", "error crash");
    let _ = note.set_attribute("role", "alert");
    let _ = note.set_attribute("data-testid", "error");
    note.set_text_content(Some(
        "Crossread stopped after an internal error, so the page no longer responds. \
         Your imported corpora are kept in this browser. ",
    ));
    let _ = note.append_child(&link);
    let _ = body.prepend_with_node_1(&note);
}
