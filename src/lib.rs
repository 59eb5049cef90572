//! The Crossread web app: a thin Leptos shell over `crossread-core`.
//!
//! State lives in the URL hash first ([`crossread_core::view::ViewState`]),
//! then in a few signals; the loaded corpus is shared through a context
//! ([`Corpus`]). Components only render what the core computes.

pub mod components;
pub mod state;

use components::app_shell::AppShell;
use leptos::prelude::*;

pub use state::{shipped_corpus, Corpus, View};

/// The root component: loads the shipped corpus, wires the URL, renders the shell.
#[component]
pub fn App() -> impl IntoView {
    let corpus = shipped_corpus();
    state::provide_corpus(corpus);
    state::provide_view_from_url();
    state::provide_filtered();
    view! { <AppShell/> }
}
