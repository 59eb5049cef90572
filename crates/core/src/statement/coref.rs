//! Who a speaker phrase names: an entity mention, a pronoun or definite
//! role (`he`, `the official`, `the statement`) resolved to the fitting
//! earlier speaker, or an unnamed actor described by the text
//! (`a senior Ruritanian defense official` → `ruritanian-official`).

use super::lexicon::{self as lx, is};
use super::segment::Word;
use crate::corpus::{Entity, EntityType, Mention};

/// An earlier speaker of the article, most recent last.
#[derive(Clone, Debug)]
pub(crate) struct Prev {
    /// Entity id.
    pub id: String,
    /// Entity type.
    pub kind: EntityType,
    /// An unnamed actor made from a description.
    pub unnamed: bool,
    /// Named only as the source of a claim another speaker cites.
    pub embedded: bool,
}

/// Lower-case ASCII slug: letters and digits, other runs become one hyphen.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '.' || c == '\'' || c == '\u{2019}' {
            continue;
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The place a nationality stands for (`ruritanian` → `ruritania`), when
/// the document has a place whose id begins the nationality's id.
pub(crate) fn place_of(nat: &str, entities: &[Entity]) -> Option<String> {
    entities
        .iter()
        .filter(|e| {
            e.kind == EntityType::Place
                && nat.starts_with(e.id.as_str())
                && e.id.len() + 4 >= nat.len()
        })
        .max_by_key(|e| e.id.len())
        .map(|e| e.id.clone())
        .or_else(|| {
            // `american` → `united-states`, when the document has it.
            let c = crate::entity::slug(crate::entity::lexicon::country_of(nat)?);
            entities
                .iter()
                .any(|e| e.kind == EntityType::Place && e.id == c)
                .then_some(c)
        })
}

/// The nationality of a place (`ruritania` → `ruritanian`), when known.
fn demonym_of(place: &str, entities: &[Entity]) -> Option<String> {
    entities
        .iter()
        .filter(|e| {
            e.kind == EntityType::Nationality
                && e.id.starts_with(place)
                && e.id.len() <= place.len() + 4
        })
        .min_by_key(|e| e.id.len())
        .map(|e| e.id.clone())
}

fn kind_of(id: &str, entities: &[Entity]) -> Option<EntityType> {
    entities.iter().find(|e| e.id == id).map(|e| e.kind)
}

fn speaker_id(m: &Mention, entities: &[Entity]) -> String {
    if m.kind == EntityType::Nationality {
        if let Some(p) = place_of(&m.entity, entities) {
            return p;
        }
    }
    m.entity.clone()
}

fn speaking(m: &Mention) -> bool {
    !matches!(
        m.kind,
        EntityType::Date | EntityType::Quantity | EntityType::Event
    )
}

/// Resolves a speaker phrase. `words` and `mentions` lie inside the phrase;
/// `label` is its text. New unnamed or unrecognised actors are pushed into
/// `entities`. Returns the entity id.
pub(crate) fn resolve(
    text: &str,
    words: &[Word],
    mentions: &[&Mention],
    earlier: &[Mention],
    history: &[Prev],
    entities: &mut Vec<Entity>,
    label: &str,
) -> Option<String> {
    let lw: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    if lw.is_empty() {
        return None;
    }
    // The segment after the last comma that still holds a word.
    let mut seg_start = 0;
    for k in 1..words.len() {
        let g = text
            .get(words[k - 1].span.end..words[k].span.start)
            .unwrap_or("");
        if g.contains(',') {
            seg_start = k;
        }
    }
    let seg = &lw[seg_start..];
    let seg_from = words[seg_start].span.start;
    let last_person = || {
        history
            .iter()
            .rev()
            .find(|p| p.kind == EntityType::Person && !p.unnamed)
            .map(|p| p.id.clone())
    };
    if seg.iter().any(|w| is(lx::PERSON_PRONOUNS, w))
        && !mentions.iter().any(|m| m.start >= seg_from && speaking(m))
    {
        return last_person();
    }
    let named = mentions.iter().any(|m| m.start >= seg_from && speaking(m));
    // `the company said`, `the firm's spokesman said`: the organisation
    // last named (not a medium in a dateline's brackets).
    if !named && seg.first() == Some(&"the") && seg.iter().any(|w| is(lx::ORG_NOUNS, w)) {
        let bracketed = |m: &Mention| {
            text.get(..m.start).is_some_and(|t| t.ends_with('('))
                && text.get(m.end..).is_some_and(|t| t.starts_with(')'))
        };
        if let Some(m) = earlier
            .iter()
            .rev()
            .find(|m| m.kind == EntityType::Org && !bracketed(m))
        {
            return Some(m.entity.clone());
        }
    }
    // `the country's health ministry said`: the country last speaking.
    if !named && seg.iter().any(|w| is(lx::COUNTRY_NOUNS, w)) {
        if let Some(p) = history.iter().rev().find(|p| p.kind == EntityType::Place) {
            return Some(p.id.clone());
        }
    }
    let persons: Vec<&&Mention> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .collect();
    let role = seg.iter().rposition(|w| {
        is(lx::ROLE_OFFICIAL, w) || is(lx::ROLE_DIPLOMAT, w) || is(lx::ROLE_PLURAL, w)
    });
    let statement_noun = seg.iter().any(|w| is(lx::STATEMENT_NOUNS, w));
    if let Some(r) = role {
        let role_at = words[seg_start + r].span.start;
        if let Some(p) = persons.iter().find(|m| m.start > role_at) {
            return Some(p.entity.clone());
        }
        // `Ana Ruiz, Ruritania's ambassador to Sylvania, said`: the name
        // that opens the phrase, with its office in apposition.
        if seg_start > 0 {
            if let Some(p) = persons.iter().find(|m| m.start == words[0].span.start) {
                return Some(p.entity.clone());
            }
        }
        let definite = seg.first() == Some(&"the")
            && !mentions.iter().any(|m| {
                m.start >= seg_from && matches!(m.kind, EntityType::Place | EntityType::Nationality)
            });
        if definite {
            if let Some(p) = history
                .iter()
                .rev()
                .find(|p| p.unnamed)
                .or_else(|| history.iter().rev().find(|p| p.kind != EntityType::Person))
            {
                return Some(p.id.clone());
            }
        }
        let head = seg[r];
        // Only what describes the role itself: not `allegations by the
        // White House` in `…, a defense official said`.
        let own: Vec<&Mention> = mentions
            .iter()
            .copied()
            .filter(|m| m.start >= seg_from)
            .collect();
        let own_persons: Vec<&&Mention> = persons
            .iter()
            .copied()
            .filter(|m| m.start >= seg_from)
            .collect();
        return unnamed(head, &own, history, entities, label, &own_persons);
    }
    if statement_noun
        && !mentions
            .iter()
            .any(|m| m.start >= seg_from && m.kind != EntityType::Date)
    {
        // `Tuesday's statement`: the day's news, which the story opens with.
        let dated = seg.iter().any(|w| {
            matches!(
                w.trim_end_matches("'s"),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
            )
        });
        if dated {
            if let Some(p) = history
                .iter()
                .find(|p| !p.embedded && (p.kind != EntityType::Person || p.unnamed))
            {
                return Some(p.id.clone());
            }
        }
        // A statement is a speaker's own, not a claim another names.
        return history
            .iter()
            .rev()
            .filter(|p| !p.embedded)
            .find(|p| p.kind != EntityType::Person || p.unnamed)
            .or(history.last())
            .map(|p| p.id.clone());
    }
    if seg.iter().any(|w| is(lx::VAGUE, w)) && mentions.iter().all(|m| m.kind != EntityType::Person)
    {
        return None;
    }
    if let Some(p) = persons.first() {
        return Some(p.entity.clone());
    }
    if let Some(m) = mentions.iter().find(|m| m.start >= seg_from && speaking(m)) {
        return Some(speaker_id(m, entities));
    }
    if let Some(m) = mentions.iter().find(|m| speaking(m)) {
        return Some(speaker_id(m, entities));
    }
    if seg.iter().any(|w| matches!(*w, "it" | "they" | "we" | "i")) {
        return None;
    }
    by_name(text, &words[seg_start..], entities)
}

fn unnamed(
    head: &str,
    mentions: &[&Mention],
    history: &[Prev],
    entities: &mut Vec<Entity>,
    label: &str,
    persons: &[&&Mention],
) -> Option<String> {
    let suffix = if is(lx::ROLE_PLURAL, head) {
        "officials"
    } else if is(lx::ROLE_DIPLOMAT, head) {
        "diplomat"
    } else {
        "official"
    };
    let nat = mentions
        .iter()
        .find(|m| m.kind == EntityType::Nationality)
        .map(|m| m.entity.clone());
    let place = || {
        mentions
            .iter()
            .find(|m| m.kind == EntityType::Place)
            .map(|m| {
                demonym_of(&m.entity, entities)
                    .or_else(|| crate::entity::lexicon::demonym_of(&m.entity).map(slug))
                    .unwrap_or_else(|| slug(&m.text))
            })
    };
    let modifier = nat.or_else(place);
    let modifier = match modifier {
        Some(m) => m,
        None => {
            if let Some(o) = mentions.iter().find(|m| m.kind == EntityType::Org) {
                return Some(o.entity.clone());
            }
            if let Some(p) = persons.first() {
                slug(&p.text)
            } else if let Some(p) = history.iter().rev().find(|p| p.unnamed) {
                return Some(p.id.clone());
            } else if let Some(p) = history.iter().rev().find(|p| p.kind == EntityType::Place) {
                demonym_of(&p.id, entities).unwrap_or_else(|| p.id.clone())
            } else {
                "unnamed".to_string()
            }
        }
    };
    let id = format!("{modifier}-{suffix}");
    if !entities.iter().any(|e| e.id == id) {
        // A short name from the parts of the id ("North Korean official"),
        // not the whole description, which can carry a clause before it.
        let _ = label;
        let modifier_name = entities
            .iter()
            .find(|e| e.id == modifier)
            .map(|e| e.name.clone())
            .unwrap_or_else(|| {
                if modifier.len() <= 3 {
                    // An abbreviation such as "us" or "uk".
                    return modifier.to_uppercase();
                }
                modifier
                    .split('-')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect::<String>())
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        let name = if modifier == "unnamed" {
            format!("unnamed {suffix}")
        } else {
            format!("{modifier_name} {suffix}")
        };
        entities.push(Entity {
            id: id.clone(),
            name,
            kind: if suffix == "officials" {
                EntityType::Org
            } else {
                EntityType::Person
            },
            aliases: Vec::new(),
        });
    }
    Some(id)
}

/// A capitalised name with no mention: an entity with that alias, a person
/// with that surname, or a new entity.
fn by_name(text: &str, words: &[Word], entities: &mut Vec<Entity>) -> Option<String> {
    let caps: Vec<&Word> = words
        .iter()
        .filter(|w| {
            text.get(w.span.start..w.span.end)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_uppercase)
                && !matches!(
                    w.lower.as_str(),
                    "the" | "a" | "an" | "in" | "on" | "last" | "earlier" | "this"
                )
                && !is(lx::STOPWORDS, w.lower.as_str())
        })
        .collect();
    let first = caps.first()?;
    let mut last = first;
    for w in &caps[1..] {
        let g = text.get(last.span.end..w.span.start).unwrap_or("");
        if !g.trim().is_empty() && g.trim() != "." {
            break;
        }
        last = w;
    }
    let name = text.get(first.span.start..last.span.end)?.trim();
    let id = slug(name);
    if id.is_empty() {
        return None;
    }
    if let Some(e) = entities
        .iter()
        .find(|e| e.aliases.iter().any(|a| a == name) || e.name == name)
    {
        return Some(e.id.clone());
    }
    if let Some(e) = entities
        .iter()
        .find(|e| e.kind == EntityType::Person && e.id.ends_with(&format!("-{id}")))
    {
        return Some(e.id.clone());
    }
    // `Andes Copper` after `Andes Copper Corp`: a company's short name.
    if let Some(e) = entities
        .iter()
        .find(|e| e.kind == EntityType::Org && e.id.starts_with(&format!("{id}-")))
    {
        return Some(e.id.clone());
    }
    if kind_of(&id, entities).is_none() {
        entities.push(Entity {
            id: id.clone(),
            name: name.to_string(),
            kind: EntityType::Person,
            aliases: vec![name.to_string()],
        });
    }
    Some(id)
}
