//! The checked-in `corpus/corpus.json` is exactly what ingest makes of
//! `corpus/raw/` with `corpus/sources.toml`: it never drifts from the engine.

use std::path::Path;
use std::process::Command;

#[test]
fn checked_in_corpus_matches_a_fresh_ingest() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = root.join("corpus");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crossread"));
    cmd.arg("ingest").arg(corpus.join("raw"));
    if corpus.join("sources.toml").exists() {
        cmd.arg("--meta").arg(corpus.join("sources.toml"));
    }
    let out = cmd.output().expect("run crossread");
    assert!(
        out.status.success(),
        "crossread ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fresh = String::from_utf8(out.stdout).expect("UTF-8 JSON");
    let checked_in = std::fs::read_to_string(corpus.join("corpus.json")).unwrap_or_default();
    assert!(
        fresh == checked_in,
        "corpus/corpus.json is stale or missing: run `make corpus` to regenerate it \
         (cargo run -q -p crossread-cli -- ingest corpus/raw --meta corpus/sources.toml -o corpus/corpus.json)"
    );
}
