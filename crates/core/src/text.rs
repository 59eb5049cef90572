//! Sentences and tokens of an article body, as byte [`Span`]s.
//!
//! Every later stage (entities, statements) works on these spans, so they
//! always lie on character boundaries of the text they came from, and the
//! tokens plus the whitespace between them rebuild the text exactly.
//!
//! ```
//! use crossread_core::text::{sentences, tokens, TokenKind};
//!
//! let body = "The U.S. said on Nov. 2 that Kim's aide left. Officials agreed.";
//! let s: Vec<&str> = sentences(body).iter().map(|s| &body[s.start..s.end]).collect();
//! assert_eq!(s, ["The U.S. said on Nov. 2 that Kim's aide left.", "Officials agreed."]);
//! let t = tokens(body);
//! assert_eq!(t[1].text(body), "U.S.");
//! assert_eq!(t[6].kind, TokenKind::Number);
//! ```

use crate::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TokenKind {
    /// Letters (and digits after the first letter); also dotted
    /// abbreviations such as `U.S.` and names such as `O'Brien`.
    Word,
    /// Digits, with inner `.` or `,` between digits (`1,200`, `3.5`).
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token: a byte span of the text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token lies in the text.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text` (empty if `text` is not the text the
    /// token came from).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text).unwrap_or("")
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens; whitespace is never part of a token.
///
/// Apostrophes and hyphens are tokens of their own (so a possessive `'s`
/// stays outside the word before it), except an apostrophe before a capital
/// inside a name (`O'Brien`). A run of single letters each followed by a dot
/// (`U.S.`, `D.P.R.K.`) is one word.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let pos = |i: usize| chars.get(i).map(|&(p, _)| p).unwrap_or(text.len());
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            // Dotted abbreviation: X.Y. (at least two letters with dots).
            let mut j = i;
            let mut letters = 0;
            while j + 1 < n && at(j).is_some_and(char::is_alphabetic) && at(j + 1) == Some('.') {
                if at(j + 2).is_some_and(char::is_alphanumeric)
                    && at(j + 3).is_some_and(char::is_alphanumeric)
                {
                    break;
                }
                letters += 1;
                j += 2;
            }
            if letters >= 2 && !at(j).is_some_and(char::is_alphanumeric) {
                i = j;
            } else {
                i += 1;
                while i < n {
                    let d = chars[i].1;
                    let name_apostrophe = is_apostrophe(d)
                        && at(i + 1).is_some_and(char::is_uppercase)
                        && i - start <= 2;
                    if d.is_alphanumeric() || d == '\u{200d}' || name_apostrophe {
                        i += 1;
                    } else {
                        break;
                    }
                }
            }
        } else if c.is_numeric() {
            kind = TokenKind::Number;
            i += 1;
            while i < n {
                let d = chars[i].1;
                let inner = (d == '.' || d == ',') && at(i + 1).is_some_and(|e| e.is_ascii_digit());
                if d.is_alphanumeric() || inner {
                    i += 1;
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
            i += 1;
        }
        out.push(Token {
            span: Span::new(pos(start), pos(i)),
            kind,
        });
    }
    out
}

/// Words whose following dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "col", "corp", "dec", "dr", "feb", "gen", "gov", "inc",
    "jan", "jr", "jul", "jun", "lt", "maj", "mar", "mr", "mrs", "ms", "mt", "nov", "oct", "prof",
    "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vs",
];

/// Capitalised words that start a new sentence after a dotted abbreviation
/// such as `U.S.`.
const STARTERS: &[&str] = &[
    "A", "After", "An", "And", "As", "But", "He", "Her", "His", "However", "I", "In", "It", "Its",
    "On", "She", "That", "The", "Their", "There", "These", "They", "This", "Those", "We", "What",
    "When", "While", "Yet",
];

fn closes(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}' | '\u{bb}'
    )
}

/// Splits `text` into sentences, each trimmed of surrounding whitespace.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
/// followed by whitespace and a capital, digit or opening quote, unless the
/// dot closes a known abbreviation (`Mr.`, `Nov.`) or an initial; a line
/// break always ends a sentence.
pub fn sentences(text: &str) -> Vec<Span> {
    sentences_of(text, &tokens(text))
}

/// [`sentences`] over tokens already made by [`tokens`] from `text`.
pub fn sentences_of(text: &str, toks: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut idx = 0;
    while idx < toks.len() {
        let t = toks[idx];
        if start.is_none() {
            start = Some(t.span.start);
        }
        let s = start.unwrap_or(t.span.start);
        let mut end_here = false;
        let mut end = t.span.end;
        let word = t.text(text);
        let is_final_punct = t.kind == TokenKind::Punct && matches!(word, "." | "!" | "?");
        let is_dotted = t.kind == TokenKind::Word && word.ends_with('.');
        if is_final_punct || is_dotted {
            // Absorb closing quotes/brackets and repeated marks.
            let mut j = idx + 1;
            while j < toks.len()
                && toks[j].span.start == toks[j - 1].span.end
                && toks[j].kind == TokenKind::Punct
                && toks[j]
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| closes(c) || c == '.' || c == '!' || c == '?')
            {
                end = toks[j].span.end;
                j += 1;
            }
            match toks.get(j) {
                None => end_here = true,
                Some(next) => {
                    let gap = &text[end..next.span.start];
                    let next_text = next.text(text);
                    let first = next_text.chars().next().unwrap_or(' ');
                    let starts_ok = first.is_uppercase()
                        || first.is_numeric()
                        || matches!(
                            first,
                            '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '\u{2014}'
                        );
                    let prev_word = if is_final_punct && idx > 0 {
                        let p = toks[idx - 1];
                        if p.span.end == t.span.start && p.kind == TokenKind::Word {
                            Some(p.text(text))
                        } else {
                            None
                        }
                    } else {
                        None
                    };
                    let abbrev = word == "."
                        && prev_word.is_some_and(|w| {
                            let lower = w.to_ascii_lowercase();
                            ABBREVIATIONS.binary_search(&lower.as_str()).is_ok()
                                || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                        });
                    let dotted_continues = is_dotted && STARTERS.binary_search(&next_text).is_err();
                    end_here = gap.contains('\n')
                        || (!gap.is_empty() && starts_ok && !abbrev && !dotted_continues);
                }
            }
            idx = j;
        } else {
            idx += 1;
        }
        if !end_here {
            if let Some(next) = toks.get(idx) {
                if text[end..next.span.start].contains('\n') {
                    end_here = true;
                }
            } else {
                end_here = true;
            }
        }
        if end_here {
            out.push(Span::new(s, end));
            start = None;
        }
    }
    out
}

/// True when `i` is a byte offset at which `text` may be cut.
pub fn is_boundary(text: &str, i: usize) -> bool {
    text.is_char_boundary(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    macro_rules! t {
        ($name:ident, $f:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let expected: &[&str] = &$expected;
                assert_eq!($f($input), expected);
            }
        };
    }

    t!(
        possessive_apart,
        words,
        "Chile's army",
        ["Chile", "'", "s", "army"]
    );
    t!(
        curly_possessive_apart,
        words,
        "Peru\u{2019}s",
        ["Peru", "\u{2019}", "s"]
    );
    t!(
        dotted_abbreviation,
        words,
        "the U.S.-led plan",
        ["the", "U.S.", "-", "led", "plan"]
    );
    t!(name_apostrophe, words, "O'Neill said", ["O'Neill", "said"]);
    t!(
        numbers,
        words,
        "1,200 and 3.5%",
        ["1,200", "and", "3.5", "%"]
    );
    t!(hyphen_apart, words, "al-Sisi", ["al", "-", "Sisi"]);
    t!(unicode_words, words, "Zürich straße", ["Zürich", "straße"]);
    t!(
        abbreviations_do_not_end,
        sents,
        "Dr. Ames met Gen. Ortiz on Jan. 4. They talked.",
        ["Dr. Ames met Gen. Ortiz on Jan. 4.", "They talked."]
    );
    t!(
        quotes_close_sentence,
        sents,
        "\"We will win.\" She left!  Why?",
        ["\"We will win.\"", "She left!", "Why?"]
    );
    t!(
        line_breaks_end,
        sents,
        "A headline without stop\n\nBody text here. More",
        ["A headline without stop", "Body text here.", "More"]
    );
    t!(
        dotted_then_starter,
        sents,
        "Aid came from the U.K. The rest did not. The U.N. Security Council met.",
        [
            "Aid came from the U.K.",
            "The rest did not.",
            "The U.N. Security Council met."
        ]
    );
    t!(
        initials,
        sents,
        "John F. Kennedy spoke.",
        ["John F. Kennedy spoke."]
    );

    #[test]
    fn tables_are_sorted() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
    }

    proptest! {
        #[test]
        fn tokens_rebuild_text(s in "\\PC*") {
            let toks = tokens(&s);
            let mut prev = 0;
            for t in &toks {
                prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
                prop_assert!(t.span.start < t.span.end);
                prop_assert!(s[prev..t.span.start].chars().all(char::is_whitespace));
                prev = t.span.end;
            }
            prop_assert!(s[prev..].chars().all(char::is_whitespace));
        }

        #[test]
        fn sentences_rebuild_text(s in "(\\PC|[ .!?\\n\"'A-Z])*") {
            let mut prev = 0;
            for sp in sentences(&s) {
                prop_assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
                prop_assert!(prev <= sp.start && sp.start < sp.end);
                prop_assert!(s[prev..sp.start].chars().all(char::is_whitespace));
                prev = sp.end;
            }
            prop_assert!(s[prev..].chars().all(char::is_whitespace));
        }
    }
}
