//! The stepped pipeline gives the one-shot analysis, to the byte: on the
//! seeds as `make corpus` reads them (corpus/raw + corpus/sources.toml),
//! and on a synthetic corpus big enough for the one-pass grouping (more
//! than 1,000 statements), from raw files with a sidecar and from a
//! document.

use crossread_core::corpus::ingest::{ingest, ArticleMeta, RawFile, SourceMeta};
use crossread_core::corpus::Document;
use crossread_core::pipeline::{Pipeline, Stage};
// The oracle: each stage at once (`analyze` itself is the pipeline).
use crossread_core::{analyze_at_once as analyze, synth};
use std::path::Path;

/// Runs `run` step by step, checking progress, and returns its document.
fn stepped(mut run: Pipeline) -> Document {
    let mut last = Stage::Ingest;
    let mut steps = 0;
    while !run.is_done() {
        let p = run.step();
        assert!(p.done <= p.total, "{p:?}");
        assert!(p.stage >= last, "stages go forward: {p:?} after {last:?}");
        last = p.stage;
        steps += 1;
    }
    assert!(steps > 3, "{steps} steps");
    run.finish()
}

fn seeds() -> Vec<RawFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/raw");
    let mut files = Vec::new();
    for e in std::fs::read_dir(&dir).expect("corpus/raw") {
        let path = e.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".txt") || name.ends_with(".md") || name.ends_with(".html") {
            let bytes = std::fs::read(&path).expect("read");
            files.push(RawFile::from_bytes(name, &bytes).expect("utf-8"));
        }
    }
    assert!(files.len() >= 5);
    files
}

#[test]
fn seeds_as_make_corpus_reads_them() {
    // corpus/sources.toml has no entries (only comments): the CLI reads it
    // as an empty sidecar. If entries appear, this test must parse them.
    let toml = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/sources.toml"),
    )
    .expect("sources.toml");
    assert!(toml
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')));
    let meta = SourceMeta::default();
    let files = seeds();
    let one_shot = ingest(&files, Some(&meta));
    let want = analyze(one_shot.document.clone()).to_json();
    for batch in [1, 2, 8] {
        let run = Pipeline::from_files(files.clone(), Some(meta.clone())).with_batch(batch);
        assert_eq!(stepped(run).to_json(), want, "batch {batch}");
    }
    // And from the ingested corpus (what an import of corpus.json gives).
    assert_eq!(
        stepped(Pipeline::from_document(one_shot.document)).to_json(),
        want
    );
}

#[test]
fn synthetic_corpus_from_files_and_from_a_document() {
    let corpus = synth::corpus(150, 9);
    let (mut files, mut meta) = synth::raw_pages(&corpus);
    // Ingest's corners: a clash of stems, an empty file, a sidecar entry
    // for no file, and one that disagrees with the text.
    files.push(RawFile::new(
        "synth-003.md",
        "Another page\n\nKenya said so.",
    ));
    files.push(RawFile::new("zz-empty.txt", ""));
    meta.articles
        .insert("nobody".into(), ArticleMeta::default());
    files.push(RawFile::new(
        "dated.txt",
        "Dated page\n\nMarch 3, 2024\n\nRain fell.",
    ));
    meta.articles.insert(
        "dated".into(),
        ArticleMeta {
            published: Some("2020-01-01".into()),
            ..ArticleMeta::default()
        },
    );
    let one_shot = ingest(&files, Some(&meta));
    assert!(one_shot.warnings.len() >= 4, "{:?}", one_shot.warnings);
    let want = analyze(one_shot.document.clone());
    assert!(want.statements.len() > 1000, "{}", want.statements.len());
    let mut run = Pipeline::from_files(files, Some(meta)).with_batch(7);
    while run.stage() == Stage::Ingest {
        run.step();
    }
    assert_eq!(run.warnings(), one_shot.warnings.as_slice());
    assert_eq!(stepped(run).to_json(), want.to_json());

    let want = analyze(corpus.clone()).to_json();
    assert_eq!(stepped(Pipeline::from_document(corpus)).to_json(), want);
}

/// The entity stage finds, then resolves across the corpus, a batch of
/// articles per step: no step resolves the whole corpus at once.
#[test]
fn entities_are_resolved_a_batch_at_a_time() {
    let corpus = synth::corpus(40, 11);
    let n = corpus.articles.len();
    let want = analyze(corpus.clone()).to_json();
    let mut run = Pipeline::from_document(corpus).with_batch(4);
    let mut entity_steps = 0;
    while run.stage() == Stage::Entities {
        let before = run.progress().done;
        let p = run.step();
        if p.stage == Stage::Entities {
            assert!(p.done - before <= 4, "{p:?} after {before}");
        }
        entity_steps += 1;
    }
    // n / 4 steps to find, n / 4 to resolve, then six to keep the
    // entities mentioned (the look-ups freed, the entities in four parts,
    // the rest).
    assert_eq!(entity_steps, 2 * n.div_ceil(4) + 6, "{n} articles");
    assert_eq!(run.finish().to_json(), want);
}
