//! Resolution: found mentions become entities with ids, across the corpus.
//!
//! - A full name is an entity (`Sergei Lavrov` → `sergei-lavrov`).
//! - A surname goes to the full name with that surname in the same article
//!   (the nearest before it, else the first after it); failing that, to the
//!   only person with that surname in the corpus; failing that, it is a
//!   person of its own when its context showed a person, else dropped.
//! - Gazetteer names go to their canonical entity (`U.S.` → `united-states`).
//! - `the North` / `the South` go to the country named `North …` / `South …`
//!   in the same article; `the West` is a place of its own.
//! - An unknown acronym goes to the organisation named right before it in
//!   brackets (`Workers' Party (PT)`), else to an organisation in the same
//!   article whose initials it spells.
//! - A single word goes to an organisation or place the article names in
//!   full (`Veridian` → `Veridian Technologies`, `Commission` → `European
//!   Commission`) unless it is the surname of a full name there; a word a
//!   context cue typed (`around Idlib`) keeps that type on the same terms.

use super::lexicon;
use super::{slug, Basis, Found};
use crate::corpus::{Document, Entity, EntityType, Mention};
use crate::sort::Keys;
use std::collections::{BTreeMap, BTreeSet};

fn type_word(k: EntityType) -> &'static str {
    k.word()
}

/// The words of a name that stand for it alone: the family name.
pub(crate) fn surname_keys(name: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| starts_upper(w) || w.contains('-'))
        .collect();
    let mut keys = Vec::new();
    if words.len() < 2 {
        return keys;
    }
    let first = words[0];
    let ea = lexicon::EAST_ASIAN_SURNAMES.binary_search(&first).is_ok()
        && words.len() <= 4
        && words[1..].iter().all(|w| w.chars().count() <= 8);
    if ea {
        keys.push(first.to_string());
    } else {
        let last = words[words.len() - 1];
        keys.push(last.to_string());
        for p in ["al-", "el-", "Al-", "El-"] {
            if let Some(rest) = last.strip_prefix(p) {
                keys.push(rest.to_string());
            }
        }
        // "Lula" for "Luiz Inácio Lula da Silva": a longer name's inner words.
        if words.len() >= 3 {
            for w in &words[1..words.len() - 1] {
                if w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.ends_with('.') {
                    keys.push(w.to_string());
                }
            }
        }
        // "Kim Yo-jong" style names whose syllables are hyphenated.
        if lexicon::EAST_ASIAN_SURNAMES.binary_search(&first).is_ok() && words.len() == 2 {
            keys.push(first.to_string());
        }
    }
    keys
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn normalise(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{2019}', "'")
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Single words that stand for an organisation or place the article names
/// in full: a word typed by a rule or cue (`Idlib`), the distinctive first
/// word of a two-word company (`Veridian` for `Veridian Technologies`), and
/// an organisation head word (`Commission` for `European Commission`).
fn short_forms(
    fs: &[Found],
    names: &[(usize, String, Vec<String>)],
) -> BTreeMap<String, (String, EntityType)> {
    let mut out: BTreeMap<String, (String, EntityType)> = BTreeMap::new();
    for f in fs {
        if !matches!(f.kind, EntityType::Org | EntityType::Place) {
            continue;
        }
        let name = normalise(&f.name);
        let words: Vec<&str> = name.split(' ').collect();
        match (f.basis, words.as_slice()) {
            (Basis::Rule | Basis::Cue, [w])
                if !names.iter().any(|(_, _, keys)| keys.iter().any(|k| k == w)) =>
            {
                out.entry(w.to_string()).or_insert((name.clone(), f.kind));
            }
            (Basis::Rule | Basis::Lexicon, [first, .., last]) if f.kind == EntityType::Org => {
                let head = |w: &str| lexicon::ORG_HEADS.binary_search(&w).is_ok();
                if words.len() == 2
                    && head(last)
                    && !head(first)
                    && starts_upper(first)
                    && lexicon::COMMON_WORDS
                        .binary_search(&first.to_lowercase().as_str())
                        .is_err()
                {
                    put_long(&mut out, first, &name);
                }
                for w in &words {
                    if head(w) {
                        put_long(&mut out, w, &name);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Records `word` as short for the organisation `name`, over an entry that
/// only records the word itself.
fn put_long(out: &mut BTreeMap<String, (String, EntityType)>, word: &str, name: &str) {
    let e = out
        .entry(word.to_string())
        .or_insert_with(|| (name.to_string(), EntityType::Org));
    if e.0 == word {
        *e = (name.to_string(), EntityType::Org);
    }
}

/// Whether a single word resolves to a short form rather than to a person:
/// it is known as one and is no full name's surname in the article.
fn memory_hit(
    memory: &BTreeMap<String, (String, EntityType)>,
    names: &[(usize, String, Vec<String>)],
    text: &str,
) -> bool {
    let key = normalise(text);
    memory.contains_key(&key) && !names.iter().any(|(_, _, keys)| keys.contains(&key))
}

/// The resolution across the corpus, an article at a time, so that a
/// browser can draw between articles: [`Linker::add`] reads each article's
/// full names as its mentions are found, [`Linker::link`] then resolves one
/// article's mentions, and [`Linker::finish_step`] keeps the entities that
/// some mention references, in parts.
/// [`resolve`] runs them all at once.
#[derive(Debug, Default)]
pub(crate) struct Linker {
    /// Full names across the corpus (slugs), by surname: numbered keys
    /// and a set per number (fewer map types in the wasm).
    surnames: (Keys, Vec<BTreeSet<String>>),
    /// Full names per article: (position, name, surname keys).
    article_names: Vec<Vec<(usize, String, Vec<String>)>>,
    /// Full name by slug, the longest spelling.
    full_names: (Keys, Vec<String>),
    /// id -> (name, type, aliases)
    entities: BTreeMap<String, Named>,
    /// What was found in each article, taken as it is linked.
    found: Vec<Vec<Found>>,
    /// The entities that the linked articles' mentions reference.
    used: Keys,
    /// The entities on their way to the document, in id order.
    moving: Option<std::collections::btree_map::IntoIter<String, Named>>,
    /// The parts of [`Linker::finish_step`] done.
    finished: u8,
}

/// An entity's name, type and aliases, under its id.
type Named = (String, EntityType, BTreeSet<String>);

/// The id for `name` of type `kind` (another type under the same slug gets
/// the type's word after it), recording `alias` as written.
fn id_for(
    entities: &mut BTreeMap<String, Named>,
    name: &str,
    kind: EntityType,
    alias: &str,
) -> String {
    let mut id = slug(name);
    if let Some((_, k, _)) = entities.get(&id) {
        if *k != kind {
            id = format!("{id}-{}", type_word(kind));
        }
    }
    let e = entities
        .entry(id.clone())
        .or_insert_with(|| (name.to_string(), kind, BTreeSet::new()));
    if kind == EntityType::Person && name.len() > e.0.len() {
        e.0 = name.to_string();
    }
    e.2.insert(alias.to_string());
    id
}

impl Linker {
    /// Reads the full names among one article's found mentions: articles
    /// are added in order (as they are found), then linked.
    pub(crate) fn add(&mut self, fs: Vec<Found>) {
        let mut names = Vec::new();
        for f in &fs {
            if f.kind == EntityType::Person && f.basis == Basis::FullName {
                let name = normalise(&f.name);
                let keys = surname_keys(&name);
                // Full names across the corpus, by surname.
                for k in &keys {
                    let i = self.surnames.0.id(k);
                    if i == self.surnames.1.len() {
                        self.surnames.1.push(BTreeSet::new());
                    }
                    if let Some(set) = self.surnames.1.get_mut(i) {
                        set.insert(slug(&name));
                    }
                }
                // Full name by slug, the longest spelling.
                let k = self.full_names.0.id(&slug(&name));
                if k == self.full_names.1.len() {
                    self.full_names.1.push(name.clone());
                } else if self
                    .full_names
                    .1
                    .get(k)
                    .is_some_and(|e| name.len() > e.len())
                {
                    self.full_names.1[k] = name.clone();
                }
                names.push((f.span.start, name, keys));
            }
        }
        self.article_names.push(names);
        self.found.push(fs);
    }

    /// The full name whose slug is `slug`, in its longest spelling.
    fn full(&self, slug: &str) -> Option<String> {
        self.full_names.1.get(self.full_names.0.get(slug)?).cloned()
    }

    /// Resolves the mentions found in article number `ai` and sets them on
    /// `article`.
    pub(crate) fn link(&mut self, ai: usize, article: &mut crate::corpus::Article) {
        // An article with nothing found for it is left as it is.
        let (Some(fs), Some(names)) = (self.found.get_mut(ai), self.article_names.get(ai)) else {
            for m in &article.mentions {
                self.used.id(&m.entity);
            }
            return;
        };
        let fs = std::mem::take(fs);
        let body = std::mem::take(&mut article.body);
        let mut mentions: Vec<Mention> = Vec::with_capacity(fs.len());
        // Countries named "North …"/"South …" in this article, by position.
        let directional: Vec<(usize, String)> = fs
            .iter()
            .filter(|f| {
                f.kind == EntityType::Place
                    && f.basis == Basis::Lexicon
                    && (f.name.starts_with("North ") || f.name.starts_with("South "))
            })
            .map(|f| (f.span.start, f.name.clone()))
            .collect();
        let memory = short_forms(&fs, names);
        // Acronyms given in brackets after a name: `Workers' Party (PT)`.
        let mut acronyms: BTreeMap<String, (String, EntityType)> = BTreeMap::new();
        let mut last: Option<(usize, String, EntityType)> = None;
        let rule_orgs: Vec<(String, String)> = fs
            .iter()
            .filter(|f| f.kind == EntityType::Org && f.basis == Basis::Rule && f.name.contains(' '))
            .map(|f| (initials(&f.name), f.name.clone()))
            .collect();
        for f in &fs {
            let Some(text) = body.get(f.span.start..f.span.end) else {
                continue;
            };
            let resolved: Option<(String, EntityType)> = match f.basis {
                Basis::FullName => {
                    let n = normalise(&f.name);
                    // `Andes Copper` after `Andes Copper Corp`: a company's
                    // short name, not a person.
                    let prefix = format!("{n} ");
                    let org = fs.iter().find(|g| {
                        g.kind == EntityType::Org && normalise(&g.name).starts_with(&prefix)
                    });
                    match org {
                        Some(g) => Some((normalise(&g.name), EntityType::Org)),
                        None => {
                            let full = self.full(&slug(&n)).unwrap_or(n);
                            Some((full, EntityType::Person))
                        }
                    }
                }
                Basis::Surname { .. } | Basis::Cue if memory_hit(&memory, names, text) => {
                    memory.get(&normalise(text)).cloned()
                }
                Basis::Cue => {
                    let key = normalise(text);
                    let person = names
                        .iter()
                        .rfind(|(pos, _, keys)| *pos < f.span.start && keys.contains(&key))
                        .or_else(|| names.iter().find(|(_, _, keys)| keys.contains(&key)));
                    match person {
                        Some((_, n, _)) => {
                            Some((self.full(&slug(n)).unwrap_or(n.clone()), EntityType::Person))
                        }
                        None => Some((normalise(&f.name), f.kind)),
                    }
                }
                Basis::Surname { strong } => {
                    let key = normalise(text);
                    let local = names
                        .iter()
                        .rfind(|(pos, _, keys)| *pos < f.span.start && keys.contains(&key))
                        .or_else(|| names.iter().find(|(_, _, keys)| keys.contains(&key)))
                        .map(|(_, n, _)| n.clone());
                    let global = || {
                        let ids = self.surnames.1.get(self.surnames.0.get(&key)?)?;
                        ids.iter()
                            .next()
                            .filter(|_| ids.len() == 1)
                            .and_then(|id| self.full(id))
                    };
                    match local.or_else(global) {
                        Some(n) => {
                            let full = self.full(&slug(&n)).unwrap_or(n);
                            Some((full, EntityType::Person))
                        }
                        None if strong => Some((key, EntityType::Person)),
                        None => None,
                    }
                }
                Basis::Direction => match f.name.as_str() {
                    "West" | "East" => Some((f.name.clone(), EntityType::Place)),
                    dir => {
                        let prefix = format!("{dir} ");
                        let cands: Vec<&(usize, String)> = directional
                            .iter()
                            .filter(|(_, n)| n.starts_with(&prefix))
                            .collect();
                        cands
                            .iter()
                            .rfind(|(p, _)| *p < f.span.start)
                            .or_else(|| cands.first())
                            .map(|(_, n)| (n.clone(), EntityType::Place))
                    }
                },
                Basis::Rule if f.kind == EntityType::Org && !f.name.contains(' ') => {
                    let bracketed = last.as_ref().filter(|(end, _, kind)| {
                        *kind == EntityType::Org
                            && body.get(*end..f.span.start) == Some(" (")
                            && body[f.span.end..].starts_with(')')
                    });
                    if let Some((_, n, _)) = bracketed {
                        acronyms.insert(text.to_string(), (n.clone(), EntityType::Org));
                    }
                    if let Some(known) = acronyms
                        .get(text)
                        .or_else(|| memory.get(text).filter(|(n, _)| n != text))
                        .cloned()
                    {
                        Some(known)
                    } else {
                        let spelled = rule_orgs.iter().find(|(ini, _)| ini == &f.name);
                        Some((
                            spelled
                                .map(|(_, n)| n.clone())
                                .unwrap_or_else(|| f.name.clone()),
                            EntityType::Org,
                        ))
                    }
                }
                // A name typed a place by its context that the article
                // also gives as a person's full name is the person.
                Basis::Rule
                    if f.kind == EntityType::Place
                        && names.iter().any(|(_, n, _)| *n == normalise(&f.name)) =>
                {
                    Some((normalise(&f.name), EntityType::Person))
                }
                Basis::Lexicon | Basis::Rule => Some((normalise(&f.name), f.kind)),
            };
            let Some((name, kind)) = resolved else {
                continue;
            };
            last = Some((f.span.end, name.clone(), kind));
            let id = id_for(&mut self.entities, &name, kind, text);
            mentions.push(Mention {
                entity: id,
                kind,
                start: f.span.start,
                end: f.span.end,
                text: text.to_string(),
            });
        }
        crate::sort::by(&mut mentions, &|a, b| {
            a.start.cmp(&b.start).then(b.end.cmp(&a.end))
        });
        let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            if kept.last().is_none_or(|k| m.start >= k.end) {
                kept.push(m);
            }
        }
        for m in &kept {
            self.used.id(&m.entity);
        }
        article.mentions = kept;
        article.body = body;
    }

    /// Sets the document's entities: those some mention references.
    pub(crate) fn finish(mut self, doc: &mut Document) {
        while !self.finish_step(doc) {}
    }

    /// After the last article is linked, one part per call: frees the
    /// look-ups, sets on `doc` the entities that some mention references
    /// (a quarter of them per part), then frees the rest; true when done.
    /// At 10,000 articles, all at once took 70 ms, and the entities in one
    /// part 48 ms.
    pub(crate) fn finish_step(&mut self, doc: &mut Document) -> bool {
        self.finished += 1;
        match self.finished {
            1 => {
                (self.article_names, self.found) = Default::default();
                (self.surnames, self.full_names) = Default::default();
                self.moving = Some(std::mem::take(&mut self.entities).into_iter());
                doc.entities.clear();
            }
            part @ 2..=5 => {
                if let Some(rest) = &mut self.moving {
                    for _ in 0..rest.len().div_ceil(usize::from(6 - part)) {
                        let Some((id, (name, kind, aliases))) = rest.next() else {
                            break;
                        };
                        if self.used.get(&id).is_some() {
                            doc.entities.push(Entity {
                                id,
                                name,
                                kind,
                                aliases: aliases.into_iter().collect(),
                            });
                        }
                    }
                }
            }
            _ => {
                *self = Linker::default();
                return true;
            }
        }
        false
    }
}

/// Per article, what each found mention resolves to, then the entities
/// that some mention references: [`Linker`]'s steps at once.
pub(crate) fn resolve(doc: &mut Document, found: Vec<Vec<Found>>) {
    let mut linker = Linker::default();
    for fs in found {
        linker.add(fs);
    }
    for (ai, article) in doc.articles.iter_mut().enumerate() {
        linker.link(ai, article);
    }
    linker.finish(doc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_keys_follow_name_shapes() {
        assert_eq!(surname_keys("Sergei Lavrov"), ["Lavrov"]);
        assert_eq!(surname_keys("Kim Yo Jong"), ["Kim"]);
        assert_eq!(
            surname_keys("Abdel Fattah al-Sisi"),
            ["al-Sisi", "Sisi", "Fattah"]
        );
        assert_eq!(
            surname_keys("Luiz Inácio Lula da Silva"),
            ["Silva", "Inácio", "Lula"]
        );
        assert!(surname_keys("Madonna").is_empty());
    }

    /// Finishing takes six parts: the first frees the look-ups, the next
    /// four set the entities a quarter at a time, the last frees the rest.
    /// The entities are each one some mention references, every one of
    /// those, in id order.
    #[test]
    fn finishing_in_parts_keeps_the_entities_mentioned() {
        let mut doc = crate::synth::corpus(40, 3);
        let matcher = crate::entity::EntityMatcher::global();
        let mut linker = Linker::default();
        for a in &doc.articles {
            linker.add(matcher.find(&a.body));
        }
        for (ai, a) in doc.articles.iter_mut().enumerate() {
            linker.link(ai, a);
        }
        assert!(!linker.finish_step(&mut doc));
        assert!(doc.entities.is_empty());
        // A quarter of the entities per part, in id order.
        let mut kept = Vec::new();
        for _ in 0..4 {
            assert!(!linker.finish_step(&mut doc));
            kept.push(doc.entities.len());
        }
        assert!(
            kept[0] > 0 && kept.windows(2).all(|w| w[0] < w[1]),
            "{kept:?}"
        );
        assert!(linker.finish_step(&mut doc));
        assert_eq!(doc.entities.len(), kept[3]);
        let ids: Vec<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
        assert!(ids.len() > 20);
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "in id order, once each"
        );
        let mentioned = crate::sort::set(
            doc.articles
                .iter()
                .flat_map(|a| a.mentions.iter().map(|m| m.entity.as_str())),
        );
        assert_eq!(crate::sort::set(ids), mentioned);
    }

    #[test]
    fn a_company_short_name_is_the_company() {
        let mut doc = Document::default();
        let mut a = crate::corpus::Article::empty("a");
        a.body = "A leak at a plant run by Velmar Zinc Corp fouled a lake. Velmar Zinc \
                  rejected the findings."
            .into();
        doc.articles.push(a);
        crate::entity::annotate(&mut doc);
        let ids: Vec<(&str, EntityType)> = doc.articles[0]
            .mentions
            .iter()
            .map(|m| (m.entity.as_str(), m.kind))
            .collect();
        assert_eq!(
            ids,
            [
                ("velmar-zinc-corp", EntityType::Org),
                ("velmar-zinc-corp", EntityType::Org)
            ]
        );
    }
}
