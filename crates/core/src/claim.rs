//! Propositions: statements from all outlets about the same thing, and the
//! claim map (propositions × speakers) built from them.
//!
//! Grouping is by content, stance-neutral: a claim's words lose negations,
//! denial, hedge and speech words and function words, entity mentions
//! become their entity ids, words are cut to a light stem, and a small
//! table of general news synonyms maps `weapons`/`arms`/`munitions` or
//! `supply`/`ship`/`export`/`sale` to one class each. Groups merge by
//! average link while the mean idf-weighted cosine similarity of their
//! statements is high. A denial and the claims it names in the same
//! sentence (`X denied claims by Y that …`) start in one group, and a
//! statement that says too little of its own (`Y rejected the report`)
//! joins the claim of the sentence just before it, so each denial is linked
//! to what it denies.
//!
//! ```
//! use crossread_core::corpus::{Article, Document};
//! use crossread_core::{claim::ClaimMap, statement::annotate};
//!
//! let mut doc = Document::default();
//! let mut a = Article::empty("a");
//! a.body = "Ruritania said claims by Freedonia that it sells tanks to Sylvania were false.".into();
//! doc.articles.push(a);
//! annotate(&mut doc);
//! assert_eq!(doc.propositions.len(), 1);
//! let map = ClaimMap::build(&doc);
//! assert_eq!(map.rows.len(), 1);
//! ```

pub mod export;
pub mod graph;
pub(crate) mod grouping;
mod side;

use crate::corpus::{Document, EntityType, Stance};
use crate::statement::Claim;

/// Similarity above which two groups are one proposition.
const THRESHOLD: f64 = 0.3;

/// Words that news prose uses for the same thing, each mapped to one
/// class (`=weapon`, `=supply`, …). General vocabulary of reporting on
/// conflict, trade, disasters and politics; nothing here names a story.
const SYNONYMS: &[(&str, &str)] = &[
    (
        "=weapon",
        "weapon weapons arms armament armaments munition munitions ammunition ammo shell \
         shells artillery rounds materiel",
    ),
    (
        "=supply",
        "supply supplies supplied supplying supplier suppliers ship ships shipped \
         shipping shipment shipments send sends sending sent export exports exported \
         exporting provide provides provided providing provision transfer transfers \
         transferred transferring deliver delivers delivered delivering delivery \
         deliveries",
    ),
    // A sale or deal of goods is their supply seen from the market.
    (
        "=supply",
        "deal deals dealing dealings trade trades trading traded sale sales sell sells \
         selling sold transaction transactions",
    ),
    ("=war", "war wars conflict conflicts fighting hostilities"),
    (
        "=attack",
        "attack attacks attacked strike strikes struck assault assaults raid raids \
         bombardment shelling",
    ),
    (
        "=kill",
        "killed kill kills killing dead died deaths death dies",
    ),
    (
        "=injure",
        "injured injuries injury wounded wounding hurt injuring",
    ),
    ("=fire", "fire fires blaze blazes flames inferno"),
    ("=vote", "vote votes voted voting ballot ballots poll polls"),
    (
        "=talk",
        "talks negotiations negotiate negotiating consult consultations discuss \
         discussions",
    ),
    (
        "=hide",
        "conceal concealed obscure obscuring hide hiding hidden disguise covert covertly \
         secretly secret",
    ),
    ("=tarnish", "tarnish smear discredit defame slander"),
    ("=test", "test tests tested testing"),
    (
        "=buy",
        "buy buys buying bought purchase purchases purchased purchasing acquire acquires \
         acquired acquiring",
    ),
    (
        "=try",
        "try tries tried trying attempt attempts attempted attempting",
    ),
    (
        "=help",
        "help helps helped helping assist assists assisted assisting",
    ),
    (
        "=rebuild",
        "rebuild rebuilding rebuilt restore restoring restored reconstruct reconstruction",
    ),
    ("=vessel", "boat boats vessel vessels ferry ferries"),
    (
        "=collide",
        "collision collisions collide collided ram rammed ramming",
    ),
    (
        "=leak",
        "leak leaks leaked leaking spill spills spilled spilt seep seeped seeping \
         contaminate contaminated contaminating contamination pollute polluted polluting \
         pollution",
    ),
    (
        "=arrest",
        "arrest arrests arrested detain detained detention custody",
    ),
    (
        "=protest",
        "protest protests protesters protestors demonstration demonstrations \
         demonstrators rally rallies",
    ),
    ("=tariff", "tariff tariffs duty duties levy levies"),
    ("=troops", "troops soldiers forces servicemen"),
    (
        "=sanction",
        "sanction sanctions sanctioned embargo embargoes",
    ),
    (
        "=invade",
        "invade invaded invading invasion incursion incursions",
    ),
    (
        "=worker",
        "workers worker laborers labourers labor labour staff employees",
    ),
];

/// The synonym class of a lower-case word, if it has one.
fn synonym(w: &str) -> Option<&'static str> {
    SYNONYMS
        .iter()
        .find(|(_, ws)| crate::statement::lexicon::is(ws, w))
        .map(|(class, _)| *class)
}

/// A light stemmer: `preparing`, `prepared`, `prepares` and `prepare` all
/// give `prepar`; `planned` gives `plan`. Synonyms give their class
/// (`supplying`, `shipped` and `sent` give `=supply`).
fn stem(w: &str) -> String {
    let w = w
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .trim_end_matches(['\'', '\u{2019}']);
    if let Some(c) = synonym(w) {
        return c.to_string();
    }
    let mut s = w.to_string();
    let n = s.chars().count();
    let cut = |s: &mut String, suf: &str, by: &str| {
        s.truncate(s.len() - suf.len());
        s.push_str(by);
    };
    if n > 4 && (s.ends_with("ies") || s.ends_with("ied")) {
        cut(&mut s, "ies", "i");
    } else if n > 6 && s.ends_with("ments") {
        cut(&mut s, "ments", "");
    } else if n > 5 && s.ends_with("ment") {
        cut(&mut s, "ment", "");
    } else if n > 5 && s.ends_with("ings") {
        cut(&mut s, "ings", "");
    } else if n > 4 && s.ends_with("ing") {
        cut(&mut s, "ing", "");
    } else if n > 3 && s.ends_with("ed") {
        cut(&mut s, "ed", "");
    } else if n > 3
        && ["ses", "xes", "ches", "shes", "zes"]
            .iter()
            .any(|e| s.ends_with(e))
    {
        cut(&mut s, "es", "");
    } else if n > 3 && s.ends_with('s') && !["ss", "us", "is"].iter().any(|e| s.ends_with(e)) {
        cut(&mut s, "s", "");
    }
    if s.chars().count() > 2 && s.ends_with('y') {
        cut(&mut s, "y", "i");
    } else if s.chars().count() > 3 && s.ends_with('e') {
        cut(&mut s, "e", "");
    }
    let b = s.as_bytes();
    if b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] && b[b.len() - 1].is_ascii_alphabetic() {
        s.pop();
    }
    s.chars().take(7).collect()
}

fn content_tokens(doc: &Document, c: &Claim) -> Vec<String> {
    let Some(a) = doc.articles.get(c.article) else {
        return Vec::new();
    };
    let Some(text) = c.span.slice(&a.body) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let ms: Vec<_> = a
        .mentions
        .iter()
        .filter(|m| m.start >= c.span.start && m.end <= c.span.end)
        .collect();
    for m in &ms {
        if !matches!(m.kind, EntityType::Date | EntityType::Quantity) {
            out.push(entity_token(&m.entity));
        }
    }
    let mut word = String::new();
    let mut start = 0usize;
    let push = |w: &str, at: usize, out: &mut Vec<String>| {
        let l = w.to_lowercase();
        let inside = ms
            .iter()
            .any(|m| m.start <= c.span.start + at && c.span.start + at < m.end);
        if inside
            || l.len() < 3
            || l.chars().all(|c| c.is_ascii_digit())
            || crate::statement::is_function_word(&l)
        {
            return;
        }
        out.push(stem(&l));
    };
    for (i, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            if word.is_empty() {
                start = i;
            }
            word.push(ch);
        } else if !word.is_empty() {
            push(&word, start, &mut out);
            word.clear();
        }
    }
    if !word.is_empty() {
        push(&word, start, &mut out);
    }
    out
}

/// The token of an entity.
fn entity_token(id: &str) -> String {
    format!("@{id}")
}

/// The stems of the plain words of `text` (no entity lookup).
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.len() >= 3 && !crate::statement::is_function_word(w))
        .map(|w| stem(&w))
        .collect()
}

/// Groups `doc.statements` into `doc.propositions` using each statement's
/// claim (`claims[i]` belongs to `doc.statements[i]`; when `claims` is
/// shorter, the sentence stands for the claim). Ids `p1`, `p2`, … follow the
/// first statement of each group.
pub fn group(doc: &mut Document, claims: &[Claim]) {
    grouping::Grouping::new(doc, claims).finish(doc);
}

/// Above this many statements, average-link clustering (cubic in time,
/// square in memory) gives way to a one-pass grouping.
const MAX_AVERAGE_LINK: usize = 1000;

/// One pass for big corpora: each group joins the group of the earlier
/// statement most like its first one, when alike enough. `groups` are in
/// order of their first statement, and stay so.
#[cfg(test)]
fn nearest_earlier(
    groups: &mut Vec<Vec<usize>>,
    toks: &[Vec<String>],
    weights: &[Vec<f64>],
    threshold: f64,
) {
    let mut near = grouping::Nearest::new(groups, toks);
    while !near.step(groups, toks, weights, threshold, usize::MAX) {}
    groups.retain(|g| !g.is_empty());
    for g in groups.iter_mut() {
        crate::sort::natural(g);
    }
}

/// Average-link clustering: merges the two groups whose statements are
/// most alike on average while that average is at least `threshold`.
/// Unlike merging on group centroids, a big group does not drift towards
/// whatever it last swallowed.
#[cfg(test)]
fn average_link(
    groups: &mut Vec<Vec<usize>>,
    toks: &[Vec<String>],
    weights: &[Vec<f64>],
    threshold: f64,
) {
    let g = groups.len();
    let mut sum = vec![vec![0.0f64; g]; g];
    for a in 0..g {
        average_link_init(&mut sum, a, groups, toks, weights);
    }
    let mut alive: Vec<bool> = vec![true; g];
    let mut size: Vec<usize> = groups
        .iter()
        .map(|m| m.iter().filter(|&&x| !toks[x].is_empty()).count())
        .collect();
    while average_link_merge(groups, &mut sum, &mut alive, &mut size, threshold) {}
    groups.retain(|m| !m.is_empty());
    for m in groups.iter_mut() {
        crate::sort::natural(m);
    }
}

/// Fills row `a` of the sums of pairwise similarities between groups (and
/// its mirror); returns how many similarities it computed.
fn average_link_init(
    sum: &mut [Vec<f64>],
    a: usize,
    groups: &[Vec<usize>],
    toks: &[Vec<String>],
    weights: &[Vec<f64>],
) -> usize {
    let mut work = 1;
    for b in a + 1..groups.len() {
        let s: f64 = groups[a]
            .iter()
            .flat_map(|&x| groups[b].iter().map(move |&y| (x, y)))
            .map(|(x, y)| cosine(&toks[x], &weights[x], &toks[y], &weights[y]))
            .sum();
        work += groups[a].len() * groups[b].len();
        sum[a][b] = s;
        sum[b][a] = s;
    }
    work
}

/// One merge of average-link clustering: the two live groups most alike
/// on average, if that average is at least `threshold` (members that say
/// nothing of their own do not count in `size`). Returns false when no
/// pair is alike enough. The merged group is left unsorted.
fn average_link_merge(
    groups: &mut [Vec<usize>],
    sum: &mut [Vec<f64>],
    alive: &mut [bool],
    size: &mut [usize],
    threshold: f64,
) -> bool {
    let g = groups.len();
    let mut best: Option<(f64, usize, usize)> = None;
    for a in (0..g).filter(|&a| alive[a]) {
        for b in (a + 1..g).filter(|&b| alive[b]) {
            let avg = sum[a][b] / (size[a] * size[b]).max(1) as f64;
            if avg >= threshold && best.is_none_or(|(s, _, _)| avg > s) {
                best = Some((avg, a, b));
            }
        }
    }
    let Some((_, a, b)) = best else {
        return false;
    };
    alive[b] = false;
    size[a] += size[b];
    let moved = std::mem::take(&mut groups[b]);
    groups[a].extend(moved);
    let row: Vec<f64> = sum[a].iter().zip(&sum[b]).map(|(x, y)| x + y).collect();
    for (k, s) in row.into_iter().enumerate() {
        sum[a][k] = s;
        sum[k][a] = s;
    }
    true
}

/// The cosine of two weighed claims, each a sorted list of distinct words
/// with their weights.
fn cosine(a: &[String], wa: &[f64], b: &[String], wb: &[f64]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += wa[i] * wb[j];
                i += 1;
                j += 1;
            }
        }
    }
    let norm = |w: &[f64]| w.iter().map(|x| x * x).sum::<f64>().sqrt();
    let (na, nb) = (norm(wa), norm(wb));
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Words at the edge of a label that leave it dangling.
fn dangling(w: &str) -> bool {
    let l = w.to_lowercase();
    crate::statement::is_function_word(&l) && !matches!(l.as_str(), "not" | "no")
        || matches!(l.as_str(), "as" | "per" | "if" | "so" | "then")
}

/// Words a label may start with although they carry no content: articles,
/// determiners and pronoun subjects keep a clause a clause (`We regard …`,
/// `Such disputes …`, `It was planning …`).
const LEAD_KEEP: &[&str] = &[
    "a", "all", "an", "any", "he", "her", "his", "i", "it", "its", "my", "no", "not", "our", "she",
    "some", "such", "the", "their", "these", "they", "this", "those", "we", "you",
];

/// Words that join a clause to the next: a long label is cut before one.
const CLAUSE_JOINS: &[&str] = &[
    "after", "although", "as", "because", "before", "since", "so", "then", "though", "unless",
    "when", "whereas", "which", "while", "who",
];

/// Pronouns that open a clause without saying who.
const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];

/// Words of time that may stand before a claim's `that` (`in January
/// that …`) or beside an accused (`accused X on Tuesday of …`).
const TIME_WORDS: &[&str] = &[
    "ago",
    "also",
    "april",
    "at",
    "august",
    "december",
    "during",
    "earlier",
    "early",
    "february",
    "friday",
    "in",
    "january",
    "july",
    "june",
    "last",
    "late",
    "later",
    "march",
    "may",
    "monday",
    "month",
    "months",
    "november",
    "october",
    "on",
    "previously",
    "recently",
    "saturday",
    "september",
    "since",
    "sunday",
    "this",
    "thursday",
    "tuesday",
    "wednesday",
    "week",
    "weeks",
    "year",
    "years",
];

/// `accused X of V-ing Y` as `X V-ing Y` (and `blamed X for V-ing Y`):
/// `before` is the body before the claim's `text`.
fn unaccuse(before: &str, text: &str) -> String {
    let b = before.trim_end().to_lowercase();
    let link = if ["accused", "accuses", "accusing", "accuse"]
        .iter()
        .any(|v| b.ends_with(v))
    {
        " of "
    } else if ["blamed", "blames", "blaming", "blame"]
        .iter()
        .any(|v| b.ends_with(v))
    {
        " for "
    } else {
        return text.to_string();
    };
    let mut from = 0;
    while let Some(k) = text[from..].find(link) {
        let at = from + k;
        from = at + link.len();
        if text[..at].split_whitespace().count() > 8 {
            break;
        }
        let rest = &text[at + link.len()..];
        let mut rw = rest.split_whitespace();
        let first = rw.next().unwrap_or("");
        let verb = if first.ends_with("ly") {
            rw.next().unwrap_or("")
        } else {
            first
        };
        if verb.ends_with("ing") {
            let who: Vec<&str> = text[..at]
                .split_whitespace()
                .filter(|w| !TIME_WORDS.contains(&w.to_lowercase().as_str()))
                .collect();
            return format!("{} {rest}", who.join(" "));
        }
    }
    text.to_string()
}

/// The readable clauses of a claim's text: split at clause punctuation,
/// quotation marks dropped, leading `that`/`and` and dangling edge words
/// trimmed, cut at twelve words.
fn clauses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}']) {
        let mut ws: Vec<String> = part
            .split_whitespace()
            .map(|w| {
                let w = w.trim_start_matches([
                    '"', '\u{201C}', '\u{201D}', '\u{2018}', '\'', '\u{2019}',
                ]);
                let w = w.trim_end_matches(['"', '\u{201C}', '\u{201D}']);
                // A closing single quote goes; a possessive `s’` stays.
                let w = if w.ends_with("s\u{2019}") || w.ends_with("s'") {
                    w
                } else {
                    w.trim_end_matches(['\u{2018}', '\'', '\u{2019}'])
                };
                w.to_string()
            })
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        // `in January that X …`: the claim is X.
        let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
        if let Some(k) = lower.iter().take(6).position(|w| w == "that") {
            if k > 0
                && lower[..k].iter().all(|w| {
                    TIME_WORDS.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit())
                })
            {
                ws.drain(..=k);
            }
        }
        while ws
            .first()
            .is_some_and(|w| dangling(w) && !LEAD_KEEP.contains(&w.to_lowercase().as_str()))
        {
            ws.remove(0);
        }
        if ws.len() > 12 {
            // Cut before a joining word rather than inside a phrase
            // (`… rammed our boat [and then fired a water] cannon`).
            let cut = (8..=12)
                .rev()
                .find(|&k| CLAUSE_JOINS.contains(&ws[k].to_lowercase().as_str()))
                .unwrap_or(12);
            ws.truncate(cut);
        }
        while ws.last().is_some_and(|w| dangling(w)) {
            ws.pop();
        }
        if let Some(last) = ws.last_mut() {
            *last = last
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_string();
        }
        if !ws.is_empty() {
            out.push(ws.join(" "));
        }
    }
    out
}

/// A short readable label from the text: the clause with the most content
/// of the group's claims, preferring asserting statements, at least three
/// words and at most twelve; the first statement's sentence when no claim
/// has such a clause.
/// The first part of a label (see [`label_end`]): reads `members` (a slice of the group's, in
/// order): the best clause so far in `best`. Scanning a group in slices
/// gives what one scan gives.
fn label_scan(
    doc: &Document,
    claims: &[Claim],
    members: &[usize],
    best: &mut Option<(i64, String)>,
) {
    for &m in members {
        let c = &claims[m];
        let Some(a) = doc.articles.get(c.article) else {
            continue;
        };
        let Some(text) = c.span.slice(&a.body) else {
            continue;
        };
        let text = unaccuse(a.body.get(..c.span.start).unwrap_or(""), text);
        for (k, cl) in clauses(&text).into_iter().enumerate() {
            let words = cl.split_whitespace().count() as i64;
            let content = cl
                .split_whitespace()
                .filter(|w| !dangling(w) && w.chars().count() > 2)
                .count() as i64;
            if words < 3 || content < 2 {
                continue;
            }
            let pronoun = cl
                .split_whitespace()
                .next()
                .is_some_and(|w| PRONOUNS.contains(&w.to_lowercase().as_str()));
            // The first clause after the speech verb is most often the claim;
            // later ones add to it or run on into narration.
            let score = content * 4 - (words - 9).abs() - if pronoun { 3 } else { 0 } - 2 * k as i64
                    // The claim as its makers put it, not a denier's
                    // counter-claim.
                    + match doc.statements[m].stance {
                        Stance::Asserts => 6,
                        Stance::Qualifies => 0,
                        Stance::Denies => -4,
                    };
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                *best = Some((score, cl));
            }
        }
    }
}

/// The label from the best clause of the whole group, else the first
/// statement's longest clause; capitalised.
fn label_end(doc: &Document, members: &[usize], best: Option<(i64, String)>) -> String {
    let mut l = best.map(|(_, l)| l).unwrap_or_else(|| {
        members
            .first()
            .and_then(|&m| {
                clauses(&doc.statements[m].sentence)
                    .into_iter()
                    .max_by_key(|c| c.len())
            })
            .unwrap_or_default()
    });
    if let Some(f) = l.chars().next() {
        l = f.to_uppercase().collect::<String>() + &l[f.len_utf8()..];
    }
    l
}

/// Which side a speaker belongs to in the claim map.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// A government (a place entity id) with its officials.
    Government(String),
    /// Analysts, experts and research bodies.
    Analysts,
    /// Everyone else.
    Others,
}

impl Side {
    /// A reader's name for the side ("Ruritania (government and officials)").
    pub fn label(&self, doc: &Document) -> String {
        match self {
            Side::Government(place) => {
                let name = doc
                    .entities
                    .iter()
                    .find(|e| &e.id == place)
                    .map(|e| e.name.as_str())
                    .or_else(|| crate::entity::lexicon::country_of(place))
                    .unwrap_or(place);
                format!("{name} (government and officials)")
            }
            Side::Analysts => "Analysts".into(),
            Side::Others => "Others".into(),
        }
    }
}

/// One column of the claim map: a speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerColumn {
    /// The speaker's entity id.
    pub speaker: String,
    /// The speaker's name.
    pub name: String,
    /// The side the speaker is grouped under.
    pub side: Side,
}

/// One cell: how one speaker stands on one proposition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The stance most statements take (ties: denies, qualifies, asserts).
    pub stance: Stance,
    /// The earliest day it was said, when known.
    pub said_on: Option<String>,
    /// How many articles report it.
    pub outlets: usize,
    /// The statements behind the cell.
    pub evidence: Vec<String>,
}

/// One row: a proposition and the cells of the speakers who said
/// something about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRow {
    /// The proposition's id.
    pub proposition: String,
    /// Its label.
    pub label: String,
    /// The cells that hold a stance, each with its column (an index into
    /// [`ClaimMap::columns`]), in column order. Only those: at 10,000
    /// articles a row per claim for each of 4,000 speakers was 300 MB.
    pub cells: Vec<(usize, Cell)>,
}

impl ClaimRow {
    /// The cell in column `c`, if that speaker said something about it.
    pub fn cell(&self, c: usize) -> Option<&Cell> {
        let k = self.cells.partition_point(|x| x.0 < c);
        self.cells.get(k).filter(|x| x.0 == c).map(|x| &x.1)
    }
}

/// The claim/denial map: propositions × speakers grouped by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimMap {
    /// Speakers, grouped by side (governments first, by statement count).
    pub columns: Vec<SpeakerColumn>,
    /// Propositions, most statements first, then by id.
    pub rows: Vec<ClaimRow>,
}

impl ClaimMap {
    /// Builds the map from an annotated document ([`MapBuild`] does it in
    /// steps).
    pub fn build(doc: &Document) -> ClaimMap {
        MapBuild::new().finish(doc)
    }
}

/// Articles indexed in one step of a [`MapBuild`].
const ARTICLES_PER_STEP: usize = 40;

/// Statements indexed, or placed in their rows, in one step of a
/// [`MapBuild`].
const STATEMENTS_PER_STEP: usize = 400;

/// [`ClaimMap::build`] in steps, for a page that must paint and answer
/// between them: indexing the articles' mentions and working out each
/// speaker's side are most of the cost (about 0.4 s at 1,000 articles in a
/// browser, 3 s at 10,000), so a step indexes a few articles or
/// statements, places one speaker, orders the columns, or fills a few
/// rows. It holds indices, not borrows: give every call the same,
/// unchanged document.
///
/// ```
/// use crossread_core::claim::{ClaimMap, MapBuild};
/// let doc = crossread_core::analyze(crossread_core::synth::corpus(6, 1));
/// let mut build = MapBuild::new();
/// let mut steps = 0;
/// while !build.step(&doc) {
///     steps += 1;
/// }
/// assert!(steps > 1);
/// assert_eq!(build.progress(), (100, 100));
/// assert_eq!(build.finish(&doc), ClaimMap::build(&doc));
/// ```
#[derive(Debug, Default)]
pub struct MapBuild {
    sides: side::Sides,
    /// Articles, then statements, indexed so far, of `total`.
    articles: usize,
    statements: usize,
    total: usize,
    /// Each speaker's first statement and statement count, in order of
    /// first statement, and its number.
    speakers: Vec<(usize, usize)>,
    slot: crate::sort::Keys,
    /// Each proposition id's first row.
    row_keys: crate::sort::Keys,
    row_firsts: Vec<usize>,
    /// Each row's (speaker number, statement), in statement order.
    said: Vec<Vec<(usize, usize)>>,
    /// The sides of the first speakers.
    found: Vec<Side>,
    /// The columns once every side is found, and each speaker number's
    /// column.
    columns: Option<Vec<SpeakerColumn>>,
    column_of: Vec<usize>,
    /// The rows filled so far, in proposition order.
    rows: Vec<ClaimRow>,
    done: bool,
}

impl MapBuild {
    /// A build not yet started.
    pub fn new() -> Self {
        MapBuild::default()
    }

    /// Does one bounded piece of the work; true when all is done.
    pub fn step(&mut self, doc: &Document) -> bool {
        let (a, s) = (doc.articles.len(), doc.statements.len());
        self.total = a + s;
        if self.said.len() != doc.propositions.len() {
            // Once: each row's statements are noted as they are indexed.
            for (k, p) in doc.propositions.iter().enumerate() {
                crate::sort::first(&mut self.row_keys, &mut self.row_firsts, &p.id, k);
                self.said.push(Vec::new());
            }
        }
        if self.articles < a {
            let end = (self.articles + ARTICLES_PER_STEP).min(a);
            self.sides.index_articles(doc, self.articles..end);
            self.articles = end;
        } else if self.statements < s {
            let end = (self.statements + STATEMENTS_PER_STEP).min(s);
            self.sides.index_statements(doc, self.statements..end);
            for i in self.statements..end {
                let st = &doc.statements[i];
                let Some(sp) = st.speaker.as_deref() else {
                    continue;
                };
                let k = self.slot.id(sp);
                if k == self.speakers.len() {
                    self.speakers.push((i, 0));
                }
                self.speakers[k].1 += 1;
                let row = st
                    .proposition
                    .as_deref()
                    .and_then(|p| crate::sort::first_of(&self.row_keys, &self.row_firsts, p));
                if let Some(list) = row.and_then(|r| self.said.get_mut(r)) {
                    list.push((k, i));
                }
            }
            self.statements = end;
        } else if let Some(sp) = self
            .speakers
            .get(self.found.len())
            .and_then(|&(i, _)| doc.statements[i].speaker.as_deref())
        {
            self.sides.begin_step(side::WINDOWS_PER_STEP);
            self.found.extend(self.sides.side_of(doc, sp));
        } else if self.columns.is_none() {
            self.order_columns(doc);
        } else {
            // A few rows, about as many statements as an indexing step.
            let mut placed = 0;
            while placed < STATEMENTS_PER_STEP {
                let r = self.rows.len();
                let Some(p) = doc.propositions.get(r) else {
                    break;
                };
                let mut said = self.said.get_mut(r).map(std::mem::take).unwrap_or_default();
                placed += said.len() + 1;
                self.rows.push(ClaimRow {
                    proposition: p.id.clone(),
                    label: p.label.clone(),
                    cells: cells_of(doc, &self.column_of, &mut said),
                });
            }
        }
        self.done = self.articles == a
            && self.statements == s
            && self.columns.is_some()
            && self.rows.len() >= doc.propositions.len();
        self.done
    }

    /// Orders the speakers into columns once every side is found:
    /// governments first, then analysts, then others; sides and speakers
    /// by statement count, then by id.
    fn order_columns(&mut self, doc: &Document) {
        let count: Vec<(&str, usize)> = self
            .speakers
            .iter()
            .map(|&(i, n)| (doc.statements[i].speaker.as_deref().unwrap_or_default(), n))
            .collect();
        let sides = &self.found;
        // Few distinct sides: a list is enough.
        let mut totals: Vec<(&Side, usize)> = Vec::new();
        for (s, (_, n)) in sides.iter().zip(&count) {
            match totals.iter_mut().find(|(t, _)| *t == s) {
                Some(t) => t.1 += n,
                None => totals.push((s, *n)),
            }
        }
        // Sorted as indices, which costs the wasm build less than sorting
        // the columns themselves.
        let keys: Vec<_> = (0..count.len())
            .map(|k| {
                let rank = match &sides[k] {
                    Side::Government(_) => 0,
                    Side::Analysts => 1,
                    Side::Others => 2,
                };
                (
                    rank,
                    std::cmp::Reverse(
                        totals
                            .iter()
                            .find(|(t, _)| *t == &sides[k])
                            .map_or(0, |t| t.1),
                    ),
                    &sides[k],
                    std::cmp::Reverse(count[k].1),
                    count[k].0,
                )
            })
            .collect();
        let mut order: Vec<usize> = (0..count.len()).collect();
        crate::sort::by(&mut order, &|&a, &b| keys[a].cmp(&keys[b]));
        self.column_of = vec![0; order.len()];
        for (c, &k) in order.iter().enumerate() {
            self.column_of[k] = c;
        }
        let columns = order
            .iter()
            .map(|&k| SpeakerColumn {
                speaker: count[k].0.to_string(),
                name: self
                    .sides
                    .entity(doc, count[k].0)
                    .map_or(count[k].0, |e| e.name.as_str())
                    .to_string(),
                side: sides[k].clone(),
            })
            .collect();
        self.columns = Some(columns);
    }

    /// How far it is, in parts of 100: the indexes are the first half; the
    /// speakers' sides and the rows the second.
    pub fn progress(&self) -> (usize, usize) {
        let indexed = self.articles + self.statements;
        let part = if indexed < self.total || self.total == 0 {
            indexed * 50 / self.total.max(1)
        } else {
            let rows = self.said.len();
            50 + (self.found.len() + self.rows.len()) * 50 / (self.speakers.len() + rows).max(1)
        };
        (if self.done { 100 } else { part.min(99) }, 100)
    }

    /// The map, after the steps left.
    pub fn finish(mut self, doc: &Document) -> ClaimMap {
        while !self.step(doc) {}
        let rows = self.rows;
        // Most statements first, then by proposition number.
        let weights: Vec<_> = rows
            .iter()
            .map(|r| {
                (
                    std::cmp::Reverse(r.cells.iter().map(|c| c.1.evidence.len()).sum::<usize>()),
                    r.proposition
                        .trim_start_matches('p')
                        .parse::<usize>()
                        .unwrap_or(0),
                )
            })
            .collect();
        let mut order: Vec<usize> = (0..rows.len()).collect();
        crate::sort::by(&mut order, &|&a, &b| weights[a].cmp(&weights[b]));
        let mut rows: Vec<Option<ClaimRow>> = rows.into_iter().map(Some).collect();
        let rows = order.iter().filter_map(|&k| rows[k].take()).collect();
        ClaimMap {
            columns: self.columns.unwrap_or_default(),
            rows,
        }
    }
}

/// A row's cells from its (speaker number, statement) list in statement
/// order: sorted stably by column, each run is a cell's statements.
fn cells_of(
    doc: &Document,
    column_of: &[usize],
    said: &mut Vec<(usize, usize)>,
) -> Vec<(usize, Cell)> {
    for x in said.iter_mut() {
        x.0 = column_of.get(x.0).copied().unwrap_or(usize::MAX);
    }
    crate::sort::by(said, &|a, b| a.0.cmp(&b.0));
    let mut cells = Vec::new();
    for run in said.chunk_by(|a, b| a.0 == b.0) {
        let ss: Vec<_> = run.iter().map(|x| &doc.statements[x.1]).collect();
        if let Some(c) = cell(&ss) {
            cells.push((run[0].0, c));
        }
    }
    cells
}

/// The cell of a speaker on a proposition from their statements about it
/// (`ss`, in order), if any: the stance most of them take (ties: denies,
/// qualifies, asserts).
fn cell(ss: &[&crate::corpus::Statement]) -> Option<Cell> {
    let order = [Stance::Denies, Stance::Qualifies, Stance::Asserts];
    let tally = order.map(|st| ss.iter().filter(|s| s.stance == st).count());
    let best = (0..3).fold(0, |b, k| if tally[k] > tally[b] { k } else { b });
    let mut articles: Vec<&str> = Vec::new();
    for s in ss {
        if !articles.contains(&s.article.as_str()) {
            articles.push(&s.article);
        }
    }
    (!ss.is_empty()).then(|| Cell {
        stance: order[best],
        said_on: ss.iter().filter_map(|s| s.said_on.clone()).min(),
        outlets: articles.len(),
        evidence: ss.iter().map(|s| s.id.clone()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::{average_link, clauses, nearest_earlier, stem, unaccuse};
    use super::{ClaimMap, MapBuild};
    use crate::corpus::{Article, Document};

    /// The stepped map is the one-go map; its steps are bounded (one
    /// speaker's side at most, rows of about a step's statements) and its
    /// progress only grows, to 100.
    #[test]
    fn a_map_built_in_steps_is_the_same_map() {
        for doc in [
            Document::default(),
            crate::analyze(crate::synth::corpus(1, 2)),
            crate::analyze(crate::synth::corpus(90, 4)),
        ] {
            let mut build = MapBuild::new();
            let (mut steps, mut last) = (0, build.progress());
            assert_eq!(last, (0, 100));
            let mut row_steps = 0;
            loop {
                let (found, rows) = (build.found.len(), build.rows.len());
                let done = build.step(&doc);
                assert!(build.found.len() <= found + 1);
                // Rows come after every side, in steps: all but the last
                // row of a step hold fewer statements than a step places.
                let added = &build.rows[rows..];
                if let Some((_, before)) = added.split_last() {
                    assert_eq!(build.found.len(), build.speakers.len());
                    let placed: usize = before
                        .iter()
                        .map(|r| r.cells.iter().map(|c| c.1.evidence.len()).sum::<usize>() + 1)
                        .sum();
                    assert!(placed < super::STATEMENTS_PER_STEP, "{placed}");
                    row_steps += 1;
                }
                let now = build.progress();
                assert!(now >= last, "{now:?} after {last:?}");
                last = now;
                steps += 1;
                if done {
                    break;
                }
                assert!(now.0 < 100);
            }
            assert_eq!(last, (100, 100));
            let speakers = build.speakers.len();
            assert!(steps > speakers, "{steps} steps for {speakers} speakers");
            assert_eq!(row_steps > 0, !doc.propositions.is_empty());
            let sizes = doc.propositions.iter().map(|p| p.statements.len());
            let (statements, most) = (sizes.clone().sum::<usize>(), sizes.max().unwrap_or(0));
            if statements > super::STATEMENTS_PER_STEP + most {
                assert!(
                    row_steps > 1,
                    "{statements} statements in {row_steps} steps"
                );
            }
            let map = build.finish(&doc);
            assert_eq!(map, ClaimMap::build(&doc));
            // Only the cells that hold a stance, in column order, each
            // found by its column.
            for r in &map.rows {
                assert!(r.cells.windows(2).all(|w| w[0].0 < w[1].0));
                for (c, cell) in &r.cells {
                    assert_eq!(r.cell(*c), Some(cell));
                    assert!(!cell.evidence.is_empty());
                }
                let empty = (0..map.columns.len())
                    .filter(|c| r.cell(*c).is_none())
                    .count();
                assert_eq!(empty + r.cells.len(), map.columns.len());
                assert_eq!(r.cell(map.columns.len()), None);
            }
        }
    }

    #[test]
    fn clauses_are_trimmed_readable_pieces() {
        let c = clauses("that “the plant was never inspected,” and the union’s leaders said so");
        assert_eq!(c[0], "the plant was never inspected");
        let long =
            clauses("one two three four five six seven eight nine ten eleven twelve thirteen");
        assert_eq!(long[0].split_whitespace().count(), 12);
        assert_eq!(clauses("workers’ pay of"), ["workers’ pay"]);
    }

    macro_rules! t {
        ($name:ident, $got:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!($got, $want);
            }
        };
    }

    // `accused X of V-ing Y` reads `X V-ing Y`.
    t!(
        accused_of,
        unaccuse(
            "Prosecutors accused",
            "the mayor on Friday of secretly taking bribes from builders"
        ),
        "the mayor secretly taking bribes from builders"
    );
    t!(
        blamed_for,
        unaccuse("Kenya blamed ", "Uganda for closing the border"),
        "Uganda closing the border"
    );
    t!(
        accused_an_of_name,
        unaccuse(
            "She accused",
            "the Ministry of Health of hiding the figures"
        ),
        "the Ministry of Health hiding the figures"
    );
    t!(
        no_accusation_no_change,
        unaccuse("He said", "the risk of losing jobs was high"),
        "the risk of losing jobs was high"
    );
    t!(
        accused_of_a_noun_stays,
        unaccuse("They accused", "the board of fraud"),
        "the board of fraud"
    );
    // Clause clean-ups.
    t!(
        time_before_that_goes,
        clauses("in March that the factory had closed"),
        ["the factory had closed"]
    );
    t!(
        pronoun_subject_stays,
        clauses("we will not pay the fine"),
        ["we will not pay the fine"]
    );
    t!(
        determiner_stays,
        clauses("such strikes rarely halt production"),
        ["such strikes rarely halt production"]
    );
    t!(
        a_long_clause_is_cut_before_a_join,
        clauses("the strike was unlikely to spread to other ports because neither union wanted a long fight"),
        ["the strike was unlikely to spread to other ports"]
    );
    t!(
        conjunctions_go,
        clauses("and that the port was shut"),
        ["the port was shut"]
    );
    t!(
        that_of_a_noun_stays,
        clauses("the report that angered farmers was leaked"),
        ["the report that angered farmers was leaked"]
    );

    #[test]
    fn an_accusation_labels_as_a_clause() {
        let mut doc = Document::default();
        let mut a = Article::empty("a");
        a.body = "Brazil accused Argentina on Monday of dumping cheap steel on its market.".into();
        doc.articles.push(a);
        let doc = crate::analyze(doc);
        assert_eq!(
            doc.propositions[0].label,
            "Argentina dumping cheap steel on its market"
        );
    }

    #[test]
    fn labels_are_clauses_not_fragments() {
        let mut doc = Document::default();
        let mut a = Article::empty("a");
        a.body =
            "Mayor Ana Ruiz called the report \"fake\". Fire chief Marta Olsen said the blaze \
                  started in the paint shop, long before the alarm sounded."
                .into();
        doc.articles.push(a);
        let mut doc = crate::analyze(doc);
        crate::statement::annotate(&mut doc);
        assert!(!doc.propositions.is_empty());
        for p in &doc.propositions {
            assert!(p.label.split_whitespace().count() >= 3, "{:?}", p.label);
            assert!(p.label.split_whitespace().count() <= 12, "{:?}", p.label);
        }
        assert!(doc
            .propositions
            .iter()
            .any(|p| p.label.starts_with("The blaze started in the paint shop")));
    }

    fn toks(v: &[&str]) -> Vec<Vec<String>> {
        v.iter()
            .map(|t| t.split_whitespace().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn both_groupings_join_alike_claims_only() {
        // Sorted distinct words, as `group` hands them over.
        let t = toks(&[
            "=supply =weapon @a",
            "factori fire",
            "=supply =weapon @a @b",
            "factori fire night",
        ]);
        let w: Vec<Vec<f64>> = t.iter().map(|t| vec![1.0; t.len()]).collect();
        for f in [average_link, nearest_earlier] {
            let mut g: Vec<Vec<usize>> = (0..4).map(|i| vec![i]).collect();
            f(&mut g, &t, &w, 0.5);
            assert_eq!(g, [vec![0, 2], vec![1, 3]]);
        }
    }

    #[test]
    fn stems_join_inflections() {
        for w in ["preparing", "prepared", "prepares", "prepare"] {
            assert_eq!(stem(w), "prepar", "{w}");
        }
        for w in ["carries", "carried", "carry"] {
            assert_eq!(stem(w), "carri", "{w}");
        }
        assert_eq!(stem("planned"), "plan");
        assert_eq!(stem("nation's"), "nation");
    }

    #[test]
    fn synonyms_share_a_class() {
        for w in [
            "supplying",
            "supplied",
            "supplies",
            "supply",
            "ship",
            "sent",
            "exported",
        ] {
            assert_eq!(stem(w), "=supply", "{w}");
        }
        for w in ["weapons", "arms", "munitions", "ammunition", "shells"] {
            assert_eq!(stem(w), "=weapon", "{w}");
        }
        for w in ["deal", "dealings", "trade", "sale"] {
            assert_eq!(stem(w), "=supply", "{w}");
        }
        for w in ["bought", "purchasing", "acquired"] {
            assert_eq!(stem(w), "=buy", "{w}");
        }
        for w in ["rammed", "collision"] {
            assert_eq!(stem(w), "=collide", "{w}");
        }
        for w in ["spilled", "leaking", "contamination"] {
            assert_eq!(stem(w), "=leak", "{w}");
        }
    }
}
