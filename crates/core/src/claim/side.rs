//! Which side of the claim map a speaker stands on: a government with its
//! officials, bodies and state media; the analysts; or others.
//!
//! Only general cues decide it:
//! - a country speaks for its government (`Manila said` is a mention of the
//!   Philippines); a demonym as speaker (`according to the Filipino
//!   military`) stands for its country;
//! - a government body or state medium of the lexicon (`White House`,
//!   `Kremlin`, `Xinhua`) belongs to its country;
//! - an unnamed actor or an organisation whose name holds a country and an
//!   office word (`north-korean-official`, `Philippine Coast Guard`);
//! - a speaker's title or apposition wherever the text names them: an
//!   office word with a country, demonym, government body or
//!   government-side organisation or person beside it (`Ruritanian Defense
//!   Secretary Ana Ruiz`, `Ana Ruiz, deputy minister at Ruritania's foreign
//!   ministry`, `Kremlin spokesman …`, `OEFA president …`); a past or
//!   opposing office (`former minister`, `opposition leader`) and a country
//!   the office is sent to (`ambassador to X`) do not count;
//! - analysts by their words (`professor`, `researcher at the … Institute`);
//! - a bare office (`Spokesperson Ana Ruiz said`, `the regulator said`) takes
//!   the government of the statement next to it: the one before, in the same
//!   paragraph or the one before, else the one after.
//!
//! Word lists are plain strings, which cost the wasm build less than tables.

use super::Side;
use crate::corpus::{Document, EntityType, Mention};
use crate::entity::lexicon::{country_of, government_body_of};
use crate::entity::slug;
use crate::sort::{first, first_of, list_of, push_to, Keys};
use std::cell::{Cell, RefCell};

/// Words of a government office, body or force.
const OFFICES: &str = "administration ambassador army authorities cabinet chancellor \
    commander consul department diplomat diplomats embassy emir envoy government governor \
    guard king leader military minister ministers ministry navy official officials police \
    premier president prosecutor prosecutors queen regulator secretary spokesman spokesmen \
    spokesperson spokeswoman";

/// Words before an office that make it a past or opposing one.
const NOT_IN_OFFICE: &str = "ex former late opposition retired";

/// Words that end a title read back from a name (`… told [reporters]`).
const TITLE_STOPS: &str = "about after against as because before but by from into near on \
    than that to toward towards when where which while who with";

/// Words before a country that put it outside the office (`envoy to X`).
const AWAY: &str = "against from in into near on over to toward towards visiting with";

/// Windows of words read per step (see [`Sides::begin_step`]) before a
/// look-up not yet known is put off to the next step.
pub(super) const WINDOWS_PER_STEP: usize = 1_000;

/// Depth of the look-up through cue entities (`OEFA president` → OEFA →
/// the statement before it), to keep it finite.
const MAX_DEPTH: usize = 3;

/// Whether `w`, in any case, is a word of `list`: through the lexicon's
/// sets, since scanning the list for each word was most of a side's cost.
fn is(list: &'static str, w: &str) -> bool {
    crate::statement::lexicon::is(list, &w.to_ascii_lowercase())
}

/// The government (a country's slug) of a name as written or a slug.
fn country(name: &str) -> Option<String> {
    country_of(name).map(slug)
}

/// The side of the speaker `id` in `doc`.
#[cfg(test)]
pub(super) fn side_of(doc: &Document, id: &str) -> Side {
    Sides::new(doc).side_in_steps(doc, id)
}

/// Look-ups over one document for [`Sides::side_of`]: entities, articles
/// and the statements of each article by id, the mentions of each entity
/// and the statements of each speaker, and the answers already found.
/// Without them each speaker's side scanned the whole corpus.
///
/// It holds indices, not borrows, so that a stepped analysis can keep it
/// between steps: build it over a document with [`Sides::index_articles`]
/// and [`Sides::index_statements`] (in pieces if need be), then ask with
/// that same, unchanged document.
#[derive(Clone, Debug, Default)]
pub(super) struct Sides {
    /// The index of the first entity with each id, of the first
    /// `entities_indexed`.
    entity_keys: Keys,
    entities: Vec<usize>,
    entities_indexed: usize,
    /// The index of the first article with each id.
    article_keys: Keys,
    articles: Vec<usize>,
    /// Statement indices by article id, in statement order.
    by_article_keys: Keys,
    by_article: Vec<Vec<usize>>,
    /// Statement indices by speaker, in statement order.
    speaker_keys: Keys,
    by_speaker: Vec<Vec<usize>>,
    /// (article index, start, end) of each entity's mentions, in article
    /// and mention order.
    mention_keys: Keys,
    mentions: Vec<Vec<(usize, usize, usize)>>,
    /// The answers of `government` found so far, by id.
    memo: RefCell<(Keys, Vec<Vec<Found>>)>,
    /// The look-ups under way, innermost last: the height of look-ups
    /// below each so far, and whether none of them was cut short.
    frames: RefCell<Vec<(usize, bool)>>,
    /// The windows this step may still read, whether a look-up was
    /// answered in it, and whether one was put off.
    budget: Cell<(usize, bool, bool)>,
}

/// An answer of [`government`] asked at `depth`, whose look-ups went
/// `height` levels below it. When none was cut short by [`MAX_DEPTH`]
/// (`whole`), it is the answer at any depth that leaves room for that
/// height: a speaker is then worked out once, not once per depth it is
/// reached at.
#[derive(Clone, Debug)]
struct Found {
    answer: Result<String, bool>,
    depth: usize,
    height: usize,
    whole: bool,
}

impl Sides {
    /// The look-ups for all of `doc`.
    #[cfg(test)]
    pub(super) fn new(doc: &Document) -> Self {
        let mut ix = Sides::default();
        ix.index_articles(doc, 0..doc.articles.len());
        ix.index_statements(doc, 0..doc.statements.len());
        ix
    }

    /// [`Sides::side_of`] asked again in new steps until it answers.
    #[cfg(test)]
    pub(super) fn side_in_steps(&self, doc: &Document, id: &str) -> Side {
        loop {
            self.begin_step(WINDOWS_PER_STEP);
            if let Some(side) = self.side_of(doc, id) {
                return side;
            }
        }
    }

    /// Adds the articles `range`, and the entities in proportion (all of
    /// them with the last articles: 58,000 at 10,000 articles were one
    /// long step); call it over consecutive ranges in order.
    pub(super) fn index_articles(&mut self, doc: &Document, range: std::ops::Range<usize>) {
        let (a, e) = (doc.articles.len(), doc.entities.len());
        let upto = if range.end >= a {
            e
        } else {
            (range.end * e / a).min(e)
        };
        for k in self.entities_indexed..upto {
            first(
                &mut self.entity_keys,
                &mut self.entities,
                &doc.entities[k].id,
                k,
            );
        }
        self.entities_indexed = self.entities_indexed.max(upto);
        for k in range {
            let a = &doc.articles[k];
            first(&mut self.article_keys, &mut self.articles, &a.id, k);
            for m in &a.mentions {
                push_to(
                    &mut self.mention_keys,
                    &mut self.mentions,
                    &m.entity,
                    (k, m.start, m.end),
                );
            }
        }
    }

    /// Adds the statements `range`; call it over consecutive ranges in
    /// order.
    pub(super) fn index_statements(&mut self, doc: &Document, range: std::ops::Range<usize>) {
        for i in range {
            let s = &doc.statements[i];
            push_to(
                &mut self.by_article_keys,
                &mut self.by_article,
                &s.article,
                i,
            );
            if let Some(sp) = s.speaker.as_deref() {
                push_to(&mut self.speaker_keys, &mut self.by_speaker, sp, i);
            }
        }
    }

    /// The first entity of `doc` with this id.
    pub(super) fn entity<'d>(
        &self,
        doc: &'d Document,
        id: &str,
    ) -> Option<&'d crate::corpus::Entity> {
        first_of(&self.entity_keys, &self.entities, id).map(|k| &doc.entities[k])
    }

    /// The first article of `doc` with this id.
    pub(super) fn article<'d>(&self, doc: &'d Document, id: &str) -> Option<&'d crate::Article> {
        first_of(&self.article_keys, &self.articles, id).map(|k| &doc.articles[k])
    }

    /// Starts a step: from here about `windows` windows of words are read
    /// before a look-up not yet known is put off. A speaker whose side needs
    /// the sides of organisations around it, each read from thousands of
    /// mentions, was one step of 90 ms at 10,000 articles.
    pub(super) fn begin_step(&self, windows: usize) {
        self.budget.set((windows, false, false));
    }

    /// The side of the speaker `id` in `doc`, the document indexed; `None`
    /// when it was put off to the next step. The answers found before are
    /// kept, so asking again goes further, and each step answers at least
    /// one look-up: the answer is the one a single step would give.
    pub(super) fn side_of(&self, doc: &Document, id: &str) -> Option<Side> {
        let side = match self.government(doc, id, 0) {
            Ok(c) => Side::Government(c),
            Err(true) => Side::Analysts,
            Err(false) => Side::Others,
        };
        (!self.put_off()).then_some(side)
    }

    /// Whether a look-up of this step was put off: what was found after it
    /// is not kept.
    pub(super) fn put_off(&self) -> bool {
        self.budget.get().2
    }

    /// Whether a look-up goes on, `windows` windows further: not once a
    /// look-up was answered in this step and its windows are used up (the
    /// answers found stay; those under way are put off).
    fn go_on(&self, windows: usize) -> bool {
        let (left, answered, off) = self.budget.get();
        let off = off || (answered && left == 0);
        self.budget
            .set((left.saturating_sub(windows), answered, off));
        !off
    }

    /// [`government`], remembered.
    fn government(&self, doc: &Document, id: &str, depth: usize) -> Result<String, bool> {
        let known = {
            let memo = self.memo.borrow();
            memo.0.get(id).and_then(|k| {
                memo.1[k]
                    .iter()
                    .find(|f| f.depth == depth || (f.whole && depth + f.height <= MAX_DEPTH))
                    .cloned()
            })
        };
        let found = match known {
            Some(found) => found,
            None => {
                if !self.go_on(0) {
                    return Err(false);
                }
                self.frames.borrow_mut().push((0, true));
                let answer = government(self, doc, id, depth);
                let (height, whole) = self.frames.borrow_mut().pop().unwrap_or_default();
                let (left, _, off) = self.budget.get();
                if off {
                    return Err(false);
                }
                self.budget.set((left, true, false));
                let found = Found {
                    answer,
                    depth,
                    height,
                    whole,
                };
                let mut memo = self.memo.borrow_mut();
                let k = memo.0.id(id);
                if k == memo.1.len() {
                    memo.1.push(Vec::new());
                }
                memo.1[k].push(found.clone());
                found
            }
        };
        if let Some(up) = self.frames.borrow_mut().last_mut() {
            up.0 = up.0.max(found.height + 1);
            up.1 &= found.whole;
        }
        found.answer
    }

    /// Frees part `k` (0 to 2) of the look-ups: freed at once, at 10,000
    /// articles, they took 20-50 ms.
    pub(super) fn release(&mut self, k: usize) {
        match k {
            0 => (self.mentions, self.by_article, self.by_speaker) = Default::default(),
            1 => (self.mention_keys, self.by_article_keys) = Default::default(),
            _ => *self = Sides::default(),
        }
    }

    /// Notes that a look-up was refused for depth: the answer under way
    /// holds only at its own depth.
    fn cut(&self) {
        if let Some(up) = self.frames.borrow_mut().last_mut() {
            up.1 = false;
        }
    }
}

/// The government `id` belongs to, else whether it is an analyst.
fn government(ix: &Sides, doc: &Document, id: &str, depth: usize) -> Result<String, bool> {
    let e = &doc.entities[first_of(&ix.entity_keys, &ix.entities, id).ok_or(false)?];
    if matches!(e.kind, EntityType::Place | EntityType::Nationality) {
        return match country(&e.id) {
            Some(c) => Ok(c),
            None if e.kind == EntityType::Place => Ok(e.id.clone()),
            None => Err(false),
        };
    }
    if let Some(c) = government_body_of(&e.id).or_else(|| government_body_of(&e.name)) {
        return Ok(slug(c));
    }
    if e.kind != EntityType::Person || e.aliases.is_empty() {
        // An organisation or an unnamed actor: its id says it
        // (`asia-maritime-institute`, `senior-brazilian-defense-official`,
        // `biden-officials` after `biden`).
        let toks: Vec<&str> = e.id.split('-').collect();
        if toks.iter().any(|t| crate::statement::is_analyst_word(t)) {
            return Err(true);
        }
        if toks.iter().any(|t| is(OFFICES, t)) {
            for len in (1..=toks.len().min(3)).rev() {
                if let Some(c) = toks.windows(len).find_map(|w| country(&w.join("-"))) {
                    return Ok(c);
                }
            }
        }
        if let Some((parent, _)) = e.id.rsplit_once('-') {
            if ix.entity_keys.get(parent).is_some() {
                if depth >= MAX_DEPTH {
                    ix.cut();
                } else if let Ok(c) = ix.government(doc, parent, depth + 1) {
                    return Ok(c);
                }
            }
        }
    }
    // The words around each mention, and around the speaker's label in each
    // of its statements (its last part: not `allegations by X,` before `a
    // defense official`).
    let mut places: Vec<(usize, usize, usize)> =
        list_of(&ix.mention_keys, &ix.mentions, id).to_vec();
    for s in list_of(&ix.speaker_keys, &ix.by_speaker, id)
        .iter()
        .map(|&i| &doc.statements[i])
    {
        let (Some(label), Some(k)) = (
            &s.speaker_label,
            first_of(&ix.article_keys, &ix.articles, &s.article),
        ) else {
            continue;
        };
        let Some(at) = s.sentence.find(label.as_str()) else {
            continue;
        };
        let last = label.rfind(',').map_or(0, |c| c + 1);
        let last = label.len() - label[last..].trim_start().len();
        places.push((k, s.start + at + last, s.start + at + label.len()));
    }
    let mut votes: Vec<(String, usize)> = Vec::new();
    let (mut analyst, mut inherited) = (false, None);
    for (k, from, to) in places {
        if !ix.go_on(1) {
            break;
        }
        let a = &doc.articles[k];
        let start = title_start(&a.body, &a.mentions, from);
        let end = apposition_end(&a.body, &a.mentions, to).unwrap_or(to);
        match read(ix, doc, &a.body, &a.mentions, start, end, id, depth) {
            Cue::Country(c) => match votes.iter_mut().find(|(v, _)| *v == c) {
                Some(v) => v.1 += 1,
                None => votes.push((c, 1)),
            },
            Cue::Bare if inherited.is_none() => {
                inherited = government_near(ix, doc, &a.id, from, id, depth);
            }
            Cue::Analyst => analyst = true,
            _ => {}
        }
    }
    // The country most windows name; the first named on a tie.
    let mut best: Option<(String, usize)> = None;
    for (c, n) in votes {
        if best.as_ref().is_none_or(|(_, b)| n > *b) {
            best = Some((c, n));
        }
    }
    match (best, analyst, inherited) {
        (Some((c, _)), _, _) => Ok(c),
        (None, true, _) => Err(true),
        (None, false, Some(c)) => Ok(c),
        _ => Err(false),
    }
}

/// What one window of words around a speaker says.
enum Cue {
    Country(String),
    Analyst,
    /// An office naming nothing (`the regulator`, `Spokesperson …`).
    Bare,
    Nothing,
}

/// Reads `body[start..end]` around a mention of `me`: an office word and
/// the country nearest to it (not one it is sent to), else analyst words.
#[allow(clippy::too_many_arguments)]
fn read(
    ix: &Sides,
    doc: &Document,
    body: &str,
    mentions: &[Mention],
    start: usize,
    end: usize,
    me: &str,
    depth: usize,
) -> Cue {
    let Some(text) = body.get(start..end) else {
        return Cue::Nothing;
    };
    let words: Vec<(usize, &str)> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (start + (w.as_ptr() as usize - text.as_ptr() as usize), w))
        .collect();
    let office = words.iter().enumerate().find(|(k, (_, w))| {
        is(OFFICES, w)
            && !words[k.saturating_sub(2)..*k]
                .iter()
                .any(|(_, p)| is(NOT_IN_OFFICE, p))
    });
    let Some((_, &(at, _))) = office else {
        return if words
            .iter()
            .any(|(_, w)| crate::statement::is_analyst_word(&w.to_ascii_lowercase()))
        {
            Cue::Analyst
        } else {
            Cue::Nothing
        };
    };
    let mut named = false;
    let mut best: Option<(usize, String)> = None;
    for m in mentions
        .iter()
        .filter(|m| m.start >= start && m.end <= end && m.entity != me)
    {
        named = true;
        // `ambassador to X`: the word before the country, past `the`.
        let away = words
            .iter()
            .rev()
            .filter(|(p, _)| *p < m.start)
            .find(|(_, w)| !w.eq_ignore_ascii_case("the"))
            .is_some_and(|(_, w)| is(AWAY, w));
        let distance = m.start.abs_diff(at);
        if away || best.as_ref().is_some_and(|(d, _)| *d <= distance) {
            continue;
        }
        if let Some(c) = cue_country(ix, doc, body, m, depth) {
            best = Some((distance, c));
        }
    }
    match best {
        Some((_, c)) => Cue::Country(c),
        // Only an office that names nothing is bare (`the regulator`, not
        // `Biden administration officials`).
        None if !named => Cue::Bare,
        None => Cue::Nothing,
    }
}

/// The country a mention beside an office points to: a country, capital or
/// demonym; a government body; an organisation or (possessive) person on a
/// government's side.
fn cue_country(
    ix: &Sides,
    doc: &Document,
    body: &str,
    m: &Mention,
    depth: usize,
) -> Option<String> {
    match m.kind {
        EntityType::Place | EntityType::Nationality => {
            country(&m.entity).or_else(|| country(&m.text))
        }
        EntityType::Org => government_body_of(&m.entity)
            .or_else(|| government_body_of(&m.text))
            .map(slug)
            .or_else(|| deeper(ix, doc, &m.entity, depth)),
        EntityType::Person
            if body
                .get(m.end..)
                .is_some_and(|t| t.starts_with("'s") || t.starts_with("\u{2019}s")) =>
        {
            deeper(ix, doc, &m.entity, depth)
        }
        _ => None,
    }
}

fn deeper(ix: &Sides, doc: &Document, id: &str, depth: usize) -> Option<String> {
    if depth >= MAX_DEPTH {
        ix.cut();
        return None;
    }
    ix.government(doc, id, depth + 1).ok()
}

/// The government of the statement next to `pos` in `article` by a speaker
/// other than `id`: the last before it (its sentence's first statement, the
/// main speaker, not a claim it names), else the first after it, in the
/// same paragraph or the next one (wire copy gives a sentence a paragraph).
fn government_near(
    ix: &Sides,
    doc: &Document,
    article: &str,
    pos: usize,
    id: &str,
    depth: usize,
) -> Option<String> {
    let body = &doc.articles[first_of(&ix.article_keys, &ix.articles, article)?].body;
    let others = list_of(&ix.by_article_keys, &ix.by_article, article)
        .iter()
        .map(|&i| &doc.statements[i])
        .filter(|s| s.speaker.as_deref() != Some(id));
    let last = others
        .clone()
        .filter(|s| s.start < pos)
        .map(|s| s.start)
        .max();
    let s = match last {
        Some(last) => others.clone().find(|s| s.start == last)?,
        None => others.filter(|s| s.start > pos).min_by_key(|s| s.start)?,
    };
    let gap = body.get(s.start.min(pos)..s.start.max(pos))?;
    if gap.matches("\n\n").count() > 1 {
        return None;
    }
    deeper(ix, doc, s.speaker.as_deref()?, depth)
}

fn is_stop(c: char) -> bool {
    ".!?;:,\"()[]\n\u{201C}\u{201D}\u{2014}\u{2013}".contains(c)
}

/// The mention holding byte `i`: mentions are sorted by start and never
/// overlap, so the last one starting at or before `i` (found by halves:
/// the title and apposition readers ask for each character).
fn inside(mentions: &[Mention], i: usize) -> Option<&Mention> {
    let k = mentions.partition_point(|m| m.start <= i);
    mentions[..k].last().filter(|m| i < m.end)
}

/// Where the title before a name at `pos` starts: back to the clause's
/// start (crossing one comma right before a person's name, `the leader of
/// X, NAME`, and `known as`: `the regulator, known as NAME`), then after the
/// last word that ends a title (a speech verb, `by`, `that`, …) or another
/// person's name, at most ten words back.
fn title_start(body: &str, mentions: &[Mention], pos: usize) -> usize {
    let head = body.get(..pos).unwrap_or("");
    let bare = head.trim_end();
    for link in ["known as", "called", "dubbed"] {
        if let Some(before) = bare.strip_suffix(link) {
            if let Some(before) = before.trim_end().strip_suffix(',') {
                return title_start(body, mentions, before.len());
            }
        }
    }
    let name_follows = mentions
        .iter()
        .any(|m| m.start == pos && m.kind == EntityType::Person);
    let mut start = 0;
    let mut crossed = !name_follows;
    for (i, c) in head.char_indices().rev() {
        if inside(mentions, i).is_some() {
            continue;
        }
        if c == ',' && !crossed && head[i + 1..].trim().is_empty() {
            crossed = true;
            continue;
        }
        let spaced_dash = c == '-' && head[..i].ends_with(' ') && head[i + 1..].starts_with(' ');
        if is_stop(c) || spaced_dash {
            start = i + c.len_utf8();
            break;
        }
    }
    let clause = &head[start..];
    let mut from = start;
    let mut count = Vec::new();
    for w in clause.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}') {
        if w.is_empty() {
            continue;
        }
        let at = start + (w.as_ptr() as usize - clause.as_ptr() as usize);
        let lower = w.to_ascii_lowercase();
        let other = inside(mentions, at).is_some_and(|m| m.kind == EntityType::Person);
        if is(TITLE_STOPS, &lower) || crate::statement::is_speech_verb(&lower) || other {
            from = at + w.len();
            count.clear();
        } else {
            count.push(at);
        }
    }
    // At most ten words.
    count.len().checked_sub(10).map_or(from, |k| count[k])
}

/// The end of the apposition after a name ending at `end` (`, a researcher
/// at X,`): the next clause mark or another person's name; none for a
/// relative clause or a speech verb (`, who said`, `, said`).
fn apposition_end(body: &str, mentions: &[Mention], end: usize) -> Option<usize> {
    let tail = body.get(end..)?;
    let tail = tail
        .strip_prefix("'s")
        .or_else(|| tail.strip_prefix("\u{2019}s"))
        .unwrap_or(tail);
    let rest = tail.strip_prefix(',')?;
    let from = body.len() - rest.len();
    let first = rest
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())?;
    if is("who which whose where when", first)
        || crate::statement::is_speech_verb(&first.to_ascii_lowercase())
    {
        return None;
    }
    let mut to = body.len();
    for (i, c) in rest.char_indices() {
        match inside(mentions, from + i) {
            Some(m) if m.kind == EntityType::Person => {
                to = from + i;
                break;
            }
            Some(_) => continue,
            None if is_stop(c) => {
                to = from + i;
                break;
            }
            None => {}
        }
    }
    Some(to)
}

#[cfg(test)]
mod tests {
    use super::side_of;
    use crate::claim::Side;
    use crate::corpus::{Article, Document};

    fn sides(body: &str) -> Document {
        let mut doc = Document::default();
        let mut a = Article::empty("a");
        a.body = body.to_string();
        doc.articles.push(a);
        crate::analyze(doc)
    }

    fn side(doc: &Document, id: &str) -> Side {
        assert!(
            doc.statements
                .iter()
                .any(|s| s.speaker.as_deref() == Some(id)),
            "{id} says nothing: {:#?}",
            doc.statements
                .iter()
                .map(|s| (&s.speaker, &s.speaker_label))
                .collect::<Vec<_>>()
        );
        side_of(doc, id)
    }

    fn gov(c: &str) -> Side {
        Side::Government(c.into())
    }

    macro_rules! t {
        ($name:ident, $body:expr, $speaker:expr, $side:expr) => {
            #[test]
            fn $name() {
                let doc = sides($body);
                assert_eq!(side(&doc, $speaker), $side, "{}", $body);
            }
        };
    }

    // Titles before the name.
    t!(
        government_body_in_title,
        "Kremlin spokesman Oleg Brandt said the talks had failed.",
        "oleg-brandt",
        gov("russia")
    );
    t!(
        us_body_in_title,
        "White House press secretary Dana Pruitt said the tariffs would stay.",
        "dana-pruitt",
        gov("united-states")
    );
    t!(
        demonym_in_title,
        "Kenyan Interior Minister Joseph Otieno said the border would reopen.",
        "joseph-otieno",
        gov("kenya")
    );
    t!(
        possessive_country_before_office,
        "Chile's finance minister, Rosa Fuentes, said inflation had peaked.",
        "rosa-fuentes",
        gov("chile")
    );
    // Appositions after the name.
    t!(
        apposition_with_country,
        "\"We will not pay,\" said Tomas Lind, deputy minister at Sweden's foreign ministry.",
        "tomas-lind",
        gov("sweden")
    );
    t!(
        office_of_country,
        "The president of Ghana, Kwame Asante, said the mine would close.",
        "kwame-asante",
        gov("ghana")
    );
    t!(
        envoy_to_a_country_stays_home,
        "Marek Nowak, Poland's ambassador to Japan, said the visit went well.",
        "marek-nowak",
        gov("poland")
    );
    // Analysts.
    t!(
        researcher_at_institute,
        "\"Prices will fall,\" said Ines Duarte, a researcher at the Lisbon Energy Institute.",
        "ines-duarte",
        Side::Analysts
    );
    t!(
        professor,
        "Amara Obi, a professor of economics at the University of Lagos, said growth would slow.",
        "amara-obi",
        Side::Analysts
    );
    // Not a government.
    t!(
        former_office_does_not_count,
        "Former Brazilian minister Paulo Reis said the vote was rigged.",
        "paulo-reis",
        Side::Others
    );
    t!(
        citizen_stays_other,
        "Lena Berg, a teacher from a village near Oslo, said the water was brown.",
        "lena-berg",
        Side::Others
    );
    t!(
        company_stays_other,
        "Norsk Metall said it had found no leak at its plant in Norway.",
        "norsk-metall",
        Side::Others
    );
    // Unnamed actors and bare offices.
    t!(
        unnamed_official,
        "A senior Egyptian official said the crossing would open.",
        "egyptian-official",
        gov("egypt")
    );
    t!(
        bare_office_takes_the_body_before,
        "Mexico's foreign ministry rejected the report. Spokesperson Laura Vega said \
         the shipment had been legal.",
        "laura-vega",
        gov("mexico")
    );
    t!(
        known_as_takes_the_title_before,
        "OSLO, May 2 (Reuters) - Norway's food safety regulator said on Monday that the \
         farm had broken the rules.\n\nThe regulator, known as Mattilsynet, said tests \
         showed high levels of lice.",
        "mattilsynet",
        gov("norway")
    );
    t!(
        head_of_a_government_body,
        "Ghana's mining regulator said the dam had leaked.\n\nThe regulator, known as \
         MINCOM, said the leak was small.\n\n\"We are sure,\" MINCOM president Kofi Mensah \
         told reporters.",
        "kofi-mensah",
        gov("ghana")
    );
    t!(
        bare_office_in_the_first_lines_takes_the_next_statement,
        "A Foreign Ministry official said the tanker had left.\n\nPRAGUE - The Czech \
         Republic said on Monday it had never hosted the tanker.",
        "foreign-ministry",
        gov("czech-republic")
    );
    t!(
        no_title_across_a_comma_for_a_description,
        "Responding to claims by the Kremlin, a Defense Ministry official said the tanker \
         had left.\n\nPRAGUE - The Czech Republic said on Monday it had never hosted the \
         tanker.",
        "defense-ministry",
        gov("czech-republic")
    );
    t!(
        demonym_speaker,
        "According to the Turkish military, the drone was shot down over the sea.",
        "turkish",
        gov("turkey")
    );

    /// A small synthetic corpus analysed, and its speakers in order, once
    /// each.
    fn synthetic_speakers() -> (Document, Vec<String>) {
        let doc = crate::analyze(crate::synth::corpus(60, 5));
        let mut speakers: Vec<String> = doc
            .statements
            .iter()
            .filter_map(|s| s.speaker.clone())
            .collect();
        crate::sort::natural(&mut speakers);
        speakers.dedup();
        (doc, speakers)
    }

    /// With a budget of a few windows a step, sides that need others are
    /// put off, and each is answered in later steps as it is in one.
    #[test]
    fn long_look_ups_are_put_off_to_later_steps() {
        let (doc, speakers) = synthetic_speakers();
        let ix = super::Sides::new(&doc);
        let (mut steps, mut put_off) = (0, 0);
        for sp in &speakers {
            let side = loop {
                steps += 1;
                ix.begin_step(3);
                match ix.side_of(&doc, sp) {
                    Some(side) => break side,
                    None => put_off += 1,
                }
            };
            assert_eq!(side, side_of(&doc, sp), "{sp}");
        }
        assert!(put_off > 0, "{put_off} of {steps} steps");
    }

    /// A side is remembered once for every depth that has room for its
    /// look-ups: asking in any order, or each speaker in a fresh index,
    /// gives the same answers.
    #[test]
    fn answers_do_not_depend_on_what_was_asked_before() {
        let (doc, speakers) = synthetic_speakers();
        assert!(speakers.len() > 20, "{}", speakers.len());
        let fresh: Vec<Side> = speakers.iter().map(|sp| side_of(&doc, sp)).collect();
        let ix = super::Sides::new(&doc);
        let forward: Vec<Side> = speakers
            .iter()
            .map(|sp| ix.side_in_steps(&doc, sp))
            .collect();
        let ix = super::Sides::new(&doc);
        let mut backward: Vec<Side> = speakers
            .iter()
            .rev()
            .map(|sp| ix.side_in_steps(&doc, sp))
            .collect();
        backward.reverse();
        assert_eq!(forward, fresh);
        assert_eq!(backward, fresh);
        // Not all the same side: the corpus has governments and others.
        assert!(fresh.iter().any(|s| matches!(s, Side::Government(_))));
        assert!(fresh.contains(&Side::Others));
    }
}
