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
use super::{EntityTable, ViewState};
use crate::corpus::{Document, Stance, Statement};
use crate::correction::{Correction, Field, FIELDS, KINDS};

/// The correction a form asks for: `kind` is a word of
/// [`crate::correction::KINDS`], `target` the id it acts on, `fields` the
/// form's (name, value) pairs (a checkbox only when checked). `None` when
/// a field it needs is missing or no choice was made.
pub fn from_form(kind: &str, target: &str, fields: &[(String, String)]) -> Option<Correction> {
    let k = KINDS.iter().position(|w| *w == kind)?;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let mut parts = vec![target.to_string()];
    for name in &FIELDS[k][1..] {
        // The split's label has a name of its own: it shares its form
        // with the claim's other fields.
        let v = field(if k == 6 { "split-label" } else { name })?;
        if v.is_empty() && *name == "into" {
            return None;
        }
        parts.push(v);
    }
    let speaker = field("speaker").filter(|v| !v.is_empty());
    let moved = fields
        .iter()
        .filter(|(n, _)| n == "move")
        .map(|(_, v)| v.clone())
        .collect();
    Correction::from_parts(k, parts, speaker, moved)
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

/// A `<select>` named `name` of (value, text) options, `current` chosen.
fn select(name: &'static str, options: &[(&str, &str)], current: &str) -> Element {
    let mut sel = el("select").attr("name", name);
    for (v, t) in options {
        sel = sel.child(
            el("option")
                .attr("value", *v)
                .attr_opt("selected", (*v == current).then_some(""))
                .text(*t),
        );
    }
    sel
}

fn text_input(name: &'static str, value: &str) -> Element {
    el("input")
        .attr("type", "text")
        .attr("name", name)
        .attr("value", value)
}

/// One correction's controls in a `tag`: `control` (whose id is
/// `<kind>-<target>`) with its visible `label`, and the button that makes
/// the correction (a form of its own when `form`).
fn row(
    tag: &'static str,
    form: bool,
    label: &str,
    control: Element,
    (kind, target, button): (&str, &str, &str),
) -> Element {
    el(tag)
        .attr_opt("data-form", form.then_some(""))
        .child(
            el("label")
                .text(format!("{label} "))
                .child(control.attr("id", format!("{kind}-{target}"))),
        )
        .child(fix_button(kind, target, button))
}

/// A closed disclosure for the form of `testid`.
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
    let mut options = vec![("", "choose an entity")];
    // In id order: ids are slugs of the names.
    for r in &table.rows {
        if r.id != id {
            options.push((r.id.as_str(), r.name.as_str()));
        }
    }
    disclosure(
        "correct-entity",
        format!("fix-entity-{id}"),
        "Correct this entity…",
    )
    .attr("data-form", "")
    .child(row(
        "p",
        false,
        "Name",
        text_input("name", name),
        ("rename_entity", id, "Rename"),
    ))
    .child(row(
        "p",
        false,
        "Same as",
        select("into", &options, ""),
        ("merge_entities", id, "Merge into it"),
    ))
    .into()
}

/// The form on a claim (`correct-proposition`): a new label, another claim
/// to merge it into, and a new claim for the checked statements of the
/// evidence (the checkboxes [`statement_fix_view`] adds; the evidence is
/// the split's `[data-form]`).
pub fn proposition_fix_view(doc: &Document, proposition: &str) -> Element {
    let mut label = "";
    let mut options = vec![("", "choose a claim")];
    for p in &doc.propositions {
        if p.id == proposition {
            label = &p.label;
        } else {
            options.push((p.id.as_str(), p.label.as_str()));
        }
    }
    let p = proposition;
    disclosure(
        "correct-proposition",
        format!("fix-claim-{p}"),
        "Correct this claim…",
    )
    .child(row(
        "div",
        true,
        "Claim",
        text_input("label", label),
        ("rename_proposition", p, "Rename"),
    ))
    .child(row(
        "div",
        true,
        "Same claim as",
        select("into", &options, ""),
        ("merge_propositions", p, "Merge into it"),
    ))
    .child(row(
        "div",
        false,
        "Split the checked statements into a new claim",
        text_input("split-label", label),
        ("split_proposition", p, "Split"),
    ))
}

/// The controls on one statement of the evidence: a checkbox that picks it
/// for a split, its stance and its speaker (one of the corpus's speakers or
/// of the entities its article names), each with its own button.
pub fn statement_fix_view(doc: &Document, s: &Statement) -> Html {
    let id = s.id.as_str();
    let stances = STANCES.map(|s| (s.word(), s.word()));
    // Who may have said it: the corpus's speakers and what its article
    // names. Every entity of a large import made thousands of options per
    // statement, and tens of thousands of elements per cell.
    let mut who = crate::sort::Keys::default();
    for x in &doc.statements {
        who.id(x.speaker.as_deref().unwrap_or_default());
    }
    for a in doc.articles.iter().filter(|a| a.id == s.article) {
        for m in &a.mentions {
            who.id(&m.entity);
        }
    }
    let mut speakers = vec![("", "unknown speaker")];
    for e in doc.entities.iter().filter(|e| who.get(&e.id).is_some()) {
        speakers.push((e.id.as_str(), e.name.as_str()));
    }
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
        .child(row(
            "span",
            true,
            "Stance",
            select("stance", &stances, s.stance.word()),
            ("set_stance", id, "Set stance"),
        ))
        .child(row(
            "span",
            true,
            "Speaker",
            select(
                "speaker",
                &speakers,
                s.speaker.as_deref().unwrap_or_default(),
            ),
            ("set_speaker", id, "Set speaker"),
        ))
        .into()
}

/// What each kind of correction does, in words, by its index in [`KINDS`].
const DOING: [&str; 7] = [
    "Rename entity",
    "Merge entity",
    "Set the stance of",
    "Set the speaker of",
    "Rename claim",
    "Merge claim",
    "Split claim",
];

/// A correction in words: what it does, its target, then its values
/// (`Merge entity doe → jane-doe`, `Split claim p2 (s9) → “…”`).
///
/// ```
/// use crossread_core::correction::Correction;
/// use crossread_core::view::corrections::describe;
/// let c = Correction::SetSpeaker { statement: "s3".into(), speaker: None };
/// assert_eq!(describe(&c), "Set the speaker of s3 → unknown");
/// ```
pub fn describe(c: &Correction) -> String {
    let k = KINDS
        .iter()
        .position(|w| *w == c.kind())
        .unwrap_or_default();
    let mut out = String::from(DOING[k]);
    for (i, (name, value)) in c.fields().into_iter().enumerate() {
        let text = match value {
            Field::Str(s) if name == "name" || name == "label" => format!("“{s}”"),
            Field::Str(s) => s.to_string(),
            Field::Null => "unknown".into(),
            Field::List(l) => {
                out.push_str(&format!(" ({})", l.join(", ")));
                continue;
            }
        };
        out.push_str(if i == 0 { " " } else { " → " });
        out.push_str(&text);
    }
    out
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
                    .text(format!("{} ", describe(c)))
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
    fn a_statement_may_be_given_a_speaker_or_an_entity_of_its_article() {
        use crate::corpus::{Article, Entity, EntityType, Mention, Statement};
        let mut doc = Document::default();
        for (id, kind) in [
            ("ann", EntityType::Person),
            ("bob", EntityType::Person),
            ("acme", EntityType::Org),
            ("elsewhere", EntityType::Place),
        ] {
            doc.entities.push(Entity {
                id: id.into(),
                name: id.into(),
                kind,
                aliases: Vec::new(),
            });
        }
        let mention = |entity: &str| Mention {
            entity: entity.into(),
            kind: EntityType::Org,
            start: 0,
            end: 0,
            text: String::new(),
        };
        let mut a = Article::empty("a");
        a.mentions.push(mention("acme"));
        let mut b = Article::empty("b");
        b.mentions.push(mention("elsewhere"));
        doc.articles.extend([a, b]);
        let said = |id: &str, article: &str, speaker: Option<&str>| Statement {
            id: id.into(),
            article: article.into(),
            sentence: String::new(),
            start: 0,
            end: 0,
            speaker: speaker.map(String::from),
            speaker_label: None,
            stance: Stance::Asserts,
            proposition: None,
            quote: None,
            said_on: None,
        };
        doc.statements.push(said("s1", "a", None));
        doc.statements.push(said("s2", "b", Some("bob")));
        let form = statement_fix_view(&doc, &doc.statements[0]);
        let options: Vec<String> = form
            .find_all("name", "speaker")
            .iter()
            .flat_map(|sel| sel.children.iter())
            .filter_map(|o| match o {
                Html::El(o) => o.attrs.iter().find(|a| a.0 == "value").map(|a| a.1.clone()),
                Html::Text(_) => None,
            })
            .collect();
        // Bob speaks elsewhere in the corpus, Acme is named in the article;
        // Ann is neither, and `elsewhere` is only in another article.
        assert_eq!(options, ["", "bob", "acme"]);
    }

    #[test]
    fn forms_become_corrections() {
        use Correction::*;
        type Case = (&'static str, Vec<(String, String)>, Option<Correction>);
        let cases: Vec<Case> = vec![
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
        let doc = Document {
            corrections: vec![
                Correction::SetSpeaker {
                    statement: "s1".into(),
                    speaker: None,
                },
                Correction::RenameEntity {
                    entity: "<b>".into(),
                    name: "<script>".into(),
                },
            ],
            ..Document::default()
        };
        let t = corrections_view(&doc);
        assert_eq!(t.find_all("data-testid", "correction").len(), 2);
        assert_eq!(t.find_all("data-index", "1").len(), 1);
        let text = t.text_content();
        assert!(text.contains("Set the speaker of s1 → unknown"), "{text}");
        assert!(t
            .to_markup()
            .contains("Rename entity &lt;b&gt; → “&lt;script&gt;”"));
        let none = corrections_view(&Document::default());
        assert!(none.find_all("data-testid", "correction").is_empty());
    }
}
