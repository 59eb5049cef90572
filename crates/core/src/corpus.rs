//! The corpus document: articles and, once analysed, their mentions,
//! entities, statements and propositions, in the JSON format of
//! `ANALYSIS_FORMAT.md` (`"format": "crossread-analysis/1"`).
//!
//! A corpus is a [`Document`] whose analysis arrays are empty; an analysis is
//! the same document with them filled, so every export can be imported again.
//! [`Document::to_json`] is deterministic: the same document always gives the
//! same bytes, natively and in the browser.
//!
//! ```
//! use crossread_core::corpus::Document;
//!
//! let json = r#"{"format":"crossread-analysis/1","articles":[]}"#;
//! let doc = Document::from_json(json).unwrap();
//! assert!(doc.articles.is_empty());
//! assert!(Document::from_json("{").is_err());
//! ```

pub mod date;
pub mod furniture;
pub mod import;
pub mod ingest;
pub(crate) mod json;
pub mod markup;

use crate::correction::Correction;
use crate::Span;
use std::fmt;

/// The value of the `format` field this engine reads and writes.
pub const FORMAT: &str = "crossread-analysis/1";

/// A corpus, or a corpus with its analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Document {
    /// Always [`FORMAT`].
    pub format: String,
    /// The articles, sorted by id.
    pub articles: Vec<Article>,
    /// Entities referenced by mentions and statements.
    pub entities: Vec<Entity>,
    /// Statements found in the articles.
    pub statements: Vec<Statement>,
    /// Statements grouped by what they are about.
    pub propositions: Vec<Proposition>,
    /// Corrections made by hand, applied in order over the engine's
    /// analysis ([`crate::correction`]); written only when there are some.
    #[cfg_attr(test, serde(skip_serializing_if = "Vec::is_empty"))]
    pub corrections: Vec<Correction>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            format: FORMAT.to_string(),
            articles: Vec::new(),
            entities: Vec::new(),
            statements: Vec::new(),
            propositions: Vec::new(),
            corrections: Vec::new(),
        }
    }
}

/// Where an article's outlet name came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "lowercase"))]
pub enum Basis {
    /// Stated in the article's own text (for example a copyright line).
    Text,
    /// Read from the article's original URL.
    Url,
    /// Given by the sidecar metadata file.
    Sidecar,
}

impl Basis {
    /// The format's word for the basis (`text`, `url`, `sidecar`).
    pub fn word(self) -> &'static str {
        match self {
            Basis::Text => "text",
            Basis::Url => "url",
            Basis::Sidecar => "sidecar",
        }
    }
}

/// One article: its clean text and what was set aside from the raw page.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Article {
    /// The source file's stem (`pasted-1` for pasted text); unique.
    pub id: String,
    /// The raw file the article came from.
    pub source_file: String,
    /// The headline, outside the body.
    pub headline: String,
    /// The publishing outlet, or `None` when nobody knows it.
    pub outlet: Option<String>,
    /// Where [`Article::outlet`] came from.
    pub outlet_basis: Option<Basis>,
    /// The news agency that wrote the text (never a photo credit).
    pub wire_agency: Option<String>,
    /// Publication date as `YYYY-MM-DD`, when known.
    pub published: Option<String>,
    /// The dateline city, as printed (`SEOUL`).
    pub dateline: Option<String>,
    /// The original URL, when the page gives it.
    pub url: Option<String>,
    /// Paragraphs joined by `\n\n`, line ends normalised to `\n`.
    pub body: String,
    /// Photo captions and credits, kept out of the body.
    pub captions: Vec<String>,
    /// Lines removed from the page as furniture (or read as metadata).
    pub boilerplate: Vec<String>,
    /// Entity mentions in the body, sorted by start.
    pub mentions: Vec<Mention>,
}

impl Article {
    /// The body's paragraphs with their byte spans, in order.
    ///
    /// ```
    /// # use crossread_core::corpus::Article;
    /// let mut a = Article::empty("x");
    /// a.body = "One.\n\nTwo.".into();
    /// let p: Vec<_> = a.paragraphs().map(|(s, t)| (s.start, t)).collect();
    /// assert_eq!(p, vec![(0, "One."), (6, "Two.")]);
    /// ```
    pub fn paragraphs(&self) -> impl Iterator<Item = (Span, &str)> + '_ {
        let body = self.body.as_str();
        let mut offset = 0usize;
        body.split("\n\n").filter_map(move |part| {
            let start = offset;
            offset += part.len() + 2;
            if part.trim().is_empty() {
                None
            } else {
                Some((Span::new(start, start + part.len()), part))
            }
        })
    }

    /// Number of words in the body (whitespace-separated).
    pub fn word_count(&self) -> usize {
        self.body.split_whitespace().count()
    }

    /// An article with the given id and everything else empty or unknown.
    pub fn empty(id: &str) -> Self {
        Article {
            id: id.to_string(),
            source_file: String::new(),
            headline: String::new(),
            outlet: None,
            outlet_basis: None,
            wire_agency: None,
            published: None,
            dateline: None,
            url: None,
            body: String::new(),
            captions: Vec::new(),
            boilerplate: Vec::new(),
            mentions: Vec::new(),
        }
    }
}

/// The kinds of entity the engine recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "lowercase"))]
pub enum EntityType {
    /// A named or described person.
    Person,
    /// An organisation, agency, company or government body.
    Org,
    /// A place, including countries also when they act.
    Place,
    /// A demonym or group adjective ("Russian").
    Nationality,
    /// A date or time expression.
    Date,
    /// A named event.
    Event,
    /// A number with what it counts.
    Quantity,
}

impl EntityType {
    /// The format's word for the type (`person`, `org`, …).
    ///
    /// ```
    /// # use crossread_core::corpus::EntityType;
    /// assert_eq!(EntityType::Nationality.word(), "nationality");
    /// ```
    pub fn word(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Org => "org",
            EntityType::Place => "place",
            EntityType::Nationality => "nationality",
            EntityType::Date => "date",
            EntityType::Event => "event",
            EntityType::Quantity => "quantity",
        }
    }

    /// The type named by its word in the format (`person`, `org`, …).
    ///
    /// ```
    /// # use crossread_core::corpus::EntityType;
    /// assert_eq!(EntityType::from_word("org"), Some(EntityType::Org));
    /// assert_eq!(EntityType::from_word("Org"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<EntityType> {
        json::TYPES
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, t)| t)
    }
}

/// One mention of an entity in an article body.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Mention {
    /// The id of the entity mentioned.
    pub entity: String,
    /// The entity's type.
    #[cfg_attr(test, serde(rename = "type"))]
    pub kind: EntityType,
    /// First byte in the body.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `body[start..end]`.
    pub text: String,
}

/// An entity resolved across the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Entity {
    /// A slug of the name (`john-smith`).
    pub id: String,
    /// The fullest name found.
    pub name: String,
    /// The entity's type.
    #[cfg_attr(test, serde(rename = "type"))]
    pub kind: EntityType,
    /// Every surface form that refers to it.
    pub aliases: Vec<String>,
}

/// How a speaker stands towards a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "lowercase"))]
pub enum Stance {
    /// Says it is so.
    Asserts,
    /// Says it is not so.
    Denies,
    /// Limits or hedges it without denying it.
    Qualifies,
}

impl Stance {
    /// The format's word for the stance (`asserts`, `denies`, `qualifies`).
    pub fn word(self) -> &'static str {
        match self {
            Stance::Asserts => "asserts",
            Stance::Denies => "denies",
            Stance::Qualifies => "qualifies",
        }
    }
}

/// A sentence (or quote span) in which a speaker takes a stance.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Statement {
    /// `s1`, `s2`, … in order of article, then start.
    pub id: String,
    /// The article's id.
    pub article: String,
    /// `body[start..end]`.
    pub sentence: String,
    /// First byte in the body.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The speaker's entity id, `None` when unresolved.
    pub speaker: Option<String>,
    /// How the text names the speaker.
    pub speaker_label: Option<String>,
    /// The speaker's stance.
    pub stance: Stance,
    /// The proposition this statement is about.
    pub proposition: Option<String>,
    /// The quoted words, if any.
    pub quote: Option<String>,
    /// The day it was said, when the text fixes it.
    pub said_on: Option<String>,
}

/// Statements from all outlets about the same thing.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Proposition {
    /// `p1`, `p2`, …
    pub id: String,
    /// A short readable label taken from the text.
    pub label: String,
    /// Ids of its statements.
    pub statements: Vec<String>,
}

/// Why a document could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    /// 1-based line in the JSON text, when the error has a place.
    pub line: Option<usize>,
    /// 1-based column in the JSON text, when the error has a place.
    pub column: Option<usize>,
    /// What is wrong, in words a reader understands.
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column {c}: {}", self.message),
            (Some(l), None) => write!(f, "line {l}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for CorpusError {}

impl CorpusError {
    fn msg(message: impl Into<String>) -> Self {
        CorpusError {
            line: None,
            column: None,
            message: message.into(),
        }
    }
}

impl Document {
    /// Parses and validates a document.
    ///
    /// # Errors
    /// A [`CorpusError`] with the line and column for malformed JSON or a
    /// field of the wrong shape, or a message naming the article and field
    /// when the document breaks a rule of the format (see [`Document::validate`]).
    pub fn from_json(text: &str) -> Result<Document, CorpusError> {
        let doc = json::read(text)?;
        doc.validate()?;
        Ok(doc)
    }

    /// The document as pretty-printed JSON with a final newline; deterministic.
    pub fn to_json(&self) -> String {
        json::write::document(self)
    }

    /// Checks the rules of the format that the JSON shape alone cannot.
    ///
    /// # Errors
    /// The first broken rule: a wrong `format`, a duplicate or empty article
    /// id, a mention or statement whose offsets do not match its text, or a
    /// reference to an article, entity, statement or proposition that does
    /// not exist.
    pub fn validate(&self) -> Result<(), CorpusError> {
        use std::collections::BTreeSet;
        if self.format != FORMAT {
            return Err(CorpusError::msg(format!(
                "format is \"{}\", expected \"{FORMAT}\"",
                self.format
            )));
        }
        let mut ids = BTreeSet::new();
        for a in &self.articles {
            if a.id.is_empty() {
                return Err(CorpusError::msg("an article has an empty id"));
            }
            if !ids.insert(a.id.as_str()) {
                return Err(CorpusError::msg(format!(
                    "article id \"{}\" appears twice",
                    a.id
                )));
            }
        }
        let entities: BTreeSet<&str> =
            crate::sort::set(self.entities.iter().map(|e| e.id.as_str()));
        for a in &self.articles {
            for (i, m) in a.mentions.iter().enumerate() {
                let span = Span::new(m.start, m.end);
                if m.start > m.end || span.slice(&a.body) != Some(m.text.as_str()) {
                    return Err(CorpusError::msg(format!(
                        "article \"{}\", mentions[{i}]: text does not equal body[{}..{}]",
                        a.id, m.start, m.end
                    )));
                }
                if !entities.contains(m.entity.as_str()) {
                    return Err(CorpusError::msg(format!(
                        "article \"{}\", mentions[{i}]: unknown entity \"{}\"",
                        a.id, m.entity
                    )));
                }
            }
        }
        let props: BTreeSet<&str> =
            crate::sort::set(self.propositions.iter().map(|p| p.id.as_str()));
        let stmts: BTreeSet<&str> = crate::sort::set(self.statements.iter().map(|s| s.id.as_str()));
        // Article ids are unique by now: a map finds each statement's.
        let mut by_id = crate::sort::Keys::default();
        for a in &self.articles {
            by_id.id(&a.id);
        }
        for s in &self.statements {
            let Some(a) = by_id.get(&s.article).map(|k| &self.articles[k]) else {
                return Err(CorpusError::msg(format!(
                    "statement \"{}\": unknown article \"{}\"",
                    s.id, s.article
                )));
            };
            if s.start > s.end
                || Span::new(s.start, s.end).slice(&a.body) != Some(s.sentence.as_str())
            {
                return Err(CorpusError::msg(format!(
                    "statement \"{}\": sentence does not equal body[{}..{}]",
                    s.id, s.start, s.end
                )));
            }
            if let Some(sp) = &s.speaker {
                if !entities.contains(sp.as_str()) {
                    return Err(CorpusError::msg(format!(
                        "statement \"{}\": unknown speaker entity \"{sp}\"",
                        s.id
                    )));
                }
            }
            if let Some(p) = &s.proposition {
                if !props.contains(p.as_str()) {
                    return Err(CorpusError::msg(format!(
                        "statement \"{}\": unknown proposition \"{p}\"",
                        s.id
                    )));
                }
            }
        }
        for p in &self.propositions {
            for s in &p.statements {
                if !stmts.contains(s.as_str()) {
                    return Err(CorpusError::msg(format!(
                        "proposition \"{}\": unknown statement \"{s}\"",
                        p.id
                    )));
                }
            }
        }
        Ok(())
    }

    /// The article with this id. The analysis sorts the articles by id (a
    /// filtered document keeps the order), so it is found by halves; in a
    /// document in another order it is looked for in turn. The exports and
    /// views look up an article for each statement they show.
    ///
    /// ```
    /// # use crossread_core::corpus::{Article, Document};
    /// let mut d = Document::default();
    /// for id in ["b", "a", "c"] { d.articles.push(Article::empty(id)); }
    /// assert_eq!(d.article("a").unwrap().id, "a");
    /// assert!(d.article("d").is_none());
    /// ```
    pub fn article(&self, id: &str) -> Option<&Article> {
        let k = self.articles.partition_point(|a| a.id.as_str() < id);
        self.articles
            .get(k)
            .filter(|a| a.id == id)
            .or_else(|| self.articles.iter().find(|a| a.id == id))
    }

    /// The statement with this id. The analysis numbers statements `s1`,
    /// `s2`, … in order (a filtered document keeps the order), and such ids
    /// sort by length, then text, so one is found by halves; any other is
    /// looked for in turn. Reading every statement for each id made the
    /// ClaimReview export of a large corpus quadratic.
    ///
    /// ```
    /// use crossread_core::{analyze, corpus::{Article, Document}};
    /// let mut a = Article::empty("a");
    /// a.body = "Kenya said the talks failed. Peru denied the report.".into();
    /// let mut doc = Document::default();
    /// doc.articles.push(a);
    /// let doc = analyze(doc);
    /// let last = doc.statements.last().unwrap();
    /// assert_eq!(doc.statement(&last.id), Some(last));
    /// assert!(doc.statement("s99").is_none());
    /// ```
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        let k = self
            .statements
            .partition_point(|s| (s.id.len(), &s.id[..]) < (id.len(), id));
        self.statements
            .get(k)
            .filter(|s| s.id == id)
            .or_else(|| self.statements.iter().find(|s| s.id == id))
    }

    /// The article `delta` places after the one with id `current` (before it
    /// when negative), clamped to the ends; the first (or last, for a
    /// negative `delta`) when `current` is `None` or unknown.
    ///
    /// ```
    /// # use crossread_core::corpus::{Article, Document};
    /// let mut d = Document::default();
    /// for id in ["a", "b", "c"] { d.articles.push(Article::empty(id)); }
    /// assert_eq!(d.step(Some("a"), 1).unwrap().id, "b");
    /// assert_eq!(d.step(Some("c"), 1).unwrap().id, "c");
    /// assert_eq!(d.step(None, -1).unwrap().id, "c");
    /// ```
    pub fn step(&self, current: Option<&str>, delta: isize) -> Option<&Article> {
        let last = self.articles.len().checked_sub(1)?;
        let at = current.and_then(|id| self.articles.iter().position(|a| a.id == id));
        let index = match at {
            Some(i) => i.saturating_add_signed(delta).min(last),
            None if delta < 0 => last,
            None => 0,
        };
        self.articles.get(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_found_by_id_sorted_or_not() {
        for ids in [["a", "b", "c10", "c2", "d"], ["d", "c2", "a", "c10", "b"]] {
            let doc = Document {
                articles: ids.iter().map(|id| Article::empty(id)).collect(),
                ..Document::default()
            };
            for id in ids {
                assert_eq!(doc.article(id).map(|a| a.id.as_str()), Some(id));
            }
            for id in ["", "c", "c1", "e", "0"] {
                assert!(doc.article(id).is_none(), "{id}");
            }
        }
    }

    #[test]
    fn statements_are_found_by_id_in_any_order() {
        let mut doc = Document::default();
        for id in ["s2", "s10", "x", "s11", "s11b", "s4"] {
            doc.statements.push(Statement {
                id: id.into(),
                article: "a".into(),
                sentence: String::new(),
                start: 0,
                end: 0,
                speaker: None,
                speaker_label: None,
                stance: Stance::Asserts,
                proposition: None,
                quote: None,
                said_on: None,
            });
        }
        for id in ["s2", "s10", "x", "s11", "s11b", "s4"] {
            assert_eq!(doc.statement(id).map(|s| s.id.as_str()), Some(id));
        }
        for id in ["s3", "s1", "s12", "", "s", "y"] {
            assert!(doc.statement(id).is_none(), "{id}");
        }
    }

    #[test]
    fn json_round_trip_is_byte_identical() {
        let mut doc = Document::default();
        let mut a = Article::empty("b");
        a.body = "Hello world.".into();
        doc.articles.push(a);
        let json = doc.to_json();
        let back = Document::from_json(&json).unwrap();
        assert_eq!(back, doc);
        assert_eq!(back.to_json(), json);
    }

    #[test]
    fn malformed_json_reports_line_and_column() {
        let err = Document::from_json("{\n  \"format\": \n}").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.column.is_some());
    }

    #[test]
    fn wrong_format_is_refused() {
        let err = Document::from_json(r#"{"format":"other/1","articles":[]}"#).unwrap_err();
        assert!(err.message.contains("other/1"), "{err}");
    }

    #[test]
    fn duplicate_article_ids_are_refused() {
        let mut doc = Document::default();
        doc.articles.push(Article::empty("a"));
        doc.articles.push(Article::empty("a"));
        assert!(doc.validate().is_err());
    }

    #[test]
    fn mention_offsets_must_match_text() {
        let mut doc = Document::default();
        let mut a = Article::empty("a");
        a.body = "Ünïcode here".into();
        a.mentions.push(Mention {
            entity: "x".into(),
            kind: EntityType::Place,
            start: 1,
            end: 3,
            text: "n".into(),
        });
        doc.entities.push(Entity {
            id: "x".into(),
            name: "X".into(),
            kind: EntityType::Place,
            aliases: vec![],
        });
        doc.articles.push(a);
        assert!(doc.validate().is_err());
    }
}
