//! What the fuzz targets share: cutting one input into several files, and
//! the checks every analysed document must pass.

use crossread_core::claim::export::{claim_review, csv};
use crossread_core::claim::graph::Graph;
use crossread_core::claim::ClaimMap;
use crossread_core::search::SearchIndex;
use crossread_core::variant::{discrepancies, quote_variants};
use crossread_core::view::{self, EntityTable, ViewState};
use crossread_core::{Document, Span};

/// The byte that separates files in one input: never part of UTF-8 text,
/// so a seed that is a plain text file is one file.
pub const SEPARATOR: u8 = 0xff;

/// At most this many files per input: more only slows each run.
pub const MAX_FILES: usize = 8;

/// The input's pieces between [`SEPARATOR`] bytes, at most [`MAX_FILES`]
/// (the last keeps any further separators).
pub fn pieces(data: &[u8]) -> Vec<&[u8]> {
    data.splitn(MAX_FILES, |&b| b == SEPARATOR).collect()
}

/// A file name for piece `i`, picked by `pick` from stems that clash and
/// extensions of every kind the engine reads (and some it does not).
pub fn name(pick: u8, i: usize, exts: &[&str]) -> String {
    const STEMS: [&str; 8] = ["a", "a", "b", "dir/c", ".hidden", "", "x.y", "dir\\a"];
    let n = usize::from(pick).wrapping_add(i.wrapping_mul(37));
    let stem = STEMS[(n / exts.len()) % STEMS.len()];
    let ext = exts[n % exts.len()];
    if ext.is_empty() {
        stem.to_string()
    } else {
        format!("{stem}.{ext}")
    }
}

/// Runs the whole analysis over `doc` and checks what the app relies on:
/// the result validates (every mention and statement span slices its body
/// and equals its text), it reads back from its own JSON unchanged, and
/// every later stage the app runs on it (claim map, exports, graph,
/// discrepancies, quote variants, timeline, coverage, entity table,
/// reader paragraphs, search) returns without panicking.
pub fn analyze_and_check(doc: Document) -> Document {
    let doc = crossread_core::analyze(doc);
    if let Err(e) = doc.validate() {
        panic!("the analysis does not validate: {e}");
    }
    for a in &doc.articles {
        for m in &a.mentions {
            assert!(a.body.is_char_boundary(m.start) && a.body.is_char_boundary(m.end));
        }
    }
    let json = doc.to_json();
    match Document::from_json(&json) {
        Ok(back) => assert_eq!(back, doc, "the analysis changes through its JSON"),
        Err(e) => panic!("the analysis JSON does not read back: {e}"),
    }

    let map = ClaimMap::build(&doc);
    let _ = csv(&doc, &map);
    let _ = claim_review(&doc, &map);
    let _ = Graph::layout(&map);
    let _ = discrepancies(&doc);
    let _ = quote_variants(&doc);
    let _ = view::timeline(&doc);
    let _ = view::coverage(&doc);
    let _ = EntityTable::new(&doc);
    for a in &doc.articles {
        let spans: Vec<Span> = doc
            .statements
            .iter()
            .filter(|s| s.article == a.id)
            .map(|s| Span::new(s.start, s.end))
            .collect();
        let _ = view::paragraphs(a, &spans);
    }
    let index = SearchIndex::build(&doc);
    let state = ViewState {
        query: doc
            .articles
            .first()
            .map(|a| a.headline.clone())
            .unwrap_or_default(),
        ..ViewState::default()
    };
    let results = view::search(&index, &state);
    for hit in results.hits.iter().take(2) {
        if let Some(a) = doc.articles.get(hit.article) {
            let q = crossread_core::search::Query::parse(&state.query);
            let _ = index.highlight(&q, a);
            let _ = index.snippet(&q, a, 80);
        }
    }
    doc
}
