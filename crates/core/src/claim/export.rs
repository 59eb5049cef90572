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
use crate::corpus::{Document, EntityType};
use serde_json::{json, Value};

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
        for (cell, col) in row.cells.iter().zip(&map.columns) {
            let Some(cell) = cell else { continue };
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
    let mut reviews = Vec::new();
    for row in &map.rows {
        for (cell, col) in row.cells.iter().zip(&map.columns) {
            let Some(cell) = cell else { continue };
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
    let mut s =
        serde_json::to_string_pretty(&Value::Array(reviews)).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
