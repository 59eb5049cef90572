//! Files and pasted text through `Import` as the browser hands them over,
//! then the whole analysis of the result. One input is up to eight pieces
//! split at 0xff bytes; the first byte names each piece (`.json`, `.txt`,
//! `.md`, `.html`, unknown extensions), and its high bits choose one piece
//! of every five to paste instead (invalid UTF-8 replaced).
#![no_main]

use crossread_core::corpus::import::Import;
use crossread_core_fuzz::{analyze_and_check, name, pieces};
use libfuzzer_sys::fuzz_target;

const EXTS: [&str; 9] = [
    "json", "txt", "md", "html", "JSON", "pdf", "", "json", "xhtml",
];

fuzz_target!(|data: &[u8]| {
    let pick = data.first().copied().unwrap_or(0);
    let mut import = Import::default();
    let mut went_in = 0;
    for (i, bytes) in pieces(data).into_iter().enumerate() {
        let name = name(pick, i, &EXTS);
        let ok = if (usize::from(pick >> 4) + i) % 5 == 4 {
            import.add_pasted(&String::from_utf8_lossy(bytes))
        } else {
            !import.refuse_large(&name, bytes.len()) && import.add_file(&name, bytes)
        };
        went_in += usize::from(ok);
    }
    assert_eq!(import.accepted(), went_in);
    let done = import.finish();
    assert_eq!(done.document.is_some(), went_in > 0);
    if let Some(doc) = done.document {
        if let Err(e) = doc.validate() {
            panic!("the import does not validate: {e}");
        }
        analyze_and_check(doc);
    }
});
