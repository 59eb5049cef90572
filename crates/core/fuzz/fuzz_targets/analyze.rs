//! Any text as article bodies and headlines through `crossread_core::analyze`
//! and the stages after it. The input (invalid UTF-8 replaced) is cut at NUL
//! characters into body, headline, body, headline, … of up to four articles,
//! dated, undated and on a leap day. Every mention and statement span must
//! slice its body (`Document::validate`).
#![no_main]

use crossread_core::corpus::{Article, Document};
use crossread_core_fuzz::analyze_and_check;
use libfuzzer_sys::fuzz_target;

const DATES: [Option<&str>; 4] = [
    Some("2020-02-29"),
    None,
    Some("2023-09-14"),
    Some("1999-12-31"),
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(8, '\0');
    let mut doc = Document::default();
    let mut k = 0;
    while let Some(body) = parts.next() {
        let mut a = Article::empty(&format!("a{k}"));
        a.body = body.to_string();
        a.headline = parts.next().unwrap_or_default().to_string();
        a.published = DATES[k % DATES.len()].map(str::to_string);
        a.outlet = (k % 2 == 0).then(|| format!("Outlet {}", k / 2));
        doc.articles.push(a);
        k += 1;
    }
    analyze_and_check(doc);
});
