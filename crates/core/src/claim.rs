//! Propositions: statements from all outlets about the same thing, and the
//! claim map (propositions × speakers) built from them.
//!
//! Grouping is by content, stance-neutral: a claim's words lose negations,
//! denial and hedge words and function words, entity mentions become their
//! entity ids, and words are cut to a crude stem; groups merge while their
//! idf-weighted cosine similarity is high. A denial and the claims it names
//! in the same sentence (`X denied claims by Y that …`) start in one group,
//! so each denial is linked to what it denies.
//!
//! ```
//! use crossread_core::corpus::{Article, Document};
//! use crossread_core::{claim::ClaimMap, statement::annotate};
//!
//! let mut doc = Document::default();
//! let mut a = Article::empty("a");
//! a.body = "Ruritania said claims by Freedonia that it sells tanks to Sylvania were false.".into();
//! doc.articles.push(a);
//! annotate(&mut doc);
//! assert_eq!(doc.propositions.len(), 1);
//! let map = ClaimMap::build(&doc);
//! assert_eq!(map.rows.len(), 1);
//! ```

use crate::corpus::{Document, EntityType, Proposition, Stance};
use crate::statement::Claim;
use crate::Span;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Similarity above which two groups are one proposition.
const THRESHOLD: f64 = 0.2;

fn stem(w: &str) -> String {
    let mut s = w.trim_end_matches("'s").to_string();
    for suf in [
        "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s",
    ] {
        if s.len() > suf.len() + 3 && s.ends_with(suf) {
            s.truncate(s.len() - suf.len());
            break;
        }
    }
    let b = s.as_bytes();
    if b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] {
        s.pop();
    }
    s.chars().take(6).collect()
}

fn content_tokens(doc: &Document, c: &Claim) -> Vec<String> {
    let Some(a) = doc.articles.get(c.article) else {
        return Vec::new();
    };
    let Some(text) = c.span.slice(&a.body) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let ms: Vec<_> = a
        .mentions
        .iter()
        .filter(|m| m.start >= c.span.start && m.end <= c.span.end)
        .collect();
    for m in &ms {
        if !matches!(m.kind, EntityType::Date | EntityType::Quantity) {
            out.push(format!("@{}", m.entity));
        }
    }
    let mut word = String::new();
    let mut start = 0usize;
    let push = |w: &str, at: usize, out: &mut Vec<String>| {
        let l = w.to_lowercase();
        let inside = ms
            .iter()
            .any(|m| m.start <= c.span.start + at && c.span.start + at < m.end);
        if inside || l.len() < 3 || crate::statement::is_function_word(&l) {
            return;
        }
        out.push(stem(&l));
    };
    for (i, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            if word.is_empty() {
                start = i;
            }
            word.push(ch);
        } else if !word.is_empty() {
            push(&word, start, &mut out);
            word.clear();
        }
    }
    if !word.is_empty() {
        push(&word, start, &mut out);
    }
    out
}

/// Groups `doc.statements` into `doc.propositions` using each statement's
/// claim (`claims[i]` belongs to `doc.statements[i]`; when `claims` is
/// shorter, the sentence stands for the claim). Ids `p1`, `p2`, … follow the
/// first statement of each group.
pub fn group(doc: &mut Document, claims: &[Claim]) {
    let n = doc.statements.len();
    let claims: Vec<Claim> = (0..n)
        .map(|i| {
            claims.get(i).cloned().unwrap_or_else(|| {
                let s = &doc.statements[i];
                Claim {
                    article: doc
                        .articles
                        .iter()
                        .position(|a| a.id == s.article)
                        .unwrap_or(0),
                    span: Span::new(s.start, s.end),
                }
            })
        })
        .collect();
    let toks: Vec<Vec<String>> = claims.iter().map(|c| content_tokens(doc, c)).collect();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &toks {
        for w in t.iter().collect::<BTreeSet<_>>() {
            *df.entry(w.as_str()).or_default() += 1;
        }
    }
    let idf = |w: &str| ((n as f64 + 1.0) / (*df.get(w).unwrap_or(&1) as f64)).ln();
    // Start: one group per statement, joined with the others of a sentence
    // holding a denial.
    let mut group_of: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in 0..i {
            let (a, b) = (&doc.statements[i], &doc.statements[j]);
            let denial = a.stance == Stance::Denies || b.stance == Stance::Denies;
            if a.article == b.article && a.start == b.start && denial && a.speaker != b.speaker {
                let g = group_of[j];
                let old = group_of[i];
                for x in group_of.iter_mut() {
                    if *x == old {
                        *x = g;
                    }
                }
            }
        }
    }
    let vec_of = |members: &[usize]| {
        let mut v: BTreeMap<String, f64> = BTreeMap::new();
        for &m in members {
            for w in &toks[m] {
                *v.entry(w.clone()).or_default() += idf(w);
            }
        }
        v
    };
    let mut groups: Vec<Vec<usize>> = {
        let mut g: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, &k) in group_of.iter().enumerate() {
            g.entry(k).or_default().push(i);
        }
        g.into_values().collect()
    };
    if n <= 3000 {
        loop {
            let vecs: Vec<BTreeMap<String, f64>> = groups.iter().map(|g| vec_of(g)).collect();
            let mut best: Option<(f64, usize, usize)> = None;
            for i in 0..groups.len() {
                for j in i + 1..groups.len() {
                    let s = cosine(&vecs[i], &vecs[j]);
                    if s >= THRESHOLD && best.is_none_or(|(b, _, _)| s > b) {
                        best = Some((s, i, j));
                    }
                }
            }
            let Some((_, i, j)) = best else { break };
            let moved = groups.remove(j);
            groups[i].extend(moved);
            groups[i].sort_unstable();
        }
    }
    groups.sort_by_key(|g| g.first().copied().unwrap_or(usize::MAX));
    doc.propositions.clear();
    for (k, g) in groups.iter().enumerate() {
        let id = format!("p{}", k + 1);
        for &m in g {
            doc.statements[m].proposition = Some(id.clone());
        }
        doc.propositions.push(Proposition {
            id,
            label: label(doc, &claims, g),
            statements: g.iter().map(|&m| doc.statements[m].id.clone()).collect(),
        });
    }
}

fn cosine(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>) -> f64 {
    let dot: f64 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let na: f64 = a.values().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.values().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// A short label from the text: the claim of an asserting statement, cut at
/// its first clause and at twelve words.
fn label(doc: &Document, claims: &[Claim], members: &[usize]) -> String {
    let mut best: Option<(usize, String)> = None;
    for &m in members {
        let c = &claims[m];
        let Some(text) = doc
            .articles
            .get(c.article)
            .and_then(|a| c.span.slice(&a.body))
        else {
            continue;
        };
        let cut: String = text
            .split([',', ';', '\u{201D}', '"', '\u{2014}'])
            .map(str::trim)
            .find(|p| p.split_whitespace().count() >= 3)
            .unwrap_or(text)
            .split_whitespace()
            .take(12)
            .collect::<Vec<_>>()
            .join(" ");
        let cut = cut
            .trim_start_matches("that ")
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let words = cut.split_whitespace().count();
        let penalty =
            usize::from(doc.statements[m].stance != Stance::Asserts) * 10 + words.abs_diff(9);
        if !cut.is_empty() && best.as_ref().is_none_or(|(p, _)| penalty < *p) {
            best = Some((penalty, cut));
        }
    }
    let mut l = best.map(|(_, l)| l).unwrap_or_default();
    if let Some(f) = l.get(..1) {
        l = f.to_uppercase() + l.get(1..).unwrap_or("");
    }
    l
}

/// Which side a speaker belongs to in the claim map.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "place")]
pub enum Side {
    /// A government (a place entity id) with its officials.
    Government(String),
    /// Analysts, experts and research bodies.
    Analysts,
    /// Everyone else.
    Others,
}

/// One column of the claim map: a speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpeakerColumn {
    /// The speaker's entity id.
    pub speaker: String,
    /// The speaker's name.
    pub name: String,
    /// The side the speaker is grouped under.
    pub side: Side,
}

/// One cell: how one speaker stands on one proposition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The stance most statements take (ties: denies, qualifies, asserts).
    pub stance: Stance,
    /// The earliest day it was said, when known.
    pub said_on: Option<String>,
    /// How many articles report it.
    pub outlets: usize,
    /// The statements behind the cell.
    pub evidence: Vec<String>,
}

/// One row: a proposition and a cell per column (`None` where the speaker
/// said nothing about it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimRow {
    /// The proposition's id.
    pub proposition: String,
    /// Its label.
    pub label: String,
    /// One entry per column of [`ClaimMap::columns`].
    pub cells: Vec<Option<Cell>>,
}

/// The claim/denial map: propositions × speakers grouped by side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimMap {
    /// Speakers, grouped by side (governments first, by statement count).
    pub columns: Vec<SpeakerColumn>,
    /// Propositions, most statements first, then by id.
    pub rows: Vec<ClaimRow>,
}

impl ClaimMap {
    /// Builds the map from an annotated document.
    pub fn build(doc: &Document) -> ClaimMap {
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for s in &doc.statements {
            if let Some(sp) = &s.speaker {
                *count.entry(sp.clone()).or_default() += 1;
            }
        }
        let mut columns: Vec<SpeakerColumn> = count
            .keys()
            .map(|sp| SpeakerColumn {
                speaker: sp.clone(),
                name: name_of(doc, sp),
                side: side_of(doc, sp),
            })
            .collect();
        let mut side_count: BTreeMap<Side, usize> = BTreeMap::new();
        for c in &columns {
            *side_count.entry(c.side.clone()).or_default() +=
                count.get(&c.speaker).copied().unwrap_or(0);
        }
        columns.sort_by(|a, b| {
            let rank = |c: &SpeakerColumn| match &c.side {
                Side::Government(_) => 0,
                Side::Analysts => 1,
                Side::Others => 2,
            };
            (
                rank(a),
                std::cmp::Reverse(side_count.get(&a.side)),
                &a.side,
                std::cmp::Reverse(count.get(&a.speaker)),
                &a.speaker,
            )
                .cmp(&(
                    rank(b),
                    std::cmp::Reverse(side_count.get(&b.side)),
                    &b.side,
                    std::cmp::Reverse(count.get(&b.speaker)),
                    &b.speaker,
                ))
        });
        let mut rows: Vec<ClaimRow> = doc
            .propositions
            .iter()
            .map(|p| {
                let cells = columns
                    .iter()
                    .map(|c| {
                        let ss: Vec<_> = doc
                            .statements
                            .iter()
                            .filter(|s| {
                                s.proposition.as_deref() == Some(&p.id)
                                    && s.speaker.as_deref() == Some(&c.speaker)
                            })
                            .collect();
                        if ss.is_empty() {
                            return None;
                        }
                        let mut tally: BTreeMap<Stance, usize> = BTreeMap::new();
                        for s in &ss {
                            *tally.entry(s.stance).or_default() += 1;
                        }
                        let stance = [Stance::Denies, Stance::Qualifies, Stance::Asserts]
                            .into_iter()
                            .max_by_key(|st| {
                                (tally.get(st).copied().unwrap_or(0), std::cmp::Reverse(*st))
                            })
                            .unwrap_or(Stance::Asserts);
                        let outlets = ss
                            .iter()
                            .map(|s| s.article.as_str())
                            .collect::<BTreeSet<_>>()
                            .len();
                        Some(Cell {
                            stance,
                            said_on: ss.iter().filter_map(|s| s.said_on.clone()).min(),
                            outlets,
                            evidence: ss.iter().map(|s| s.id.clone()).collect(),
                        })
                    })
                    .collect();
                ClaimRow {
                    proposition: p.id.clone(),
                    label: p.label.clone(),
                    cells,
                }
            })
            .collect();
        rows.sort_by_key(|r| {
            (
                std::cmp::Reverse(
                    r.cells
                        .iter()
                        .flatten()
                        .map(|c| c.evidence.len())
                        .sum::<usize>(),
                ),
                r.proposition
                    .trim_start_matches('p')
                    .parse::<usize>()
                    .unwrap_or(0),
            )
        });
        ClaimMap { columns, rows }
    }
}

fn name_of(doc: &Document, id: &str) -> String {
    doc.entities
        .iter()
        .find(|e| e.id == id)
        .map_or_else(|| id.to_string(), |e| e.name.clone())
}

fn side_of(doc: &Document, id: &str) -> Side {
    let Some(e) = doc.entities.iter().find(|e| e.id == id) else {
        return Side::Others;
    };
    if e.kind == EntityType::Place {
        return Side::Government(e.id.clone());
    }
    let places: Vec<&str> = doc
        .entities
        .iter()
        .filter(|p| p.kind == EntityType::Place)
        .map(|p| p.id.as_str())
        .collect();
    if let Some(p) = places
        .iter()
        .filter(|p| id.starts_with(*p))
        .max_by_key(|p| p.len())
    {
        return Side::Government((*p).to_string());
    }
    let labels: Vec<String> = doc
        .statements
        .iter()
        .filter(|s| s.speaker.as_deref() == Some(id))
        .filter_map(|s| s.speaker_label.as_ref().map(|l| l.to_lowercase()))
        .collect();
    if labels.iter().any(|l| {
        l.split(|c: char| !c.is_alphanumeric())
            .any(crate::statement::is_analyst_word)
    }) {
        return Side::Analysts;
    }
    Side::Others
}
