//! Shared by the entity quality tests (`entity_quality.rs` on the seeds,
//! `entity_heldout.rs` on held-out text): a document's mentions scored
//! against a gold annotation, per type, on exact span and type, and how
//! often the entity id agrees where the spans match.

use crossread_core::corpus::Document;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The entity types scored.
pub const SCORED: [&str; 4] = ["person", "org", "place", "nationality"];

/// True and false positives and false negatives of one type.
#[derive(Default, Debug, Clone, Copy)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Score {
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 {
            1.0
        } else {
            a as f64 / b as f64
        }
    }
    pub fn p(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fp)
    }
    pub fn r(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<12} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
            self.tp,
            self.fp,
            self.fn_,
            self.p(),
            self.r(),
            self.f1()
        )
    }
}

/// The scores of an analysed document against its gold annotation.
pub struct Report {
    /// Per scored type.
    pub scores: BTreeMap<&'static str, Score>,
    /// Matched spans whose entity id agrees with the gold's, and all matched spans.
    pub id_agree: usize,
    pub id_total: usize,
    /// Every false positive (FP), false negative (FN) and id disagreement (ID).
    pub errors: Vec<String>,
}

type Span = (usize, usize, String);

/// Scores `doc` (analysed) against `gold`: per article id, a list of
/// `{start, end, type, entity}`.
pub fn score(doc: &Document, gold: &Value) -> Report {
    let mut scores: BTreeMap<&str, Score> = SCORED.iter().map(|t| (*t, Score::default())).collect();
    let (mut id_agree, mut id_total) = (0usize, 0usize);
    let mut errors = Vec::new();
    for a in &doc.articles {
        let g = gold[&a.id].as_array().expect("gold article");
        let num = |m: &Value, k: &str| m[k].as_u64().unwrap_or(0) as usize;
        let gold_set: BTreeSet<Span> = g
            .iter()
            .map(|m| {
                (
                    num(m, "start"),
                    num(m, "end"),
                    m["type"].as_str().unwrap_or("").into(),
                )
            })
            .collect();
        let gold_ids: BTreeMap<(usize, usize), &str> = g
            .iter()
            .map(|m| {
                (
                    (num(m, "start"), num(m, "end")),
                    m["entity"].as_str().unwrap_or(""),
                )
            })
            .collect();
        let sys: BTreeSet<Span> = a
            .mentions
            .iter()
            .map(|m| (m.start, m.end, m.kind.word().to_string()))
            .filter(|(_, _, t)| SCORED.contains(&t.as_str()))
            .collect();
        for m in &sys {
            let s = scores.get_mut(m.2.as_str()).expect("scored type");
            if gold_set.contains(m) {
                s.tp += 1;
            } else {
                s.fp += 1;
                errors.push(format!("FP {} {:?} {}", a.id, &a.body[m.0..m.1], m.2));
            }
        }
        for m in gold_set.difference(&sys) {
            if let Some(s) = scores.get_mut(m.2.as_str()) {
                s.fn_ += 1;
            }
            errors.push(format!("FN {} {:?} {}", a.id, &a.body[m.0..m.1], m.2));
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
    Report {
        scores,
        id_agree,
        id_total,
        errors,
    }
}

impl Report {
    /// Prints the table under `title` (seen with `--nocapture`), and every
    /// error when `ENTITY_ERRORS` is set.
    pub fn print(&self, title: &str) {
        let mut all = Score::default();
        println!("\n{title}");
        println!(
            "{:<12} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
            "type", "tp", "fp", "fn", "P", "R", "F1"
        );
        for (t, s) in &self.scores {
            all.tp += s.tp;
            all.fp += s.fp;
            all.fn_ += s.fn_;
            println!("{}", s.row(t));
        }
        println!("{}", all.row("all"));
        println!(
            "entity id agreement on matched spans: {}/{}",
            self.id_agree, self.id_total
        );
        if std::env::var_os("ENTITY_ERRORS").is_some() {
            self.errors.iter().for_each(|e| println!("{e}"));
        }
    }

    /// The F1 of type `t`.
    pub fn f1(&self, t: &str) -> f64 {
        self.scores[t].f1()
    }
}
