//! Export actions: the analysis JSON (the same bytes as `crossread analyze`),
//! the map as CSV, the claims as ClaimReview-shaped JSON-LD and the graph
//! as SVG, all built by the core (`claim::export`, `claim::graph`).

use crate::state::{Corpus, Filtered};
use crossread_core::claim::{export, graph::Graph, ClaimMap};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Saves `text` as a file named `name` through a temporary object URL.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys_array(text);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn js_sys_array(text: &str) -> wasm_bindgen::JsValue {
    let arr = js_sys::Array::new();
    arr.push(&wasm_bindgen::JsValue::from_str(text));
    arr.into()
}

/// Carries out the export button `action` (`export-json`, `export-csv`,
/// `export-claimreview`, `export-svg`; the buttons are the core's
/// [`crossread_core::view::panels::export_bar_view`]) on the page's corpus.
/// The page's one click handler calls it: the whole analysis is `corpus`,
/// the rest follows the listed articles (`filtered`).
pub fn export(action: &str, corpus: &Corpus, filtered: Filtered) {
    let doc = filtered.0.get_untracked();
    let map = || ClaimMap::build(&doc);
    match action {
        "export-json" => {
            if let Some(all) = corpus.document() {
                download(
                    "crossread-analysis.json",
                    "application/json",
                    &all.to_json(),
                );
            }
        }
        "export-csv" => download(
            "crossread-claim-map.csv",
            "text/csv",
            &export::csv(&doc, &map()),
        ),
        "export-claimreview" => download(
            "crossread-claims.jsonld",
            "application/ld+json",
            &export::claim_review(&doc, &map()),
        ),
        "export-svg" => download(
            "crossread-claim-graph.svg",
            "image/svg+xml",
            &Graph::layout(&map()).to_svg(),
        ),
        _ => {}
    }
}
