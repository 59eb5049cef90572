//! Words for search: case and diacritic folding, the word tokenizer shared
//! by the index, the query and the highlighter, and a light English stemmer.

use crate::Span;

/// Base letters of U+00C0..=U+00FF; digits stand for two letters (see
/// [`PAIRS`]) and `*` for the two signs that are not letters.
const LATIN1: &[u8; 64] = b"aaaaaa1ceeeeiiiidnooooo*ouuuuy23aaaaaa1ceeeeiiiidnooooo*ouuuuy2y";
/// Base letters of U+0100..=U+017F (Latin Extended-A).
const LATIN_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii44jjkkkllllllllllnnnnnnnnnoooooo55rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
/// The two-letter foldings named by digits in the tables above.
const PAIRS: [&str; 5] = ["ae", "th", "ss", "ij", "oe"];

/// Appends the folded form of `c` to `out`: lower case, Latin diacritics
/// removed (`é` → `e`, `ß` → `ss`, `Ł` → `l`), combining marks dropped.
pub(crate) fn fold_char(c: char, out: &mut String) {
    let u = c as u32;
    let base = match u {
        0..=0x7f => {
            out.push(c.to_ascii_lowercase());
            return;
        }
        0xc0..=0xff => LATIN1[(u - 0xc0) as usize],
        0x100..=0x17f => LATIN_A[(u - 0x100) as usize],
        0x218 | 0x219 => b's',
        0x21a | 0x21b => b't',
        0x300..=0x36f => return,
        _ => 0,
    };
    match base {
        b'1'..=b'5' => out.push_str(PAIRS[(base - b'1') as usize]),
        b'a'..=b'z' => out.push(base as char),
        b'*' => out.push(c),
        _ => out.extend(c.to_lowercase()),
    }
}

/// The folded form of `text`: lower case without Latin diacritics.
///
/// ```
/// use crossread_core::search::fold;
/// assert_eq!(fold("Zürich Straße"), "zurich strasse");
/// assert_eq!(fold("ŁÓDŹ"), "lodz");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Per byte: 1 for an ASCII letter or digit, 3 for a capital, 0 else.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_uppercase() {
            t[i] = 3;
        } else if b.is_ascii_alphanumeric() {
            t[i] = 1;
        }
        i += 1;
    }
    t
};

/// True for characters that are part of a word: letters, digits, and
/// combining marks (so a decomposed `é` stays one word).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Calls `f(span, folded)` for every word of `text`, in order. A word is a
/// run of letters and digits; everything else separates words, so `Kim's`
/// is `kim` + `s` and `1,200` is `1` + `200`, in the text and in a query
/// alike. `folded` is reused between calls.
pub(crate) fn words(text: &str, mut f: impl FnMut(Span, &str)) {
    let bytes = text.as_bytes();
    let mut folded = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if CLASS[usize::from(b)] != 0 {
            // ASCII fast path: a run of ASCII letters and digits.
            let start = i;
            let mut seen = 0;
            for &c in &bytes[start..] {
                let k = CLASS[usize::from(c)];
                if k == 0 {
                    break;
                }
                seen |= k;
                i += 1;
            }
            let upper = seen & 2 != 0;
            if i < bytes.len() && bytes[i] >= 0x80 {
                // The word goes on with other characters: finish it slowly.
                folded.clear();
                folded.push_str(&text[start..i]);
                folded.make_ascii_lowercase();
                i = slow_word(text, i, &mut folded);
                f(Span::new(start, i), &folded);
            } else if upper {
                folded.clear();
                folded.push_str(&text[start..i]);
                folded.make_ascii_lowercase();
                f(Span::new(start, i), &folded);
            } else {
                // Already folded: no copy.
                f(Span::new(start, i), &text[start..i]);
            }
        } else if b < 0x80 {
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if is_word_char(c) {
                let start = i;
                folded.clear();
                i = slow_word(text, i, &mut folded);
                if !folded.is_empty() {
                    f(Span::new(start, i), &folded);
                }
            } else {
                i += c.len_utf8();
            }
        }
    }
}

/// Folds word characters from byte `i` on into `folded`; returns where the
/// word ends.
fn slow_word(text: &str, mut i: usize, folded: &mut String) -> usize {
    for c in text[i..].chars() {
        if !is_word_char(c) {
            break;
        }
        fold_char(c, folded);
        i += c.len_utf8();
    }
    i
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// One stemming step on a folded word, or `None` when no rule applies.
/// Every rule shortens the word, so repeating steps ends.
fn step(w: &str) -> Option<String> {
    let b = w.as_bytes();
    let n = b.len();
    if n <= 3 || w == "news" {
        return None;
    }
    let has_vowel = |end: usize| b[..end].iter().any(|&c| is_vowel(c));
    let cut = |k: usize| w[..n - k].to_string();
    // Drops a doubled final consonant (`shipp` → `ship`), not l, s or z.
    let undouble = |mut s: String| {
        let t = s.as_bytes();
        let m = t.len();
        if m > 3
            && t[m - 1] == t[m - 2]
            && t[m - 1].is_ascii_lowercase()
            && !is_vowel(t[m - 1])
            && !matches!(t[m - 1], b'l' | b's' | b'z')
        {
            s.pop();
        }
        s
    };
    if n > 4 && (w.ends_with("ies") || w.ends_with("ied")) {
        let mut s = cut(3);
        s.push('y');
        Some(s)
    } else if w.ends_with("ing") && n >= 6 && has_vowel(n - 3) {
        Some(undouble(cut(3)))
    } else if w.ends_with("ed") && n >= 5 && has_vowel(n - 2) {
        Some(undouble(cut(2)))
    } else if ["ses", "xes", "zes", "ches", "shes"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        Some(cut(2))
    } else if (w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e)))
        || (w.ends_with('e') && has_vowel(n - 1))
    {
        Some(cut(1))
    } else {
        None
    }
}

/// The stem of a folded word, by a light English stemmer: plurals, `-ing`,
/// `-ed`, `-ies`/`-ied` and a final `e` come off, so `supplies`,
/// `supplying`, `supplied` and `supply` share one stem. The rules are
/// applied until none applies, which makes the stemmer idempotent. Words of
/// three letters or fewer, and words not ending in ASCII, stay as they are.
///
/// ```
/// use crossread_core::search::stem;
/// for w in ["supplies", "supplying", "supplied", "supply"] {
///     assert_eq!(stem(w), "supply");
/// }
/// assert_eq!(stem("shipping"), stem("ships"));
/// assert_eq!(stem(&stem("stated")), stem("stated"));
/// ```
pub fn stem(folded: &str) -> String {
    let mut w = folded.to_string();
    while let Some(next) = step(&w) {
        w = next;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $f:expr, $($input:expr => $expected:expr),+ $(,)?) => {
            #[test]
            fn $name() {
                $( assert_eq!($f($input), $expected, "input {:?}", $input); )+
            }
        };
    }

    t!(folds_case_and_latin_diacritics, fold,
        "Pyongyang" => "pyongyang",
        "ZÜRICH" => "zurich",
        "Æsir Œuvre" => "aesir oeuvre",
        "Þór" => "thor",
        "Straße" => "strasse",
        "Łódź" => "lodz",
        "Ștefan Țara" => "stefan tara",
        "İstanbul" => "istanbul",
        "Cafe\u{301}" => "cafe",
        "Ελλάδα" => "ελλάδα",
        "3×4" => "3×4",
    );

    fn stems(w: &str) -> String {
        stem(w)
    }

    t!(stems_join_inflections, stems,
        "supplies" => "supply",
        "supplied" => "supply",
        "supplying" => "supply",
        "denied" => "deny",
        "denies" => "deny",
        "denying" => "deny",
        "shipped" => "ship",
        "shipping" => "ship",
        "ships" => "ship",
        "passed" => "pass",
        "called" => "call",
        "taxes" => "tax",
        "matches" => "match",
        "states" => "stat",
        "stated" => "stat",
        "making" => "mak",
        "make" => "mak",
        "news" => "news",
        "added" => "add",
        "add" => "add",
        "bus" => "bus",
        "the" => "the",
        "analysis" => "analysis",
    );

    fn words_of(text: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        words(text, |s, w| out.push((s.start, s.end, w.to_string())));
        out
    }

    #[test]
    fn words_keep_byte_spans_of_the_original() {
        let text = "Kim's café, 1,200 Zürich—É\u{301}tat";
        let got = words_of(text);
        let texts: Vec<&str> = got.iter().map(|(s, e, _)| &text[*s..*e]).collect();
        assert_eq!(
            texts,
            ["Kim", "s", "café", "1", "200", "Zürich", "É\u{301}tat"]
        );
        let folded: Vec<&str> = got.iter().map(|(_, _, w)| w.as_str()).collect();
        assert_eq!(folded, ["kim", "s", "cafe", "1", "200", "zurich", "etat"]);
    }
}
