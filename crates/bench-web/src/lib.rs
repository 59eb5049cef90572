//! In-browser timing of Crossread's search, driven by `bench/search.mjs`
//! through `bench/search.html`, and of the whole analysis in steps
//! ([`analysis`], driven by `bench/analysis.mjs`); [`peers`] serves the
//! comparison with compromise and wink-nlp in Node (`bench/peers.mjs`).
//!
//! [`prepare`] makes the synthetic corpus of `crossread_core::synth` and
//! analyses it (outside the timings); [`time_build`] times the index
//! build; [`time_typing`] times a typing sequence of queries, each with its
//! facet counts and the snippets of the first results, as the app would run
//! them on each keystroke. Times come from `performance.now()`.

pub mod analysis;
pub mod peers;

use crossread_core::corpus::Document;
use crossread_core::search::{Facet, Query, SearchIndex, Selection};
use crossread_core::synth;
use serde_json::json;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Milliseconds since an arbitrary start: `performance.now()` in the
/// browser, the system clock elsewhere (so the crate also builds natively).
fn now() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        performance_now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::time::{SystemTime, UNIX_EPOCH};
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
}

/// The texts typed, one character at a time: each prefix is one keystroke.
pub const TYPED: &[&str] = &["port strike", "\"the strike at the port\""];

/// How many results a list shows (each gets a snippet).
pub const SHOWN: usize = 10;

/// Every prefix of each of [`TYPED`], in typing order.
pub fn keystrokes() -> Vec<String> {
    let mut out = Vec::new();
    for text in TYPED {
        for (i, c) in text.char_indices() {
            out.push(text[..i + c.len_utf8()].to_string());
        }
    }
    out
}

/// One keystroke: the search with facet counts, and the snippets of the
/// results on screen. Returns the number of hits.
pub fn keystroke(index: &SearchIndex, doc: &Document, text: &str, sel: &Selection) -> usize {
    let query = Query::parse(text);
    let results = index.search(&query, sel);
    let matcher = index.matcher(&query);
    for hit in results.hits.iter().take(SHOWN) {
        if let Some(a) = doc.articles.get(hit.article) {
            let _ = matcher.snippet(a, 160);
        }
    }
    results.hits.len() + results.counts.len()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

thread_local! {
    static STATE: std::cell::RefCell<(Document, SearchIndex)> = Default::default();
}

/// Generates and analyses `articles` synthetic articles from `seed` and
/// keeps them for [`time_build`] and [`time_typing`]. Returns JSON with the
/// corpus figures and the time each step took.
#[wasm_bindgen]
pub fn prepare(articles: usize, seed: u32) -> String {
    let t0 = now();
    let corpus = synth::corpus(articles, u64::from(seed));
    let t1 = now();
    let doc = synth::analyze_in_batches(corpus, 250);
    let t2 = now();
    let out = json!({
        "articles": doc.articles.len(),
        "mean_bytes": synth::mean_bytes(&doc),
        "statements": doc.statements.len(),
        "propositions": doc.propositions.len(),
        "generate_ms": t1 - t0,
        "analyze_ms": t2 - t1,
    });
    STATE.with(|s| *s.borrow_mut() = (doc, SearchIndex::default()));
    out.to_string()
}

/// Builds the index of the prepared corpus `builds` times (keeping the
/// last); returns JSON: the first build's milliseconds (it also grows the
/// wasm memory), each build's, sorted, their median and minimum, the
/// index's heap bytes and vocabulary, and the wasm memory size.
#[wasm_bindgen]
pub fn time_build(builds: usize) -> String {
    STATE.with(|s| {
        let mut state = s.borrow_mut();
        let (doc, index) = &mut *state;
        let mut ms = Vec::new();
        for _ in 0..builds.max(1) {
            let t = now();
            *index = SearchIndex::build(doc);
            ms.push(now() - t);
        }
        let first = ms.first().copied().unwrap_or(0.0);
        crossread_core::sort::by(&mut ms, &|a, b| a.total_cmp(b));
        json!({
            "build_first_ms": first,
            "build_min_ms": percentile(&ms, 0.0),
            "build_median_ms": percentile(&ms, 0.5),
            "build_ms": ms,
            "heap_bytes": index.heap_bytes(),
            "vocabulary": index.vocabulary(),
            "wasm_memory_bytes": memory_bytes(),
        })
        .to_string()
    })
}

/// Times `rounds` rounds of the typing sequence over the prepared index,
/// once with no facet chosen and once with an outlet and a stance chosen,
/// after one round untimed (the browser compiles wasm in two tiers: the
/// first calls run before the optimised code is ready); returns JSON with
/// the median, p95 and maximum milliseconds and the slowest keystroke.
#[wasm_bindgen]
pub fn time_typing(rounds: usize) -> String {
    STATE.with(|s| {
        let state = s.borrow();
        let (doc, index) = &*state;
        let outlet = doc
            .articles
            .first()
            .and_then(|a| a.outlet.clone())
            .unwrap_or_default();
        let chosen = Selection::default()
            .with(Facet::Outlet, &outlet)
            .with(Facet::Stance, "denies");
        let mut ms = Vec::new();
        let mut slowest = (0.0, String::new());
        let mut checksum = 0usize;
        for text in keystrokes() {
            checksum += keystroke(index, doc, &text, &chosen);
            checksum += keystroke(index, doc, &text, &Selection::default());
        }
        for _ in 0..rounds.max(1) {
            for sel in [Selection::default(), chosen.clone()] {
                for text in keystrokes() {
                    let t = now();
                    checksum += keystroke(index, doc, &text, &sel);
                    let took = now() - t;
                    if took > slowest.0 {
                        slowest = (took, text.clone());
                    }
                    ms.push(took);
                }
            }
        }
        crossread_core::sort::by(&mut ms, &|a, b| a.total_cmp(b));
        json!({
            "keystrokes": ms.len(),
            "query_median_ms": percentile(&ms, 0.5),
            "query_p95_ms": percentile(&ms, 0.95),
            "query_max_ms": percentile(&ms, 1.0),
            "slowest": slowest.1,
            "checksum": checksum,
        })
        .to_string()
    })
}

fn memory_bytes() -> usize {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size(0) * 65536
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}
