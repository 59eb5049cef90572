//! Crossread's side of `bench/peers.mjs`, which compares entity tagging
//! with compromise and wink-nlp in Node on the same files: the same wasm as
//! in the browser, called from JavaScript like the peers.

use crossread_core::corpus::{Article, Document};
use wasm_bindgen::prelude::*;

/// Tags texts (separated by NUL characters) with the entity stage, one
/// article per text, as the tagging bench does natively; returns the
/// number of mentions.
#[wasm_bindgen]
pub fn tag_texts(joined: &str) -> usize {
    let mut doc = Document::default();
    for (i, text) in joined.split('\0').enumerate() {
        let mut a = Article::empty(&format!("t{i:05}"));
        a.body = text.to_string();
        doc.articles.push(a);
    }
    crossread_core::entity::annotate(&mut doc);
    doc.articles.iter().map(|a| a.mentions.len()).sum()
}

/// Analyses a corpus document given as JSON (as `crossread analyze` does)
/// and returns the analysis as JSON, or `{"error": …}`.
#[wasm_bindgen]
pub fn analyze_json(json: &str) -> String {
    match Document::from_json(json) {
        Ok(doc) => crossread_core::analyze(doc).to_json(),
        Err(e) => serde_json::json!({ "error": e.to_string() }).to_string(),
    }
}
