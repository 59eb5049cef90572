//! The claim maps of the seed corpus and of the held-out articles (other
//! stories) as reviewed snapshots: columns with their sides, then rows
//! (propositions with their labels) with each speaker's stance and the
//! statements behind it. Run through the whole pipeline (`analyze`), as the
//! app shows it. A change in a map fails the test (under `CI=true` insta
//! never writes a new snapshot); review the new map with `cargo insta
//! review` or by reading the `.snap.new` file.

use crossread_core::claim::ClaimMap;
use crossread_core::corpus::{Article, Document};

/// The map in a compact text form a journalist can read.
fn render(doc: &Document, map: &ClaimMap) -> String {
    let mut out = String::from("SIDES\n");
    let mut last = None;
    for c in &map.columns {
        if last != Some(&c.side) {
            out.push_str(&format!("  {}:\n", c.side.label(doc)));
            last = Some(&c.side);
        }
        out.push_str(&format!("    {} ({})\n", c.name, c.speaker));
    }
    out.push_str("\nROWS\n");
    for r in &map.rows {
        out.push_str(&format!("{} {}\n", r.proposition, r.label));
        for (c, cell) in &r.cells {
            let col = &map.columns[*c];
            out.push_str(&format!(
                "    {:<9} {} [{}]\n",
                cell.stance.word(),
                col.name,
                cell.evidence.join(" ")
            ));
        }
    }
    out
}

#[test]
fn seed_claim_map() {
    let root = env!("CARGO_MANIFEST_DIR");
    let corpus = std::fs::read_to_string(format!("{root}/../../corpus/corpus.json")).unwrap();
    let doc = crossread_core::analyze(Document::from_json(&corpus).unwrap());
    let map = ClaimMap::build(&doc);
    insta::assert_snapshot!("seed_claim_map", render(&doc, &map));
}

#[test]
fn heldout_claim_map() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/claims_heldout");
    let mut doc = Document::default();
    for name in ["c1_shoal_wire", "c2_shoal_ap", "c3_mine_spill"] {
        let marked = std::fs::read_to_string(format!("{dir}/{name}.txt")).unwrap();
        // The entity marks `[[text|type|id]]` give way to their text.
        let mut text = String::new();
        for (k, part) in marked.split("[[").enumerate() {
            match part.split_once("]]") {
                Some((mark, rest)) if k > 0 => {
                    text.push_str(mark.split('|').next().unwrap());
                    text.push_str(rest);
                }
                _ => text.push_str(part),
            }
        }
        let (headline, body) = text.split_once("\n\n").unwrap();
        let mut a = Article::empty(name);
        a.headline = headline.into();
        a.body = body.trim_end().into();
        doc.articles.push(a);
    }
    let doc = crossread_core::analyze(doc);
    let map = ClaimMap::build(&doc);
    insta::assert_snapshot!("heldout_claim_map", render(&doc, &map));
}
