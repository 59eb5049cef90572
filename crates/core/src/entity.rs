//! Entities: recognising mentions of people, organisations, places,
//! nationalities, dates, events and quantities in any English news text,
//! and resolving their aliases to one entity across the corpus.
//!
//! Recognition is a gazetteer ([`lexicon`]: countries, capitals, demonyms,
//! regions, organisations, agencies, months…) matched with one
//! Aho-Corasick automaton, plus rules over capitalised sequences (titles
//! before names, possessives, hyphenated compounds, acronyms,
//! sentence-initial capitals, name shapes). Resolution ties a surname to the
//! full name given in the same article (across articles only when that is
//! unambiguous), a capital acting as its government to the country, and
//! `the North` to the country named `North …`.
//!
//! The [`EntityMatcher`] is built once ([`EntityMatcher::global`] keeps one
//! in a `OnceLock`); [`annotate`] fills a document's mentions and entities.
//!
//! ```
//! use crossread_core::corpus::{Article, Document};
//! use crossread_core::entity;
//!
//! let mut doc = Document::default();
//! let mut a = Article::empty("a");
//! a.body = "Foreign Minister Sergei Lavrov met Chile's envoy. Lavrov said Beijing agreed.".into();
//! doc.articles.push(a);
//! entity::annotate(&mut doc);
//! let m: Vec<(&str, &str)> = doc.articles[0]
//!     .mentions
//!     .iter()
//!     .map(|m| (m.text.as_str(), m.entity.as_str()))
//!     .collect();
//! assert_eq!(
//!     m,
//!     [("Sergei Lavrov", "sergei-lavrov"), ("Chile", "chile"), ("Lavrov", "sergei-lavrov"), ("Beijing", "china")]
//! );
//! ```

pub mod lexicon;
mod resolve;
mod rules;

use crate::corpus::{Article, Document, Entity, EntityType, Mention};
use crate::phrase::PhraseSet;
use crate::Span;
use lexicon::{GazEntry, GazKind};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One gazetteer entry as the matcher holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    surface: String,
    canonical: String,
    kind: GazKind,
}

/// The recogniser: the gazetteer automaton and the rules, built once.
///
/// ```
/// use crossread_core::entity::{EntityMatcher, Basis};
/// use crossread_core::corpus::EntityType;
///
/// let m = EntityMatcher::builder().build();
/// let found = m.find("Officials said spokesman Ana Ruiz visited Ottawa on Friday.");
/// let person = found.iter().find(|f| f.kind == EntityType::Person).unwrap();
/// assert_eq!(person.name, "Ana Ruiz");
/// assert_eq!(person.basis, Basis::FullName);
/// ```
#[derive(Debug)]
pub struct EntityMatcher {
    ac: PhraseSet,
    /// Entry index of each automaton pattern.
    pattern_entry: Vec<usize>,
    entries: Vec<Entry>,
}

/// Builds an [`EntityMatcher`]: the general gazetteer plus any extra entries.
#[derive(Clone, Debug, Default)]
pub struct EntityMatcherBuilder {
    extra: Vec<Entry>,
}

/// Where a recognised mention came from; [`annotate`] uses it to resolve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    /// A gazetteer entry; `name` is its canonical name.
    Lexicon,
    /// A person's name of two or more words.
    FullName,
    /// A single name word that may stand for a full name. `strong` when the
    /// context shows a person (a title before it, `… administration` after);
    /// a weak one is kept only if it resolves to a full name.
    Surname {
        /// Whether the context alone shows it names a person.
        strong: bool,
    },
    /// A capitalised sequence typed by a rule (organisation, place, event),
    /// or a date or quantity.
    Rule,
    /// A single capitalised word whose context points to an organisation or
    /// a place (`kind`): `around Idlib`, `Sweden's Volvo`, `the Datafolha
    /// institute`. It is still a person when it is the surname of a full
    /// name in the same article.
    Cue,
    /// `the North`, `the South`, `the West`: resolved against the countries
    /// the article names.
    Direction,
}

/// A mention found in one text, before resolution across the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte span in the text.
    pub span: Span,
    /// The type of entity.
    pub kind: EntityType,
    /// The canonical name for gazetteer entries (`United States` for
    /// `U.S.`, `China` for `Beijing` acting as the government), otherwise
    /// the text itself.
    pub name: String,
    /// What recognised it.
    pub basis: Basis,
}

impl EntityMatcherBuilder {
    /// Adds an entry to the gazetteer: `surface` refers to `canonical`.
    pub fn entry(mut self, surface: &str, canonical: &str, kind: GazKind) -> Self {
        self.extra.push(Entry {
            surface: surface.to_string(),
            canonical: canonical.to_string(),
            kind,
        });
        self
    }

    /// Builds the automaton. Call it once and keep the matcher.
    pub fn build(self) -> EntityMatcher {
        let mut entries: Vec<Entry> = lexicon::gazetteer()
            .into_iter()
            .map(
                |GazEntry {
                     surface,
                     canonical,
                     kind,
                 }| Entry {
                    surface: surface.to_string(),
                    canonical: canonical.to_string(),
                    kind,
                },
            )
            .collect();
        // "The Guardian" is also written "the Guardian": add the bare name.
        let bare: Vec<Entry> = entries
            .iter()
            .filter(|e| e.kind == GazKind::Org && e.surface.starts_with("The "))
            .map(|e| Entry {
                surface: e.surface["The ".len()..].to_string(),
                canonical: e.canonical.clone(),
                kind: e.kind,
            })
            .collect();
        entries.extend(bare);
        entries.extend(self.extra);
        let mut patterns = Vec::with_capacity(entries.len() + 64);
        let mut pattern_entry = Vec::with_capacity(entries.len() + 64);
        for (i, e) in entries.iter().enumerate() {
            patterns.push(e.surface.clone());
            pattern_entry.push(i);
            if e.surface.contains('\'') {
                patterns.push(e.surface.replace('\'', "\u{2019}"));
                pattern_entry.push(i);
            }
        }
        let ac = PhraseSet::new(&patterns);
        EntityMatcher {
            ac,
            pattern_entry,
            entries,
        }
    }
}

impl EntityMatcher {
    /// A builder over the general gazetteer.
    pub fn builder() -> EntityMatcherBuilder {
        EntityMatcherBuilder::default()
    }

    /// The matcher over the general gazetteer, built on first use and kept.
    pub fn global() -> &'static EntityMatcher {
        static MATCHER: OnceLock<EntityMatcher> = OnceLock::new();
        MATCHER.get_or_init(|| EntityMatcher::builder().build())
    }

    /// Every mention in `text`, sorted by start and never overlapping,
    /// before resolution across articles (see [`annotate`]).
    pub fn find(&self, text: &str) -> Vec<Found> {
        rules::find(self, text)
    }

    /// Gazetteer matches in `text`: on word boundaries, with a plausible
    /// case, leftmost-longest and never overlapping. Returns spans and entry
    /// indices.
    fn lexicon_hits(&self, text: &str) -> Vec<(Span, usize)> {
        let bytes = text.as_bytes();
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        for (s, e, pattern) in self.ac.find_at_word_starts(text) {
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            let before_ok = text[..s]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if !before_ok || !after_ok {
                continue;
            }
            // "U.S" inside "U.S.A" is not "U.S.".
            if bytes.get(e) == Some(&b'.')
                && bytes.get(e + 1).is_some_and(|b| b.is_ascii_uppercase())
            {
                continue;
            }
            let Some(&entry) = self.pattern_entry.get(pattern) else {
                continue;
            };
            let Some(en) = self.entries.get(entry) else {
                continue;
            };
            if !case_ok(&en.surface, &text[s..e]) {
                continue;
            }
            cands.push((s, e, entry));
        }
        crate::sort::by(&mut cands, &|a, b| {
            a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
        });
        let mut out = Vec::new();
        let mut last_end = 0;
        for (s, e, entry) in cands {
            if s >= last_end {
                out.push((Span::new(s, e), entry));
                last_end = e;
            }
        }
        out
    }

    fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }
}

/// Whether `text` (matched case-insensitively) is a plausible spelling of
/// the gazetteer `surface`: the same, the same in capitals (a dateline), or
/// with a generic head word in lower case (`Korean peninsula`).
fn case_ok(surface: &str, text: &str) -> bool {
    if surface == text {
        return true;
    }
    if text.contains('\u{2019}') {
        return case_ok(surface, &text.replace('\u{2019}', "'"));
    }
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    if letters().count() >= 4 && letters().all(char::is_uppercase) {
        return true;
    }
    let sw: Vec<&str> = surface.split(' ').collect();
    let tw: Vec<&str> = text.split(' ').collect();
    sw.len() == tw.len()
        && sw.iter().zip(&tw).enumerate().all(|(i, (s, t))| {
            s == t
                || (i > 0
                    && s.eq_ignore_ascii_case(t)
                    && (lexicon::PLACE_HEADS.binary_search(s).is_ok()
                        || lexicon::ORG_HEADS.binary_search(s).is_ok()))
        })
}

/// Fills every article's `mentions` and the document's `entities` from the
/// bodies, with the [global](EntityMatcher::global) matcher. Mentions and
/// entities already there are replaced.
pub fn annotate(doc: &mut Document) {
    annotate_with(EntityMatcher::global(), doc);
}

/// [`annotate`] with a given matcher.
pub fn annotate_with(matcher: &EntityMatcher, doc: &mut Document) {
    let found: Vec<Vec<Found>> = doc.articles.iter().map(|a| matcher.find(&a.body)).collect();
    resolve::resolve(doc, found);
}

/// The second half of [`annotate_with`] in steps, for a stepped analysis
/// that has run [`EntityMatcher::find`] on each body itself (`found[k]`
/// for `doc.articles[k]`): resolves them across the corpus.
pub(crate) use resolve::Linker;

/// A lower-case ASCII slug of a name: letters and digits, words joined by
/// hyphens; common accented letters lose their accents.
///
/// ```
/// assert_eq!(crossread_core::entity::slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
/// assert_eq!(crossread_core::entity::slug("U.S."), "u-s");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_dash = false;
    for c in name.chars() {
        let piece = match c {
            'a'..='z' | '0'..='9' => {
                if pending_dash {
                    out.push('-');
                    pending_dash = false;
                }
                out.push(c);
                continue;
            }
            _ => fold(c),
        };
        if piece.is_empty() {
            pending_dash = !out.is_empty();
            continue;
        }
        if pending_dash {
            out.push('-');
            pending_dash = false;
        }
        out.push_str(piece);
    }
    if out.is_empty() {
        "entity".to_string()
    } else {
        out
    }
}

fn fold(c: char) -> &'static str {
    match c {
        'A'..='Z' => {
            const UP: [&str; 26] = [
                "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
                "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
            ];
            UP[(c as u8 - b'A') as usize]
        }
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            "a"
        }
        'ç' | 'č' | 'ć' | 'Ç' | 'Č' | 'Ć' => "c",
        'ď' | 'đ' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'İ' | 'Í' | 'Î' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Ø' => "o",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ț' | 'ţ' | 'ť' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ű' | 'ů' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => "z",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => "",
    }
}

/// An unnamed actor the text describes by role (`a senior North Korean
/// defense official`): no mention, but an entity statements may reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleActor {
    /// The description in the body, from the determiner to the role noun.
    pub span: Span,
    /// The description without its determiner (`senior North Korean defense official`).
    pub description: String,
    /// The slug of the description (`senior-north-korean-defense-official`).
    pub id: String,
}

impl RoleActor {
    /// The entity for this actor, to add to a document when a statement
    /// references it.
    pub fn entity(&self) -> Entity {
        Entity {
            id: self.id.clone(),
            name: self.description.clone(),
            kind: EntityType::Person,
            aliases: vec![self.description.clone()],
        }
    }
}

/// Descriptions of unnamed actors by role in `text`: a determiner (`a`,
/// `an`, `the`, `one`), up to six describing words (adjectives, demonyms,
/// organisation words) and a role noun (`official`, `spokesman`,
/// `diplomat`, `director`…), not followed by a name.
///
/// ```
/// use crossread_core::entity::role_descriptions;
/// let text = "A senior Brazilian defense official said so, and spokesman Ana Ruiz agreed.";
/// let roles = role_descriptions(text);
/// assert_eq!(roles.len(), 1);
/// assert_eq!(roles[0].id, "senior-brazilian-defense-official");
/// ```
pub fn role_descriptions(text: &str) -> Vec<RoleActor> {
    rules::role_descriptions(text)
}

/// How much an entity is mentioned: for lists and facets in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityStats {
    /// The entity's id.
    pub id: String,
    /// Mentions across all articles.
    pub mentions: usize,
    /// Ids of the articles that mention it, sorted.
    pub articles: Vec<String>,
}

/// Mention counts per entity of an analysed document, sorted by id.
///
/// ```
/// use crossread_core::{analyze, corpus::{Article, Document}, entity::entity_stats};
/// let mut doc = Document::default();
/// let mut a = Article::empty("a");
/// a.body = "Kenya and Kenya's neighbours met.".into();
/// doc.articles.push(a);
/// let stats = entity_stats(&analyze(doc));
/// assert_eq!(stats[0].id, "kenya");
/// assert_eq!(stats[0].mentions, 2);
/// ```
pub fn entity_stats(doc: &Document) -> Vec<EntityStats> {
    let mut map: BTreeMap<&str, (usize, Vec<String>)> = BTreeMap::new();
    for a in &doc.articles {
        for m in &a.mentions {
            let e = map.entry(m.entity.as_str()).or_default();
            e.0 += 1;
            if e.1.last() != Some(&a.id) {
                e.1.push(a.id.clone());
            }
        }
    }
    map.into_iter()
        .map(|(id, (mentions, mut articles))| {
            crate::sort::natural(&mut articles);
            articles.dedup();
            EntityStats {
                id: id.to_string(),
                mentions,
                articles,
            }
        })
        .collect()
}

/// Every mention of entity `id`, with its article, in article order.
pub fn mentions_of<'d>(doc: &'d Document, id: &str) -> Vec<(&'d Article, &'d Mention)> {
    doc.articles
        .iter()
        .flat_map(|a| {
            a.mentions
                .iter()
                .filter(|m| m.entity == id)
                .map(move |m| (a, m))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Kim Yo Jong"), "kim-yo-jong");
        assert_eq!(slug("  Côte d'Ivoire "), "cote-d-ivoire");
        assert_eq!(slug("Ministry of X"), "ministry-of-x");
        assert_eq!(slug("Путин"), "entity");
    }

    #[test]
    fn case_rules() {
        assert!(case_ok("Seoul", "SEOUL"));
        assert!(case_ok("Korean Peninsula", "Korean peninsula"));
        assert!(!case_ok("US", "us"));
        assert!(!case_ok("Turkey", "turkey"));
        assert!(!case_ok("WHO", "Who"));
    }

    proptest! {
        #[test]
        fn find_never_panics_and_spans_are_clean(s in "\\PC{0,300}") {
            let found = EntityMatcher::global().find(&s);
            let mut last = 0;
            for f in &found {
                prop_assert!(f.span.start >= last && f.span.start < f.span.end);
                prop_assert!(f.span.slice(&s).is_some());
                last = f.span.end;
            }
        }

        #[test]
        fn find_on_newsy_text(s in "((North|South|Kim|Lee|U\\.S\\.|the|said|Minister|al|-|'s|’s|Mr\\.|of|Ministry|1,200|May|Nov\\.|\\.|,|\n| )){0,60}") {
            let found = EntityMatcher::global().find(&s);
            let mut last = 0;
            for f in &found {
                prop_assert!(f.span.start >= last && f.span.start < f.span.end);
                prop_assert!(f.span.slice(&s).is_some());
                last = f.span.end;
            }
            let mut doc = Document::default();
            let mut a = Article::empty("x");
            a.body = s.clone();
            doc.articles.push(a);
            annotate(&mut doc);
            prop_assert!(doc.validate().is_ok());
        }
    }
}
