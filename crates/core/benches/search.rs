//! Search natively: index build, one keystroke's query with facet counts
//! (each prefix of a two-word query typed letter by letter, and of a quoted
//! phrase), and the index's memory, at 1,000 and 10,000 synthetic articles
//! (`crossread_core::synth`, seed 42). The analysis that the facets read is
//! made once per size, outside the measurements; it takes a while at
//! 10,000 articles.
//!
//! Besides criterion's report the bench prints one plain line per size,
//! `search N articles (mean M bytes): build … ms, keystroke median … ms,
//! p95 … ms, max … ms, index … MB`, for `scripts/bench.sh`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use crossread_core::corpus::Document;
use crossread_core::search::{Facet, Query, SearchIndex, Selection};
use crossread_core::synth;
use std::time::{Duration, Instant};

/// The texts typed; each prefix is one keystroke.
const TYPED: &[&str] = &["port strike", "\"the strike at the port\""];

fn keystrokes() -> Vec<String> {
    let mut out = Vec::new();
    for text in TYPED {
        for (i, c) in text.char_indices() {
            out.push(text[..i + c.len_utf8()].to_string());
        }
    }
    out
}

/// One keystroke as the app runs it: the search with facet counts and the
/// snippets of the first ten results.
fn keystroke(index: &SearchIndex, doc: &Document, text: &str, sel: &Selection) -> usize {
    let query = Query::parse(text);
    let results = index.search(&query, sel);
    let matcher = index.matcher(&query);
    for hit in results.hits.iter().take(10) {
        let _ = matcher.snippet(&doc.articles[hit.article], 160);
    }
    results.hits.len()
}

fn selections(doc: &Document) -> [Selection; 2] {
    let outlet = doc.articles[0].outlet.clone().unwrap_or_default();
    [
        Selection::default(),
        Selection::default()
            .with(Facet::Outlet, &outlet)
            .with(Facet::Stance, "denies"),
    ]
}

fn bench(c: &mut Criterion) {
    let mut lines = Vec::new();
    for n in [1_000, 10_000] {
        let doc = synth::analyze_in_batches(synth::corpus(n, 42), 250);
        let mean = synth::mean_bytes(&doc);
        let mut group = c.benchmark_group(format!("search {n} articles (mean {mean:.0} bytes)"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(if n > 1_000 { 10 } else { 3 }));
        group.bench_function("build", |b| b.iter(|| SearchIndex::build(&doc)));
        let index = SearchIndex::build(&doc);
        let sels = selections(&doc);
        let keys = keystrokes();
        group.bench_function(BenchmarkId::new("typing", keys.len() * 2), |b| {
            b.iter(|| {
                let mut hits = 0;
                for sel in &sels {
                    for k in &keys {
                        hits += keystroke(&index, &doc, k, sel);
                    }
                }
                hits
            })
        });
        group.finish();
        // Plain figures: builds and single keystrokes timed one by one.
        let mut builds: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                let _ = SearchIndex::build(&doc);
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        builds.sort_by(f64::total_cmp);
        let mut ms = Vec::new();
        for _ in 0..5 {
            for sel in &sels {
                for k in &keys {
                    let t = Instant::now();
                    keystroke(&index, &doc, k, sel);
                    ms.push(t.elapsed().as_secs_f64() * 1e3);
                }
            }
        }
        ms.sort_by(f64::total_cmp);
        let at = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
        lines.push(format!(
            "search {n} articles (mean {mean:.0} bytes): build {:.0} ms, keystroke median {:.2} ms, p95 {:.2} ms, max {:.2} ms, index {:.1} MB",
            builds[2],
            at(0.5),
            at(0.95),
            at(1.0),
            index.heap_bytes() as f64 / 1e6
        ));
    }
    for l in lines {
        println!("{l}");
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
