//! The `crossread` binary end to end: exit codes (0 done, 1 bad input,
//! 2 bad usage, never 101), stdout holding only JSON, messages naming the
//! file, and byte-identical output on repeated runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn crossread(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crossread"))
        .args(args)
        .output()
        .expect("run crossread")
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crossread-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &Path, name: &str, text: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p.to_string_lossy().into_owned()
}

fn raw_dir() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus/raw")
        .to_string_lossy()
        .into_owned()
}

fn fixtures() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures")
        .to_string_lossy()
        .into_owned()
}

fn is_json_document(stdout: &[u8]) -> bool {
    let text = std::str::from_utf8(stdout).unwrap_or("");
    serde_json::from_str::<serde_json::Value>(text)
        .is_ok_and(|v| v["format"] == "crossread-analysis/1")
}

#[test]
fn help_and_usage_errors() {
    let out = crossread(&["--help"]);
    assert_eq!(code(&out), 0);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"));
    for args in [
        &[][..],
        &["frobnicate"],
        &["ingest"],
        &["validate"],
        &["analyze"],
        &["ingest", "x", "--bogus"],
        &["ingest", "x", "-o"],
        &["validate", "a", "b"],
    ] {
        let out = crossread(args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("Usage:"), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn ingest_writes_json_only_and_is_deterministic() {
    let a = crossread(&["ingest", &raw_dir()]);
    let b = crossread(&["ingest", &raw_dir()]);
    assert_eq!(code(&a), 0, "{}", stderr(&a));
    assert!(is_json_document(&a.stdout));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn ingest_to_file_then_validate() {
    let dir = scratch("validate");
    let out_file = dir.join("c.json").to_string_lossy().into_owned();
    let out = crossread(&["ingest", &fixtures(), "-o", &out_file]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    // empty.txt and only_furniture.txt give warnings, on stderr.
    assert!(stderr(&out).contains("empty.txt"), "{}", stderr(&out));
    let out = crossread(&["validate", &out_file]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Article files only: sub-folders such as gold/ are not articles.
    let n = std::fs::read_dir(fixtures())
        .map(|r| r.flatten().filter(|e| e.path().is_file()).count())
        .unwrap_or(0);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("ok: {n} articles\n")
    );
}

#[test]
fn ingest_skips_other_files_and_refuses_binary() {
    let dir = scratch("skip");
    write(&dir, "a.txt", b"Headline here\n\nBody text.\n");
    write(&dir, "notes.csv", b"a,b\n");
    let out = crossread(&["ingest", &dir.to_string_lossy()]);
    assert_eq!(code(&out), 0);
    assert!(
        stderr(&out).contains("notes.csv") && stderr(&out).contains("skipped"),
        "{}",
        stderr(&out)
    );
    write(&dir, "b.txt", b"\x89PNG\0\0");
    let out = crossread(&["ingest", &dir.to_string_lossy()]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("b.txt"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let out = crossread(&["ingest", &dir.join("missing").to_string_lossy()]);
    assert_eq!(code(&out), 1);
}

#[test]
fn sidecar_is_read_and_bad_toml_names_file_and_line() {
    let dir = scratch("meta");
    let raw = dir.join("raw");
    std::fs::create_dir_all(&raw).expect("dir");
    write(&raw, "a.txt", b"Headline here\n\nBody text.\n");
    let good = write(
        &dir,
        "good.toml",
        b"[articles.\"a\"]\noutlet = \"Example Gazette\"\npublished = \"2023-01-02\"\n",
    );
    let out = crossread(&["ingest", &raw.to_string_lossy(), "--meta", &good]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["articles"][0]["outlet"], "Example Gazette");
    assert_eq!(doc["articles"][0]["outlet_basis"], "sidecar");
    assert_eq!(doc["articles"][0]["published"], "2023-01-02");
    let bad = write(
        &dir,
        "bad.toml",
        b"[articles.\"a\"]\noutlet = \"x\"\npublished = \n",
    );
    let out = crossread(&["ingest", &raw.to_string_lossy(), "--meta", &bad]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("bad.toml: line 3"),
        "{}",
        stderr(&out)
    );
    let typo = write(&dir, "typo.toml", b"[articles.\"a\"]\noutlett = \"x\"\n");
    let out = crossread(&["ingest", &raw.to_string_lossy(), "--meta", &typo]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("typo.toml: line 2") && stderr(&out).contains("outlett"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn validate_reports_file_line_and_column() {
    let dir = scratch("bad-json");
    let bad = write(
        &dir,
        "corpus.json",
        b"{\n  \"format\": \"crossread-analysis/1\",\n  \"articles\": [\n    {,\n  ]\n}\n",
    );
    let out = crossread(&["validate", &bad]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("corpus.json: line 4, column"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
    let wrong = write(&dir, "wrong.json", br#"{"format":"other/9","articles":[]}"#);
    let out = crossread(&["validate", &wrong]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("wrong.json") && stderr(&out).contains("other/9"),
        "{}",
        stderr(&out)
    );
    let out = crossread(&["validate", &dir.join("nope.json").to_string_lossy()]);
    assert_eq!(code(&out), 1);
}

#[test]
fn analyze_accepts_corpus_file_and_folder() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/corpus.json");
    let out = crossread(&["analyze", &corpus.to_string_lossy()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(is_json_document(&out.stdout));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for key in ["entities", "statements", "propositions"] {
        assert!(doc[key].is_array(), "{key}");
    }
    assert_mentions_valid(&doc);
    let out = crossread(&["analyze", &raw_dir()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(is_json_document(&out.stdout));
    let single = format!("{}/quotes.txt", fixtures());
    let out = crossread(&["analyze", &single]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["articles"][0]["id"], "quotes");
}

/// Every mention's text is its body slice, its type is a word of the format,
/// mentions are sorted and never overlap, and every entity they name exists.
fn assert_mentions_valid(doc: &serde_json::Value) {
    const TYPES: [&str; 7] = [
        "person",
        "org",
        "place",
        "nationality",
        "date",
        "event",
        "quantity",
    ];
    let entities: std::collections::BTreeSet<&str> = doc["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    let mut total = 0;
    for a in doc["articles"].as_array().expect("articles") {
        let body = a["body"].as_str().expect("body").as_bytes();
        let mut last_end = 0;
        for m in a["mentions"].as_array().expect("mentions") {
            let (start, end) = (
                m["start"].as_u64().expect("start") as usize,
                m["end"].as_u64().expect("end") as usize,
            );
            assert!(start >= last_end && start < end && end <= body.len(), "{m}");
            assert_eq!(
                std::str::from_utf8(&body[start..end]).ok(),
                m["text"].as_str(),
                "{m}"
            );
            assert!(TYPES.contains(&m["type"].as_str().unwrap_or("")), "{m}");
            assert!(entities.contains(m["entity"].as_str().unwrap_or("")), "{m}");
            last_end = end;
            total += 1;
        }
    }
    assert!(total > 0, "the seed corpus has mentions");
}

#[test]
fn analyze_merges_json_in_a_folder_and_renames_clashes() {
    let dir = scratch("merge");
    write(&dir, "a.txt", b"Headline here\n\nBody text.\n");
    let json = br#"{"format":"crossread-analysis/1","articles":[{"id":"a","source_file":"a.txt","headline":"H","outlet":null,"outlet_basis":null,"wire_agency":null,"published":null,"dateline":null,"url":null,"body":"B.","captions":[],"boilerplate":[]}]}"#;
    write(&dir, "old.json", json);
    let out = crossread(&["analyze", &dir.to_string_lossy()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let ids: Vec<_> = doc["articles"]
        .as_array()
        .expect("array")
        .iter()
        .map(|a| a["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids, ["a", "a-2"]);
    write(&dir, "broken.json", b"{");
    let out = crossread(&["analyze", &dir.to_string_lossy()]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("broken.json: line 1"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn analyze_output_validates_against_the_format() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/corpus.json");
    let out = crossread(&["analyze", &corpus.to_string_lossy()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let dir = scratch("analysis-validates");
    let file = write(&dir, "analysis.json", &out.stdout);
    let checked = crossread(&["validate", &file]);
    assert_eq!(code(&checked), 0, "{}", stderr(&checked));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["format"], "crossread-analysis/1");
    let ids: Vec<&str> = doc["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| e["id"].as_str().expect("id"))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "entities are sorted by id");
    for e in doc["entities"].as_array().expect("entities") {
        let id = e["id"].as_str().unwrap_or("");
        assert!(
            !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "entity id {id} is a slug"
        );
        assert!(e["name"].as_str().is_some_and(|n| !n.is_empty()));
    }
}

/// The analysis of the seed corpus, as `crossread analyze` prints it.
fn seed_analysis() -> serde_json::Value {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/corpus.json");
    let out = crossread(&["analyze", &corpus.to_string_lossy()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn corrections_are_validated_applied_by_analyze_and_kept() {
    let mut doc = seed_analysis();
    assert!(doc.get("corrections").is_none(), "no corrections, no field");
    let entity = doc["entities"][0]["id"].as_str().expect("id").to_string();
    let other = doc["entities"][1]["id"].as_str().expect("id").to_string();
    let prop = doc["propositions"]
        .as_array()
        .expect("propositions")
        .iter()
        .find(|p| p["statements"].as_array().is_some_and(|s| s.len() > 1))
        .expect("a proposition of several statements");
    let (p, first) = (
        prop["id"].as_str().expect("id").to_string(),
        prop["statements"][0].as_str().expect("id").to_string(),
    );
    doc["corrections"] = serde_json::json!([
        {"kind": "rename_entity", "entity": entity, "name": "Renamed By Hand"},
        {"kind": "merge_entities", "from": other, "into": entity},
        {"kind": "set_stance", "statement": first, "stance": "qualifies"},
        {"kind": "set_speaker", "statement": first, "speaker": null},
        {"kind": "split_proposition", "proposition": p, "statements": [first], "label": "Split off"},
        {"kind": "rename_proposition", "proposition": p, "label": "Renamed claim"},
    ]);
    let dir = scratch("corrections");
    let file = write(&dir, "corrected.json", doc.to_string().as_bytes());
    let out = crossread(&["validate", &file]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ok: 5 articles, 6 corrections\n"
    );

    // analyze applies them to its fresh analysis and keeps them.
    let out = crossread(&["analyze", &file]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let fixed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(fixed["corrections"], doc["corrections"]);
    assert_eq!(fixed["entities"][0]["name"], "Renamed By Hand");
    assert!(!fixed["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .any(|e| e["id"] == other.as_str()));
    let st = fixed["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .find(|s| s["id"] == first.as_str())
        .expect("statement");
    assert_eq!(st["stance"], "qualifies");
    assert!(st["speaker"].is_null());
    let split = fixed["propositions"]
        .as_array()
        .expect("propositions")
        .iter()
        .find(|x| x["label"] == "Split off")
        .expect("the split-off proposition");
    assert_eq!(split["statements"], serde_json::json!([first]));
    assert_eq!(st["proposition"], split["id"]);
    // The output is itself valid, and analysing it again changes nothing.
    let again = write(&dir, "again.json", &out.stdout);
    let out2 = crossread(&["analyze", &again]);
    assert_eq!(out2.stdout, out.stdout);
    assert_eq!(code(&crossread(&["validate", &again])), 0);
}

#[test]
fn validate_names_the_first_correction_that_does_not_apply() {
    let mut doc = seed_analysis();
    let entity = doc["entities"][0]["id"].as_str().expect("id").to_string();
    doc["corrections"] = serde_json::json!([
        {"kind": "rename_entity", "entity": entity, "name": "Fine"},
        {"kind": "merge_entities", "from": "no-such-entity", "into": entity},
        {"kind": "set_stance", "statement": "s99999", "stance": "denies"},
    ]);
    let dir = scratch("bad-corrections");
    let file = write(&dir, "bad.json", doc.to_string().as_bytes());
    let out = crossread(&["validate", &file]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("bad.json: corrections[1] (merge_entities)")
            && err.contains("unknown entity \"no-such-entity\""),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    // analyze keeps going: it warns about each one and keeps them all.
    let out = crossread(&["analyze", &file]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stderr(&out).matches("does not apply").count(),
        2,
        "{}",
        stderr(&out)
    );
    let fixed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(fixed["corrections"], doc["corrections"]);
    // A malformed one is a JSON error with its place.
    let bad = write(
        &dir,
        "shape.json",
        br#"{"format":"crossread-analysis/1","articles":[],"corrections":[{"kind":"set_stance","statement":"s1"}]}"#,
    );
    let out = crossread(&["validate", &bad]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("shape.json: line 1, column 63: corrections[0].stance: missing"),
        "{}",
        stderr(&out)
    );
}
