//! The claim map's exports on the analysed seed corpus: CSV has one line per
//! cell, ClaimReview JSON-LD records claims without a verdict, and the graph
//! SVG draws one line per cell.

use crossread_core::claim::{export, graph::Graph, ClaimMap};
use crossread_core::corpus::Document;
use crossread_core::view::{panels, ViewState};

fn seeds() -> Document {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/corpus.json");
    let text = std::fs::read_to_string(path).expect("corpus.json");
    crossread_core::analyze(Document::from_json(&text).expect("valid corpus"))
}

#[test]
fn exports_agree_with_the_map() {
    let doc = seeds();
    let map = ClaimMap::build(&doc);
    let cells: usize = map.rows.iter().map(|r| r.cells.len()).sum();
    assert!(cells > 3);

    let csv = export::csv(&doc, &map);
    assert_eq!(csv.lines().count(), cells + 1);

    let reviews: serde_json::Value =
        serde_json::from_str(&export::claim_review(&doc, &map)).expect("json");
    let reviews = reviews.as_array().expect("array");
    assert_eq!(reviews.len(), cells);
    for r in reviews {
        assert_eq!(r["@type"], "ClaimReview");
        assert!(r["claimReviewed"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(r["itemReviewed"]["author"]["name"].as_str().is_some());
        assert!(!r["itemReviewed"]["appearance"]
            .as_array()
            .expect("appearance")
            .is_empty());
        assert!(r.get("reviewRating").is_none(), "no invented verdict");
    }

    let svg = Graph::layout(&map).to_svg();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg.matches("<line ").count(), cells);
}

#[test]
fn panels_render_the_seed_analysis() {
    let doc = seeds();
    let state = ViewState::default();
    let t = panels::timeline_view(&doc, &state);
    let dated = doc
        .statements
        .iter()
        .filter(|s| s.said_on.is_some())
        .count();
    let items = t.to_markup().matches("class=\"tl-item").count();
    assert_eq!(items, dated);
    let c = panels::coverage_view(&doc);
    assert_eq!(
        c.to_markup().matches("data-proposition=").count(),
        doc.propositions.len()
    );
    assert_eq!(
        panels::quotes_view(&doc)
            .find_all("data-testid", "quote-compare")
            .len(),
        1
    );
    assert_eq!(
        panels::discrepancies_view(&doc, &state)
            .find_all("data-testid", "discrepancies")
            .len(),
        1
    );
    let g = panels::graph_view(&doc, &state, &crossread_core::claim::ClaimMap::build(&doc));
    assert_eq!(g.find_all("data-testid", "claim-graph").len(), 1);
}
