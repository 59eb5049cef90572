//! Corrections a reader makes by hand to the analysis: rename or merge
//! entities, change a statement's stance or speaker, and rename, merge or
//! split propositions.
//!
//! Corrections are a layer over the engine's analysis, not edits of it: the
//! corrected document is the analysis of the articles with the list of
//! corrections applied in order, so dropping the last one and applying the
//! rest again undoes it. The list travels in the document
//! ([`Document::corrections`], the JSON's `corrections` array), and
//! [`crate::analyze`] applies it to its fresh analysis.
//!
//! [`apply`] keeps the document valid ([`Document::validate`] passes after
//! it): a merge re-points mentions, aliases and speakers, proposition lists
//! follow the statements, and a split numbers its new proposition after the
//! highest `pN`. A correction whose target does not exist (any more) is an
//! error that names it, never a panic.
//!
//! ```
//! use crossread_core::corpus::{Article, Document, Stance};
//! use crossread_core::correction::{apply, Correction};
//!
//! let mut a = Article::empty("a");
//! a.body = "Kenya said the bridge was safe. Uganda denied that the bridge was safe.".into();
//! let mut doc = crossread_core::analyze(Document { articles: vec![a], ..Document::default() });
//! let s = doc.statements[0].id.clone();
//! apply(&mut doc, &Correction::SetStance { statement: s, stance: Stance::Qualifies }).unwrap();
//! assert_eq!(doc.statements[0].stance, Stance::Qualifies);
//! let bad = Correction::RenameEntity { entity: "atlantis".into(), name: "Atlantis".into() };
//! assert_eq!(apply(&mut doc, &bad).unwrap_err().to_string(), "unknown entity \"atlantis\"");
//! assert!(doc.validate().is_ok());
//! ```

use crate::corpus::{Document, Proposition, Stance};
use std::fmt;

/// One correction of the analysis. Targets are named by their ids in the
/// document (entity, statement and proposition ids).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Correction {
    /// Gives an entity another name (its id stays).
    RenameEntity {
        /// The entity's id.
        entity: String,
        /// The new name.
        name: String,
    },
    /// Makes entity `from` the same as `into`: its mentions, aliases and
    /// statements go to `into`, and `from` is removed.
    MergeEntities {
        /// The entity that goes away.
        from: String,
        /// The entity that stays.
        into: String,
    },
    /// Changes a statement's stance.
    SetStance {
        /// The statement's id.
        statement: String,
        /// The new stance.
        stance: Stance,
    },
    /// Changes a statement's speaker (`None`: unknown).
    SetSpeaker {
        /// The statement's id.
        statement: String,
        /// The speaker's entity id.
        speaker: Option<String>,
    },
    /// Gives a proposition another label.
    RenameProposition {
        /// The proposition's id.
        proposition: String,
        /// The new label.
        label: String,
    },
    /// Moves the statements of proposition `from` into `into`, and removes
    /// `from`.
    MergePropositions {
        /// The proposition that goes away.
        from: String,
        /// The proposition that stays.
        into: String,
    },
    /// Moves some statements of a proposition into a new one, numbered after
    /// the highest `pN`.
    SplitProposition {
        /// The proposition split.
        proposition: String,
        /// The statements that move (some, not all, of its statements).
        statements: Vec<String>,
        /// The new proposition's label.
        label: String,
    },
}

/// The words of the kinds of correction, as the JSON's `kind` names them.
pub const KINDS: [&str; 7] = [
    "rename_entity",
    "merge_entities",
    "set_stance",
    "set_speaker",
    "rename_proposition",
    "merge_propositions",
    "split_proposition",
];

/// The string fields of each kind (by its index in [`KINDS`]) in the order
/// [`Correction::from_parts`] takes them; a `set_speaker` also has its
/// `speaker` (a string or null) and a `split_proposition` its `statements`.
pub const FIELDS: [&[&str]; 7] = [
    &["entity", "name"],
    &["from", "into"],
    &["statement", "stance"],
    &["statement"],
    &["proposition", "label"],
    &["from", "into"],
    &["proposition", "label"],
];

/// The value of one field of a correction, for writers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field<'a> {
    /// A string.
    Str(&'a str),
    /// `null`.
    Null,
    /// A list of strings.
    List(&'a [String]),
}

impl Correction {
    /// The kind's word (`rename_entity`, …; see [`KINDS`]).
    pub fn kind(&self) -> &'static str {
        KINDS[match self {
            Correction::RenameEntity { .. } => 0,
            Correction::MergeEntities { .. } => 1,
            Correction::SetStance { .. } => 2,
            Correction::SetSpeaker { .. } => 3,
            Correction::RenameProposition { .. } => 4,
            Correction::MergePropositions { .. } => 5,
            Correction::SplitProposition { .. } => 6,
        }]
    }

    /// The correction of kind `KINDS[kind]` made of its string fields
    /// `parts` (in the order of [`FIELDS`]), its speaker and its
    /// statements; `None` for an unknown kind or stance word.
    ///
    /// ```
    /// use crossread_core::correction::Correction;
    /// let c = Correction::from_parts(1, vec!["a".into(), "b".into()], None, vec![]);
    /// assert_eq!(c, Some(Correction::MergeEntities { from: "a".into(), into: "b".into() }));
    /// ```
    pub fn from_parts(
        kind: usize,
        parts: Vec<String>,
        speaker: Option<String>,
        statements: Vec<String>,
    ) -> Option<Correction> {
        let mut parts = parts.into_iter();
        let mut next = || parts.next().unwrap_or_default();
        Some(match kind {
            0 => Correction::RenameEntity {
                entity: next(),
                name: next(),
            },
            1 => Correction::MergeEntities {
                from: next(),
                into: next(),
            },
            2 => {
                let statement = next();
                let word = next();
                Correction::SetStance {
                    statement,
                    stance: [Stance::Asserts, Stance::Denies, Stance::Qualifies]
                        .into_iter()
                        .find(|s| s.word() == word)?,
                }
            }
            3 => Correction::SetSpeaker {
                statement: next(),
                speaker,
            },
            4 => Correction::RenameProposition {
                proposition: next(),
                label: next(),
            },
            5 => Correction::MergePropositions {
                from: next(),
                into: next(),
            },
            6 => Correction::SplitProposition {
                proposition: next(),
                statements,
                label: next(),
            },
            _ => return None,
        })
    }

    /// The fields after `kind`, in the order the JSON writes them.
    ///
    /// ```
    /// use crossread_core::correction::{Correction, Field};
    /// let c = Correction::SetSpeaker { statement: "s1".into(), speaker: None };
    /// assert_eq!(c.fields(), [("statement", Field::Str("s1")), ("speaker", Field::Null)]);
    /// ```
    pub fn fields(&self) -> Vec<(&'static str, Field<'_>)> {
        use Field::Str;
        match self {
            Correction::RenameEntity { entity, name } => {
                vec![("entity", Str(entity)), ("name", Str(name))]
            }
            Correction::MergeEntities { from, into }
            | Correction::MergePropositions { from, into } => {
                vec![("from", Str(from)), ("into", Str(into))]
            }
            Correction::SetStance { statement, stance } => {
                vec![
                    ("statement", Str(statement)),
                    ("stance", Str(stance.word())),
                ]
            }
            Correction::SetSpeaker { statement, speaker } => vec![
                ("statement", Str(statement)),
                ("speaker", speaker.as_deref().map_or(Field::Null, Str)),
            ],
            Correction::RenameProposition { proposition, label } => {
                vec![("proposition", Str(proposition)), ("label", Str(label))]
            }
            Correction::SplitProposition {
                proposition,
                statements,
                label,
            } => vec![
                ("proposition", Str(proposition)),
                ("statements", Field::List(statements)),
                ("label", Str(label)),
            ],
        }
    }
}

/// For the tests' oracle: serde_json writes what the hand-written writer must.
#[cfg(test)]
impl serde::Serialize for Correction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let fields = self.fields();
        let mut m = s.serialize_map(Some(fields.len() + 1))?;
        m.serialize_entry("kind", self.kind())?;
        for (k, v) in fields {
            match v {
                Field::Str(t) => m.serialize_entry(k, t)?,
                Field::Null => m.serialize_entry(k, &())?,
                Field::List(l) => m.serialize_entry(k, l)?,
            }
        }
        m.end()
    }
}

/// Why a correction does not apply to a document: what is wrong, and the
/// id it is about (`unknown entity "doe"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionError {
    /// What is wrong.
    pub what: &'static str,
    /// The id of the entity, statement or proposition concerned (empty
    /// when none is).
    pub id: String,
}

impl fmt::Display for CorrectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)?;
        if !self.id.is_empty() {
            write!(f, " \"{}\"", self.id)?;
        }
        Ok(())
    }
}

impl std::error::Error for CorrectionError {}

fn fail<T>(what: &'static str, id: &str) -> Result<T, CorrectionError> {
    Err(CorrectionError {
        what,
        id: id.to_string(),
    })
}

/// A name or label, trimmed; an error when nothing is left.
fn clean(text: &str) -> Result<String, CorrectionError> {
    match text.trim() {
        "" => fail("the new name is empty", ""),
        t => Ok(t.to_string()),
    }
}

fn entity_at(doc: &Document, id: &str) -> Result<usize, CorrectionError> {
    match doc.entities.iter().position(|e| e.id == id) {
        Some(i) => Ok(i),
        None => fail("unknown entity", id),
    }
}

fn proposition_at(doc: &Document, id: &str) -> Result<usize, CorrectionError> {
    match doc.propositions.iter().position(|p| p.id == id) {
        Some(i) => Ok(i),
        None => fail("unknown proposition", id),
    }
}

fn statement_at(doc: &Document, id: &str) -> Result<usize, CorrectionError> {
    match doc.statements.iter().position(|s| s.id == id) {
        Some(i) => Ok(i),
        None => fail("unknown statement", id),
    }
}

/// The ids of the statements of proposition `id`, in document order.
fn statements_of(doc: &Document, id: &str) -> Vec<String> {
    doc.statements
        .iter()
        .filter(|s| s.proposition.as_deref() == Some(id))
        .map(|s| s.id.clone())
        .collect()
}

/// The next free proposition id: `p` and one more than the highest number.
fn next_proposition_id(doc: &Document) -> String {
    let top = doc
        .propositions
        .iter()
        .filter_map(|p| p.id.strip_prefix('p')?.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    format!("p{}", top.saturating_add(1))
}

/// Applies one correction to `doc`, keeping it valid.
///
/// # Errors
/// A [`CorrectionError`] when a target does not exist, a merge names the
/// same thing twice, a new name is empty, or a split names a statement of
/// another proposition, none, or all of them. `doc` is then unchanged.
pub fn apply(doc: &mut Document, c: &Correction) -> Result<(), CorrectionError> {
    match c {
        Correction::RenameEntity { entity, name } => {
            let name = clean(name)?;
            let i = entity_at(doc, entity)?;
            doc.entities[i].name = name;
        }
        Correction::MergeEntities { from, into } => {
            let f = entity_at(doc, from)?;
            let t = entity_at(doc, into)?;
            if f == t {
                return fail("nothing to merge: both are", from);
            }
            let gone = doc.entities.remove(f);
            let t = if t > f { t - 1 } else { t };
            let target = &mut doc.entities[t];
            // Aliases stay sorted: each goes in at its place.
            for a in gone.aliases {
                if let Err(at) = target.aliases.binary_search(&a) {
                    target.aliases.insert(at, a);
                }
            }
            let kind = target.kind;
            for m in doc.articles.iter_mut().flat_map(|a| a.mentions.iter_mut()) {
                if m.entity == *from {
                    m.entity.clone_from(into);
                    m.kind = kind;
                }
            }
            for s in &mut doc.statements {
                if s.speaker.as_deref() == Some(from.as_str()) {
                    s.speaker = Some(into.clone());
                }
            }
        }
        Correction::SetStance { statement, stance } => {
            let i = statement_at(doc, statement)?;
            doc.statements[i].stance = *stance;
        }
        Correction::SetSpeaker { statement, speaker } => {
            let i = statement_at(doc, statement)?;
            if let Some(sp) = speaker {
                entity_at(doc, sp)?;
            }
            doc.statements[i].speaker.clone_from(speaker);
        }
        Correction::RenameProposition { proposition, label } => {
            let label = clean(label)?;
            let i = proposition_at(doc, proposition)?;
            doc.propositions[i].label = label;
        }
        Correction::MergePropositions { from, into } => {
            let f = proposition_at(doc, from)?;
            proposition_at(doc, into)?;
            if from == into {
                return fail("nothing to merge: both are", from);
            }
            doc.propositions.remove(f);
            for s in &mut doc.statements {
                if s.proposition.as_deref() == Some(from.as_str()) {
                    s.proposition = Some(into.clone());
                }
            }
            let list = statements_of(doc, into);
            if let Some(p) = doc.propositions.iter_mut().find(|p| p.id == *into) {
                p.statements = list;
            }
        }
        Correction::SplitProposition {
            proposition,
            statements,
            label,
        } => {
            let label = clean(label)?;
            let p = proposition_at(doc, proposition)?;
            if statements.is_empty() {
                return fail("no statement to split off", proposition);
            }
            for s in statements {
                let i = statement_at(doc, s)?;
                if doc.statements[i].proposition.as_deref() != Some(proposition.as_str()) {
                    return fail("a split can only move statements of its claim, not", s);
                }
            }
            let staying = statements_of(doc, proposition)
                .iter()
                .filter(|s| !statements.contains(s))
                .count();
            if staying == 0 {
                return fail("a split must leave a statement in", proposition);
            }
            let id = next_proposition_id(doc);
            for s in &mut doc.statements {
                if statements.contains(&s.id) {
                    s.proposition = Some(id.clone());
                }
            }
            doc.propositions[p].statements = statements_of(doc, proposition);
            let moved = statements_of(doc, &id);
            doc.propositions.push(Proposition {
                id,
                label,
                statements: moved,
            });
        }
    }
    Ok(())
}

/// Applies `list` in order, skipping any correction that does not apply,
/// and returns those skipped with their index and why. `doc.corrections`
/// is left as it is.
///
/// ```
/// use crossread_core::corpus::Document;
/// use crossread_core::correction::{apply_all, Correction};
/// let mut doc = Document::default();
/// let list = [Correction::MergePropositions { from: "p1".into(), into: "p2".into() }];
/// let skipped = apply_all(&mut doc, &list);
/// assert_eq!(skipped[0].0, 0);
/// assert_eq!(skipped[0].1.to_string(), "unknown proposition \"p1\"");
/// ```
pub fn apply_all(doc: &mut Document, list: &[Correction]) -> Vec<(usize, CorrectionError)> {
    let mut skipped = Vec::new();
    for (i, c) in list.iter().enumerate() {
        if let Err(e) = apply(doc, c) {
            skipped.push((i, e));
        }
    }
    skipped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Article, Entity, EntityType, Mention, Statement};

    /// Two articles; entities `ann`, `bo`, `kenya`; statements s1–s4 in
    /// propositions p1 (s1, s2), p2 (s3) and p3 (s4).
    fn doc() -> Document {
        let mut d = Document::default();
        let body = "Ann said rain. Bo denied rain. Kenya said sun.";
        for id in ["a", "b"] {
            let mut a = Article::empty(id);
            a.body = body.into();
            for (entity, kind, start, end) in [
                ("ann", EntityType::Person, 0, 3),
                ("bo", EntityType::Person, 15, 17),
                ("kenya", EntityType::Place, 31, 36),
            ] {
                a.mentions.push(Mention {
                    entity: entity.into(),
                    kind,
                    start,
                    end,
                    text: body[start..end].into(),
                });
            }
            d.articles.push(a);
        }
        for (id, name, kind) in [
            ("ann", "Ann", EntityType::Person),
            ("bo", "Bo", EntityType::Person),
            ("kenya", "Kenya", EntityType::Place),
        ] {
            d.entities.push(Entity {
                id: id.into(),
                name: name.into(),
                kind,
                aliases: vec![name.into()],
            });
        }
        for (id, article, start, end, speaker, stance, prop) in [
            ("s1", "a", 0, 14, "ann", Stance::Asserts, "p1"),
            ("s2", "a", 15, 30, "bo", Stance::Denies, "p1"),
            ("s3", "a", 31, 46, "kenya", Stance::Asserts, "p2"),
            ("s4", "b", 0, 14, "ann", Stance::Asserts, "p3"),
        ] {
            d.statements.push(Statement {
                id: id.into(),
                article: article.into(),
                sentence: body[start..end].into(),
                start,
                end,
                speaker: Some(speaker.into()),
                speaker_label: None,
                stance,
                proposition: Some(prop.into()),
                quote: None,
                said_on: None,
            });
        }
        for (id, label, ss) in [
            ("p1", "rain", &["s1", "s2"][..]),
            ("p2", "sun", &["s3"][..]),
            ("p3", "rain again", &["s4"][..]),
        ] {
            d.propositions.push(Proposition {
                id: id.into(),
                label: label.into(),
                statements: ss.iter().map(|s| s.to_string()).collect(),
            });
        }
        assert!(d.validate().is_ok());
        d
    }

    /// The analysis in one line: entities, mentions of article a,
    /// statements, propositions.
    fn summary(d: &Document) -> String {
        let entities: Vec<String> = d
            .entities
            .iter()
            .map(|e| format!("{}={}{:?}", e.id, e.name, e.aliases))
            .collect();
        let mentions: Vec<&str> = d.articles[0]
            .mentions
            .iter()
            .map(|m| m.entity.as_str())
            .collect();
        let statements: Vec<String> = d
            .statements
            .iter()
            .map(|s| {
                format!(
                    "{}:{}:{}:{}",
                    s.id,
                    s.speaker.as_deref().unwrap_or("?"),
                    s.stance.word(),
                    s.proposition.as_deref().unwrap_or("-")
                )
            })
            .collect();
        let props: Vec<String> = d
            .propositions
            .iter()
            .map(|p| format!("{}={}{:?}", p.id, p.label, p.statements))
            .collect();
        format!(
            "{} | {} | {} | {}",
            entities.join(" "),
            mentions.join(" "),
            statements.join(" "),
            props.join(" ")
        )
    }

    fn s(x: &str) -> String {
        x.to_string()
    }

    /// Applies the corrections and gives the summary, or the first error.
    fn run(list: &[Correction]) -> String {
        let mut d = doc();
        for c in list {
            if let Err(e) = apply(&mut d, c) {
                return format!("error: {e}");
            }
            assert!(d.validate().is_ok(), "{c:?}: {:?}", d.validate());
        }
        summary(&d)
    }

    macro_rules! t {
        ($name:ident, [$($c:expr),* $(,)?], $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(run(&[$($c),*]), $want);
            }
        };
    }

    use Correction::*;

    const UNCHANGED: &str = "ann=Ann[\"Ann\"] bo=Bo[\"Bo\"] kenya=Kenya[\"Kenya\"] | ann bo kenya | s1:ann:asserts:p1 s2:bo:denies:p1 s3:kenya:asserts:p2 s4:ann:asserts:p3 | p1=rain[\"s1\", \"s2\"] p2=sun[\"s3\"] p3=rain again[\"s4\"]";

    // Entities.
    t!(nothing, [], UNCHANGED);
    t!(
        rename_entity_keeps_the_id,
        [RenameEntity {
            entity: s("bo"),
            name: s("  Bo\nSmith ")
        }],
        UNCHANGED.replace("bo=Bo[", "bo=Bo\nSmith[")
    );
    t!(
        rename_entity_to_nothing,
        [RenameEntity {
            entity: s("bo"),
            name: s(" \n")
        }],
        "error: the new name is empty"
    );
    t!(
        rename_unknown_entity,
        [RenameEntity {
            entity: s("zed"),
            name: s("Z")
        }],
        "error: unknown entity \"zed\""
    );
    t!(merge_entities_repoints_mentions_speakers_and_aliases,
       [MergeEntities { from: s("bo"), into: s("ann") }],
       "ann=Ann[\"Ann\", \"Bo\"] kenya=Kenya[\"Kenya\"] | ann ann kenya | s1:ann:asserts:p1 s2:ann:denies:p1 s3:kenya:asserts:p2 s4:ann:asserts:p3 | p1=rain[\"s1\", \"s2\"] p2=sun[\"s3\"] p3=rain again[\"s4\"]");
    t!(
        merge_entity_into_itself,
        [MergeEntities {
            from: s("bo"),
            into: s("bo")
        }],
        "error: nothing to merge: both are \"bo\""
    );
    t!(
        merge_then_rename_the_gone_entity,
        [
            MergeEntities {
                from: s("bo"),
                into: s("ann")
            },
            RenameEntity {
                entity: s("bo"),
                name: s("B")
            }
        ],
        "error: unknown entity \"bo\""
    );

    // Statements.
    t!(
        set_stance,
        [SetStance {
            statement: s("s3"),
            stance: Stance::Qualifies
        }],
        UNCHANGED.replace("s3:kenya:asserts", "s3:kenya:qualifies")
    );
    t!(
        set_stance_of_unknown_statement,
        [SetStance {
            statement: s("s9"),
            stance: Stance::Denies
        }],
        "error: unknown statement \"s9\""
    );
    t!(
        set_speaker,
        [SetSpeaker {
            statement: s("s3"),
            speaker: Some(s("bo"))
        }],
        UNCHANGED.replace("s3:kenya", "s3:bo")
    );
    t!(
        set_speaker_unknown,
        [SetSpeaker {
            statement: s("s3"),
            speaker: None
        }],
        UNCHANGED.replace("s3:kenya", "s3:?")
    );
    t!(
        set_speaker_to_unknown_entity,
        [SetSpeaker {
            statement: s("s3"),
            speaker: Some(s("zed"))
        }],
        "error: unknown entity \"zed\""
    );

    // Propositions.
    t!(
        rename_proposition,
        [RenameProposition {
            proposition: s("p2"),
            label: s("sunny")
        }],
        UNCHANGED.replace("p2=sun", "p2=sunny")
    );
    t!(merge_propositions_keeps_statement_order,
       [MergePropositions { from: s("p3"), into: s("p2") }],
       "ann=Ann[\"Ann\"] bo=Bo[\"Bo\"] kenya=Kenya[\"Kenya\"] | ann bo kenya | s1:ann:asserts:p1 s2:bo:denies:p1 s3:kenya:asserts:p2 s4:ann:asserts:p2 | p1=rain[\"s1\", \"s2\"] p2=sun[\"s3\", \"s4\"]");
    t!(
        merge_proposition_into_itself,
        [MergePropositions {
            from: s("p1"),
            into: s("p1")
        }],
        "error: nothing to merge: both are \"p1\""
    );
    t!(split_numbers_after_the_highest,
       [SplitProposition { proposition: s("p1"), statements: vec![s("s2")], label: s("no rain") }],
       "ann=Ann[\"Ann\"] bo=Bo[\"Bo\"] kenya=Kenya[\"Kenya\"] | ann bo kenya | s1:ann:asserts:p1 s2:bo:denies:p4 s3:kenya:asserts:p2 s4:ann:asserts:p3 | p1=rain[\"s1\"] p2=sun[\"s3\"] p3=rain again[\"s4\"] p4=no rain[\"s2\"]");
    t!(split_after_merge_reuses_the_freed_number,
       [MergePropositions { from: s("p3"), into: s("p1") },
        SplitProposition { proposition: s("p1"), statements: vec![s("s4"), s("s1")], label: s("x") }],
       "ann=Ann[\"Ann\"] bo=Bo[\"Bo\"] kenya=Kenya[\"Kenya\"] | ann bo kenya | s1:ann:asserts:p3 s2:bo:denies:p1 s3:kenya:asserts:p2 s4:ann:asserts:p3 | p1=rain[\"s2\"] p2=sun[\"s3\"] p3=x[\"s1\", \"s4\"]");
    t!(
        split_off_everything,
        [SplitProposition {
            proposition: s("p1"),
            statements: vec![s("s1"), s("s2")],
            label: s("x")
        }],
        "error: a split must leave a statement in \"p1\""
    );
    t!(
        split_off_nothing,
        [SplitProposition {
            proposition: s("p1"),
            statements: vec![],
            label: s("x")
        }],
        "error: no statement to split off \"p1\""
    );
    t!(
        split_off_a_stranger,
        [SplitProposition {
            proposition: s("p1"),
            statements: vec![s("s3")],
            label: s("x")
        }],
        "error: a split can only move statements of its claim, not \"s3\""
    );

    #[test]
    fn kinds_and_fields_name_every_variant() {
        let all = [
            RenameEntity {
                entity: s("e"),
                name: s("n"),
            },
            MergeEntities {
                from: s("a"),
                into: s("b"),
            },
            SetStance {
                statement: s("s1"),
                stance: Stance::Denies,
            },
            SetSpeaker {
                statement: s("s1"),
                speaker: Some(s("e")),
            },
            RenameProposition {
                proposition: s("p1"),
                label: s("l"),
            },
            MergePropositions {
                from: s("p1"),
                into: s("p2"),
            },
            SplitProposition {
                proposition: s("p1"),
                statements: vec![s("s1")],
                label: s("l"),
            },
        ];
        let kinds: Vec<&str> = all.iter().map(Correction::kind).collect();
        assert_eq!(kinds, KINDS);
        assert_eq!(all[2].fields()[1], ("stance", Field::Str("denies")));
    }

    #[test]
    fn corrections_round_trip_through_json_and_stay_out_when_none() {
        let mut d = doc();
        let plain = d.to_json();
        assert!(!plain.contains("corrections"));
        d.corrections = vec![
            SetSpeaker {
                statement: s("s1"),
                speaker: None,
            },
            SplitProposition {
                proposition: s("p1"),
                statements: vec![s("s2")],
                label: s("“x”\n"),
            },
        ];
        let json = d.to_json();
        assert!(json.contains("\"kind\": \"set_speaker\""), "{json}");
        let back = Document::from_json(&json).unwrap();
        assert_eq!(back, d);
    }

    /// A correction built from small numbers: targets that exist and some
    /// that do not.
    fn pick(kind: u8, a: u8, b: u8, c: Vec<u8>) -> Correction {
        let ent = |i: u8| s(["ann", "bo", "kenya", "zed"][usize::from(i % 4)]);
        let st = |i: u8| format!("s{}", i % 6);
        let pr = |i: u8| format!("p{}", i % 7);
        match kind % 7 {
            0 => RenameEntity {
                entity: ent(a),
                name: ["", "X", " y "][usize::from(b % 3)].into(),
            },
            1 => MergeEntities {
                from: ent(a),
                into: ent(b),
            },
            2 => SetStance {
                statement: st(a),
                stance: [Stance::Asserts, Stance::Denies, Stance::Qualifies][usize::from(b % 3)],
            },
            3 => SetSpeaker {
                statement: st(a),
                speaker: (b % 5 != 4).then(|| ent(b)),
            },
            4 => RenameProposition {
                proposition: pr(a),
                label: s("L"),
            },
            5 => MergePropositions {
                from: pr(a),
                into: pr(b),
            },
            _ => SplitProposition {
                proposition: pr(a),
                statements: c.into_iter().map(st).collect(),
                label: s("L"),
            },
        }
    }

    proptest::proptest! {
        #[test]
        fn any_sequence_keeps_the_document_valid_and_an_error_changes_nothing(
            list in proptest::collection::vec(
                (0u8..7, 0u8..8, 0u8..8, proptest::collection::vec(0u8..6, 0..4)), 0..12)
        ) {
            let mut d = doc();
            for (k, a, b, c) in list {
                let before = d.clone();
                let fix = pick(k, a, b, c);
                match apply(&mut d, &fix) {
                    Ok(()) => {
                        proptest::prop_assert!(d.validate().is_ok(), "{:?}: {:?}", fix, d.validate());
                        // Lists and fields agree both ways.
                        for p in &d.propositions {
                            proptest::prop_assert_eq!(&p.statements, &statements_of(&d, &p.id));
                        }
                        for st in &d.statements {
                            let p = st.proposition.as_deref().unwrap_or_default();
                            proptest::prop_assert!(d.propositions.iter().any(|x| x.id == p));
                        }
                        proptest::prop_assert_eq!(d.statements.len(), 4);
                    }
                    Err(_) => proptest::prop_assert_eq!(&d, &before),
                }
                // Through the JSON and back, corrections and all.
                d.corrections.push(fix);
                let back = Document::from_json(&d.to_json());
                proptest::prop_assert_eq!(back.as_ref(), Ok(&d));
            }
        }
    }
}
