//! `crossread synth`: a seeded synthetic corpus as JSON, the same bytes for
//! the same seed, valid for `validate` and `analyze`, and usage errors for
//! bad arguments.

use std::process::{Command, Output};

fn crossread(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crossread"))
        .args(args)
        .output()
        .expect("run crossread")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn synth_writes_a_deterministic_valid_corpus() {
    let a = crossread(&["synth", "--articles", "25", "--seed", "7"]);
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    let b = crossread(&["synth", "--articles", "25", "--seed", "7"]);
    assert_eq!(a.stdout, b.stdout);
    let c = crossread(&["synth", "--articles", "25", "--seed", "8"]);
    assert_ne!(a.stdout, c.stdout);
    assert!(stderr(&a).contains("mean length"), "{}", stderr(&a));
    let doc: serde_json::Value = serde_json::from_slice(&a.stdout).expect("json");
    assert_eq!(doc["format"], "crossread-analysis/1");
    let articles = doc["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 25);
    assert!(articles
        .iter()
        .all(|a| a["outlet"].is_string() && a["published"].is_string()));

    let dir = std::env::temp_dir().join(format!("crossread-synth-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("synth.json");
    let file = file.to_string_lossy();
    let out = crossread(&["synth", "--articles", "6", "-o", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let out = crossread(&["validate", &file]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok: 6 articles\n");
    // The analysis finds speakers, stances and propositions in it.
    let out = crossread(&["analyze", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let statements = doc["statements"].as_array().expect("statements");
    assert!(statements.iter().any(|s| s["stance"] == "denies"));
    assert!(statements.iter().any(|s| s["speaker"].is_string()));
    assert!(!doc["propositions"]
        .as_array()
        .expect("propositions")
        .is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn synth_usage_errors() {
    for args in [
        &["synth"][..],
        &["synth", "--articles"],
        &["synth", "--articles", "many"],
        &["synth", "--articles", "-3"],
        &["synth", "--articles", "2000000"],
        &["synth", "--articles", "3", "--seed", "x"],
        &["synth", "--articles", "3", "extra"],
        &["synth", "--articles", "3", "--bogus", "1"],
    ] {
        let out = crossread(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("Usage:"), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
