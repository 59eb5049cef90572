//! Invariants of the statement stage on generated text: no input panics;
//! every statement's sentence is `body[start..end]` on character
//! boundaries; ids are unique and numbered in order; every speaker,
//! proposition and statement referenced exists; each statement is in
//! exactly one proposition; the document validates; the discrepancy and
//! variant passes run on the result without panicking. The text goes
//! through the whole pipeline (`analyze`, which runs the entity stage, then
//! `statement::annotate`).

use crossread_core::corpus::{Article, Document};
use crossread_core::statement::annotate;
use crossread_core::variant::{discrepancies, quote_variants};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn run(bodies: &[String]) -> Document {
    let mut doc = Document::default();
    for (i, b) in bodies.iter().enumerate() {
        let mut a = Article::empty(&format!("a{i}"));
        a.body = b.clone();
        a.published = Some("2020-02-29".into());
        doc.articles.push(a);
    }
    let mut doc = crossread_core::analyze(doc);
    annotate(&mut doc);
    doc
}

fn check(doc: &Document) -> Result<(), TestCaseError> {
    prop_assert!(doc.validate().is_ok(), "{:?}", doc.validate());
    let mut ids = BTreeSet::new();
    for (i, s) in doc.statements.iter().enumerate() {
        prop_assert_eq!(&s.id, &format!("s{}", i + 1));
        prop_assert!(ids.insert(s.id.as_str()));
        let a = doc.article(&s.article);
        prop_assert!(a.is_some());
        let body = &a.unwrap().body;
        prop_assert!(body.is_char_boundary(s.start) && body.is_char_boundary(s.end));
        prop_assert_eq!(body.get(s.start..s.end), Some(s.sentence.as_str()));
        if let Some(sp) = &s.speaker {
            prop_assert!(doc.entities.iter().any(|e| &e.id == sp), "speaker {}", sp);
        }
        let p = s.proposition.as_deref();
        prop_assert!(p.is_some(), "{} has no proposition", s.id);
        let holders: Vec<_> = doc
            .propositions
            .iter()
            .filter(|pr| pr.statements.contains(&s.id))
            .collect();
        prop_assert_eq!(holders.len(), 1);
        prop_assert_eq!(Some(holders[0].id.as_str()), p);
        if let Some(q) = &s.quote {
            prop_assert!(!q.is_empty());
        }
    }
    for w in doc.statements.windows(2) {
        prop_assert!((&w[0].article, w[0].start) <= (&w[1].article, w[1].start));
    }
    for pr in &doc.propositions {
        prop_assert!(!pr.statements.is_empty());
        for s in &pr.statements {
            prop_assert!(ids.contains(s.as_str()), "unknown statement {}", s);
        }
    }
    let _ = discrepancies(doc);
    let _ = quote_variants(doc);
    Ok(())
}

/// Pieces of news prose that exercise attribution, quotes and dates.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("\u{201C}".to_string()),
        Just("\u{201D}".to_string()),
        Just("'".to_string()),
        Just("\u{2018}".to_string()),
        Just("\u{2019}".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just(" said".to_string()),
        Just(" told reporters".to_string()),
        Just(" denied".to_string()),
        Just(" according to".to_string()),
        Just(" claims by".to_string()),
        Just(" that".to_string()),
        Just(" he".to_string()),
        Just(" the official".to_string()),
        Just(" the statement".to_string()),
        Just(" on Monday".to_string()),
        Just(" last week".to_string()),
        Just(" Ruritania".to_string()),
        Just(" Mayor Ana Ruiz".to_string()),
        Just(" may".to_string()),
        Just(" not".to_string()),
        Just(" 12 workers".to_string()),
        Just(" from Peru".to_string()),
        Just(" to Peru".to_string()),
        "[a-zA-Zé ]{1,12}",
        "\\PC{1,4}",
    ]
}

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn arbitrary_text_never_panics(body in "\\PC{0,300}") {
        check(&run(&[body]))?;
    }

    #[test]
    fn news_like_text_keeps_the_invariants(bodies in prop::collection::vec(prose(), 1..4)) {
        check(&run(&bodies))?;
    }

    #[test]
    fn annotate_is_deterministic(body in prose()) {
        let a = run(std::slice::from_ref(&body));
        let b = run(&[body]);
        prop_assert_eq!(a.to_json(), b.to_json());
    }
}

#[test]
fn empty_and_odd_documents() {
    for body in [
        "",
        " ",
        "\"",
        "\u{201C}\u{201D}",
        "said.",
        "\n\n\n",
        "He said: \"",
    ] {
        let doc = run(&[body.to_string()]);
        check(&doc).unwrap();
    }
    check(&run(&[])).unwrap();
}
