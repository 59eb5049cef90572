//! Entity recognition against the hand-made gold annotation of the seed
//! articles (`tests/fixtures/gold/entities.json`, committed before the
//! rules): precision, recall and F1 per type on exact span and type, and how
//! often the entity id agrees. Run with `--nocapture` to see the table. The
//! floors sit a little below what the engine reaches, so a regression fails.

use crossread_core::{analyze, corpus::Document};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

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

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

const SCORED: [&str; 4] = ["person", "org", "place", "nationality"];

#[test]
fn entity_quality_on_seed_articles() {
    let (doc, gold) = load();
    let out = analyze(doc);
    let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
    let (mut id_agree, mut id_total) = (0usize, 0usize);
    let mut errors = Vec::new();
    for a in &out.articles {
        let g = gold[&a.id].as_array().expect("gold article");
        let gold_set: BTreeSet<(usize, usize, String)> = g
            .iter()
            .map(|m| {
                (
                    m["start"].as_u64().unwrap_or(0) as usize,
                    m["end"].as_u64().unwrap_or(0) as usize,
                    m["type"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let gold_ids: BTreeMap<(usize, usize), &str> = g
            .iter()
            .map(|m| {
                (
                    (
                        m["start"].as_u64().unwrap_or(0) as usize,
                        m["end"].as_u64().unwrap_or(0) as usize,
                    ),
                    m["entity"].as_str().unwrap_or(""),
                )
            })
            .collect();
        let sys: BTreeSet<(usize, usize, String)> = a
            .mentions
            .iter()
            .map(|m| (m.start, m.end, m.kind.word().to_string()))
            .filter(|(_, _, t)| SCORED.contains(&t.as_str()))
            .collect();
        for t in SCORED {
            scores.entry(t).or_default();
        }
        for m in &sys {
            let s = scores
                .entry(
                    SCORED
                        .iter()
                        .find(|t| **t == m.2)
                        .copied()
                        .unwrap_or("other"),
                )
                .or_default();
            if gold_set.contains(m) {
                s.tp += 1;
            } else {
                s.fp += 1;
                errors.push(format!("FP {} {:?} {}", a.id, &a.body[m.0..m.1], m.2));
            }
        }
        for m in &gold_set {
            if !sys.contains(m) {
                if let Some(s) = scores.get_mut(m.2.as_str()) {
                    s.fn_ += 1;
                }
                errors.push(format!("FN {} {:?} {}", a.id, &a.body[m.0..m.1], m.2));
            }
        }
        for m in &a.mentions {
            if let Some(gid) = gold_ids.get(&(m.start, m.end)) {
                id_total += 1;
                if *gid == m.entity {
                    id_agree += 1;
                } else {
                    errors.push(format!(
                        "ID {} {:?}: {} (gold {gid})",
                        a.id, m.text, m.entity
                    ));
                }
            }
        }
    }
    let mut all = Score::default();
    println!("\nEntity quality on the 5 seed articles (exact span + type)");
    println!(
        "{:<12} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
        "type", "tp", "fp", "fn", "P", "R", "F1"
    );
    for (t, s) in &scores {
        all.tp += s.tp;
        all.fp += s.fp;
        all.fn_ += s.fn_;
        println!(
            "{t:<12} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
            s.tp,
            s.fp,
            s.fn_,
            s.p(),
            s.r(),
            s.f1()
        );
    }
    println!(
        "{:<12} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
        "all",
        all.tp,
        all.fp,
        all.fn_,
        all.p(),
        all.r(),
        all.f1()
    );
    println!("entity id agreement on matched spans: {id_agree}/{id_total}");
    if std::env::var_os("ENTITY_ERRORS").is_some() {
        for e in &errors {
            println!("{e}");
        }
    }
    for (t, floor) in [
        ("person", 0.95),
        ("org", 0.95),
        ("place", 0.97),
        ("nationality", 0.97),
    ] {
        let f1 = scores[t].f1();
        assert!(f1 >= floor, "{t}: F1 {f1:.3} fell below {floor}");
    }
    assert!(
        id_agree * 100 >= id_total * 97,
        "id agreement {id_agree}/{id_total}"
    );
}
