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

/// The row of export buttons.
#[component]
pub fn ExportBar() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let filtered = expect_context::<Filtered>();
    let json = move |_| {
        if let Some(doc) = corpus.document() {
            download(
                "crossread-analysis.json",
                "application/json",
                &doc.to_json(),
            );
        }
    };
    let csv = move |_| {
        let doc = filtered.0.get_untracked();
        download(
            "crossread-claim-map.csv",
            "text/csv",
            &export::csv(&doc, &ClaimMap::build(&doc)),
        );
    };
    let review = move |_| {
        let doc = filtered.0.get_untracked();
        download(
            "crossread-claims.jsonld",
            "application/ld+json",
            &export::claim_review(&doc, &ClaimMap::build(&doc)),
        );
    };
    let svg = move |_| {
        let doc = filtered.0.get_untracked();
        download(
            "crossread-claim-graph.svg",
            "image/svg+xml",
            &Graph::layout(&ClaimMap::build(&doc)).to_svg(),
        );
    };
    view! {
        <div class="export-bar" role="group" aria-label="Export">
            <span class="legend-title">"Export:"</span>
            <button type="button" data-testid="export-json" on:click=json title="The whole analysis, as crossread analyze prints it">"Analysis (JSON)"</button>
            <button type="button" data-testid="export-csv" on:click=csv title="The claim map, one line per cell">"Map (CSV)"</button>
            <button type="button" data-testid="export-claimreview" on:click=review title="Each claim as schema.org ClaimReview, with no verdict">"Claims (ClaimReview)"</button>
            <button type="button" data-testid="export-svg" on:click=svg title="The claim graph picture">"Graph (SVG)"</button>
        </div>
    }
}
