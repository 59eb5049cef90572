//! Tagging throughput: the entity stage over a >= 5 MB corpus of news text.
//!
//! The corpus is made deterministically (a seeded xorshift generator) by
//! recombining the seed articles' sentences with synthetic sentences built
//! from generic templates, names and places, and written to
//! `target/bench-corpus/` as `.txt` files so that `bench/compromise.mjs`
//! tags the very same text. Besides criterion's own report, the bench prints
//! one plain line `crossread: N MB/s` (MB = 10^6 bytes) for `scripts/bench.sh`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crossread_core::corpus::{Article, Document};
use crossread_core::entity::{self, EntityMatcher};
use crossread_core::text::sentences;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const TARGET_BYTES: usize = 5_500_000;
const FILE_BYTES: usize = 4_000;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const GIVEN: &[&str] = &[
    "Ana", "Oleh", "Mehmet", "Priya", "Tomas", "Aisha", "Kenji", "Lucia", "Dmitry", "Fatima",
    "Hassan", "Grace",
];
const FAMILY: &[&str] = &[
    "Moreno", "Petrenko", "Yilmaz", "Sharma", "Novak", "Bello", "Tanaka", "Rossi", "Volkov",
    "Haddad", "Mensah", "Larsen",
];
const TITLES: &[&str] = &[
    "spokesman",
    "Foreign Minister",
    "President",
    "deputy director",
    "Governor",
    "analyst",
];
const PLACES: &[&str] = &[
    "Kenya",
    "Brazil",
    "Turkey",
    "Japan",
    "Poland",
    "Egypt",
    "Canada",
    "India",
    "the United States",
    "Germany",
    "Indonesia",
    "Chile",
];
const CAPITALS: &[&str] = &[
    "Nairobi",
    "Brasilia",
    "Ankara",
    "Tokyo",
    "Warsaw",
    "Cairo",
    "Ottawa",
    "New Delhi",
    "Washington",
    "Berlin",
    "Jakarta",
    "Santiago",
];
const DEMONYMS: &[&str] = &[
    "Kenyan",
    "Brazilian",
    "Turkish",
    "Japanese",
    "Polish",
    "Egyptian",
    "Canadian",
    "Indian",
    "American",
    "German",
];
const ORGS: &[&str] = &[
    "the World Bank",
    "the European Union",
    "the Ministry of Finance",
    "Reuters",
    "the Central Bank",
    "the UN Security Council",
    "NATO",
    "the Electoral Commission",
];
const VERBS: &[&str] = &["said", "warned", "denied", "told reporters", "added"];
const TOPICS: &[&str] = &[
    "the floods had displaced 12,000 people",
    "talks would resume on Monday",
    "the election result was fair",
    "prices rose 4.5 percent in March",
    "the ceasefire was holding",
    "the company would cut 300 jobs",
];

fn synthetic(rng: &mut Rng) -> String {
    match rng.next() % 4 {
        0 => format!(
            "{} {} {} {} {} that {}.",
            rng.pick(DEMONYMS),
            rng.pick(TITLES),
            rng.pick(GIVEN),
            rng.pick(FAMILY),
            rng.pick(VERBS),
            rng.pick(TOPICS)
        ),
        1 => format!(
            "{} {} that {}, according to {}.",
            rng.pick(CAPITALS),
            rng.pick(VERBS),
            rng.pick(TOPICS),
            rng.pick(ORGS)
        ),
        2 => format!(
            "{}'s officials met {} in {} on Tuesday.",
            rng.pick(PLACES),
            rng.pick(ORGS),
            rng.pick(CAPITALS)
        ),
        _ => format!(
            "{} {} {}, but {} disagreed.",
            rng.pick(FAMILY),
            rng.pick(VERBS),
            rng.pick(TOPICS),
            rng.pick(PLACES)
        ),
    }
}

/// Writes the corpus (once per run) and returns the texts.
fn corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seed = std::fs::read_to_string(root.join("corpus/corpus.json")).unwrap_or_default();
    let doc = Document::from_json(&seed).unwrap_or_default();
    let mut pool: Vec<String> = Vec::new();
    for a in &doc.articles {
        for s in sentences(&a.body) {
            pool.push(a.body[s.start..s.end].to_string());
        }
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut texts = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        let mut t = String::with_capacity(FILE_BYTES + 400);
        while t.len() < FILE_BYTES {
            let s = if pool.is_empty() || rng.next() % 3 == 0 {
                synthetic(&mut rng)
            } else {
                pool[(rng.next() % pool.len() as u64) as usize].clone()
            };
            t.push_str(&s);
            t.push_str(if rng.next() % 4 == 0 { "\n\n" } else { " " });
        }
        total += t.len();
        texts.push(t);
    }
    let dir = root.join("target/bench-corpus");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    for (i, t) in texts.iter().enumerate() {
        let _ = std::fs::write(dir.join(format!("{i:05}.txt")), t);
    }
    texts
}

fn tag_all(texts: &[String]) -> usize {
    let mut doc = Document::default();
    for (i, t) in texts.iter().enumerate() {
        let mut a = Article::empty(&format!("{i:05}"));
        a.body = t.clone();
        doc.articles.push(a);
    }
    entity::annotate(&mut doc);
    doc.articles.iter().map(|a| a.mentions.len()).sum()
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    // Build the matcher outside the measurement: it is built once in use.
    let _ = EntityMatcher::global();
    let mut group = c.benchmark_group("tagging");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    group.warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("find+resolve", |b| b.iter(|| tag_all(&texts)));
    group.finish();
    // One plain figure for scripts/bench.sh.
    let start = Instant::now();
    let mentions = tag_all(&texts);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "crossread: {:.1} MB/s ({} files, {:.2} MB, {} mentions, {:.3} s)",
        bytes as f64 / 1e6 / secs,
        texts.len(),
        bytes as f64 / 1e6,
        mentions,
        secs
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
