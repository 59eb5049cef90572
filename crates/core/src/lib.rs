//! Crossread's engine: everything that reads and analyses news text, with no
//! browser, framework or file-system code, so the web app, the CLI and the
//! tests run exactly the same logic.
//!
//! The pipeline, one module per noun:
//!
//! - [`corpus`]: the [`Document`] (articles plus analysis) in the JSON format
//!   of `ANALYSIS_FORMAT.md`, its validation, and [`corpus::ingest`], which
//!   turns raw scraped pages into clean [`Article`]s with the page furniture
//!   kept aside.
//! - [`text`]: sentences and tokens of a body as byte spans.
//! - [`entity`]: mentions of people, organisations, places, nationalities,
//!   dates, events and quantities, resolved to entities across the corpus
//!   ([`entity::EntityMatcher`], [`entity::annotate`]).
//! - [`correction`]: corrections a reader makes by hand (rename or merge
//!   entities, a statement's stance or speaker, propositions), applied in
//!   order over the analysis and kept in the document.
//! - [`search`]: the full-text index over headlines and bodies
//!   ([`search::SearchIndex`]), queries with phrases and prefixes ranked by
//!   BM25, and facet counts from the analysis that follow the query.
//! - [`pipeline`]: the whole analysis, from raw files to propositions, in
//!   small steps with progress ([`pipeline::Pipeline`]), for a browser that
//!   must not block.
//! - [`synth`]: a seeded synthetic news corpus for benchmarks and tests.
//! - [`view`]: the state of the app's view as it lives in the URL.
//! - [`Span`]: byte offsets into an article's body, used by every later stage.
//!
//! # Example
//!
//! ```
//! use crossread_core::corpus::ingest::{ingest, RawFile};
//!
//! let raw = RawFile::new("a.txt", "Storm hits coast\n\nBy [AP](#)\n\nRain fell all day.\n\nLeave a Reply\n");
//! let out = ingest(&[raw], None);
//! let article = &out.document.articles[0];
//! assert_eq!(article.headline, "Storm hits coast");
//! assert_eq!(article.wire_agency.as_deref(), Some("AP"));
//! assert_eq!(article.body, "Rain fell all day.");
//! assert!(article.boilerplate.iter().any(|l| l == "Leave a Reply"));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod claim;
pub mod corpus;
pub mod correction;
pub mod entity;
pub mod phrase;
pub mod pipeline;
pub mod search;
pub mod sort;
pub mod statement;
pub mod synth;
pub mod text;
pub mod variant;
pub mod view;

pub use corpus::{Article, Document};

/// Runs the whole analysis over a corpus and returns the analysis document:
/// the same articles (sorted by id) with mentions, entities, statements and
/// propositions computed afresh from the text. Any analysis already in `doc`
/// is replaced, so the output depends on the articles alone, and then the
/// document's corrections are applied in order (those that no longer apply
/// are skipped; see [`correction::apply_all`]) and kept.
///
/// ```
/// use crossread_core::{analyze, corpus::{Article, Document}};
/// let mut doc = Document::default();
/// doc.articles.push(Article::empty("b"));
/// let mut a = Article::empty("a");
/// a.body = "Kenya said spokesman Ana Ruiz will visit Lima.".into();
/// doc.articles.push(a);
/// let out = analyze(doc);
/// assert_eq!(out.articles[0].id, "a");
/// let ids: Vec<&str> = out.articles[0].mentions.iter().map(|m| m.entity.as_str()).collect();
/// assert_eq!(ids, ["kenya", "ana-ruiz", "peru"]);
/// ```
pub fn analyze(doc: Document) -> Document {
    // One composition of the stages, the stepped one, so that the wasm
    // carries it once: the browser runs the same steps in slices.
    pipeline::Pipeline::from_document(doc).finish()
}

/// The same analysis as [`analyze`], with each stage run at once over the
/// corpus: the oracle that the stepped [`pipeline::Pipeline`] is tested
/// against.
#[doc(hidden)]
pub fn analyze_at_once(mut doc: Document) -> Document {
    doc.entities.clear();
    doc.statements.clear();
    doc.propositions.clear();
    for a in &mut doc.articles {
        a.mentions.clear();
    }
    crate::sort::by(&mut doc.articles, &|a, b| a.id.cmp(&b.id));
    entity::annotate(&mut doc);
    // Statements need the entities: speakers are entity ids.
    statement::annotate(&mut doc);
    let corrections = std::mem::take(&mut doc.corrections);
    correction::apply_all(&mut doc, &corrections);
    doc.corrections = corrections;
    doc
}

/// A half-open range of UTF-8 byte offsets `start..end` into an article body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text this span covers in `text`, or `None` when it is out of
    /// bounds or does not lie on character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}
