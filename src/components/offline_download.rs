//! "Download for offline use": the whole app in one HTML file.

use super::export_bar::download;

/// Saves the single-file app. Inside that file it saves a copy of itself
/// (the page as it was before the app drew into it, kept by its loader as
/// `window.crossreadSelf`); on a hosted site it saves `offline/crossread.html`,
/// which `make dist` writes beside the site.
pub fn save_offline() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let own = js_sys::Reflect::get(&window, &"crossreadSelf".into())
        .ok()
        .and_then(|v| v.as_string());
    match own {
        Some(html) => download("crossread.html", "text/html", &html),
        None => {
            let Some(doc) = window.document() else { return };
            if let Ok(a) = doc.create_element("a") {
                let _ = a.set_attribute("href", "offline/crossread.html");
                let _ = a.set_attribute("download", "crossread.html");
                if let Ok(a) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(a) {
                    a.click();
                }
            }
        }
    }
}
