//! The corpus JSON on generated documents, as the `corpus_json` fuzz target
//! checks it at length (`make fuzz`): an analysis of any text writes JSON
//! that reads back as the same document, so every export can be imported.

use crossread_core::corpus::{Article, Document};
use proptest::prelude::*;

fn analysed(parts: &[(String, String)]) -> Document {
    let mut doc = Document::default();
    for (i, (headline, body)) in parts.iter().enumerate() {
        let mut a = Article::empty(&format!("a{i}"));
        a.headline = headline.clone();
        a.body = body.clone();
        a.published = (i % 2 == 0).then(|| "2020-02-29".to_string());
        doc.articles.push(a);
    }
    crossread_core::analyze(doc)
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,120}",
        "[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2} (said|denied|says) (\"|\u{201c})[a-z ,.]{0,40}(\"|\u{201d})\\.[\n\r ]{0,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn an_analysis_reads_back_from_its_json(parts in prop::collection::vec((text(), text()), 1..4)) {
        let doc = analysed(&parts);
        prop_assert!(doc.validate().is_ok(), "{:?}", doc.validate());
        let back = Document::from_json(&doc.to_json());
        prop_assert_eq!(back.as_ref(), Ok(&doc));
    }
}
