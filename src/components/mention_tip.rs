//! The card shown for a mention under the pointer or the keyboard focus:
//! the entity's name, type, aliases and mentions per outlet. One card for
//! the whole reader, drawn by the reader's [`StaticView`](super::static_view::StaticView).

use crate::state::Corpus;
use crossread_core::view::html::{el, Html};
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

/// The floating card at `at`, its content from the core
/// ([`reader::mention_tip_view`]).
pub fn mention_tip(corpus: &Corpus, at: &TipAt) -> Html {
    el("div")
        .attrs(&[
            ("id", "mention-tip"),
            ("class", "mention-tip"),
            ("role", "tooltip"),
            ("data-testid", "mention-tip"),
        ])
        .attr(
            "style",
            format!("left:{}px;top:{}px", at.left.max(4.0) as i32, at.top as i32),
        )
        .child(reader::mention_tip_view(corpus.entities(), &at.entity))
        .into()
}
