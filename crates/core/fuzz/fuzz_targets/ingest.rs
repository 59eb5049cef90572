//! Raw files, as bytes, through `RawFile::from_bytes` and `ingest`: one input
//! is up to eight files split at 0xff bytes, named `.txt`, `.md`, `.html` and
//! so on by the first byte (names clash, to exercise the id suffixes). With
//! the first byte's top bit set, a sidecar fills and contradicts the first
//! file's facts. Ingest must not panic and its document must validate.
#![no_main]

use crossread_core::corpus::ingest::{ingest, ArticleMeta, RawFile, SourceMeta};
use crossread_core_fuzz::{name, pieces};
use libfuzzer_sys::fuzz_target;

const EXTS: [&str; 7] = ["txt", "md", "html", "htm", "markdown", "HTML", ""];

fuzz_target!(|data: &[u8]| {
    let pick = data.first().copied().unwrap_or(0);
    let mut files = Vec::new();
    for (i, bytes) in pieces(data).into_iter().enumerate() {
        let name = name(pick, i, &EXTS);
        match RawFile::from_bytes(&name, bytes) {
            Ok(f) => files.push(f),
            Err(e) => assert!(e.to_string().starts_with(&name)),
        }
    }
    let meta = (pick & 0x80 != 0).then(|| sidecar(&files));
    let out = ingest(&files, meta.as_ref());
    assert_eq!(out.document.articles.len(), files.len());
    if let Err(e) = out.document.validate() {
        panic!("ingest made a document that does not validate: {e}");
    }
});

/// A sidecar for every article id `ingest` will give, its facts taken from
/// the first file's first lines (so they may be anything).
fn sidecar(files: &[RawFile]) -> SourceMeta {
    let mut lines = files
        .first()
        .map(|f| f.text.lines().map(str::to_string).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter();
    let fact = lines.next();
    let meta = ArticleMeta {
        outlet: fact.clone(),
        published: lines.next().or(Some("2024-02-30".into())),
        url: lines.next().or(fact),
        wire_agency: lines.next(),
    };
    let mut articles = crossread_core::corpus::ingest::Metas::default();
    for f in files {
        let id = match f.stem() {
            "" => "article",
            s => s,
        };
        articles.insert(id.to_string(), meta.clone());
        articles.insert(format!("{id}-2"), meta.clone());
    }
    SourceMeta { articles }
}
