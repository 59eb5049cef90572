//! Invariants of ingest on generated input: no input panics, body paragraphs
//! come from the input, and every non-blank line ends up in exactly one of
//! headline, body, captions or boilerplate.

use crossread_core::corpus::ingest::{ingest, RawFile};
use crossread_core::corpus::Article;
use proptest::prelude::*;

fn one(name: &str, text: &str) -> Article {
    ingest(&[RawFile::new(name, text)], None)
        .document
        .articles
        .remove(0)
}

/// The input's non-blank lines, trimmed, after line-end normalisation.
fn lines(text: &str) -> Vec<String> {
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every non-blank line is the next piece of the body, a boilerplate line,
/// a caption or the headline, each used once. Identical lines can play
/// different parts, so the assignment is searched for.
fn accounted(text: &str) -> Result<(), TestCaseError> {
    let a = one("a.txt", text);
    let input = lines(text);
    let mut state = State {
        boiler: vec![false; a.boilerplate.len()],
        captions: vec![false; a.captions.len()],
        headline: a.headline.is_empty(),
    };
    prop_assert!(
        assign(&a, &input, 0, &a.body, &mut state),
        "lines {input:#?} are not accounted for in {a:#?}"
    );
    Ok(())
}

struct State {
    boiler: Vec<bool>,
    captions: Vec<bool>,
    headline: bool,
}

fn assign(a: &Article, input: &[String], i: usize, body: &str, st: &mut State) -> bool {
    let body = body.trim_start();
    let Some(line) = input.get(i) else {
        return body.is_empty()
            && st.headline
            && st.boiler.iter().all(|u| *u)
            && st.captions.iter().all(|u| *u);
    };
    let unbold = line.replace("**", "");
    if let Some(rest) = body.strip_prefix(line.as_str()) {
        // A whole paragraph, or a hard-wrapped line joined to the next one.
        if (rest.is_empty() || rest.starts_with("\n\n") || rest.starts_with(' '))
            && assign(a, input, i + 1, rest, st)
        {
            return true;
        }
    }
    if let Some(k) = (0..a.boilerplate.len()).find(|&k| !st.boiler[k] && a.boilerplate[k] == *line)
    {
        st.boiler[k] = true;
        if assign(a, input, i + 1, body, st) {
            return true;
        }
        st.boiler[k] = false;
    }
    if let Some(k) =
        (0..a.captions.len()).find(|&k| !st.captions[k] && a.captions[k] == unbold.trim())
    {
        st.captions[k] = true;
        if assign(a, input, i + 1, body, st) {
            return true;
        }
        st.captions[k] = false;
    }
    if !st.headline && unbold.trim_start_matches('#').trim() == a.headline {
        st.headline = true;
        if assign(a, input, i + 1, body, st) {
            return true;
        }
        st.headline = false;
    }
    false
}

/// A line generator that mixes furniture, metadata and prose.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(String::new()),
        Just("Leave a Reply".to_string()),
        Just("By [AP](#)".to_string()),
        Just("By Zoë Šimić, Reuters".to_string()),
        Just("Tags".to_string()),
        Just("Nov. 7, 2022".to_string()),
        Just("Photo: a dog.".to_string()),
        Just("A dog in a park. **EPA**".to_string()),
        Just("<https://example.com/a>".to_string()),
        Just("Original url:".to_string()),
        Just("LIMA (AP) — The minister said so.".to_string()),
        Just("# A heading".to_string()),
        Just("  indented line with\u{a0}space  ".to_string()),
        "[A-Za-z ,.'\u{a0}“”—]{0,60}",
        "[a-z][a-z ]{0,30}",
        "[A-Z][a-z]{1,8}( [a-z]{1,8}){0,6}[.]?",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn no_input_panics(s in "\\PC*", name in prop_oneof![Just("a.txt"), Just("a.md"), Just("a.html"), Just("a")]) {
        let _ = ingest(&[RawFile::new(name, &s)], None).document.to_json();
    }

    #[test]
    fn no_markup_soup_panics(s in "[<>/&;#a-z0-9 =\"'!\\-\n]{0,200}") {
        let _ = one("a.html", &s);
        let _ = one("a.md", &s);
    }

    #[test]
    fn no_bytes_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(f) = RawFile::from_bytes("a.txt", &bytes) {
            let _ = ingest(&[f], None);
        }
    }

    #[test]
    fn every_line_is_accounted(ls in proptest::collection::vec(line(), 0..30), crlf in any::<bool>()) {
        let text = ls.join(if crlf { "\r\n" } else { "\n" });
        accounted(&text)?;
    }

    #[test]
    fn paragraphs_come_from_the_input(ls in proptest::collection::vec(line(), 0..30)) {
        let text = ls.join("\n");
        let a = one("a.txt", &text);
        let joined = lines(&text).join(" ");
        for (_, p) in a.paragraphs() {
            prop_assert!(joined.contains(p), "paragraph {p:?} not in input");
        }
        prop_assert!(!a.body.contains("\n\n\n") && !a.body.starts_with('\n') && !a.body.ends_with('\n'));
        prop_assert!(!a.body.contains('\r'));
    }

    #[test]
    fn ingest_is_deterministic(ls in proptest::collection::vec(line(), 0..20)) {
        let text = ls.join("\n");
        let files = [RawFile::new("b.txt", &text), RawFile::new("a.md", &text), RawFile::new("b.html", &text)];
        let first = ingest(&files, None);
        let second = ingest(&files, None);
        prop_assert_eq!(first.document.to_json(), second.document.to_json());
        prop_assert_eq!(first.warnings, second.warnings);
    }
}
