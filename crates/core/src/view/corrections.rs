//! The parts of the views that correct the analysis by hand: the forms on
//! the chosen entity, on a claim and on each statement of a map cell's
//! evidence, and the list of corrections with Undo. A button carries
//! `data-action="correct"`, the kind in `data-kind` and its target's id in
//! `data-target`; the app reads the named fields of the closest
//! `[data-form]` around it and turns them into a [`Correction`] with
//! [`from_form`]. Undo buttons carry `data-action="undo-correction"` and
//! the correction's index.
//!
//! ```
//! use crossread_core::correction::Correction;
//! use crossread_core::view::corrections::from_form;
//! let fields = [("name".to_string(), " Jane Doe ".to_string())];
//! assert_eq!(
//!     from_form("rename_entity", "jane", &fields),
//!     Some(Correction::RenameEntity { entity: "jane".into(), name: " Jane Doe ".into() })
//! );
//! assert_eq!(from_form("merge_entities", "jane", &[]), None);
//! ```

use super::html::{el, Element, Html};
use super::{EntitySort, EntityTable, ViewState};
use crate::corpus::{Document, Stance, Statement};
use crate::correction::Correction;

/// The correction a form asks for: `kind` is a word of
/// [`crate::correction::KINDS`], `target` the id it acts on, `fields` the
/// form's (name, value) pairs (a checkbox only when checked). `None` when
/// a field it needs is missing or no choice was made.
pub fn from_form(kind: &str, target: &str, fields: &[(String, String)]) -> Option<Correction> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let chosen = |name: &str| field(name).filter(|v| !v.is_empty());
    let target = target.to_string();
    Some(match kind {
        "rename_entity" => Correction::RenameEntity {
            entity: target,
            name: field("name")?,
        },
        "merge_entities" => Correction::MergeEntities {
            from: target,
            into: chosen("into")?,
        },
        "set_stance" => Correction::SetStance {
            statement: target,
            stance: STANCES
                .into_iter()
                .find(|s| Some(s.word()) == field("stance").as_deref())?,
        },
        "set_speaker" => Correction::SetSpeaker {
            statement: target,
            speaker: chosen("speaker"),
        },
        "rename_proposition" => Correction::RenameProposition {
            proposition: target,
            label: field("label")?,
        },
        "merge_propositions" => Correction::MergePropositions {
            from: target,
            into: chosen("into")?,
        },
        "split_proposition" => Correction::SplitProposition {
            proposition: target,
            statements: fields
                .iter()
                .filter(|(k, _)| k == "move")
                .map(|(_, v)| v.clone())
                .collect(),
            label: field("split-label")?,
        },
        _ => return None,
    })
}

const STANCES: [Stance; 3] = [Stance::Asserts, Stance::Denies, Stance::Qualifies];

/// A button that applies the correction of `kind` to `target`.
fn fix_button(kind: &str, target: &str, label: &str) -> Element {
    el("button")
        .attr("type", "button")
        .attr("data-action", "correct")
        .attr("data-kind", kind)
        .attr("data-target", target)
        .attr("data-testid", format!("fix-{kind}"))
        .text(label)
}

/// A labelled field: `control` with the visible `label`.
fn labelled(label: &str, control: Element) -> Element {
    el("label").text(format!("{label} ")).child(control)
}

/// A `<select>` named `name` of (value, text) options, `current` chosen.
fn select<'a>(
    name: &'static str,
    id: String,
    options: impl Iterator<Item = (&'a str, &'a str)>,
    current: &str,
) -> Element {
    el("select")
        .attr("name", name)
        .attr("id", id)
        .children(options.map(|(v, t)| {
            el("option")
                .attr("value", v)
                .attr_opt("selected", (v == current).then_some(""))
                .text(t)
                .into()
        }))
}

fn text_input(name: &'static str, id: String, value: &str) -> Element {
    el("input")
        .attr("type", "text")
        .attr("name", name)
        .attr("id", id)
        .attr("value", value)
}

/// A closed disclosure holding one form.
fn disclosure(testid: &'static str, id: String, summary: &str) -> Element {
    el("details")
        .attr("class", "fix")
        .attr("data-testid", testid)
        .child(el("summary").attr("id", id).text(summary))
}

/// The form on the chosen entity (`correct-entity`): a new name, and
/// another entity to merge it into.
pub fn entity_fix_view(table: &EntityTable, id: &str) -> Html {
    let name = table.row(id).map_or(id, |r| r.name.as_str());
    let others = table.search("", EntitySort::Name);
    let options = std::iter::once(("", "choose an entity")).chain(
        others
            .iter()
            .filter(|r| r.id != id)
            .map(|r| (r.id.as_str(), r.name.as_str())),
    );
    disclosure(
        "correct-entity",
        format!("fix-entity-{id}"),
        "Correct this entity…",
    )
    .attr("data-form", "")
    .child(
        el("p")
            .child(labelled(
                "Name",
                text_input("name", format!("fix-name-{id}"), name),
            ))
            .child(fix_button("rename_entity", id, "Rename")),
    )
    .child(
        el("p")
            .child(labelled(
                "Same as",
                select("into", format!("fix-into-{id}"), options, ""),
            ))
            .child(fix_button("merge_entities", id, "Merge into it")),
    )
    .into()
}

/// The form on a claim (`correct-proposition`): a new label, another claim
/// to merge it into, and a new claim for the checked statements of the
/// evidence (the checkboxes [`statement_fix_view`] adds; the evidence is
/// the split's `[data-form]`).
pub fn proposition_fix_view(doc: &Document, proposition: &str) -> Element {
    let label = doc
        .propositions
        .iter()
        .find(|p| p.id == proposition)
        .map_or("", |p| p.label.as_str());
    let options = std::iter::once(("", "choose a claim")).chain(
        doc.propositions
            .iter()
            .filter(|p| p.id != proposition)
            .map(|p| (p.id.as_str(), p.label.as_str())),
    );
    disclosure(
        "correct-proposition",
        format!("fix-claim-{proposition}"),
        "Correct this claim…",
    )
    .child(
        el("div")
            .attr("data-form", "")
            .child(labelled(
                "Claim",
                text_input("label", format!("fix-label-{proposition}"), label),
            ))
            .child(fix_button("rename_proposition", proposition, "Rename")),
    )
    .child(
        el("div")
            .attr("data-form", "")
            .child(labelled(
                "Same claim as",
                select("into", format!("fix-merge-{proposition}"), options, ""),
            ))
            .child(fix_button(
                "merge_propositions",
                proposition,
                "Merge into it",
            )),
    )
    .child(
        el("div")
            .child(labelled(
                "Split the checked statements into a new claim",
                text_input("split-label", format!("fix-split-{proposition}"), label),
            ))
            .child(fix_button("split_proposition", proposition, "Split")),
    )
}

/// The controls on one statement of the evidence: a checkbox that picks it
/// for a split, its stance and its speaker, each with its own button.
pub fn statement_fix_view(doc: &Document, s: &Statement) -> Html {
    let id = s.id.as_str();
    let speakers = std::iter::once(("", "unknown speaker")).chain(
        doc.entities
            .iter()
            .map(|e| (e.id.as_str(), e.name.as_str())),
    );
    el("div")
        .attr("class", "fix statement-fix")
        .attr("data-testid", "correct-statement")
        .child(
            el("label")
                .child(
                    el("input")
                        .attr("type", "checkbox")
                        .attr("name", "move")
                        .attr("value", id)
                        .attr("id", format!("fix-move-{id}")),
                )
                .text(" pick for a split"),
        )
        .child(
            el("span")
                .attr("data-form", "")
                .child(labelled(
                    "Stance",
                    select(
                        "stance",
                        format!("fix-stance-{id}"),
                        STANCES.iter().map(|s| (s.word(), s.word())),
                        s.stance.word(),
                    ),
                ))
                .child(fix_button("set_stance", id, "Set")),
        )
        .child(
            el("span")
                .attr("data-form", "")
                .child(labelled(
                    "Speaker",
                    select(
                        "speaker",
                        format!("fix-speaker-{id}"),
                        speakers,
                        s.speaker.as_deref().unwrap_or_default(),
                    ),
                ))
                .child(fix_button("set_speaker", id, "Set")),
        )
        .into()
}

/// A correction in words, naming what it changed as the document names it.
pub fn describe(doc: &Document, c: &Correction) -> String {
    let entity = |id: &str| {
        doc.entities
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    let claim = |id: &str| {
        doc.propositions
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| format!("“{}”", p.label))
    };
    match c {
        Correction::RenameEntity { entity: e, name } => format!("Entity {e} named “{name}”"),
        Correction::MergeEntities { from, into } => {
            format!("Entity {from} merged into {}", entity(into))
        }
        Correction::SetStance { statement, stance } => {
            format!("Statement {statement} {}", stance.word())
        }
        Correction::SetSpeaker { statement, speaker } => format!(
            "Statement {statement} said by {}",
            speaker
                .as_deref()
                .map_or("an unknown speaker".into(), entity)
        ),
        Correction::RenameProposition { proposition, label } => {
            format!("Claim {proposition} labelled “{label}”")
        }
        Correction::MergePropositions { from, into } => {
            format!("Claim {from} merged into {}", claim(into))
        }
        Correction::SplitProposition {
            proposition,
            statements,
            label,
        } => format!(
            "{} split off claim {proposition} as “{label}”",
            super::lists::plural(statements.len(), "statement", "statements")
        ),
    }
}

/// The corrections made so far (`correction`, with its `data-kind`), each
/// with an Undo (`correction-undo`, `data-index`); a hint on how to make
/// one when there are none.
pub fn corrections_view(doc: &Document) -> Html {
    let n = doc.corrections.len();
    let mut sec = el("section")
        .attr("class", "corrections")
        .attr("data-testid", "corrections")
        .attr("aria-labelledby", "corrections-title")
        .child(el("h3").attr("id", "corrections-title").text(format!(
            "Corrections by hand ({n})"
        )))
        .child(el("p").attr("class", "hint").text(
            "Fix the analysis where it is wrong: choose an entity in Who and what, or a cell of the claim map, and open Correct…. Corrections are kept in this browser and go with Analysis (JSON).",
        ));
    if n > 0 {
        sec = sec.child(
            el("ol").children(doc.corrections.iter().enumerate().map(|(i, c)| {
                el("li")
                    .attr("data-testid", "correction")
                    .attr("data-kind", c.kind())
                    .text(format!("{} ", describe(doc, c)))
                    .child(
                        el("button")
                            .attr("type", "button")
                            .attr("data-action", "undo-correction")
                            .attr("data-index", i.to_string())
                            .attr("data-testid", "correction-undo")
                            .attr("aria-label", format!("Undo correction {}", i + 1))
                            .text("Undo"),
                    )
                    .into()
            })),
        );
    }
    sec.into()
}

/// The view state after `c`: a chosen entity or map cell that `c` merged
/// away follows it into what it was merged into.
///
/// ```
/// use crossread_core::correction::Correction;
/// use crossread_core::view::{corrections::follow, ViewState};
/// let mut v = ViewState { entity: Some("a".into()), cell: Some(("p2".into(), "a".into())), ..Default::default() };
/// follow(&mut v, &Correction::MergeEntities { from: "a".into(), into: "b".into() });
/// follow(&mut v, &Correction::MergePropositions { from: "p2".into(), into: "p1".into() });
/// assert_eq!(v.entity.as_deref(), Some("b"));
/// assert_eq!(v.cell, Some(("p1".into(), "b".into())));
/// ```
pub fn follow(state: &mut ViewState, c: &Correction) {
    match c {
        Correction::MergeEntities { from, into } => {
            if state.entity.as_ref() == Some(from) {
                state.entity = Some(into.clone());
            }
            if let Some((_, s)) = &mut state.cell {
                if s == from {
                    s.clone_from(into);
                }
            }
        }
        Correction::MergePropositions { from, into } => {
            if let Some((p, _)) = &mut state.cell {
                if p == from {
                    p.clone_from(into);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn forms_become_corrections() {
        use Correction::*;
        let cases: Vec<(&str, Vec<(String, String)>, Option<Correction>)> = vec![
            ("merge_entities", f(&[("into", "")]), None),
            (
                "merge_entities",
                f(&[("into", "b")]),
                Some(MergeEntities {
                    from: "t".into(),
                    into: "b".into(),
                }),
            ),
            (
                "set_stance",
                f(&[("stance", "denies")]),
                Some(SetStance {
                    statement: "t".into(),
                    stance: Stance::Denies,
                }),
            ),
            ("set_stance", f(&[("stance", "doubts")]), None),
            (
                "set_speaker",
                f(&[("speaker", "")]),
                Some(SetSpeaker {
                    statement: "t".into(),
                    speaker: None,
                }),
            ),
            (
                "set_speaker",
                f(&[("speaker", "ann")]),
                Some(SetSpeaker {
                    statement: "t".into(),
                    speaker: Some("ann".into()),
                }),
            ),
            (
                "rename_proposition",
                f(&[("label", "L")]),
                Some(RenameProposition {
                    proposition: "t".into(),
                    label: "L".into(),
                }),
            ),
            (
                "merge_propositions",
                f(&[("into", "p2")]),
                Some(MergePropositions {
                    from: "t".into(),
                    into: "p2".into(),
                }),
            ),
            (
                "split_proposition",
                f(&[
                    ("label", "old"),
                    ("move", "s1"),
                    ("stance", "asserts"),
                    ("move", "s3"),
                    ("split-label", "New"),
                ]),
                Some(SplitProposition {
                    proposition: "t".into(),
                    statements: vec!["s1".into(), "s3".into()],
                    label: "New".into(),
                }),
            ),
            ("frobnicate", f(&[]), None),
        ];
        for (kind, fields, want) in cases {
            assert_eq!(from_form(kind, "t", &fields), want, "{kind}");
        }
    }

    #[test]
    fn the_list_names_each_correction_with_an_undo() {
        let mut doc = Document::default();
        doc.corrections = vec![
            Correction::SetSpeaker {
                statement: "s1".into(),
                speaker: None,
            },
            Correction::RenameEntity {
                entity: "<b>".into(),
                name: "<script>".into(),
            },
        ];
        let t = corrections_view(&doc);
        assert_eq!(t.find_all("data-testid", "correction").len(), 2);
        assert_eq!(t.find_all("data-index", "1").len(), 1);
        let text = t.text_content();
        assert!(
            text.contains("Statement s1 said by an unknown speaker"),
            "{text}"
        );
        assert!(t.to_markup().contains("“&lt;script&gt;”"));
        let none = corrections_view(&Document::default());
        assert!(none.find_all("data-testid", "correction").is_empty());
    }
}
