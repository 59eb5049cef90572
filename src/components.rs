//! The app's components, one per file.

pub mod app_shell;
pub mod article_list;
pub mod corpus_bar;
pub mod corrections;
pub mod embed_dialog;
pub mod entity_panel;
pub mod export_bar;
pub mod mention_tip;
pub mod offline_download;
pub mod reader;
pub mod static_view;
pub mod theme_toggle;

/// The element at or around an event's target that matches `selector`
/// (`"*"`: the target itself, when it is an element).
pub(crate) fn closest(
    target: Option<web_sys::EventTarget>,
    selector: &str,
) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
}
