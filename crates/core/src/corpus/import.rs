//! What a reader brings: files dropped or picked in the browser (or pasted
//! text) become one corpus document, and each file that cannot be read gets
//! a message naming it and the problem. Nothing here fails as a whole: good
//! files go in, bad ones are reported.
//!
//! ```
//! use crossread_core::corpus::import::Import;
//!
//! let mut import = Import::default();
//! import.add_file("one.txt", b"Headline\n\nSEOUL (AP) - A short story.");
//! import.add_file("photo.jpg", &[0xff, 0xd8, 0xff, 0x00]);
//! import.add_file("empty.md", b"  \n");
//! let done = import.finish();
//! let doc = done.document.expect("one good file");
//! assert_eq!(doc.articles[0].id, "one");
//! assert_eq!(done.errors.len(), 2);
//! assert!(done.errors[0].starts_with("photo.jpg: "));
//! assert_eq!(done.errors[1], "empty.md: the file is empty");
//! ```

use super::ingest::{ingest, IngestOutput, RawFile};
use super::Document;

/// The largest single file an import takes, in bytes (20 MB).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Files gathered for one import.
#[derive(Debug, Default)]
pub struct Import {
    raw: Vec<RawFile>,
    corpora: Vec<(String, Document)>,
    errors: Vec<String>,
    pasted: usize,
}

/// The outcome of an import.
#[derive(Debug, Default)]
pub struct Imported {
    /// The corpus made of every good file, `None` when no file was good. An
    /// analysis carried by a single corpus file is kept; anything else
    /// still needs [`crate::analyze`] (see [`Imported::needs_analysis`]).
    pub document: Option<Document>,
    /// Things the reader should know about files that did go in.
    pub warnings: Vec<String>,
    /// One message per file that did not go in, naming it.
    pub errors: Vec<String>,
}

impl Imported {
    /// True when the document carries no analysis yet.
    pub fn needs_analysis(&self) -> bool {
        self.document
            .as_ref()
            .is_some_and(|d| d.entities.is_empty() && d.statements.is_empty())
    }
}

impl Import {
    /// Adds one file by its name and bytes; returns false (and records a
    /// message) when it cannot be read.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> bool {
        match read(name, bytes) {
            Ok(Piece::Raw(f)) => self.raw.push(f),
            Ok(Piece::Corpus(d)) => self.corpora.push((name.to_string(), d)),
            Err(e) => {
                self.errors.push(format!("{name}: {e}"));
                return false;
            }
        }
        true
    }

    /// Refuses a file by its size alone, before its bytes are read: true
    /// (and a message recorded) when it is over [`MAX_FILE_BYTES`].
    pub fn refuse_large(&mut self, name: &str, size: usize) -> bool {
        match too_large(size) {
            Some(e) => {
                self.errors.push(format!("{name}: {e}"));
                true
            }
            None => false,
        }
    }

    /// Adds pasted text as a file `pasted-N.txt`; false when it is blank.
    pub fn add_pasted(&mut self, text: &str) -> bool {
        if text.trim().is_empty() {
            self.errors.push("pasted text: there is no text".into());
            return false;
        }
        self.pasted += 1;
        let name = format!("pasted-{}.txt", self.pasted);
        self.raw.push(RawFile::new(&name, text));
        true
    }

    /// Number of files (and pastes) that went in so far.
    pub fn accepted(&self) -> usize {
        self.raw.len() + self.corpora.len()
    }

    /// Like [`Import::finish`] followed by the analysis, but with the
    /// work left to a [`crate::pipeline::Pipeline`] that a browser runs in
    /// slices.
    pub fn start(self) -> Started {
        let Import {
            raw,
            mut corpora,
            errors,
            ..
        } = self;
        if raw.is_empty() && corpora.len() <= 1 {
            // Nothing good, or one corpus file, kept as it is when it
            // carries its analysis (as `finish` does, without its ingest).
            let done = Imported {
                document: corpora.pop().map(|(_, d)| d),
                warnings: Vec::new(),
                errors,
            };
            if !done.needs_analysis() {
                return Started::Done(done);
            }
            let run = crate::pipeline::Pipeline::from_document(done.document.unwrap_or_default());
            return Started::Run(Box::new(run), done.errors);
        }
        let run = crate::pipeline::Pipeline::from_files(raw, None).with_corpora(corpora);
        Started::Run(Box::new(run), errors)
    }

    /// The corpus of every good file: the raw files ingested, the corpus
    /// files' articles added (a clashing id gets `-2`, `-3`, …).
    pub fn finish(self) -> Imported {
        let Import {
            raw,
            mut corpora,
            errors,
            ..
        } = self;
        if raw.is_empty() && corpora.len() == 1 {
            let (_, doc) = corpora.remove(0);
            return Imported {
                document: Some(doc),
                warnings: Vec::new(),
                errors,
            };
        }
        if raw.is_empty() && corpora.is_empty() {
            return Imported {
                document: None,
                warnings: Vec::new(),
                errors,
            };
        }
        let IngestOutput {
            mut document,
            mut warnings,
        } = ingest(&raw, None);
        for (name, more) in corpora {
            add_articles(&mut document, &name, more, &mut warnings);
        }
        crate::sort::by(&mut document.articles, &|a, b| a.id.cmp(&b.id));
        Imported {
            document: Some(document),
            warnings,
            errors,
        }
    }
}

/// Adds the articles of the corpus file `name` to `document` without
/// their mentions (the analysis is redone); an id already taken gets `-2`,
/// `-3`, … and a warning naming the file. Its corrections are left out, with
/// a warning: they name the ids of its own analysis. The CLI merges folders
/// the same way.
pub fn add_articles(
    document: &mut Document,
    name: &str,
    more: Document,
    warnings: &mut Vec<String>,
) {
    if !more.corrections.is_empty() {
        warnings.push(format!(
            "{name}: its {} corrections are left out: they name the ids of its own analysis",
            more.corrections.len()
        ));
    }
    for mut a in more.articles {
        let stem = a.id.clone();
        let mut n = 2;
        while document.articles.iter().any(|b| b.id == a.id) {
            a.id = format!("{stem}-{n}");
            n += 1;
        }
        if a.id != stem {
            warnings.push(format!(
                "{name}: article id \"{stem}\" is already taken; using \"{}\"",
                a.id
            ));
        }
        a.mentions.clear();
        document.articles.push(a);
    }
}

/// Where [`Import::start`] leaves an import.
pub enum Started {
    /// Nothing to analyse: no good file, or one corpus file that carries
    /// its analysis (kept as it is).
    Done(Imported),
    /// The good files as a stepped analysis still to run (with the files'
    /// errors so far); its result is [`Import::finish`]'s document,
    /// analysed.
    Run(Box<crate::pipeline::Pipeline>, Vec<String>),
}

enum Piece {
    Raw(RawFile),
    Corpus(Document),
}

fn too_large(size: usize) -> Option<String> {
    // Tenths of a megabyte by integers: float formatting costs wasm.
    let tenths = size * 10 / (1024 * 1024);
    (size > MAX_FILE_BYTES).then(|| {
        format!(
            "{}.{} MB is over the 20 MB limit for one file; split it into smaller files",
            tenths / 10,
            tenths % 10
        )
    })
}

fn read(name: &str, bytes: &[u8]) -> Result<Piece, String> {
    if let Some(e) = too_large(bytes.len()) {
        return Err(e);
    }
    let raw = RawFile::from_bytes(name, bytes).map_err(|e| {
        // The error names the file itself; the caller names it once.
        let text = e.to_string();
        text.strip_prefix(&format!("{name}: "))
            .map_or(text.clone(), str::to_string)
    })?;
    if raw.text.trim().is_empty() {
        return Err("the file is empty".into());
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if ext == "json" {
        let doc = Document::from_json(raw.text.trim_start_matches('\u{feff}'))
            .map_err(|e| format!("not a Crossread corpus: {e}"))?;
        return Ok(Piece::Corpus(doc));
    }
    Ok(Piece::Raw(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(files: &[(&str, &[u8])]) -> Vec<String> {
        let mut import = Import::default();
        for (name, bytes) in files {
            import.add_file(name, bytes);
        }
        import.finish().errors
    }

    #[test]
    fn each_bad_file_is_named_with_its_problem() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let cases: &[(&str, &[u8], &str)] = &[
            ("a.txt", b"", "a.txt: the file is empty"),
            ("b.json", b"{\"format\":", "b.json: not a Crossread corpus: line 1, column 11: expected a value, found the end of the text"),
            ("c.json", br#"{"format":"x/2","articles":[]}"#, "c.json: not a Crossread corpus: format is \"x/2\", expected \"crossread-analysis/1\""),
            ("d.txt", b"caf\xe9", "d.txt: not UTF-8 text (invalid byte at offset 3); save it as UTF-8"),
            ("e.pdf", b"%PDF\x00\x01", "e.pdf: binary content (NUL byte at offset 4), not a text article"),
            ("f.txt", &big, "f.txt: 20.0 MB is over the 20 MB limit for one file; split it into smaller files"),
            ("g.json", br#"{"format":"crossread-analysis/1","articles":[{"id":"x","headline":"h"}]}"#,
             "g.json: not a Crossread corpus: line 1, column 46: articles[0].body: missing"),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(errors(&[(name, bytes)]), vec![want.to_string()], "{name}");
        }
    }

    #[test]
    fn good_files_go_in_beside_bad_ones() {
        let mut import = Import::default();
        assert!(import.add_file("b.md", b"# Title\n\nSome text."));
        assert!(!import.add_file("x.txt", b""));
        assert!(import.add_pasted(
            "Pasted head\n\nPasted body, with emoji \u{1f600} and \u{5e9}\u{5dc}\u{5d5}\u{5dd}."
        ));
        assert!(!import.add_pasted("   "));
        assert_eq!(import.accepted(), 2);
        assert!(import.refuse_large("big.html", MAX_FILE_BYTES + 300_000));
        assert!(!import.refuse_large("ok.html", MAX_FILE_BYTES));
        let done = import.finish();
        assert!(done.needs_analysis());
        let doc = done.document.expect("a document");
        let ids: Vec<&str> = doc.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b", "pasted-1"]);
        assert!(doc.articles[1].body.contains("\u{1f600}"));
        assert_eq!(done.errors.len(), 3);
        assert_eq!(
            done.errors[2],
            "big.html: 20.2 MB is over the 20 MB limit for one file; split it into smaller files"
        );
    }

    #[test]
    fn a_corpus_file_alone_keeps_its_analysis_and_mixed_ones_merge() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/corpus.json");
        let json = crate::analyze(
            Document::from_json(&std::fs::read_to_string(path).expect("corpus")).expect("reads"),
        )
        .to_json();
        let mut alone = Import::default();
        alone.add_file("seeds.json", json.as_bytes());
        let done = alone.finish();
        assert!(!done.needs_analysis());
        let n = done.document.as_ref().map_or(0, |d| d.articles.len());
        assert!(n > 0);

        let mut mixed = Import::default();
        mixed.add_file("seeds.json", json.as_bytes());
        mixed.add_file("again.json", json.as_bytes());
        mixed.add_file("note.txt", b"Note\n\nA note.");
        let done = mixed.finish();
        assert!(done.needs_analysis());
        let doc = done.document.expect("merged");
        assert_eq!(doc.articles.len(), 2 * n + 1);
        assert_eq!(done.warnings.len(), n);
        assert!(doc.articles.iter().all(|a| a.mentions.is_empty()));
        assert!(doc.validate().is_ok());
    }

    #[test]
    fn started_imports_end_as_finished_ones_analysed() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/corpus.json");
        let corpus = std::fs::read_to_string(path).expect("corpus");
        let analysed = crate::analyze(Document::from_json(&corpus).expect("reads")).to_json();
        let cases: [&[(&str, &[u8])]; 5] = [
            &[("seeds.json", corpus.as_bytes())],
            &[("seeds.json", analysed.as_bytes())],
            &[("a.json", corpus.as_bytes()), ("b.json", corpus.as_bytes())],
            &[
                ("seeds.json", corpus.as_bytes()),
                (
                    "note.txt",
                    b"Note\n\nPresident Ana Ruiz said the port was open.",
                ),
            ],
            &[("x.txt", b"")],
        ];
        for files in cases {
            let fill = || {
                let mut import = Import::default();
                for (name, bytes) in files {
                    import.add_file(name, bytes);
                }
                import
            };
            let finished = fill().finish();
            let expected = finished.document.map(|d| {
                if d.entities.is_empty() && d.statements.is_empty() {
                    crate::analyze_at_once(d).to_json()
                } else {
                    d.to_json()
                }
            });
            let (got, errors) = match fill().start() {
                Started::Done(done) => (done.document.map(|d| d.to_json()), done.errors),
                Started::Run(run, errors) => (Some(run.with_batch(1).finish().to_json()), errors),
            };
            assert_eq!(
                got,
                expected,
                "{:?}",
                files.iter().map(|f| f.0).collect::<Vec<_>>()
            );
            assert_eq!(errors, finished.errors);
        }
    }

    #[test]
    fn nothing_good_gives_no_document() {
        let mut import = Import::default();
        import.add_file("a.txt", b"\n");
        let done = import.finish();
        assert!(done.document.is_none());
        assert!(!done.needs_analysis());
    }

    proptest::proptest! {
        #[test]
        fn no_bytes_panic_an_import(name in "[a-z.]{0,8}", bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let mut import = Import::default();
            import.add_file(&name, &bytes);
            import.add_file(&format!("{name}.json"), &bytes);
            let done = import.finish();
            if let Some(d) = done.document {
                let _ = crate::analyze(d);
            }
        }
    }
}
