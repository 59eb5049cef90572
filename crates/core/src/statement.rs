//! Statements: sentences in which a speaker asserts, denies or qualifies
//! something, with the speaker's entity, the stance, the quoted words and
//! the day it was said.
//!
//! [`annotate`] reads the articles and their entity mentions (the entity
//! stage's data) and fills `doc.statements` (sorted by article, then start,
//! numbered `s1`, `s2`, …) and, through [`crate::claim`], `doc.propositions`.
//! Speakers the text describes without naming (`a defense official`) become
//! entities of their own, pushed into `doc.entities`.
//!
//! ```
//! use crossread_core::corpus::{Article, Document, Stance};
//! use crossread_core::statement::annotate;
//!
//! let mut doc = Document::default();
//! let mut a = Article::empty("a");
//! a.body = "\"We never sold them anything,\" a Ruritanian official said on Monday.".into();
//! a.published = Some("2021-03-10".into());
//! doc.articles.push(a);
//! annotate(&mut doc);
//! let s = &doc.statements[0];
//! assert_eq!(s.stance, Stance::Denies);
//! assert_eq!(s.quote.as_deref(), Some("We never sold them anything"));
//! assert_eq!(s.said_on.as_deref(), Some("2021-03-08"));
//! assert!(doc.validate().is_ok());
//! ```

mod attribution;
mod coref;
mod date;
pub(crate) mod lexicon;
mod segment;

use crate::corpus::{Document, Mention, Stance, Statement};
use crate::Span;
use attribution::Kind;
use lexicon::{self as lx, is};
use segment::Word;

/// Where a statement's claim lies in its article: the words after the
/// speech verb (or the quotation before it, or an embedded `that` clause).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Index of the article in `doc.articles`.
    pub article: usize,
    /// Byte span of the claim's words in the body.
    pub span: Span,
}

/// Finds the statements of every article and groups them into
/// propositions. Replaces any statements and propositions already in `doc`;
/// never panics.
pub fn annotate(doc: &mut Document) {
    let (statements, claims) = find_statements(doc);
    doc.statements = statements;
    crate::sort::by(&mut doc.entities, &|a, b| a.id.cmp(&b.id));
    doc.entities.dedup_by(|a, b| a.id == b.id);
    crate::claim::group(doc, &claims);
}

/// The statements of every article (numbered, without propositions) and
/// the claim each one makes, index for index. New unnamed speakers are
/// pushed into `doc.entities`.
pub fn find_statements(doc: &mut Document) -> (Vec<Statement>, Vec<Claim>) {
    let mut out = Vec::new();
    let mut claims = Vec::new();
    let mut entities = std::mem::take(&mut doc.entities);
    // The entity stage leaves the list in id order; speakers found here
    // go after it. Looking a speaker up by halves in that part, instead of
    // reading the whole list per statement, keeps big corpora linear.
    let sorted = entities
        .windows(2)
        .position(|w| w[0].id >= w[1].id)
        .map_or(entities.len(), |i| i + 1);
    for (ai, article) in doc.articles.iter().enumerate() {
        let body = article.body.as_str();
        let mut history: Vec<coref::Prev> = Vec::new();
        let mut last_unit_with_statement: Option<usize> = None;
        for (ui, unit) in segment::sentences(body).into_iter().enumerate() {
            let Some(unit_text) = unit.slice(body) else {
                continue;
            };
            let words: Vec<Word> = segment::words(unit_text)
                .into_iter()
                .map(|mut w| {
                    w.span = Span::new(w.span.start + unit.start, w.span.end + unit.start);
                    w
                })
                .collect();
            if words.is_empty() {
                continue;
            }
            let quotes: Vec<Span> = segment::quotes(unit_text)
                .into_iter()
                .map(|q| Span::new(q.start + unit.start, q.end + unit.start))
                .collect();
            // Each attribution with its speaker. One that names nobody is
            // dropped before the claims are cut, so it cuts none short.
            let mut attrs: Vec<attribution::Attr> = Vec::new();
            let mut speakers: Vec<String> = Vec::new();
            for mut a in attribution::find(body, &words, &quotes) {
                for phrase in [Some(a.phrase), a.inverted].into_iter().flatten() {
                    let (span, label) = phrase_label(body, &words, phrase);
                    let pw: Vec<Word> = words[phrase.0..phrase.1.min(words.len())].to_vec();
                    let pm: Vec<&Mention> = article
                        .mentions
                        .iter()
                        .filter(|m| m.start >= span.start && m.end <= span.end)
                        // `the Lima-based group`: a place that only
                        // describes the speaker.
                        .filter(|m| !body.get(m.end..).is_some_and(|t| t.starts_with("-based")))
                        .collect();
                    let mut earlier: Vec<Mention> = article
                        .mentions
                        .iter()
                        .filter(|m| m.end <= span.start)
                        // Not one already speaking in this sentence (`X
                        // reported …, a claim the company denied`).
                        .filter(|m| m.start < unit.start || !speakers.contains(&m.entity))
                        .cloned()
                        .collect();
                    // An organisation that has just spoken is nearer than any
                    // named before it (`X rejected the findings. "…," the
                    // company said`).
                    if let Some(p) = history.iter().rev().take(2).find(|p| {
                        p.kind == crate::corpus::EntityType::Org
                            && !p.embedded
                            && !speakers.contains(&p.id)
                    }) {
                        earlier.push(Mention {
                            entity: p.id.clone(),
                            kind: p.kind,
                            start: span.start,
                            end: span.start,
                            text: String::new(),
                        });
                    }
                    let Some(speaker) =
                        coref::resolve(body, &pw, &pm, &earlier, &history, &mut entities, &label)
                    else {
                        continue;
                    };
                    let found = entity_by_id(&entities, sorted, &speaker);
                    let kind = found.map_or(crate::corpus::EntityType::Person, |e| e.kind);
                    let unnamed = found.is_some_and(|e| e.aliases.is_empty());
                    history.push(coref::Prev {
                        id: speaker.clone(),
                        kind,
                        unnamed,
                        embedded: a.kind == Kind::Embedded,
                    });
                    // `An attack would invoke the treaty, spokesperson Ana
                    // Ruiz said`: the words before the last comma are the
                    // claim when the last part alone names the speaker.
                    let last = (phrase.0 + 1..phrase.1)
                        .rev()
                        .find(|&k| {
                            body.get(words[k - 1].span.end..words[k].span.start)
                                .is_some_and(|g| g.contains(','))
                        })
                        .filter(|&k| k >= phrase.0 + 4);
                    let mut phrase = phrase;
                    if let Some(k) = last {
                        let (span, label) = phrase_label(body, &words, (k, phrase.1));
                        let pm: Vec<&Mention> = article
                            .mentions
                            .iter()
                            .filter(|m| m.start >= span.start && m.end <= span.end)
                            .collect();
                        // A trial: resolve only pushes new speakers, so
                        // cutting the list back undoes it (a copy of the
                        // whole list per trial made big corpora slow).
                        let before = entities.len();
                        let again = coref::resolve(
                            body,
                            &words[k..phrase.1],
                            &pm,
                            &earlier,
                            &history,
                            &mut entities,
                            &label,
                        );
                        entities.truncate(before);
                        if again.as_deref() == Some(speaker.as_str()) {
                            phrase = (k, phrase.1);
                        }
                    }
                    a.phrase = phrase;
                    attrs.push(a);
                    speakers.push(speaker);
                    break;
                }
            }
            let mut found: Vec<(Statement, Claim)> = Vec::new();
            let mains: Vec<usize> = (0..attrs.len())
                .filter(|&i| attrs[i].kind != Kind::Embedded)
                .collect();
            let start_of = |i: usize| {
                let a = &attrs[i];
                words[a.phrase.0.min(a.cue)].span.start
            };
            for (i, a) in attrs.iter().enumerate() {
                let (region_start, region_end) = if a.kind == Kind::Embedded {
                    let container = mains
                        .iter()
                        .rev()
                        .find(|&&m| start_of(m) <= words[a.cue].span.start);
                    let next = container
                        .and_then(|c| mains.iter().find(|&&m| m > *c))
                        .map_or(unit.end, |&m| start_of(m));
                    let from = a
                        .clause
                        .and_then(|c| words.get(c + 1))
                        .map_or(unit.end, |w| w.span.start);
                    (from, next.max(from))
                } else {
                    let pos = mains.iter().position(|&m| m == i).unwrap_or(0);
                    let s = if pos == 0 { unit.start } else { start_of(i) };
                    let e = mains.get(pos + 1).map_or(unit.end, |&m| start_of(m));
                    (s, e.max(s))
                };
                let (phrase_span, label) = phrase_label(body, &words, a.phrase);
                let speaker = speakers[i].clone();
                if a.kind != Kind::Embedded {
                    // `X called the reports a rumor and said …`: one
                    // statement, whose claim runs on to the second verb's
                    // words.
                    if let Some((_, c)) = found
                        .iter_mut()
                        .find(|(s, _)| s.speaker.as_deref() == Some(speaker.as_str()))
                    {
                        if c.span.end <= region_start {
                            c.span.end = region_end;
                        }
                        continue;
                    }
                }
                let region: Vec<&Word> = words
                    .iter()
                    .filter(|w| w.span.start >= region_start && w.span.end <= region_end)
                    .collect();
                let content: Vec<&Word> = region
                    .iter()
                    .copied()
                    .filter(|w| w.span.start < phrase_span.start || w.span.start >= phrase_span.end)
                    .collect();
                let stance = if a.kind == Kind::Embedded {
                    if hedged(&content) {
                        Stance::Qualifies
                    } else {
                        Stance::Asserts
                    }
                } else {
                    stance_of(&content, a.denial_verb)
                };
                let quote = quote_in(body, &quotes, region_start, region_end);
                let said_on = if a.kind == Kind::Embedded {
                    None
                } else {
                    date::said_on(&region, article.published.as_deref())
                };
                let cue_end = words[a.cue].span.end;
                let before = Span::new(
                    region_start,
                    phrase_span
                        .start
                        .min(words[a.cue].span.start)
                        .max(region_start),
                );
                // `"…," X said, adding …`: the quotation before the
                // attribution is the claim.
                let quote_first = quotes.iter().any(|q| {
                    q.start >= before.start
                        && q.end <= before.end
                        && q.slice(body)
                            .is_some_and(|t| t.split_whitespace().count() >= 3)
                });
                let claim_span = if a.kind == Kind::Embedded {
                    Span::new(region_start, region_end)
                } else if let Some(w) = a.clause.and_then(|c| words.get(c + 1)) {
                    // `X quoted Y as saying …`
                    Span::new(w.span.start.min(region_end), region_end)
                } else if quote_first {
                    before
                } else if cue_end < region_end
                    && region.iter().filter(|w| w.span.start >= cue_end).count() >= 3
                    && a.phrase.0 < a.cue
                    && (before.is_empty()
                        || region
                            .iter()
                            .filter(|w| w.span.start >= cue_end && !is_function_word(&w.lower))
                            .count()
                            >= 2)
                {
                    Span::new(cue_end, region_end)
                } else {
                    before
                };
                found.push((
                    Statement {
                        id: String::new(),
                        article: article.id.clone(),
                        sentence: unit_text.to_string(),
                        start: unit.start,
                        end: unit.end,
                        speaker: Some(speaker),
                        speaker_label: Some(label),
                        stance,
                        proposition: None,
                        quote,
                        said_on,
                    },
                    Claim {
                        article: ai,
                        span: claim_span,
                    },
                ));
            }
            // A quotation standing alone continues the last speaker.
            if attrs.is_empty() && found.is_empty() {
                let quoted: usize = quotes.iter().map(Span::len).sum();
                let recent = last_unit_with_statement.is_some_and(|u| ui <= u + 2);
                if quoted * 2 >= unit.len() && recent {
                    if let Some(p) = history.last().cloned() {
                        let all: Vec<&Word> = words.iter().collect();
                        found.push((
                            Statement {
                                id: String::new(),
                                article: article.id.clone(),
                                sentence: unit_text.to_string(),
                                start: unit.start,
                                end: unit.end,
                                speaker: Some(p.id.clone()),
                                speaker_label: None,
                                stance: stance_of(&all, false),
                                proposition: None,
                                quote: quote_in(body, &quotes, unit.start, unit.end),
                                said_on: None,
                            },
                            Claim {
                                article: ai,
                                span: unit,
                            },
                        ));
                    }
                }
            }
            if !found.is_empty() {
                last_unit_with_statement = Some(ui);
            }
            for (s, c) in found {
                out.push(s);
                claims.push(c);
            }
        }
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.id = format!("s{}", i + 1);
    }
    doc.entities = entities;
    (out, claims)
}

/// The span and text of the speaker phrase `[start, end)` of `words`.
fn phrase_label(body: &str, words: &[Word], phrase: (usize, usize)) -> (Span, String) {
    let span = Span::new(
        words.get(phrase.0).map_or(0, |w| w.span.start),
        words
            .get(phrase.1.saturating_sub(1))
            .map_or(0, |w| w.span.end),
    );
    let label = span
        .slice(body)
        .unwrap_or("")
        .trim_matches(|c: char| c == ',' || c.is_whitespace())
        .to_string();
    (span, label)
}

/// The lower-case words, with the month `May` (`May 2`, `in May`) set
/// apart from the hedge `may`.
fn lowers<'a>(words: &'a [&Word]) -> Vec<&'a str> {
    let mut lw: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    for i in 0..lw.len() {
        let day_after = lw.get(i + 1).is_some_and(|n| n.parse::<u32>().is_ok());
        let month_before = i > 0
            && matches!(
                lw[i - 1],
                "in" | "since" | "until" | "last" | "early" | "late" | "mid" | "of" | "from"
            );
        if lw[i] == "may" && (day_after || month_before) {
            lw[i] = "May";
        }
    }
    lw
}

/// The first entity with id `id`: `entities[..sorted]` is in strict id
/// order and is searched by halves, the rest is read through.
fn entity_by_id<'a>(
    entities: &'a [crate::corpus::Entity],
    sorted: usize,
    id: &str,
) -> Option<&'a crate::corpus::Entity> {
    let (head, tail) = entities.split_at(sorted.min(entities.len()));
    match head.binary_search_by(|e| e.id.as_str().cmp(id)) {
        Ok(i) => head.get(i),
        Err(_) => tail.iter().find(|e| e.id == id),
    }
}

fn has_cue(lw: &[&str], single: &'static str, multi: &str) -> bool {
    // Each phrase tried at every word, not the list read again at each.
    lw.iter().any(|w| is(single, w))
        || multi
            .split('|')
            .any(|p| (0..lw.len()).any(|i| lx::phrase_at(lw, i, p)))
}

fn hedged(words: &[&Word]) -> bool {
    let lw = lowers(words);
    has_cue(&lw, lx::HEDGE_WORDS, lx::HEDGE_PHRASES)
}

/// The stance of a statement's words: a denial verb or cue denies, else a
/// hedge qualifies, else it asserts.
fn stance_of(words: &[&Word], denial_verb: bool) -> Stance {
    let lw = lowers(words);
    if denial_verb || has_cue(&lw, lx::DENIAL_WORDS, lx::DENIAL_PHRASES) {
        Stance::Denies
    } else if has_cue(&lw, lx::HEDGE_WORDS, lx::HEDGE_PHRASES) {
        Stance::Qualifies
    } else {
        Stance::Asserts
    }
}

fn quote_in(body: &str, quotes: &[Span], s: usize, e: usize) -> Option<String> {
    let parts: Vec<&str> = quotes
        .iter()
        .filter(|q| q.start >= s && q.end <= e)
        .filter_map(|q| q.slice(body))
        .map(|t| t.trim().trim_end_matches(',').trim())
        .filter(|t| !t.is_empty())
        .collect();
    if parts.is_empty() {
        None
    } else {
        Some(parts.join(" … "))
    }
}

/// True for function, denial, hedge and speech words, which carry no
/// claim content.
pub fn is_function_word(w: &str) -> bool {
    is(lx::STOPWORDS, w)
        || is(lx::DENIAL_WORDS, w)
        || is(lx::HEDGE_WORDS, w)
        || is(lx::SPEECH_VERBS, w)
        || is(lx::PARTICIPLES, w)
        || is(lx::CLAIM_NOUNS, w)
        || matches!(w, "plan" | "plans" | "never" | "true")
        // Nouns that point at a claim rather than say one (`the account`).
        || matches!(
            w,
            "account" | "accounts" | "finding" | "findings" | "version" | "remarks" | "comments"
        )
}

/// Byte spans of the passages inside quotation marks in `text` (straight
/// or curly, double or single), without the marks.
pub fn quote_spans(text: &str) -> Vec<Span> {
    segment::quotes(text)
}

/// True when `sentence` denies something it only points at (`X rejected
/// the report, …`, `Y dismissed the claims`): a denial verb and, within
/// three words, a claim noun not followed by whose it is or what it says
/// (`claims by Z that …` names its claim).
pub(crate) fn denies_by_reference(sentence: &str) -> bool {
    let lw: Vec<String> = segment::words(sentence)
        .into_iter()
        .map(|w| w.lower)
        .collect();
    (0..lw.len()).any(|i| {
        is(lx::DENIAL_VERBS, &lw[i])
            && (i + 1..(i + 4).min(lw.len())).any(|k| {
                (is(lx::CLAIM_NOUNS, &lw[k])
                    || matches!(
                        lw[k].as_str(),
                        "account" | "accounts" | "findings" | "story"
                    ))
                    && !lw[k + 1..(k + 4).min(lw.len())]
                        .iter()
                        .any(|w| matches!(w.as_str(), "by" | "from" | "that" | "of"))
            })
    })
}

/// True for finite speech verbs and speech participles (`said`, `saying`).
pub(crate) fn is_speech_verb(w: &str) -> bool {
    is(lx::SPEECH_VERBS, w) || is(lx::PARTICIPLES, w)
}

/// True for words that mark an analyst (`professor`, `institute`).
pub fn is_analyst_word(w: &str) -> bool {
    is(lx::ANALYST_WORDS, w)
}

#[cfg(test)]
mod tests;
