//! The whole analysis natively, by stage, at 1,000 and 10,000 synthetic
//! articles (`crossread_core::synth`, seed 42), through the stepped
//! pipeline from raw pages (headline, blank line, body) with a sidecar, as
//! the browser runs it (`bench/analysis.mjs`); then the claim map model
//! (`ClaimMap::build`) and the table the app draws from it
//! (`view::panels::map_view`). One run each, release build, one thread. Prints one
//! line per size for `scripts/bench.sh`:
//! `analysis native N articles (mean M bytes): ingest …, entities …, …`.
//! `ANALYSIS_SIZES=1000,10000` picks the sizes.

use crossread_core::claim::ClaimMap;
use crossread_core::corpus::ingest::{RawFile, SourceMeta};
use crossread_core::pipeline::{Pipeline, Stage};
use crossread_core::synth;
use std::time::Instant;

fn raw(articles: usize) -> (Vec<RawFile>, SourceMeta) {
    synth::raw_pages(&synth::corpus(articles, 42))
}

fn main() {
    let sizes: Vec<usize> = std::env::var("ANALYSIS_SIZES")
        .unwrap_or_else(|_| "1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    for n in sizes {
        let (files, meta) = raw(n);
        let mut run = Pipeline::from_files(files, Some(meta)).with_batch(64);
        let mut ms = [0.0f64; 4];
        let mut longest = (0.0f64, Stage::Ingest);
        while !run.is_done() {
            let stage = run.stage();
            let t = Instant::now();
            run.step();
            let took = t.elapsed().as_secs_f64() * 1000.0;
            ms[stage as usize] += took;
            if took > longest.0 {
                longest = (took, stage);
            }
        }
        let doc = run.finish();
        let t = Instant::now();
        let map = ClaimMap::build(&doc);
        let view = t.elapsed().as_secs_f64() * 1000.0;
        let t = Instant::now();
        let table = crossread_core::view::panels::map_view(&doc, &Default::default(), &map);
        let table_ms = t.elapsed().as_secs_f64() * 1000.0;
        drop(table);
        println!(
            "analysis native {n} articles (mean {:.0} bytes): ingest {:.0} ms, entities {:.0} ms, \
             statements {:.0} ms, map {:.0} ms, total {:.0} ms; longest step {:.0} ms ({}); \
             {} statements, {} propositions; claim map model {:.0} ms ({} columns), map table {:.0} ms",
            synth::mean_bytes(&doc),
            ms[0],
            ms[1],
            ms[2],
            ms[3],
            ms.iter().sum::<f64>(),
            longest.0,
            longest.1.name(),
            doc.statements.len(),
            doc.propositions.len(),
            view,
            map.columns.len(),
            table_ms,
        );
    }
}
