//! The card shown for a mention under the pointer or the keyboard focus:
//! the entity's name, type, aliases and mentions per outlet.

use super::static_view::StaticView;
use crate::state::Corpus;
use crossread_core::view::reader;
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

/// The floating card; one for the whole reader. Its content comes from the
/// core ([`reader::mention_tip_view`]).
#[component]
pub fn MentionTip() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let tip = expect_context::<Tip>();
    move || {
        let at = tip.0.get()?;
        let card = reader::mention_tip_view(corpus.entities(), &at.entity);
        Some(view! {
            <div
                id="mention-tip"
                class="mention-tip"
                role="tooltip"
                data-testid="mention-tip"
                style:left=format!("{}px", at.left.max(4.0) as i32)
                style:top=format!("{}px", at.top as i32)
            >
                <StaticView make=Box::new(move || card.clone())/>
            </div>
        })
    }
}
