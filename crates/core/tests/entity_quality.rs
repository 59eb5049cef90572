//! Entity recognition against the hand-made gold annotation of the seed
//! articles (`tests/fixtures/gold/entities.json`, committed before the
//! rules): precision, recall and F1 per type on exact span and type, and how
//! often the entity id agrees. Run with `--nocapture` to see the table. The
//! floors sit a little below what the engine reaches, so a regression fails.

mod common;

use crossread_core::{analyze, corpus::Document};
use serde_json::Value;

fn load() -> (Document, Value) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/corpus.json");
    let gold = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/gold/entities.json"
    );
    let doc = Document::from_json(&std::fs::read_to_string(root).expect("corpus")).expect("parse");
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(gold).expect("gold")).expect("gold json");
    (doc, gold)
}

#[test]
fn entity_quality_on_seed_articles() {
    let (doc, gold) = load();
    let report = common::score(&analyze(doc), &gold);
    report.print("Entity quality on the 5 seed articles (exact span + type)");
    for (t, floor) in [
        ("person", 0.95),
        ("org", 0.95),
        ("place", 0.97),
        ("nationality", 0.97),
    ] {
        let f1 = report.f1(t);
        assert!(f1 >= floor, "{t}: F1 {f1:.3} fell below {floor}");
    }
    let (agree, total) = (report.id_agree, report.id_total);
    assert!(agree * 100 >= total * 97, "id agreement {agree}/{total}");
}
