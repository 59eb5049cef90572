//! The whole analysis in small steps, for a browser that must keep
//! drawing while it works: ingest of raw files, entities, statements and
//! the claim map's propositions, a bounded slice of work per
//! [`Pipeline::step`], with [`Progress`] to show.
//!
//! The result is the one-shot result: [`Pipeline::finish`] returns the
//! same [`Document`], to the byte once serialised, as [`ingest`] followed
//! by each stage run at once over the corpus ([`crate::analyze_at_once`],
//! the tests' oracle), or that alone from [`Pipeline::from_document`].
//! [`crate::analyze`] is this pipeline run to the end. It holds no clock: the caller decides how many
//! steps to run before it yields (one per animation frame or task is
//! safe; see [`Pipeline::with_batch`] for the size of a step).
//!
//! ```
//! use crossread_core::corpus::ingest::{ingest, RawFile};
//! use crossread_core::pipeline::{Pipeline, Stage};
//!
//! let files = vec![
//!     RawFile::new("a.txt", "Port strike ends\n\nUnion leader Ana Ruiz said the strike was over."),
//!     RawFile::new("b.txt", "Strike goes on\n\nThe Port Authority denied that the strike was over."),
//! ];
//! let mut run = Pipeline::from_files(files.clone(), None).with_batch(1);
//! let mut seen = Vec::new();
//! while !run.is_done() {
//!     let p = run.step(); // then yield to the browser
//!     assert!(p.done <= p.total);
//!     seen.push(p.stage);
//! }
//! assert!(seen.contains(&Stage::Statements));
//! let doc = run.finish();
//! let one_shot = crossread_core::analyze_at_once(ingest(&files, None).document);
//! assert_eq!(doc.to_json(), one_shot.to_json());
//! assert!(!doc.statements.is_empty());
//! ```

use crate::claim::grouping::Grouping;
use crate::corpus::ingest::{ingest, ArticleMeta, RawFile, SourceMeta};
use crate::corpus::{Article, Document};
use crate::entity::{EntityMatcher, Linker};
use crate::statement::Claim;
use std::collections::BTreeSet;

/// The stage a [`Pipeline`] is in, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Raw files to articles (page furniture kept aside); `done` and
    /// `total` count files.
    Ingest,
    /// Entity mentions in each body, then resolved across the corpus;
    /// counts articles twice (found, then resolved), plus one.
    Entities,
    /// Speakers, stances and claims; counts articles.
    Statements,
    /// Statements grouped into propositions, the rows of the claim map;
    /// counts passes over the statements.
    Map,
    /// All done: call [`Pipeline::finish`].
    Done,
}

impl Stage {
    /// A word for a progress bar ("ingest", "entities", …).
    pub fn name(self) -> &'static str {
        match self {
            Stage::Ingest => "ingest",
            Stage::Entities => "entities",
            Stage::Statements => "statements",
            Stage::Map => "map",
            Stage::Done => "done",
        }
    }
}

/// How far a [`Pipeline`] has got in its current stage: `done` of `total`
/// units (what they count depends on the [`Stage`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The stage the pipeline is in after the step.
    pub stage: Stage,
    /// Units of the stage done.
    pub done: usize,
    /// Units of the stage in all.
    pub total: usize,
}

/// The default number of articles (or files) per step.
pub const DEFAULT_BATCH: usize = 8;

/// A stepped analysis; see the [module](self) documentation.
#[derive(Debug)]
pub struct Pipeline {
    stage: Stage,
    batch: usize,
    /// Ingest: the files in name order, the sidecar, ids used.
    files: Vec<RawFile>,
    meta: Option<SourceMeta>,
    /// Corpus files whose articles join the ingested ones, by file name.
    corpora: Vec<(String, Document)>,
    used: BTreeSet<String>,
    /// Next file, article or statement to do in the stage.
    at: usize,
    doc: Document,
    warnings: Vec<String>,
    linker: Linker,
    claims: Vec<Claim>,
    grouping: Option<Grouping>,
}

impl Pipeline {
    /// A pipeline over raw files and an optional sidecar, as `crossread
    /// ingest` reads them, then the analysis.
    pub fn from_files(files: Vec<RawFile>, meta: Option<SourceMeta>) -> Self {
        let mut files = files;
        crate::sort::by(&mut files, &|a, b| a.name.cmp(&b.name));
        Pipeline {
            files,
            meta,
            ..Pipeline::from_document(Document::default())
        }
        .with_stage(Stage::Ingest)
    }

    /// A pipeline that analyses a corpus already read (a JSON corpus, an
    /// earlier export): any analysis in it is replaced, as
    /// [`crate::analyze`] does.
    pub fn from_document(mut doc: Document) -> Self {
        doc.entities.clear();
        doc.statements.clear();
        doc.propositions.clear();
        for a in &mut doc.articles {
            a.mentions.clear();
        }
        crate::sort::by(&mut doc.articles, &|a, b| a.id.cmp(&b.id));
        Pipeline {
            stage: Stage::Entities,
            batch: DEFAULT_BATCH,
            files: Vec::new(),
            meta: None,
            corpora: Vec::new(),
            used: BTreeSet::new(),
            at: 0,
            doc,
            warnings: Vec::new(),
            linker: Linker::default(),
            claims: Vec::new(),
            grouping: None,
        }
    }

    /// Adds the articles of corpus files (by file name) after the raw
    /// files are ingested, as [`crate::corpus::import::Import`] does: their
    /// analysis is dropped, and an id already taken gets `-2`, `-3`, ….
    pub fn with_corpora(mut self, corpora: Vec<(String, Document)>) -> Self {
        self.corpora = corpora;
        self
    }

    /// Sets how many files or articles one step handles in the ingest,
    /// entity and statement stages (at least 1; [`DEFAULT_BATCH`] unless
    /// set). The grouping works in slices of its own size.
    pub fn with_batch(mut self, articles: usize) -> Self {
        self.batch = articles.max(1);
        self
    }

    /// Changes the batch of [`Pipeline::with_batch`] between steps: a
    /// caller that times its steps can grow it while steps are short and
    /// shrink it when one runs long.
    pub fn set_batch(&mut self, articles: usize) {
        self.batch = articles.max(1);
    }

    /// The number of files or articles a step handles now.
    pub fn batch(&self) -> usize {
        self.batch
    }

    fn with_stage(mut self, stage: Stage) -> Self {
        self.stage = stage;
        self
    }

    /// The stage the next step works on.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// True when every step has run.
    pub fn is_done(&self) -> bool {
        self.stage == Stage::Done
    }

    /// The ingest's warnings so far, each naming its file (as `crossread
    /// ingest` prints them).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// How far the current stage is.
    pub fn progress(&self) -> Progress {
        let articles = self.doc.articles.len();
        let (done, total) = match self.stage {
            Stage::Ingest => (self.at, self.files.len()),
            Stage::Entities => (self.at, 2 * articles + 1),
            Stage::Statements => (self.at, articles),
            Stage::Map => self.grouping.as_ref().map_or((0, 1), Grouping::progress),
            Stage::Done => (1, 1),
        };
        Progress {
            stage: self.stage,
            done,
            total,
        }
    }

    /// Does one bounded slice of work and says where the pipeline is.
    /// Does nothing once done.
    // The stages are kept out of line (`#[inline(never)]`): inlined, they
    // made this one 75 KB wasm function, compiled whole by the browser on
    // its first call (ingest included, which a loaded corpus never runs),
    // and the wasm about 290 B larger with brotli.
    pub fn step(&mut self) -> Progress {
        match self.stage {
            Stage::Ingest => self.ingest_step(),
            Stage::Entities => self.entity_step(),
            Stage::Statements => self.statement_step(),
            Stage::Map => self.map_step(),
            Stage::Done => {}
        }
        self.progress()
    }

    /// Runs the steps left and returns the analysed document, with its
    /// corrections applied.
    pub fn finish(mut self) -> Document {
        while !self.is_done() {
            self.step();
        }
        // The document's corrections, over the fresh analysis, as
        // [`crate::analyze`] promises (those that no longer apply are skipped).
        let corrections = std::mem::take(&mut self.doc.corrections);
        crate::correction::apply_all(&mut self.doc, &corrections);
        self.doc.corrections = corrections;
        self.doc
    }

    /// Ingests files one at a time as [`ingest`] would all at once: ids
    /// from stems in name order (a clash gets `-2`, …), the sidecar entry
    /// under the final id, the same warnings in the same order.
    #[inline(never)]
    fn ingest_step(&mut self) {
        let end = (self.at + self.batch).min(self.files.len());
        for file in &self.files[self.at..end] {
            let stem = match file.stem() {
                "" => "article",
                s => s,
            };
            let mut id = stem.to_string();
            let mut n = 2;
            while self.used.contains(&id) {
                id = format!("{stem}-{n}");
                n += 1;
            }
            if id != stem {
                self.warnings.push(format!(
                    "{}: id \"{stem}\" is already taken; using \"{id}\"",
                    file.name
                ));
            }
            // Alone, the file gets its stem as id: its sidecar entry goes
            // under that.
            let meta = self.meta.as_ref().map(|m| {
                let mut articles = crate::corpus::ingest::Metas::default();
                if let Some(e) = m.articles.get(&id) {
                    articles.insert(stem.to_string(), ArticleMeta::clone(e));
                }
                SourceMeta { articles }
            });
            let mut out = ingest(std::slice::from_ref(file), meta.as_ref());
            self.warnings.append(&mut out.warnings);
            for mut a in out.document.articles {
                a.id = id.clone();
                self.doc.articles.push(a);
            }
            self.used.insert(id);
        }
        self.at = end;
        if end == self.files.len() {
            if let Some(meta) = &self.meta {
                for id in meta.articles.keys() {
                    if !self.used.contains(id) {
                        self.warnings.push(format!(
                            "sidecar: no article with id \"{id}\"; entry ignored"
                        ));
                    }
                }
            }
            self.files = Vec::new();
            self.used = BTreeSet::new();
            let mut doc = std::mem::take(&mut self.doc);
            for (name, more) in std::mem::take(&mut self.corpora) {
                crate::corpus::import::add_articles(&mut doc, &name, more, &mut self.warnings);
            }
            *self = Pipeline {
                warnings: std::mem::take(&mut self.warnings),
                batch: self.batch,
                ..Pipeline::from_document(doc)
            };
        }
    }

    /// Finds the mentions of a batch of bodies; then, a batch at a time,
    /// resolves them across the corpus (`at` counts on from `n`); then
    /// keeps the entities mentioned, in parts.
    #[inline(never)]
    fn entity_step(&mut self) {
        let n = self.doc.articles.len();
        if self.at < n {
            let end = (self.at + self.batch).min(n);
            let matcher = EntityMatcher::global();
            for a in &self.doc.articles[self.at..end] {
                self.linker.add(matcher.find(&a.body));
            }
            self.at = end;
            return;
        }
        let from = self.at - n;
        if from < n {
            let end = (from + self.batch).min(n);
            for ai in from..end {
                self.linker.link(ai, &mut self.doc.articles[ai]);
            }
            self.at = n + end;
        } else if self.linker.finish_step(&mut self.doc) {
            self.stage = Stage::Statements;
            self.at = 0;
        }
    }

    /// The statements of a batch of articles. The statement finder reads
    /// one article at a time and carries only the entity list from one to
    /// the next, so a batch is run as a document of its own that borrows
    /// the entity list and gives it back.
    #[inline(never)]
    fn statement_step(&mut self) {
        let n = self.doc.articles.len();
        let end = (self.at + self.batch).min(n);
        let mut part = Document {
            articles: self.doc.articles[self.at..end]
                .iter_mut()
                .map(|a| std::mem::replace(a, Article::empty("")))
                .collect(),
            entities: std::mem::take(&mut self.doc.entities),
            ..Document::default()
        };
        let (statements, claims) = crate::statement::find_statements(&mut part);
        self.doc.entities = part.entities;
        for (slot, a) in self.doc.articles[self.at..end]
            .iter_mut()
            .zip(part.articles)
        {
            *slot = a;
        }
        self.doc.statements.extend(statements);
        self.claims.extend(claims.into_iter().map(|c| Claim {
            article: c.article + self.at,
            span: c.span,
        }));
        self.at = end;
        if end == n {
            // As `statement::annotate` does after the finder.
            for (i, s) in self.doc.statements.iter_mut().enumerate() {
                s.id = format!("s{}", i + 1);
            }
            crate::sort::by(&mut self.doc.entities, &|a, b| a.id.cmp(&b.id));
            self.doc.entities.dedup_by(|a, b| a.id == b.id);
            self.grouping = Some(Grouping::new(&self.doc, &self.claims));
            self.stage = Stage::Map;
            self.at = 0;
        }
    }

    #[inline(never)]
    fn map_step(&mut self) {
        let Some(g) = &mut self.grouping else {
            self.stage = Stage::Done;
            return;
        };
        if g.step(&self.doc) {
            if let Some(g) = self.grouping.take() {
                g.finish(&mut self.doc);
            }
            self.claims = Vec::new();
            self.stage = Stage::Done;
        }
    }
}
