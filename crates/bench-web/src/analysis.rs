//! In-browser timing of the whole analysis through
//! `crossread_core::pipeline`, driven by `bench/analysis.mjs` through
//! `bench/analysis.html`: the page calls [`analysis_prepare`] (outside the
//! timings), then [`analysis_step`] until it returns -1, yielding to the
//! browser between calls, then [`analysis_finish`].
//!
//! Each call of [`analysis_step`] runs pipeline steps of one article (or
//! the stage's own unit) for about [`BUDGET_MS`] and returns, as the app
//! runs them (`run_in_slices`, with a longer budget).

use crate::now;
use crossread_core::claim::{ClaimMap, MapBuild};
use crossread_core::corpus::ingest::{RawFile, SourceMeta};
use crossread_core::corpus::Document;
use crossread_core::pipeline::{Pipeline, Stage};
use crossread_core::synth;
use serde_json::json;
use wasm_bindgen::prelude::*;

/// Time one call of [`analysis_step`] works before it yields.
pub const BUDGET_MS: f64 = 12.0;

/// The seed articles, as `make corpus` reads them.
const SEEDS: &[(&str, &str)] = &[
    (
        "000_eb50dd9eebbce964.txt",
        include_str!("../../../corpus/raw/000_eb50dd9eebbce964.txt"),
    ),
    (
        "001_a306585c6e2a7756.txt",
        include_str!("../../../corpus/raw/001_a306585c6e2a7756.txt"),
    ),
    (
        "002_6ccdad6a103b25cf.txt",
        include_str!("../../../corpus/raw/002_6ccdad6a103b25cf.txt"),
    ),
    (
        "003_c741ef20f4e5a9a5.txt",
        include_str!("../../../corpus/raw/003_c741ef20f4e5a9a5.txt"),
    ),
    (
        "004_e8c5965eaa3b4c7d.txt",
        include_str!("../../../corpus/raw/004_e8c5965eaa3b4c7d.txt"),
    ),
];

/// A synthetic corpus as raw pages (headline, blank line, body) with a
/// sidecar for what the page does not say (outlet, date, agency).
pub fn raw_synthetic(articles: usize, seed: u64) -> (Vec<RawFile>, SourceMeta) {
    synth::raw_pages(&synth::corpus(articles, seed))
}

/// The seed files.
pub fn raw_seeds() -> Vec<RawFile> {
    SEEDS
        .iter()
        .map(|(name, text)| RawFile::new(name, text))
        .collect()
}

struct Run {
    pipeline: Option<Pipeline>,
    doc: Document,
    /// The claim map's model, built in steps after the analysis as the app
    /// builds it, then the map.
    model: Option<MapBuild>,
    map: Option<ClaimMap>,
    model_ms: f64,
    model_longest_ms: f64,
    /// The pipeline's `finish` and the model's, each one task.
    finish_ms: f64,
    model_finish_ms: f64,
    /// Milliseconds spent per stage, in the order of [`STAGES`].
    ms: [f64; 4],
    steps: usize,
    longest_step: (f64, &'static str),
    /// Steps over 40 ms: stage, milliseconds, progress after.
    slow: Vec<(Stage, f64, usize, usize)>,
    mean_bytes: f64,
}

const STAGES: [Stage; 4] = [
    Stage::Ingest,
    Stage::Entities,
    Stage::Statements,
    Stage::Map,
];

thread_local! {
    static RUN: std::cell::RefCell<Option<Run>> = const { std::cell::RefCell::new(None) };
}

/// Makes the raw files of `articles` synthetic articles from `seed` (0
/// articles: the five seed articles) and a pipeline over them; returns
/// JSON with the file count, bytes and the time it took.
#[wasm_bindgen]
pub fn analysis_prepare(articles: usize, seed: u32) -> String {
    let t = now();
    let (files, meta) = if articles == 0 {
        (raw_seeds(), Some(SourceMeta::default()))
    } else {
        let (f, m) = raw_synthetic(articles, u64::from(seed));
        (f, Some(m))
    };
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let n = files.len();
    let pipeline = Pipeline::from_files(files, meta).with_batch(1);
    RUN.with(|r| {
        *r.borrow_mut() = Some(Run {
            pipeline: Some(pipeline),
            doc: Document::default(),
            model: Some(MapBuild::new()),
            map: None,
            model_ms: 0.0,
            model_longest_ms: 0.0,
            finish_ms: 0.0,
            model_finish_ms: 0.0,
            ms: [0.0; 4],
            steps: 0,
            longest_step: (0.0, Stage::Ingest.name()),
            slow: Vec::new(),
            mean_bytes: 0.0,
        })
    });
    json!({ "files": n, "raw_bytes": bytes, "prepare_ms": now() - t }).to_string()
}

/// Runs pipeline steps for about [`BUDGET_MS`]; returns the index of the
/// stage now under way in ingest, entities, statements, map, then 4 while
/// the claim map's model is built (in steps, as the app does), or -1 when
/// all is done (then call [`analysis_finish`]).
#[wasm_bindgen]
pub fn analysis_step() -> i32 {
    RUN.with(|r| {
        let mut guard = r.borrow_mut();
        let Some(run) = guard.as_mut() else {
            return -1;
        };
        let Some(p) = run.pipeline.as_mut() else {
            let Some(model) = run.model.as_mut() else {
                return -1;
            };
            let start = now();
            let mut done = false;
            while !done && now() - start < BUDGET_MS {
                let t = now();
                done = model.step(&run.doc);
                let took = now() - t;
                run.model_ms += took;
                run.model_longest_ms = run.model_longest_ms.max(took);
                if took > run.longest_step.0 {
                    run.longest_step = (took, "claim map model");
                }
            }
            if done {
                let t = now();
                run.map = run.model.take().map(|m| m.finish(&run.doc));
                run.model_finish_ms = now() - t;
                run.model_ms += run.model_finish_ms;
                return -1;
            }
            return 4;
        };
        let start = now();
        while !p.is_done() && now() - start < BUDGET_MS {
            let stage = p.stage();
            let t = now();
            let batch = p.batch();
            let after = p.step();
            let took = now() - t;
            if took > 40.0 {
                run.slow.push((stage, took, after.done, batch));
            }
            run.steps += 1;
            if let Some(k) = STAGES.iter().position(|s| *s == stage) {
                run.ms[k] += took;
            }
            if took > run.longest_step.0 {
                run.longest_step = (took, stage.name());
            }
        }
        if p.is_done() {
            if let Some(p) = run.pipeline.take() {
                let t = now();
                run.doc = p.finish();
                run.finish_ms = now() - t;
                run.mean_bytes = synth::mean_bytes(&run.doc);
            }
            return 4;
        }
        STAGES
            .iter()
            .position(|s| *s == p.stage())
            .map_or(-1, |k| k as i32)
    })
}

/// The figures of the finished run as JSON: milliseconds per stage (the
/// work only, not the time between steps), steps, the longest step, and
/// what the analysis found; the claim map model's work (built in steps)
/// and its longest step; then, timed as one task, the table the app draws.
#[wasm_bindgen]
pub fn analysis_finish() -> String {
    RUN.with(|r| {
        let guard = r.borrow();
        let Some(run) = guard.as_ref() else {
            return "{}".to_string();
        };
        let doc = &run.doc;
        let map = run.map.clone().unwrap_or_else(|| ClaimMap::build(doc));
        // The table the app draws from it (at most MAX_CLAIMS × MAX_SPEAKERS).
        let t = now();
        let table = crossread_core::view::panels::map_view(doc, &Default::default(), &map);
        let table_ms = now() - t;
        drop(table);
        json!({
            "articles": doc.articles.len(),
            "mean_bytes": run.mean_bytes,
            "mentions": doc.articles.iter().map(|a| a.mentions.len()).sum::<usize>(),
            "entities": doc.entities.len(),
            "statements": doc.statements.len(),
            "propositions": doc.propositions.len(),
            "ingest_ms": run.ms[0],
            "entities_ms": run.ms[1],
            "statements_ms": run.ms[2],
            "map_ms": run.ms[3],
            "work_ms": run.ms.iter().sum::<f64>(),
            "steps": run.steps,
            "longest_step_ms": run.longest_step.0,
            "longest_step_stage": run.longest_step.1,
            "view_ms": run.model_ms,
            "model_longest_step_ms": run.model_longest_ms,
            "finish_ms": run.finish_ms,
            "model_finish_ms": run.model_finish_ms,
            "table_ms": table_ms,
            "slow_steps": run.slow.iter().map(|(s, ms, done, batch)| {
                format!("{} {ms:.0} ms (done {done}, batch {batch})", s.name())
            }).collect::<Vec<_>>(),
            "view_columns": map.columns.len(),
            "wasm_memory_bytes": crate::memory_bytes(),
        })
        .to_string()
    })
}
