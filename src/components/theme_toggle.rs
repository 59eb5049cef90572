//! Light / dark: the system's preference until the reader chooses, then
//! the remembered choice; and large text for a projector, remembered too
//! (a link turns it on with `text=large`). The switches are in the header
//! ([`crossread_core::view::lists::site_header_view`]).

const KEY: &str = "crossread-theme";
const TEXT_KEY: &str = "crossread-text";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// What this browser remembers under `key`.
pub fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Remembers `value` under `key` (or forgets it, for `None`).
pub fn store(key: &str, value: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match value {
            Some(v) => s.set_item(key, v),
            None => s.remove_item(key),
        };
    }
}

/// Whether the page starts dark; applies a remembered choice.
pub fn initial_dark() -> bool {
    let stored = stored(KEY);
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
    store(KEY, Some(if dark { "dark" } else { "light" }));
}

/// Sets `data-theme` on the root element, which the stylesheet follows.
fn apply(dark: bool) {
    set_root("data-theme", Some(if dark { "dark" } else { "light" }));
}

/// Sets an attribute of the root element (or removes it, for `None`):
/// `data-theme`, `data-text="large"` (the stylesheet scales the root font
/// size, and with it every size given in `rem`) and the phone's section.
pub fn set_root(name: &str, value: Option<&str>) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

/// Whether large text was chosen in this browser.
pub fn stored_large() -> bool {
    stored(TEXT_KEY).is_some()
}

/// Remembers large text (or forgets it).
pub fn store_large(large: bool) {
    store(TEXT_KEY, large.then_some("large"));
}
