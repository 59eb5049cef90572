//! Discrepancies and quote variants on small made-up fixtures
//! (`fixtures/discrepancy/<case>/`, one file per outlet, about a factory
//! fire). Each kind of discrepancy has a case where it is found and one,
//! close to it, where it must not be.

use crossread_core::corpus::ingest::{ingest, RawFile};
use crossread_core::corpus::Document;
use crossread_core::statement::annotate;
use crossread_core::variant::{
    discrepancies, quote_variants, word_diff, DiffOp, Discrepancy, DiscrepancyKind,
};

/// Ingests and analyses every file of one fixture folder.
fn load(case: &str) -> Document {
    let dir = format!(
        "{}/tests/fixtures/discrepancy/{case}",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut files: Vec<RawFile> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            RawFile::new(&name, &std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut doc = crossread_core::analyze(ingest(&files, None).document);
    annotate(&mut doc);
    doc.validate().unwrap();
    doc
}

fn of_kind(case: &str, kind: DiscrepancyKind) -> Vec<Discrepancy> {
    discrepancies(&load(case))
        .into_iter()
        .filter(|d| d.kind == kind)
        .collect()
}

/// One found-case and one absent-case test per kind.
macro_rules! t {
    ($found:ident, $absent:ident, $kind:expr, $needle:expr) => {
        #[test]
        fn $found() {
            let found = of_kind(stringify!($found), $kind);
            assert_eq!(found.len(), 1, "{found:#?}");
            let d = &found[0];
            assert!(d.detail.contains($needle), "{}", d.detail);
            assert_eq!(d.articles, ["herald", "tribune"]);
        }

        #[test]
        fn $absent() {
            let found = of_kind(stringify!($absent), $kind);
            assert!(found.is_empty(), "{found:#?}");
        }
    };
}

t!(
    title_found,
    title_absent,
    DiscrepancyKind::Title,
    "deputy mayor / fire chief"
);
t!(
    number_found,
    number_absent,
    DiscrepancyKind::Number,
    "12 vs 21"
);
t!(
    quote_speaker_found,
    quote_speaker_absent,
    DiscrepancyKind::QuoteSpeaker,
    "lena-holm, tomas-berg"
);
t!(
    direction_found,
    direction_absent,
    DiscrepancyKind::Direction,
    "poland is both the destination and the source"
);
t!(
    wire_found,
    wire_absent,
    DiscrepancyKind::SharedWire,
    "herald and tribune"
);

#[test]
fn discrepancies_name_their_statements() {
    for case in [
        "title_found",
        "number_found",
        "quote_speaker_found",
        "direction_found",
    ] {
        let doc = load(case);
        for d in discrepancies(&doc) {
            assert!(d.statements.len() >= 2, "{case}: {d:#?}");
            for s in &d.statements {
                assert!(doc.statements.iter().any(|x| &x.id == s), "{case}: {s}");
            }
        }
    }
}

#[test]
fn absent_fixtures_have_no_discrepancy_at_all() {
    // Each absent fixture is close to its found twin but must raise nothing
    // of any kind (no shared wire either: the articles share a sentence or
    // a quote, not copy).
    for case in [
        "title_absent",
        "number_absent",
        "quote_speaker_absent",
        "direction_absent",
        "wire_absent",
    ] {
        let found = discrepancies(&load(case));
        assert!(found.is_empty(), "{case}: {found:#?}");
    }
}

#[test]
fn quote_variants_align_a_changed_word() {
    let doc = load("variants");
    let vs = quote_variants(&doc);
    assert_eq!(vs.len(), 1, "{vs:#?}");
    let r = &vs[0].renderings;
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].article, "herald");
    assert_eq!(r[1].article, "tribune");
    assert!(r[0].diff.is_empty());
    assert_eq!(
        r[1].diff,
        [
            DiffOp::Equal("We will find out".into()),
            DiffOp::Delete("exactly".into()),
            DiffOp::Insert("precisely".into()),
            DiffOp::Equal("how this fire started".into()),
        ]
    );
    // One speaker in both: a variant, not a discrepancy.
    assert!(discrepancies(&doc).is_empty());
}

#[test]
fn quote_variants_need_two_articles() {
    let mut doc = load("variants");
    let keep = doc.articles[0].id.clone();
    doc.statements.retain(|s| s.article == keep);
    assert!(quote_variants(&doc).is_empty());
}

#[test]
fn word_diff_ignores_case_punctuation_and_curly_quotes() {
    let d = word_diff(
        "\u{201C}We will rebuild,\u{201D} she said",
        "\"we will Rebuild\" she said",
    );
    assert!(d.iter().all(|op| matches!(op, DiffOp::Equal(_))), "{d:?}");
}

#[test]
fn word_diff_shows_insertions_and_deletions() {
    let d = word_diff("the plant will reopen soon", "the plant will not reopen");
    assert_eq!(
        d,
        [
            DiffOp::Equal("the plant will".into()),
            DiffOp::Insert("not".into()),
            DiffOp::Equal("reopen".into()),
            DiffOp::Delete("soon".into()),
        ]
    );
    assert!(word_diff("", "").is_empty());
}
