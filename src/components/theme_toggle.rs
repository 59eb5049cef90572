//! Light / dark: the system's preference until the reader chooses, then
//! the remembered choice. The switch itself is in the header
//! ([`crossread_core::view::lists::site_header_view`]).

const KEY: &str = "crossread-theme";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Whether the page starts dark; applies a remembered choice.
pub fn initial_dark() -> bool {
    let stored = storage().and_then(|s| s.get_item(KEY).ok().flatten());
    let system_dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false);
    let dark = match stored.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => system_dark,
    };
    if stored.is_some() {
        apply(dark);
    }
    dark
}

/// Switches to `dark` (or light) and remembers it.
pub fn set_dark(dark: bool) {
    apply(dark);
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, if dark { "dark" } else { "light" });
    }
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
