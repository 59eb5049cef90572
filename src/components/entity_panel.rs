//! The entity panel: every entity with its mentions per outlet, searchable
//! and sortable; choosing one filters the articles and highlights it.

use super::static_view::StaticView;
use crate::state::{Corpus, View};
use crossread_core::view::{lists, EntitySort};
use leptos::prelude::*;

/// The table of entities, with a search box and a sort choice. The core
/// builds its parts ([`lists::entity_controls_view`],
/// [`lists::entity_table_view`]); one handler per event serves the controls.
#[component]
pub fn EntityPanel() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(EntitySort::Mentions);
    let controls = lists::entity_controls_view(corpus.entities().rows.len());

    let chosen = {
        let corpus = corpus.clone();
        Box::new(move || {
            view.0
                .with(|v| lists::chosen_entity_view(corpus.entities(), v))
        })
    };
    let table = Box::new(move || {
        let t = corpus.entities();
        query.with(|q| {
            let rows = t.search(q, sort.get());
            view.0.with(|v| lists::entity_table_view(t, &rows, q, v))
        })
    });
    let changed = move |ev: web_sys::Event| {
        let Some(el) = super::closest(ev.target(), "*") else {
            return;
        };
        let value = event_target_value(&ev);
        match el.id().as_str() {
            // A change event repeats the last input (on blur): setting the
            // same value again would redraw the table under a click.
            "entity-search" if query.get_untracked() != value => query.set(value),
            "entity-sort" => {
                let next = match value.as_str() {
                    "name" => EntitySort::Name,
                    "type" => EntitySort::Type,
                    "outlets" => EntitySort::Outlets,
                    _ => EntitySort::Mentions,
                };
                if sort.get_untracked() != next {
                    sort.set(next);
                }
            }
            _ => {}
        }
    };

    view! {
        <section class="entity-panel" data-testid="entity-panel" aria-labelledby="entity-title"
            on:input=changed on:change=changed>
            <StaticView make=Box::new(move || controls.clone())/>
            <StaticView make=chosen/>
            <StaticView make=table/>
        </section>
    }
}
