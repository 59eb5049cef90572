//! Corpus JSON as a reader might import it: any UTF-8 text through
//! `Document::from_json`. A document that reads must write back to JSON
//! that reads as an equal document, and must analyse without panicking.
#![no_main]

use crossread_core::Document;
use crossread_core_fuzz::analyze_and_check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(doc) = Document::from_json(text) else {
        return;
    };
    let json = doc.to_json();
    match Document::from_json(&json) {
        Ok(back) => assert_eq!(back, doc, "the document changes through its JSON"),
        Err(e) => panic!("the document's JSON does not read back: {e}\n{json}"),
    }
    analyze_and_check(doc);
});
