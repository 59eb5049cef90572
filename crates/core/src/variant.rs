//! Quote variants (the same quote as different outlets render it, aligned
//! with a word-level diff) and the discrepancies a reader should notice.
//!
//! ```
//! use crossread_core::variant::{word_diff, DiffOp};
//! let d = word_diff("we never had deals", "we have never had deals");
//! assert!(d.iter().any(|op| matches!(op, DiffOp::Insert(w) if w == "have")));
//! ```

use crate::corpus::{Document, Stance};
use std::collections::{BTreeMap, BTreeSet};

/// One step of a word diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffOp {
    /// Words in both.
    Equal(String),
    /// Words only in the first.
    Delete(String),
    /// Words only in the second.
    Insert(String),
}

fn norm(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .filter(|c| c.is_alphanumeric() || *c == '\'')
        .collect::<String>()
        .to_lowercase()
}

/// A word-level diff of `a` against `b` (case, curly quotes and punctuation
/// ignored when comparing; the words shown are `b`'s for equal runs).
pub fn word_diff(a: &str, b: &str) -> Vec<DiffOp> {
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    let na: Vec<String> = wa.iter().map(|w| norm(w)).collect();
    let nb: Vec<String> = wb.iter().map(|w| norm(w)).collect();
    // A longest-common-subsequence table over words: quotes are short, so
    // O(n·m) is cheap, and it is far smaller in wasm than a diff crate.
    let (n, m) = (na.len(), nb.len());
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * (m + 1) + j] = if na[i] == nb[j] {
                lcs[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
            };
        }
    }
    let mut out: Vec<DiffOp> = Vec::new();
    let push = |out: &mut Vec<DiffOp>, op: DiffOp| match (out.last_mut(), op) {
        (Some(DiffOp::Equal(a)), DiffOp::Equal(b))
        | (Some(DiffOp::Delete(a)), DiffOp::Delete(b))
        | (Some(DiffOp::Insert(a)), DiffOp::Insert(b)) => {
            a.push(' ');
            a.push_str(&b);
        }
        (_, op) => out.push(op),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && na[i] == nb[j] {
            push(&mut out, DiffOp::Equal(wb[j].to_string()));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) {
            push(&mut out, DiffOp::Insert(wb[j].to_string()));
            j += 1;
        } else {
            push(&mut out, DiffOp::Delete(wa[i].to_string()));
            i += 1;
        }
    }
    // Deletions read better before the insertions that replace them.
    let mut k = 1;
    while k < out.len() {
        if matches!(out[k - 1], DiffOp::Insert(_)) && matches!(out[k], DiffOp::Delete(_)) {
            out.swap(k - 1, k);
            k = k.saturating_sub(1).max(1);
        } else {
            k += 1;
        }
    }
    out
}

/// Share of words two texts have in common, by the diff (0 to 1).
pub fn similarity(a: &str, b: &str) -> f64 {
    let d = word_diff(a, b);
    let eq: usize = d
        .iter()
        .map(|o| {
            if let DiffOp::Equal(w) = o {
                w.split_whitespace().count()
            } else {
                0
            }
        })
        .sum();
    let total = a.split_whitespace().count() + b.split_whitespace().count();
    if total == 0 {
        0.0
    } else {
        2.0 * eq as f64 / total as f64
    }
}

/// One rendering of a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendering {
    /// The statement quoting it.
    pub statement: String,
    /// Its article.
    pub article: String,
    /// The speaker the article gives it to.
    pub speaker: Option<String>,
    /// The quoted words.
    pub text: String,
    /// Diff of the first rendering against this one (empty for the first).
    pub diff: Vec<DiffOp>,
}

/// The same quote across articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteVariant {
    /// Renderings, first by statement order; at least two articles.
    pub renderings: Vec<Rendering>,
}

/// Quotes of at least four words that appear, alike by at least half their
/// words, in more than one article.
pub fn quote_variants(doc: &Document) -> Vec<QuoteVariant> {
    let qs: Vec<(usize, String)> = doc
        .statements
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            s.quote
                .iter()
                .flat_map(|q| q.split(" … "))
                .filter(|q| q.split_whitespace().count() >= 4)
                .map(move |q| (i, q.to_string()))
        })
        .collect();
    let mut used = vec![false; qs.len()];
    let mut out = Vec::new();
    for i in 0..qs.len() {
        if used[i] {
            continue;
        }
        let mut members = vec![i];
        for j in i + 1..qs.len() {
            let (si, sj) = (&doc.statements[qs[i].0], &doc.statements[qs[j].0]);
            if !used[j]
                && sj.article != si.article
                && !members
                    .iter()
                    .any(|&m| doc.statements[qs[m].0].article == sj.article)
                && similarity(&qs[i].1, &qs[j].1) >= 0.5
            {
                members.push(j);
            }
        }
        if members.len() < 2 {
            continue;
        }
        for &m in &members {
            used[m] = true;
        }
        let first = qs[members[0]].1.clone();
        out.push(QuoteVariant {
            renderings: members
                .iter()
                .enumerate()
                .map(|(k, &m)| {
                    let s = &doc.statements[qs[m].0];
                    Rendering {
                        statement: s.id.clone(),
                        article: s.article.clone(),
                        speaker: s.speaker.clone(),
                        text: qs[m].1.clone(),
                        diff: if k == 0 {
                            Vec::new()
                        } else {
                            word_diff(&first, &qs[m].1)
                        },
                    }
                })
                .collect(),
        });
    }
    out
}

/// Words a quotation needs before two speakers for it are a discrepancy.
const QUOTE_SPEAKER_MIN_WORDS: usize = 6;

/// The kinds of discrepancy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DiscrepancyKind {
    /// One speaker given different titles.
    Title,
    /// Numbers that disagree about the same thing.
    Number,
    /// A quote given to different speakers.
    QuoteSpeaker,
    /// A claim reported in the opposite direction (`from X` vs `to X`).
    Direction,
    /// Articles that reuse the same agency text.
    SharedWire,
}

/// A discrepancy and its evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discrepancy {
    /// Its kind.
    pub kind: DiscrepancyKind,
    /// What differs, in words.
    pub detail: String,
    /// The articles involved.
    pub articles: Vec<String>,
    /// The statements involved (may be empty for shared wire copy).
    pub statements: Vec<String>,
}

/// Every discrepancy in an annotated document, sorted by kind then detail.
pub fn discrepancies(doc: &Document) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    titles(doc, &mut out);
    numbers(doc, &mut out);
    for v in quote_variants(doc) {
        // A short phrase is often quoted again in another context; only a
        // quotation of some length identifies one utterance.
        if v.renderings[0].text.split_whitespace().count() < QUOTE_SPEAKER_MIN_WORDS {
            continue;
        }
        let speakers: BTreeSet<&str> =
            crate::sort::set(v.renderings.iter().filter_map(|r| r.speaker.as_deref()));
        if speakers.len() > 1 {
            out.push(Discrepancy {
                kind: DiscrepancyKind::QuoteSpeaker,
                detail: format!(
                    "\"{}\" is given to {}",
                    v.renderings[0].text,
                    speakers.into_iter().collect::<Vec<_>>().join(", ")
                ),
                articles: v.renderings.iter().map(|r| r.article.clone()).collect(),
                statements: v.renderings.iter().map(|r| r.statement.clone()).collect(),
            });
        }
    }
    directions(doc, &mut out);
    shared_wire(doc, &mut out);
    crate::sort::by(&mut out, &|a, b| {
        (a.kind, &a.detail).cmp(&(b.kind, &b.detail))
    });
    out
}

/// Where each value was seen: articles and statements.
type Seen = BTreeMap<String, Where>;

/// Every detector groups by a key, then by a value: one map type for all
/// of them keeps the wasm small (each map type is a copy of the B-tree code).
type Groups = BTreeMap<String, Seen>;

/// Records that statement `sid` of `article` gave `value` under `key`.
fn note(by: &mut Groups, key: String, value: String, article: &str, sid: &str) {
    let e = by.entry(key).or_default().entry(value).or_default();
    e.0.insert(article.to_string());
    e.1.push(sid.to_string());
}

fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The articles and statements where something was seen.
type Where = (BTreeSet<String>, Vec<String>);

fn titles(doc: &Document, out: &mut Vec<Discrepancy>) {
    // speaker -> title words -> (articles, statements)
    // speaker -> title words (sorted, space-separated) -> where
    let mut by = Groups::new();
    for s in &doc.statements {
        let (Some(sp), Some(label)) = (&s.speaker, &s.speaker_label) else {
            continue;
        };
        let Some(e) = doc.entities.iter().find(|e| {
            &e.id == sp && e.kind == crate::corpus::EntityType::Person && !e.aliases.is_empty()
        }) else {
            continue;
        };
        let name_words: BTreeSet<String> = crate::sort::set(
            e.aliases
                .iter()
                .chain([&e.name])
                .flat_map(|a| lower_words(a)),
        );
        // The title is the run of words just before the name, within its
        // clause (`On May 3, Smith` has none); only a label that names the
        // person carries a title (`the official` or `he` is a reference).
        let words = lower_words(
            label
                .rsplit(',')
                .find(|c| !c.trim().is_empty())
                .unwrap_or(""),
        );
        let Some(at) = words.iter().position(|w| name_words.contains(w)) else {
            continue;
        };
        let title: BTreeSet<String> = crate::sort::set(
            words[..at]
                .iter()
                .rev()
                .take_while(|w| {
                    w.chars().all(char::is_alphabetic) && !crate::statement::is_function_word(w)
                })
                .take(6)
                .map(|w| same_title(w).to_string()),
        );
        if title.is_empty() {
            continue;
        }
        let title: Vec<String> = title.into_iter().collect();
        note(&mut by, sp.clone(), title.join(" "), &s.article, &s.id);
    }
    for (sp, t) in by {
        // Two titles clash when neither contains the other (`chief` and
        // `fire chief` agree) and different articles use them.
        let keys: Vec<&String> = t.keys().collect();
        let words: Vec<Vec<&str>> = keys.iter().map(|k| k.split(' ').collect()).collect();
        let within = |a: &[&str], b: &[&str]| a.iter().all(|w| b.contains(w));
        let mut clash = vec![false; keys.len()];
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                let (a, b) = (&words[i], &words[j]);
                if !within(a, b) && !within(b, a) && t[keys[i]].0 != t[keys[j]].0 {
                    clash[i] = true;
                    clash[j] = true;
                }
            }
        }
        let picked: Vec<&String> = keys
            .iter()
            .zip(&clash)
            .filter(|(_, c)| **c)
            .map(|(k, _)| *k)
            .collect();
        if picked.is_empty() {
            continue;
        }
        let label_of = |k: &String| {
            // Show the title words in the order one label used them.
            let sid = &t[k].1[0];
            doc.statements
                .iter()
                .find(|s| &s.id == sid)
                .and_then(|s| s.speaker_label.as_deref())
                .map(|l| {
                    lower_words(l)
                        .into_iter()
                        .map(|w| same_title(&w).to_string())
                        .filter(|w| k.split(' ').any(|x| x == w))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default()
        };
        let mut names: Vec<String> = picked.iter().map(|k| label_of(k)).collect();
        crate::sort::natural(&mut names);
        names.dedup();
        out.push(Discrepancy {
            kind: DiscrepancyKind::Title,
            detail: format!("{sp} is called {}", names.join(" / ")),
            articles: crate::sort::set(picked.iter().flat_map(|k| t[*k].0.iter().cloned()))
                .into_iter()
                .collect(),
            statements: sorted_ids(picked.iter().flat_map(|k| t[*k].1.iter().cloned())),
        });
    }
}

/// One spelling for title words that differ only in gender or form.
fn same_title(w: &str) -> &str {
    match w {
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "chairman" | "chairwoman" | "chairperson" | "chair" => "chair",
        w => w,
    }
}

/// Statement ids in numeric order (`s2` before `s10`), without repeats.
fn sorted_ids(ids: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = ids.collect();
    crate::sort::by_key(&mut v, &|s| {
        (
            s.trim_start_matches(|c: char| !c.is_ascii_digit())
                .parse::<usize>()
                .unwrap_or(usize::MAX),
            s.clone(),
        )
    });
    v.dedup();
    v
}

/// The value of a number written in digits (`1,200`, `3.5`) or as one of
/// the small number words news style spells out (`twelve`).
fn number_value(w: &str) -> Option<String> {
    const WORDS: &[&str] = &[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    // `one` is left out: it is more often a pronoun than a count.
    if let Some(k) = WORDS.iter().position(|x| *x == w) {
        return Some((k + 2).to_string());
    }
    let d = w.replace(',', "");
    // Digits with at most one point: what `parse::<f64>` would accept here,
    // without pulling the float parser's tables into the wasm.
    let digits = d.bytes().filter(u8::is_ascii_digit).count();
    let points = d.len() - digits;
    (d.len() < 12
        && digits > 0
        && points <= 1
        && d.bytes().all(|c| c.is_ascii_digit() || c == b'.'))
    .then_some(d)
}

fn numbers(doc: &Document, out: &mut Vec<Discrepancy>) {
    // proposition and noun -> number -> where
    let mut by = Groups::new();
    for s in &doc.statements {
        let Some(p) = &s.proposition else { continue };
        let ws: Vec<String> = s
            .sentence
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        for k in 0..ws.len() {
            let Some(w) = number_value(&ws[k]) else {
                continue;
            };
            {
                if let Some(noun) = ws
                    .get(k + 1)
                    .filter(|n| n.len() > 2 && n.chars().all(char::is_alphabetic))
                {
                    let key = format!("{p}\u{1}{}", noun.trim_end_matches('s'));
                    note(&mut by, key, w, &s.article, &s.id);
                }
            }
        }
    }
    for (key, vals) in by {
        let noun = key.split('\u{1}').nth(1).unwrap_or_default();
        let arts: BTreeSet<&String> = crate::sort::set(vals.values().flat_map(|v| v.0.iter()));
        if vals.len() > 1 && arts.len() > 1 {
            out.push(Discrepancy {
                kind: DiscrepancyKind::Number,
                detail: format!(
                    "{noun}: {}",
                    vals.keys().cloned().collect::<Vec<_>>().join(" vs ")
                ),
                articles: arts.into_iter().cloned().collect(),
                statements: vals.values().flat_map(|v| v.1.iter().cloned()).collect(),
            });
        }
    }
}

fn directions(doc: &Document, out: &mut Vec<Discrepancy>) {
    // proposition and entity -> role ("to" / "from") -> where
    let mut by = Groups::new();
    for s in &doc.statements {
        if s.stance == Stance::Denies {
            continue;
        }
        let (Some(p), Some(a)) = (&s.proposition, doc.article(&s.article)) else {
            continue;
        };
        for m in a
            .mentions
            .iter()
            .filter(|m| m.start >= s.start && m.end <= s.end)
        {
            let before = a.body.get(s.start..m.start).unwrap_or("").to_lowercase();
            let last: Vec<&str> = before.split_whitespace().rev().take(1).collect();
            let role = match last.first().copied() {
                Some("to" | "into") => "to",
                Some("from") => "from",
                _ => continue,
            };
            note(
                &mut by,
                format!("{p}\u{1}{}", m.entity),
                role.into(),
                &s.article,
                &s.id,
            );
        }
    }
    for (key, roles) in by {
        let (p, ent) = key.split_once('\u{1}').unwrap_or_default();
        if let (Some(to), Some(from)) = (roles.get("to"), roles.get("from")) {
            let arts: BTreeSet<String> = crate::sort::set(to.0.iter().chain(&from.0).cloned());
            if arts.len() > 1 {
                out.push(Discrepancy {
                    kind: DiscrepancyKind::Direction,
                    detail: format!("{p}: {ent} is both the destination and the source"),
                    articles: arts.into_iter().collect(),
                    statements: to.1.iter().chain(&from.1).cloned().collect(),
                });
            }
        }
    }
}

/// Runs of eight words that two articles share.
const SHINGLE: usize = 8;
/// Words of narration (outside quotation marks) two articles must share,
/// in runs of [`SHINGLE`], to count as the same wire copy: about two
/// sentences, so one shared stock phrase or a common quote is not enough;
/// they must also be a tenth of the shorter article.
const WIRE_MIN_WORDS: usize = 30;

/// The words of `body` outside quotation marks, normalised; a quoted
/// passage leaves an empty word so that no run crosses it (two outlets
/// quoting the same speaker is not shared copy).
fn narration_words(body: &str) -> Vec<String> {
    let quotes = crate::statement::quote_spans(body);
    let mut out = Vec::new();
    let mut pos = 0usize;
    for w in body.split_whitespace() {
        let at = body[pos..].find(w).map_or(pos, |k| pos + k);
        pos = at + w.len();
        if quotes.iter().any(|q| at < q.end && q.start < pos) {
            if out.last().is_none_or(|l: &String| !l.is_empty()) {
                out.push(String::new());
            }
            continue;
        }
        let n = norm(w);
        if !n.is_empty() {
            out.push(n);
        }
    }
    out
}

fn shared_wire(doc: &Document, out: &mut Vec<Discrepancy>) {
    let words: Vec<Vec<String>> = doc
        .articles
        .iter()
        .map(|a| narration_words(&a.body))
        .collect();
    let sets: Vec<BTreeSet<&[String]>> = words
        .iter()
        .map(|w| {
            crate::sort::set(
                w.windows(SHINGLE)
                    .filter(|s| s.iter().all(|x| !x.is_empty())),
            )
        })
        .collect();
    for i in 0..sets.len() {
        for j in i + 1..sets.len() {
            let shared: BTreeSet<&[String]> =
                crate::sort::set(sets[i].intersection(&sets[j]).copied());
            if shared.is_empty() {
                continue;
            }
            // Words of the shorter article covered by a shared run.
            let k = if words[i].len() <= words[j].len() {
                i
            } else {
                j
            };
            let mut covered = vec![false; words[k].len()];
            for (p, s) in words[k].windows(SHINGLE).enumerate() {
                if shared.contains(s) {
                    covered[p..p + SHINGLE].iter_mut().for_each(|c| *c = true);
                }
            }
            let n = covered.iter().filter(|c| **c).count();
            let total = words[k].iter().filter(|w| !w.is_empty()).count().max(1);
            if n >= WIRE_MIN_WORDS && n * 10 >= total {
                let (a, b) = (&doc.articles[i], &doc.articles[j]);
                let agency = a
                    .wire_agency
                    .clone()
                    .or_else(|| b.wire_agency.clone())
                    .unwrap_or_else(|| "an unnamed source".into());
                out.push(Discrepancy {
                    kind: DiscrepancyKind::SharedWire,
                    detail: format!(
                        "{} and {} share {n} words of narration (text of {agency})",
                        a.id, b.id
                    ),
                    articles: vec![a.id.clone(), b.id.clone()],
                    statements: Vec::new(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number_value;

    #[test]
    fn numbers_in_digits_and_words() {
        assert_eq!(number_value("1,200").as_deref(), Some("1200"));
        assert_eq!(number_value("3.5").as_deref(), Some("3.5"));
        assert_eq!(number_value("twelve").as_deref(), Some("12"));
        assert_eq!(number_value("one"), None);
        assert_eq!(number_value("12th"), None);
        assert_eq!(number_value("workers"), None);
    }
}
