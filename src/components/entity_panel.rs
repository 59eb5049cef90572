//! The entity panel: every entity with its mentions per outlet, searchable
//! and sortable; choosing one filters the articles and highlights it.

use super::static_view::StaticView;
use crate::state::{Corpus, View};
use crossread_core::view::{lists, EntitySort};
use leptos::prelude::*;

/// The table of entities, with a search box and a sort choice. The table
/// itself is built by the core ([`lists::entity_table_view`]).
#[component]
pub fn EntityPanel() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(EntitySort::Mentions);
    let total = corpus.entities().rows.len();

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

    view! {
        <section class="entity-panel" data-testid="entity-panel" aria-labelledby="entity-title">
            <h2 class="pane-title" id="entity-title">"Who and what"</h2>
            <p class="hint">
                {format!("{total} entities found in the text. ")}
                "Choose one to list only the articles that mention it and to highlight it."
            </p>
            <StaticView make=chosen/>
            <div class="entity-controls">
                <label>
                    <span class="visually-hidden">"Search entities"</span>
                    <input
                        type="search"
                        data-testid="entity-search"
                        placeholder="Search entities"
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </label>
                <label class="sort">
                    "Sort "
                    <select
                        data-testid="entity-sort"
                        on:change=move |ev| sort.set(match event_target_value(&ev).as_str() {
                            "name" => EntitySort::Name,
                            "type" => EntitySort::Type,
                            "outlets" => EntitySort::Outlets,
                            _ => EntitySort::Mentions,
                        })
                    >
                        <option value="mentions">"most mentioned"</option>
                        <option value="outlets">"most outlets"</option>
                        <option value="name">"name"</option>
                        <option value="type">"type"</option>
                    </select>
                </label>
            </div>
            <StaticView make=table/>
        </section>
    }
}
