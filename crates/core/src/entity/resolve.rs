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
//! - An unknown acronym goes to an organisation in the same article whose
//!   initials it spells.

use super::lexicon;
use super::{slug, Basis, Found};
use crate::corpus::{Document, Entity, EntityType, Mention};
use std::collections::{BTreeMap, BTreeSet};

fn type_word(k: EntityType) -> &'static str {
    match k {
        EntityType::Person => "person",
        EntityType::Org => "org",
        EntityType::Place => "place",
        EntityType::Nationality => "nationality",
        EntityType::Date => "date",
        EntityType::Event => "event",
        EntityType::Quantity => "quantity",
    }
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

/// Per article, what each found mention resolves to: (found index, entity
/// name, type) or nothing.
pub(crate) fn resolve(doc: &mut Document, found: Vec<Vec<Found>>) {
    // Full names per article and across the corpus, by surname.
    let mut corpus_surnames: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut article_names: Vec<Vec<(usize, String, Vec<String>)>> = Vec::new();
    for fs in &found {
        let mut names = Vec::new();
        for f in fs {
            if f.kind == EntityType::Person && f.basis == Basis::FullName {
                let name = normalise(&f.name);
                let keys = surname_keys(&name);
                for k in &keys {
                    corpus_surnames
                        .entry(k.clone())
                        .or_default()
                        .insert(slug(&name));
                }
                names.push((f.span.start, name, keys));
            }
        }
        article_names.push(names);
    }
    // Full name by slug, the longest spelling.
    let mut full_by_slug: BTreeMap<String, String> = BTreeMap::new();
    for names in &article_names {
        for (_, name, _) in names {
            let e = full_by_slug
                .entry(slug(name))
                .or_insert_with(|| name.clone());
            if name.len() > e.len() {
                *e = name.clone();
            }
        }
    }

    // id -> (name, type, aliases)
    let mut entities: BTreeMap<String, (String, EntityType, BTreeSet<String>)> = BTreeMap::new();
    let mut id_for = |name: &str, kind: EntityType, alias: &str| -> String {
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
    };

    for (ai, (article, fs)) in doc.articles.iter_mut().zip(found).enumerate() {
        let body = std::mem::take(&mut article.body);
        let names = &article_names[ai];
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
                    let full = full_by_slug.get(&slug(&n)).cloned().unwrap_or(n);
                    Some((full, EntityType::Person))
                }
                Basis::Surname { strong } => {
                    let key = normalise(text);
                    let local = names
                        .iter()
                        .rfind(|(pos, _, keys)| *pos < f.span.start && keys.contains(&key))
                        .or_else(|| names.iter().find(|(_, _, keys)| keys.contains(&key)))
                        .map(|(_, n, _)| n.clone());
                    let global = || {
                        corpus_surnames
                            .get(&key)
                            .filter(|ids| ids.len() == 1)
                            .and_then(|ids| ids.iter().next())
                            .and_then(|id| full_by_slug.get(id).cloned())
                    };
                    match local.or_else(global) {
                        Some(n) => {
                            let full = full_by_slug.get(&slug(&n)).cloned().unwrap_or(n);
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
                    let spelled = rule_orgs.iter().find(|(ini, _)| ini == &f.name);
                    Some((
                        spelled
                            .map(|(_, n)| n.clone())
                            .unwrap_or_else(|| f.name.clone()),
                        EntityType::Org,
                    ))
                }
                Basis::Lexicon | Basis::Rule => Some((normalise(&f.name), f.kind)),
            };
            let Some((name, kind)) = resolved else {
                continue;
            };
            let id = id_for(&name, kind, text);
            mentions.push(Mention {
                entity: id,
                kind,
                start: f.span.start,
                end: f.span.end,
                text: text.to_string(),
            });
        }
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            if kept.last().is_none_or(|k| m.start >= k.end) {
                kept.push(m);
            }
        }
        article.mentions = kept;
        article.body = body;
    }
    // Only entities that some mention references.
    let used: BTreeSet<&str> = doc
        .articles
        .iter()
        .flat_map(|a| a.mentions.iter().map(|m| m.entity.as_str()))
        .collect();
    doc.entities = entities
        .into_iter()
        .filter(|(id, _)| used.contains(id.as_str()))
        .map(|(id, (name, kind, aliases))| Entity {
            id,
            name,
            kind,
            aliases: aliases.into_iter().collect(),
        })
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_keys_follow_name_shapes() {
        assert_eq!(surname_keys("Sergei Lavrov"), ["Lavrov"]);
        assert_eq!(surname_keys("Kim Yo Jong"), ["Kim"]);
        assert_eq!(surname_keys("Abdel Fattah al-Sisi"), ["al-Sisi", "Sisi"]);
        assert!(surname_keys("Madonna").is_empty());
    }
}
