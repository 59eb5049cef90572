//! Attribution patterns: where a sentence names who says what.
//!
//! Finite speech verbs with the subject before them (`X said`, `X denied`,
//! `X accused Y of`) or after them (`"…," said X`), relative speakers
//! (`X, who said`), `according to X`, embedded claims (`claims by X that`,
//! `a X claim that`), participles (`…, saying`) when nothing else
//! attributes, and conduits (`X reported`) only when nothing else does.

use super::lexicon::{self as lx, is};
use super::segment::Word;
use crate::Span;

/// What kind of attribution was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A speech verb with its subject.
    Main,
    /// A claim named inside another statement (`claims by X that`).
    Embedded,
    /// A medium passing words on, or `according to X`.
    Conduit,
}

/// One attribution in a sentence; indices are into the sentence's words.
#[derive(Clone, Debug)]
pub(crate) struct Attr {
    /// The kind.
    pub kind: Kind,
    /// The speech verb or claim noun.
    pub cue: usize,
    /// Words naming the speaker: `[start, end)`.
    pub phrase: (usize, usize),
    /// The verb itself says "not so".
    pub denial_verb: bool,
    /// For embedded claims and `quoted Y as saying`, the word after which
    /// the claim starts.
    pub clause: Option<usize>,
    /// Words after the verb that may name the speaker instead, when the
    /// words before it name nobody (`…, said Ana Ruiz, an analyst`).
    pub inverted: Option<(usize, usize)>,
}

const AUX: &str =
    "had has have was were is are would also later publicly reportedly repeatedly again \
     previously earlier then once never had been not only recently separately openly \
     firmly flatly";

/// Words that make a following `-ing` word a noun (`a stern warning`).
const NOUN_BEFORE: &str =
    "a an earlier final fresh her his its last latest new our previous recent repeated \
     stern the their this that these those";

/// Forms of "be" that make a following participle passive.
const BE: &str = "be been being is was were are";

/// For an active `X quoted Y as saying`, the index of `as`: the words
/// between `quoted` at `v` and it name the speaker.
fn quoted_object(lw: &[&str], v: usize) -> Option<usize> {
    if v > 0 && is(BE, lw[v - 1]) {
        return None;
    }
    (v + 2..lw.len().min(v + 14))
        .find(|&k| lw[k] == "as" && lw.get(k + 1).is_some_and(|w| is(lx::PARTICIPLES, w)))
}

fn gap<'t>(text: &'t str, words: &[Word], a: usize) -> &'t str {
    // Text between word a and word a+1 (or the end).
    let s = words.get(a).map_or(0, |w| w.span.end);
    let e = words.get(a + 1).map_or(s, |w| w.span.start);
    text.get(s..e).unwrap_or("")
}

fn closes_quote(g: &str) -> bool {
    g.contains('"') || g.contains('\u{201D}')
}

fn hard_stop(g: &str) -> bool {
    closes_quote(g)
        || g.contains('\u{2014}')
        // A spaced hyphen stands for a dash (`LIMA (Reuters) - …`).
        || g.contains(" - ")
        || g.contains(';')
        || g.contains(':')
        || g.contains('(') && g.contains(')')
}

fn inside(quotes: &[Span], w: &Word) -> bool {
    quotes
        .iter()
        .any(|q| q.start <= w.span.start && w.span.end <= q.end)
}

/// The attributions of one sentence. `text` is the body; `words` are the
/// sentence's words with body offsets; `quotes` are the body's quotations.
pub(crate) fn find(text: &str, words: &[Word], quotes: &[Span]) -> Vec<Attr> {
    let mut out: Vec<Attr> = Vec::new();
    let lw: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    let free = |i: usize| !inside(quotes, &words[i]);
    let mut verbs: Vec<usize> = (0..words.len())
        .filter(|&i| free(i) && is(lx::SPEECH_VERBS, lw[i]))
        // `so-called`, `self-declared`: part of a word, not a verb.
        .filter(|&i| i == 0 || !gap(text, words, i - 1).ends_with('-'))
        .filter(|&i| {
            let passive = i > 0 && is(BE, lw[i - 1]);
            if lw[i] == "quoted" {
                // "was quoted as saying", or "X quoted Y as saying".
                passive || quoted_object(&lw, i).is_some()
            } else {
                // "if the leak was confirmed" names no speaker.
                !passive
            }
        })
        .collect();
    let finite = verbs.iter().any(|&i| !is(lx::CONDUIT_VERBS, lw[i]));
    // The `saying` of `X quoted Y as saying` belongs to `quoted`.
    let quoted_as: Vec<usize> = verbs
        .iter()
        .filter(|&&v| lw[v] == "quoted")
        .filter_map(|&v| quoted_object(&lw, v))
        .collect();
    if !finite {
        verbs.extend((0..words.len()).filter(|&i| {
            free(i)
                && is(lx::PARTICIPLES, lw[i])
                && !quoted_as.contains(&i.saturating_sub(1))
                // Not the noun in `its latest warning came`.
                && (i == 0 || !is(NOUN_BEFORE, lw[i - 1]) && !lw[i - 1].ends_with("'s"))
        }));
        crate::sort::natural(&mut verbs);
    }
    let mut prev_verb: Option<usize> = None;
    for &v in &verbs {
        if let Some(as_at) = quoted_object(&lw, v).filter(|_| lw[v] == "quoted") {
            out.push(Attr {
                kind: Kind::Main,
                cue: v,
                phrase: (v + 1, as_at),
                denial_verb: false,
                // The claim follows `as saying`.
                clause: Some(as_at + 1),
                inverted: None,
            });
            prev_verb = Some(as_at + 1);
            continue;
        }
        let conduit = lw[v] == "reported";
        let mut j = v;
        let mut relative = false;
        while j > 0 {
            let k = j - 1;
            // `…, a claim [the company] denied`: the claim noun ends the
            // subject too.
            if Some(k) == prev_verb
                || hard_stop(gap(text, words, k))
                || is(lx::SUBJECT_STOPS, lw[k])
                || is(lx::CLAIM_NOUNS, lw[k]) && k + 1 < v
            {
                break;
            }
            if lw[k] == "who" {
                relative = true;
                break;
            }
            j = k;
        }
        let mut phrase = (j, v);
        if relative {
            // The antecedent: the words before "who" back to the previous stop.
            let w = j.saturating_sub(1);
            let mut s = w;
            while s > 0 {
                let k = s - 1;
                if hard_stop(gap(text, words, k)) || is(lx::SUBJECT_STOPS, lw[k]) {
                    break;
                }
                if k + 1 < w && gap(text, words, k).contains(',') && s < w {
                    break;
                }
                s = k;
            }
            phrase = (s, w);
        }
        let content = (phrase.0..phrase.1).any(|k| !is(AUX, lw[k]));
        let right_after_quote = v > 0 && closes_quote(gap(text, words, v - 1));
        // `…, said Ana Ruiz, an analyst`: the name after the verb, up to
        // the next comma, when the words before name nobody.
        let inverted = (v > 0 && gap(text, words, v - 1).contains(','))
            .then(|| {
                let mut e = v + 1;
                while e < words.len() && e - v <= 6 && !gap(text, words, e - 1).contains([',', '.'])
                {
                    e += 1;
                }
                (v + 1, e.min(words.len()))
            })
            .filter(|(s, e)| s < e && lw[*s] != "that");
        if !content || right_after_quote && !relative {
            // Inverted subject: `"…," said the official`.
            let mut e = v + 1;
            while e < words.len()
                && !gap(text, words, e - 1).contains(',')
                && !gap(text, words, e - 1).contains('.')
                && e - v <= 8
            {
                e += 1;
            }
            if e > v + 1 && !(e - 1 < words.len() && lw[v + 1] == "that") {
                phrase = (v + 1, e.min(words.len()));
            } else if !content && prev_verb.is_some() {
                // `X called … and said …`: the same speaker goes on.
                prev_verb = Some(v);
                continue;
            }
        }
        out.push(Attr {
            kind: if conduit { Kind::Conduit } else { Kind::Main },
            cue: v,
            phrase,
            denial_verb: is(lx::DENIAL_VERBS, lw[v]),
            clause: None,
            inverted,
        });
        prev_verb = Some(v);
    }
    // according to X
    for i in 0..words.len().saturating_sub(1) {
        if free(i) && lw[i] == "according" && lw[i + 1] == "to" {
            let mut e = i + 2;
            while e < words.len()
                && (e == i + 2 || !gap(text, words, e - 1).contains(','))
                && e - i < 12
            {
                e += 1;
            }
            if e > i + 2 {
                out.push(Attr {
                    kind: Kind::Conduit,
                    cue: i,
                    phrase: (i + 2, e),
                    denial_verb: false,
                    clause: None,
                    inverted: None,
                });
            }
        }
    }
    // Embedded claims.
    for i in 0..words.len() {
        if !free(i) || !is(lx::CLAIM_NOUNS, lw[i]) {
            continue;
        }
        // `claims (made) by X that …`
        let by = (i + 1..(i + 5).min(words.len())).find(|&k| matches!(lw[k], "by" | "from"));
        if let Some(b) = by {
            let that = (b + 1..(b + 12).min(words.len())).find(|&k| lw[k] == "that");
            let clean = that
                .is_some_and(|t| (b..t).all(|k| !gap(text, words, k).contains(',') || k + 1 == t));
            if let (Some(t), true) = (that, clean) {
                if t > b + 1 {
                    out.push(Attr {
                        kind: Kind::Embedded,
                        cue: i,
                        phrase: (b + 1, t),
                        denial_verb: false,
                        clause: Some(t),
                        inverted: None,
                    });
                    continue;
                }
            }
        }
        // `a X claim that …`, `X reports that …`
        if lw.get(i + 1) == Some(&"that") && i > 0 {
            let mut s = i;
            while s > 0 && i - s < 5 {
                let w = &words[s - 1];
                let cap = text
                    .get(w.span.start..w.span.end)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase);
                if !(cap
                    || matches!(
                        lw[s - 1],
                        "intelligence" | "government" | "military" | "officials"
                    ))
                    || gap(text, words, s - 1).contains(',')
                {
                    break;
                }
                s -= 1;
            }
            if s < i {
                out.push(Attr {
                    kind: Kind::Embedded,
                    cue: i,
                    phrase: (s, i),
                    denial_verb: false,
                    clause: Some(i + 1),
                    inverted: None,
                });
            }
        }
    }
    let has_main = out.iter().any(|a| a.kind != Kind::Conduit);
    if has_main {
        // `X reported (in April) that …` makes a claim of its own; a
        // medium passing on another's words (`…, KCNA reported`) does not.
        out.retain(|a| {
            a.kind != Kind::Conduit
                || lw[a.cue] == "reported"
                    && a.phrase.0 < a.cue
                    && (a.cue + 1..(a.cue + 5).min(lw.len())).any(|k| lw[k] == "that")
        });
    } else if out.iter().any(|a| lw[a.cue] == "according") {
        out.retain(|a| lw[a.cue] == "according");
    }
    crate::sort::by_key(&mut out, &|a| (a.phrase.0.min(a.cue), a.cue));
    out
}
