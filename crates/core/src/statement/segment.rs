//! Sentences, words and quotations of a body, as byte offsets.
//!
//! A private splitter (the statement stage does not depend on another
//! stage's internals): a sentence ends at `.`, `!` or `?` (with closing
//! quotes) before whitespace and a capital, digit or opening quote, unless
//! the dot ends a known abbreviation or a single letter; a line break always
//! ends one. A sentence whose quotation is still open runs on into the next.

use crate::Span;

const ABBREV: &str =
    "mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sen rep \
     gov no vs inc corp co jr sr prof capt sgt maj adm ft mt";

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\'' | '\u{2018}')
}

fn is_close(c: char) -> bool {
    matches!(c, '"' | '\u{201D}' | '\'' | '\u{2019}' | ')' | ']')
}

/// One word: a run of letters and digits (with inner apostrophes).
#[derive(Clone, Debug)]
pub(crate) struct Word {
    /// Byte span in the text given to [`words`].
    pub span: Span,
    /// Lower-case form.
    pub lower: String,
}

/// The words of `text`.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner_apos = (c == '\'' || c == '\u{2019}')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apos {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(word(text, s, i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, s, text.len()));
    }
    out
}

fn word(text: &str, s: usize, e: usize) -> Word {
    let mut lower = text.get(s..e).unwrap_or("").to_lowercase();
    // Copied again only when there is an apostrophe to straighten.
    if lower.contains('\u{2019}') {
        lower = lower.replace('\u{2019}', "'");
    }
    Word {
        span: Span::new(s, e),
        lower,
    }
}

/// Sentence spans of `text`, trimmed, quote-aware.
pub(crate) fn sentences(text: &str) -> Vec<Span> {
    let mut raw = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0usize;
    let mut k = 0usize;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c == '\n' {
            push_trimmed(text, start, i, &mut raw);
            start = i + 1;
            k += 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?') {
            let mut j = k + 1;
            while j < chars.len() && is_close(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let ws = j < chars.len() && chars[j].1 == ' ';
            let next = chars.get(j + 1).map(|&(_, n)| n);
            let starts_new =
                next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_open_quote(n));
            if ws && starts_new && !(c == '.' && abbreviation_before(text, i)) {
                push_trimmed(text, start, end, &mut raw);
                start = end;
                k = j;
                continue;
            }
        }
        k += 1;
    }
    push_trimmed(text, start, text.len(), &mut raw);
    merge_open_quotes(text, raw)
}

fn abbreviation_before(text: &str, dot: usize) -> bool {
    let before = text.get(..dot).unwrap_or("");
    let w: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if w.chars().count() == 1 {
        return true;
    }
    ABBREV.split(' ').any(|a| a == w.to_lowercase())
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let Some(part) = text.get(s..e) else { return };
    let lead = part.len() - part.trim_start().len();
    let trail = part.len() - part.trim_end().len();
    if part.trim().is_empty() {
        return;
    }
    out.push(Span::new(s + lead, e - trail));
}

/// Joins a sentence with an unclosed double quotation to the following
/// sentences of the same paragraph until it closes.
fn merge_open_quotes(text: &str, raw: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open = false;
    for s in raw {
        let joinable = open
            && out
                .last()
                .is_some_and(|p| !text.get(p.end..s.start).unwrap_or("").contains('\n'));
        if joinable {
            if let Some(p) = out.last_mut() {
                p.end = s.end;
            }
        } else {
            out.push(s);
        }
        let t = out.last().and_then(|p| p.slice(text)).unwrap_or("");
        open = quote_open(t);
    }
    out
}

fn quote_open(t: &str) -> bool {
    let straight = t.matches('"').count();
    let open = t.matches('\u{201C}').count();
    let close = t.matches('\u{201D}').count();
    straight % 2 == 1 || open > close
}

/// Top-level quotations of `text`: the spans inside the marks, straight or
/// curly double quotes, or single quotes that are not apostrophes when no
/// double quote encloses them. Nested quotes stay inside their outer quote.
pub(crate) fn quotes(text: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut double_open: Option<usize> = None;
    let mut single_open: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = if k == 0 { None } else { Some(chars[k - 1].1) };
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let after = i + c.len_utf8();
        match c {
            '\u{201C}' if double_open.is_none() => {
                double_open = Some(after);
                single_open = None;
            }
            '\u{201D}' => {
                if let Some(s) = double_open.take() {
                    out.push(Span::new(s, i));
                }
            }
            '"' => {
                if let Some(s) = double_open.take() {
                    out.push(Span::new(s, i));
                } else {
                    double_open = Some(after);
                    single_open = None;
                }
            }
            '\'' | '\u{2018}' | '\u{2019}' if double_open.is_none() => {
                let opener = prev.is_none_or(|p| p.is_whitespace() || p == '(' || p == '\u{2014}')
                    && next.is_some_and(|n| n.is_alphanumeric());
                let closer = prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| !n.is_alphanumeric());
                if single_open.is_none() && opener && c != '\u{2019}' {
                    single_open = Some(after);
                } else if closer {
                    if let Some(s) = single_open.take() {
                        out.push(Span::new(s, i));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_not_abbreviations() {
        assert_eq!(
            sents("The U.S. said on Nov. 4 it left. Others stayed."),
            ["The U.S. said on Nov. 4 it left.", "Others stayed."]
        );
    }

    #[test]
    fn an_open_quote_runs_across_sentences() {
        assert_eq!(
            sents("\u{201C}We left. We won,\u{201D} she said. Done."),
            ["\u{201C}We left. We won,\u{201D} she said.", "Done."]
        );
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        let t = "He said \"we never had 'deals' here\" and 'left'.";
        let q: Vec<&str> = quotes(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(q, ["we never had 'deals' here", "left"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("Russia's army isn't here.").is_empty());
    }
}
