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
//! - a person's title or apposition wherever the text names them: an office
//!   word with a country, demonym, government body or government-side
//!   organisation or person beside it (`Ruritanian Defense Secretary Ana
//!   Ruiz`, `Ana Ruiz, deputy minister at Ruritania's foreign ministry`,
//!   `Kremlin spokesman …`, `OEFA president …`); a past or opposing office
//!   (`former minister`, `opposition leader`) does not count;
//! - analysts by their words (`professor`, `researcher at the … Institute`);
//! - a bare office (`Spokesperson Ana Ruiz said`, `the regulator said`) takes
//!   the government of the statement just before it in the paragraph.

use super::Side;
use crate::corpus::{Document, EntityType, Mention};
use crate::entity::lexicon::{country_of, government_body_of};
use crate::entity::slug;
use crate::Span;
use std::collections::BTreeMap;

/// Words of a government office, body or force (lower case, sorted).
const OFFICES: &[&str] = &[
    "administration",
    "ambassador",
    "army",
    "authorities",
    "cabinet",
    "chancellor",
    "commander",
    "consul",
    "department",
    "diplomat",
    "diplomats",
    "embassy",
    "emir",
    "envoy",
    "government",
    "governor",
    "guard",
    "king",
    "leader",
    "military",
    "minister",
    "ministers",
    "ministry",
    "navy",
    "official",
    "officials",
    "police",
    "premier",
    "president",
    "prosecutor",
    "prosecutors",
    "queen",
    "regulator",
    "secretary",
    "spokesman",
    "spokesmen",
    "spokesperson",
    "spokeswoman",
];

/// Words before an office that make it a past or opposing one.
const NOT_IN_OFFICE: &[&str] = &["ex", "former", "late", "opposition", "retired"];

/// Words that end a title read back from a name (`… told [reporters]`).
const TITLE_STOPS: &[&str] = &[
    "about", "after", "against", "as", "because", "before", "but", "by", "from", "into", "near",
    "on", "than", "that", "to", "toward", "towards", "when", "where", "which", "while", "who",
    "with",
];

/// Words before a country that put it outside the office (`envoy to X`).
const AWAY: &[&str] = &[
    "against", "from", "in", "into", "near", "on", "over", "to", "toward", "towards", "visiting",
    "with",
];

/// Depth of the look-up through cue entities (`OEFA president` → OEFA →
/// the statement before it), to keep it finite.
const MAX_DEPTH: usize = 3;

fn is(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// The government (a country's slug) of a name as written or a slug.
fn country(name: &str) -> Option<String> {
    country_of(name).map(slug)
}

/// The country in a non-person id holding an office word
/// (`senior-brazilian-defense-official`, `philippine-coast-guard`).
fn country_in_id(id: &str) -> Option<String> {
    let toks: Vec<&str> = id.split('-').collect();
    if !toks.iter().any(|t| is(OFFICES, t)) {
        return None;
    }
    for len in (1..=toks.len().min(4)).rev() {
        for start in 0..=toks.len() - len {
            if let Some(c) = country(&toks[start..start + len].join("-")) {
                return Some(c);
            }
        }
    }
    None
}

/// The side of the speaker `id` in `doc`.
pub(super) fn side_of(doc: &Document, id: &str) -> Side {
    side_at(doc, id, 0)
}

fn side_at(doc: &Document, id: &str, depth: usize) -> Side {
    let Some(e) = doc.entities.iter().find(|e| e.id == id) else {
        return Side::Others;
    };
    match e.kind {
        EntityType::Place => {
            return Side::Government(country(&e.id).unwrap_or_else(|| e.id.clone()));
        }
        EntityType::Nationality => {
            return country(&e.id).map_or(Side::Others, Side::Government);
        }
        _ => {}
    }
    if let Some(c) = government_body_of(&e.id).or_else(|| government_body_of(&e.name)) {
        return Side::Government(slug(c));
    }
    let unnamed = e.aliases.is_empty();
    if e.kind != EntityType::Person || unnamed {
        if e.id.split('-').any(crate::statement::is_analyst_word) {
            return Side::Analysts;
        }
        if let Some(c) = country_in_id(&e.id) {
            return Side::Government(c);
        }
        // `biden-officials`: the side of the entity the id is made from.
        if let Some((parent, _)) = e.id.rsplit_once('-') {
            if depth < MAX_DEPTH && doc.entities.iter().any(|p| p.id == parent) {
                if let s @ Side::Government(_) = side_at(doc, parent, depth + 1) {
                    return s;
                }
            }
        }
    }
    let mut cues = Cues::default();
    for a in &doc.articles {
        for m in a.mentions.iter().filter(|m| m.entity == id) {
            let before = Span::new(title_start(&a.body, &a.mentions, m.start), m.start);
            cues.read(doc, &a.body, &a.mentions, before, id, depth);
            if let Some(after) = apposition(&a.body, &a.mentions, m.end) {
                cues.read(doc, &a.body, &a.mentions, after, id, depth);
            }
            if cues.bare && cues.votes.is_empty() && cues.inherited.is_none() {
                cues.inherited = side_near(doc, &a.id, m.start, id, depth);
            }
            cues.bare = false;
        }
    }
    for s in doc
        .statements
        .iter()
        .filter(|s| s.speaker.as_deref() == Some(id))
    {
        let (Some(label), Some(a)) = (&s.speaker_label, doc.article(&s.article)) else {
            continue;
        };
        let Some(at) = s.sentence.find(label.as_str()) else {
            continue;
        };
        // The label's last part (not `allegations by X,` before `a defense
        // official`), with the title before it and its apposition.
        let last = label.rfind(',').map_or(0, |k| k + 1);
        let last = last + (label.len() - last - label[last..].trim_start().len());
        let (from, to) = (s.start + at + last, s.start + at + label.len());
        let span = Span::new(title_start(&a.body, &a.mentions, from), to);
        cues.read(doc, &a.body, &a.mentions, span, id, depth);
        if let Some(after) = apposition(&a.body, &a.mentions, to) {
            cues.read(doc, &a.body, &a.mentions, after, id, depth);
        }
        if cues.bare && cues.votes.is_empty() && cues.inherited.is_none() {
            cues.inherited = side_near(doc, &a.id, s.start, id, depth);
        }
        cues.bare = false;
    }
    if let Some((c, _)) = cues
        .votes
        .iter()
        .max_by_key(|(c, (n, first))| (*n, std::cmp::Reverse(*first), std::cmp::Reverse(*c)))
    {
        return Side::Government(c.clone());
    }
    if cues.analyst {
        return Side::Analysts;
    }
    if let Some(c) = cues.inherited {
        return Side::Government(c);
    }
    Side::Others
}

/// What the words around an entity's mentions say about its side.
#[derive(Default)]
struct Cues {
    /// Country → (windows naming it, order first seen).
    votes: BTreeMap<String, (usize, usize)>,
    /// An analyst word was seen.
    analyst: bool,
    /// The last window held an office but no country.
    bare: bool,
    /// The government of the statement before a bare office.
    inherited: Option<String>,
}

impl Cues {
    /// Reads one window `span` of `body` around a mention of `me`.
    fn read(
        &mut self,
        doc: &Document,
        body: &str,
        mentions: &[Mention],
        span: Span,
        me: &str,
        depth: usize,
    ) {
        let Some(text) = span.slice(body) else { return };
        // Words with their body offsets, lower case.
        let mut words: Vec<(usize, String)> = Vec::new();
        let mut cur = String::new();
        let mut at = 0;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                if cur.is_empty() {
                    at = span.start + i;
                }
                cur.extend(c.to_lowercase());
            } else if !cur.is_empty() {
                words.push((at, std::mem::take(&mut cur)));
            }
        }
        if words
            .iter()
            .any(|(_, w)| crate::statement::is_analyst_word(w))
        {
            self.analyst = true;
        }
        let offices: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(k, (_, w))| {
                is(OFFICES, w)
                    && !words[k.saturating_sub(2)..*k]
                        .iter()
                        .any(|(_, p)| is(NOT_IN_OFFICE, p))
            })
            .map(|(_, (at, _))| *at)
            .collect();
        let Some(&office) = offices.first() else {
            return;
        };
        let mut found: Option<(bool, usize, String)> = None;
        let mut named = false;
        for m in mentions
            .iter()
            .filter(|m| m.start >= span.start && m.end <= span.end && m.entity != me)
        {
            named = true;
            let Some(c) = cue_country(doc, body, m, depth) else {
                continue;
            };
            let before = m.start < office;
            if !before {
                let prev = words.iter().rev().find(|(at, _)| *at < m.start);
                let prev = prev
                    .filter(|(_, w)| w != "the")
                    .or_else(|| words.iter().rev().filter(|(at, _)| *at < m.start).nth(1));
                if prev.is_some_and(|(_, w)| is(AWAY, w)) {
                    continue;
                }
            }
            // Prefer a country before the office, nearest to it.
            let distance = m.start.abs_diff(office);
            if found.as_ref().is_none_or(|(b, d, _)| {
                (before, std::cmp::Reverse(distance)) > (*b, std::cmp::Reverse(*d))
            }) {
                found = Some((before, distance, c));
            }
        }
        match found {
            Some((_, _, c)) => {
                let n = self.votes.len();
                self.votes.entry(c).or_insert((0, n)).0 += 1;
            }
            // Only an office that names nothing is bare (`the regulator`,
            // not `Biden administration officials`).
            None => self.bare = !named,
        }
    }
}

/// The country a mention beside an office points to: a country, capital or
/// demonym; a government body; an organisation or (possessive) person on a
/// government's side.
fn cue_country(doc: &Document, body: &str, m: &Mention, depth: usize) -> Option<String> {
    match m.kind {
        EntityType::Place | EntityType::Nationality => {
            country(&m.entity).or_else(|| country(&m.text))
        }
        EntityType::Org => government_body_of(&m.entity)
            .or_else(|| government_body_of(&m.text))
            .map(slug)
            .or_else(|| country_in_id(&m.entity))
            .or_else(|| government_of(doc, &m.entity, depth)),
        EntityType::Person => {
            let tail = body.get(m.end..).unwrap_or("");
            if tail.starts_with("'s") || tail.starts_with("\u{2019}s") {
                government_of(doc, &m.entity, depth)
            } else {
                None
            }
        }
        _ => None,
    }
}

fn government_of(doc: &Document, id: &str, depth: usize) -> Option<String> {
    if depth >= MAX_DEPTH {
        return None;
    }
    match side_at(doc, id, depth + 1) {
        Side::Government(c) => Some(c),
        _ => None,
    }
}

/// The government of the statement just before `pos` in `article`, in the
/// same paragraph or the one before, by a speaker other than `id`; when
/// there is none (an office in an article's first lines), of the statement
/// just after, in the same paragraph or the next.
fn side_near(doc: &Document, article: &str, pos: usize, id: &str, depth: usize) -> Option<String> {
    let body = &doc.article(article)?.body;
    let others = doc
        .statements
        .iter()
        .filter(|s| s.article == article && s.speaker.as_deref() != Some(id));
    // Wire copy gives a sentence a paragraph: the statement may be in the
    // paragraph before or after, not further.
    let near = |a: usize, b: usize| {
        body.get(a.min(b)..a.max(b))
            .is_some_and(|t| t.matches("\n\n").count() <= 1)
    };
    let before = others.clone().filter(|s| s.start < pos);
    let s = match before.clone().map(|s| s.start).max() {
        // The sentence's first statement: its main speaker, not a claim it
        // names.
        Some(last) => before.clone().find(|s| s.start == last)?,
        None => others
            .clone()
            .filter(|s| s.start > pos)
            .min_by_key(|s| s.start)?,
    };
    if !near(s.start, pos) {
        return None;
    }
    government_of(doc, s.speaker.as_deref()?, depth)
}

fn is_stop(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ';'
            | ':'
            | ','
            | '"'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2014}'
            | '\u{2013}'
            | '('
            | ')'
            | '['
            | ']'
            | '\n'
    )
}

fn inside(mentions: &[Mention], i: usize) -> Option<&Mention> {
    mentions.iter().find(|m| m.start <= i && i < m.end)
}

/// Where the title before a name at `pos` starts: back to the clause's
/// start (crossing one comma right before the name, `the leader of X,
/// NAME`), then after the last word that ends a title (a speech verb,
/// `by`, `that`, …) or another person's name, at most ten words back.
fn title_start(body: &str, mentions: &[Mention], pos: usize) -> usize {
    let head = body.get(..pos).unwrap_or("");
    // Only a name takes its title across a comma (`the leader of X, NAME`),
    // not a description with its own office (`…, a defense official`).
    let name_follows = mentions
        .iter()
        .any(|m| m.start == pos && m.kind == EntityType::Person);
    // `the regulator, known as NAME`: the title is what the name stands for.
    let bare = head.trim_end();
    for link in ["known as", "called", "dubbed"] {
        if let Some(before) = bare.strip_suffix(link) {
            let before = before.trim_end();
            if let Some(before) = before.strip_suffix(',') {
                if !before.ends_with(',') && before.len() < head.len() {
                    return title_start(body, mentions, before.len());
                }
            }
        }
    }
    let mut start = 0;
    let mut crossed = false;
    for (i, c) in head.char_indices().rev() {
        if inside(mentions, i).is_some() {
            continue;
        }
        let spaced_dash = c == '-' && head[..i].ends_with(' ') && head[i + 1..].starts_with(' ');
        if c == ',' && name_follows && !crossed && head[i + 1..].trim().is_empty() {
            crossed = true;
            continue;
        }
        if is_stop(c) || spaced_dash {
            start = i + c.len_utf8();
            break;
        }
    }
    // Word-level cuts.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut w_start: Option<usize> = None;
    let clause = &head[start..];
    for (i, c) in clause
        .char_indices()
        .chain(std::iter::once((clause.len(), ' ')))
    {
        let apostrophe = matches!(c, '\'' | '\u{2019}') && w_start.is_some();
        if c.is_alphanumeric() || apostrophe {
            w_start.get_or_insert(start + i);
        } else if let Some(s) = w_start.take() {
            words.push((s, start + i));
        }
    }
    let mut from = start;
    for &(s, e) in &words {
        let w = head[s..e].to_lowercase();
        let other_person = inside(mentions, s).is_some_and(|m| m.kind == EntityType::Person);
        if is(TITLE_STOPS, &w) || crate::statement::is_speech_verb(&w) || other_person {
            from = e;
        }
    }
    if let Some(&(s, _)) = words.iter().filter(|(s, _)| *s >= from).rev().nth(9) {
        from = s;
    }
    from
}

/// The apposition after a name ending at `end` (`, a researcher at X,`),
/// up to the next clause mark or another person's name; none for a
/// relative clause or a speech verb (`, who said`, `, said`).
fn apposition(body: &str, mentions: &[Mention], end: usize) -> Option<Span> {
    let tail = body.get(end..)?;
    let tail = tail
        .strip_prefix("'s")
        .or_else(|| tail.strip_prefix("\u{2019}s"))
        .unwrap_or(tail);
    let offset = body.len() - tail.len();
    let rest = tail.strip_prefix(',')?;
    let from = offset + 1;
    let mut to = body.len();
    for (i, c) in rest.char_indices() {
        let at = from + i;
        if let Some(m) = inside(mentions, at) {
            if m.kind == EntityType::Person {
                to = at;
                break;
            }
            continue;
        }
        if is_stop(c) {
            to = at;
            break;
        }
    }
    let span = Span::new(from, to);
    let first = span
        .slice(body)?
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())?
        .to_lowercase();
    if matches!(first.as_str(), "who" | "which" | "whose" | "where" | "when")
        || crate::statement::is_speech_verb(&first)
    {
        return None;
    }
    Some(span)
}

#[cfg(test)]
mod tests {
    use super::{side_of, AWAY, NOT_IN_OFFICE, OFFICES, TITLE_STOPS};
    use crate::claim::Side;
    use crate::corpus::{Article, Document};

    #[test]
    fn word_lists_are_sorted() {
        for list in [OFFICES, NOT_IN_OFFICE, TITLE_STOPS, AWAY] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

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
}
