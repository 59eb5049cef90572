//! Light / dark switch; the system's preference until the reader chooses.

use leptos::prelude::*;

const KEY: &str = "crossread-theme";

/// A button that flips between light and dark and remembers the choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let stored = storage().and_then(|s| s.get_item(KEY).ok().flatten());
    let system_dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false);
    let dark = RwSignal::new(match stored.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => system_dark,
    });
    if stored.is_some() {
        apply(dark.get_untracked());
    }
    let toggle = move |_| {
        let next = !dark.get_untracked();
        dark.set(next);
        apply(next);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, if next { "dark" } else { "light" });
        }
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            data-testid="theme-toggle"
            aria-pressed=move || if dark.get() { "true" } else { "false" }
            on:click=toggle
        >
            {move || if dark.get() { "☀ Light theme" } else { "☾ Dark theme" }}
        </button>
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Sets `data-theme` on the root element, which the stylesheet follows.
fn apply(dark: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}
