//! The claim map as files a reader can take away: CSV (one line per cell)
//! and ClaimReview-shaped JSON-LD that records who claims what where,
//! without inventing a verdict (no `reviewRating`).
//!
//! ```
//! use crossread_core::claim::{export, ClaimMap};
//! use crossread_core::corpus::Document;
//! let doc = Document::default();
//! let map = ClaimMap::build(&doc);
//! assert!(export::csv(&doc, &map).starts_with("proposition_id,"));
//! assert_eq!(export::claim_review(&doc, &map), "[]\n");
//! ```

use super::ClaimMap;
use crate::corpus::json::write::Writer;
use crate::corpus::{Article, Document, EntityType};

/// Quotes a CSV field when it needs it (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The map as CSV: a header, then one line per non-empty cell, rows in map
/// order, columns left to right.
pub fn csv(doc: &Document, map: &ClaimMap) -> String {
    let mut out = String::from(
        "proposition_id,proposition,speaker_id,speaker,side,stance,said_on,articles,statements\n",
    );
    for row in &map.rows {
        for (c, cell) in &row.cells {
            let col = &map.columns[*c];
            let line = [
                field(&row.proposition),
                field(&row.label),
                field(&col.speaker),
                field(&col.name),
                field(&col.side.label(doc)),
                cell.stance.word().to_string(),
                cell.said_on.clone().unwrap_or_default(),
                cell.outlets.to_string(),
                field(&cell.evidence.join(" ")),
            ];
            out.push_str(&line.join(","));
            out.push('\n');
        }
    }
    out
}

/// One ClaimReview per map cell: `claimReviewed` is the proposition,
/// `itemReviewed.author` the speaker, `itemReviewed.appearance` the articles
/// that report it; the speaker's stance is the claim's description. No
/// `reviewRating`: Crossread records claims, it does not rate them.
pub fn claim_review(doc: &Document, map: &ClaimMap) -> String {
    // Keys in byte order, as serde_json writes its objects.
    let mut w = Writer::default();
    w.open('[');
    for row in &map.rows {
        for (c, cell) in &row.cells {
            let col = &map.columns[*c];
            let author_type = match doc
                .entities
                .iter()
                .find(|e| e.id == col.speaker)
                .map(|e| e.kind)
            {
                Some(EntityType::Person) => "Person",
                _ => "Organization",
            };
            let mut articles: Vec<&str> = cell
                .evidence
                .iter()
                .filter_map(|sid| doc.statement(sid))
                .map(|s| s.article.as_str())
                .collect();
            articles.dedup();
            let appearance: Vec<&Article> =
                articles.iter().filter_map(|id| doc.article(id)).collect();
            w.item();
            w.open('{');
            w.field("@context", "https://schema.org");
            w.field("@type", "ClaimReview");
            w.field("claimReviewed", &row.label);
            w.key("itemReviewed");
            w.open('{');
            w.field("@type", "Claim");
            w.list("appearance", &appearance, |w, a| {
                w.open('{');
                w.field("@type", "NewsArticle");
                if let Some(d) = &a.published {
                    w.field("datePublished", d);
                }
                w.field("headline", &a.headline);
                w.field("identifier", &a.id);
                if let Some(o) = &a.outlet {
                    w.key("publisher");
                    w.open('{');
                    w.field("@type", "Organization");
                    w.field("name", o);
                    w.close('}');
                }
                if let Some(u) = &a.url {
                    w.field("url", u);
                }
                w.close('}');
            });
            w.key("author");
            w.open('{');
            w.field("@type", author_type);
            w.field("name", &col.name);
            w.close('}');
            if let Some(d) = &cell.said_on {
                w.field("datePublished", d);
            }
            w.field("description", cell.stance.word());
            w.close('}');
            w.close('}');
        }
    }
    w.close(']');
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    /// The export as it was written with serde_json: the oracle.
    fn with_serde(doc: &Document, map: &ClaimMap) -> String {
        let mut reviews = Vec::new();
        for row in &map.rows {
            for (c, cell) in &row.cells {
                let col = &map.columns[*c];
                let author_type = match doc.entities.iter().find(|e| e.id == col.speaker) {
                    Some(e) if e.kind == EntityType::Person => "Person",
                    _ => "Organization",
                };
                let mut articles: Vec<&str> = cell
                    .evidence
                    .iter()
                    .filter_map(|sid| doc.statements.iter().find(|s| &s.id == sid))
                    .map(|s| s.article.as_str())
                    .collect();
                articles.dedup();
                let appearance: Vec<Value> = articles
                    .iter()
                    .filter_map(|id| doc.article(id))
                    .map(|a| {
                        let mut v = json!({ "@type": "NewsArticle", "headline": a.headline, "identifier": a.id });
                        if let Some(u) = &a.url {
                            v["url"] = json!(u);
                        }
                        if let Some(o) = &a.outlet {
                            v["publisher"] = json!({ "@type": "Organization", "name": o });
                        }
                        if let Some(d) = &a.published {
                            v["datePublished"] = json!(d);
                        }
                        v
                    })
                    .collect();
                let mut claim = json!({
                    "@type": "Claim",
                    "author": { "@type": author_type, "name": col.name },
                    "description": cell.stance.word(),
                    "appearance": appearance,
                });
                if let Some(d) = &cell.said_on {
                    claim["datePublished"] = json!(d);
                }
                reviews.push(json!({
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "claimReviewed": row.label,
                    "itemReviewed": claim,
                }));
            }
        }
        serde_json::to_string_pretty(&Value::Array(reviews)).unwrap_or_default() + "\n"
    }

    fn seeds() -> &'static (Document, ClaimMap) {
        static SEEDS: std::sync::OnceLock<(Document, ClaimMap)> = std::sync::OnceLock::new();
        SEEDS.get_or_init(|| {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/corpus.json");
            let text = std::fs::read_to_string(path).expect("corpus.json");
            let doc = crate::analyze(Document::from_json(&text).expect("valid corpus"));
            let map = ClaimMap::build(&doc);
            (doc, map)
        })
    }

    #[test]
    fn claim_review_of_the_seeds_is_serde_jsons_bytes() {
        let (doc, map) = seeds();
        assert!(map.rows.iter().any(|r| r.cells.len() > 1));
        assert_eq!(claim_review(doc, map), with_serde(doc, map));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn claim_review_with_any_strings_is_serde_jsons_bytes(
            texts in prop::collection::vec(proptest::option::of("(\\PC|[\u{0}-\u{1f}\"\\\\\u{2028}])*"), 8),
        ) {
            let (doc, map) = seeds();
            let (mut doc, mut map) = (doc.clone(), map.clone());
            let mut t = texts.iter().cycle();
            let mut next = || t.next().cloned().flatten();
            for a in &mut doc.articles {
                a.headline = next().unwrap_or_default();
                a.url = next();
                a.outlet = next();
                a.published = next();
            }
            for r in &mut map.rows {
                r.label = next().unwrap_or_default();
                for (_, c) in r.cells.iter_mut() {
                    c.said_on = next();
                }
            }
            for c in &mut map.columns {
                c.name = next().unwrap_or_default();
            }
            prop_assert_eq!(claim_review(&doc, &map), with_serde(&doc, &map));
        }
    }

    #[test]
    fn an_empty_map_is_an_empty_list() {
        let doc = Document::default();
        let map = ClaimMap::build(&doc);
        assert_eq!(claim_review(&doc, &map), with_serde(&doc, &map));
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
