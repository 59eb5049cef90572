//! The card shown for a mention under the pointer or the keyboard focus:
//! the entity's name, type, aliases and mentions per outlet.

use crate::state::Corpus;
use crossread_core::view::type_word;
use leptos::prelude::*;

/// Which entity the tip describes and where to put it (viewport pixels).
#[derive(Clone, Debug, PartialEq)]
pub struct TipAt {
    /// The entity id.
    pub entity: String,
    /// Left edge.
    pub left: f64,
    /// Top edge (just below the mention).
    pub top: f64,
}

/// The shared signal that says which tip to show, if any.
#[derive(Clone, Copy)]
pub struct Tip(pub RwSignal<Option<TipAt>>);

/// The floating card; one for the whole reader.
#[component]
pub fn MentionTip() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let tip = expect_context::<Tip>();
    move || {
        let at = tip.0.get()?;
        let table = corpus.entities();
        let row = table.row(&at.entity)?.clone();
        let per_outlet: Vec<(String, usize)> = table
            .outlets
            .iter()
            .zip(&row.per_outlet)
            .filter(|(_, n)| **n > 0)
            .map(|(c, n)| (c.label.clone(), *n))
            .collect();
        let aliases = row.aliases.join(" · ");
        Some(view! {
            <div
                id="mention-tip"
                class="mention-tip"
                role="tooltip"
                data-testid="mention-tip"
                style:left=format!("{}px", at.left.max(4.0) as i32)
                style:top=format!("{}px", at.top as i32)
            >
                <p class="tip-name">{row.name.clone()} " " <span class="tip-type">{type_word(row.kind)}</span></p>
                {(!aliases.is_empty()).then(|| view! { <p class="tip-aliases">"Also: " {aliases}</p> })}
                <ul class="tip-outlets">
                    {per_outlet.into_iter().map(|(label, n)| view! {
                        <li><span>{label}</span> <strong>{n}</strong></li>
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}
