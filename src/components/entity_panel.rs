//! The entity panel: every entity with its mentions per outlet, searchable
//! and sortable; choosing one filters the articles and highlights it.

use super::legend::type_label;
use crate::state::{Corpus, View};
use crossread_core::view::{type_word, EntityRow, EntitySort};
use leptos::prelude::*;

/// The table of entities, with a search box and a sort choice.
#[component]
pub fn EntityPanel() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(EntitySort::Mentions);
    let outlets: Vec<String> = corpus
        .entities()
        .outlets
        .iter()
        .map(|o| o.label.clone())
        .collect();
    let total = corpus.entities().rows.len();

    let rows = {
        let corpus = corpus.clone();
        Memo::new(move |_| {
            let q = query.get();
            corpus
                .entities()
                .search(&q, sort.get())
                .into_iter()
                .cloned()
                .collect::<Vec<EntityRow>>()
        })
    };
    let chosen = move || view.0.with(|v| v.entity.clone());
    let chosen_name = {
        let corpus = corpus.clone();
        move || {
            chosen().map(|id| {
                corpus
                    .entities()
                    .row(&id)
                    .map(|r| r.name.clone())
                    .unwrap_or(id)
            })
        }
    };

    view! {
        <section class="entity-panel" data-testid="entity-panel" aria-labelledby="entity-title">
            <h2 class="pane-title" id="entity-title">"Who and what"</h2>
            <p class="hint">
                {format!("{total} entities found in the text. ")}
                "Choose one to list only the articles that mention it and to highlight it."
            </p>
            {move || chosen_name().map(|name| view! {
                <p class="chosen-entity">
                    "Chosen: " <strong>{name}</strong> " "
                    <button type="button" data-testid="entity-clear" on:click=move |_| view.update(|v| v.entity = None)>
                        "Clear"
                    </button>
                </p>
            })}
            <div class="entity-controls">
                <label>
                    <span class="visually-hidden">"Search entities"</span>
                    <input
                        type="search"
                        data-testid="entity-search"
                        placeholder="Search entities"
                        prop:value=move || query.get()
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
            <ol class="outlet-key" aria-label="Outlet columns">
                {outlets.iter().enumerate().map(|(i, o)| view! { <li><span class="col-no">{i + 1}</span> {o.clone()}</li> }).collect_view()}
            </ol>
            <table class="entity-table">
                <caption class="visually-hidden">"Entities with their mentions in each outlet"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Entity"</th>
                        <th scope="col" class="num">"All"</th>
                        {outlets.iter().enumerate().map(|(i, o)| view! {
                            <th scope="col" class="num outlet-col" title=o.clone()>
                                <span aria-hidden="true">{i + 1}</span>
                                <span class="visually-hidden">{o.clone()}</span>
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|r| r.id.clone() let:row>
                        <EntityRowView row=row/>
                    </For>
                </tbody>
            </table>
            {move || rows.with(|r| r.is_empty()).then(|| view! {
                <p class="empty">"No entity matches “" {move || query.get()} "”."</p>
            })}
        </section>
    }
}

/// One entity: a button that chooses it, its type, and its counts.
#[component]
fn EntityRowView(
    /// The entity and its counts.
    row: EntityRow,
) -> impl IntoView {
    let view = expect_context::<View>();
    let id = row.id.clone();
    let is_chosen = {
        let id = id.clone();
        Memo::new(move |_| view.0.with(|v| v.entity.as_deref() == Some(id.as_str())))
    };
    let choose = {
        let id = id.clone();
        move |_| {
            let again = is_chosen.get_untracked();
            view.update(|v| v.entity = if again { None } else { Some(id.clone()) });
        }
    };
    let max = row.per_outlet.iter().copied().max().unwrap_or(0).max(1);
    view! {
        <tr class:chosen=move || is_chosen.get() data-testid="entity-row" data-entity=id.clone()>
            <th scope="row">
                <button
                    type="button"
                    class=format!("entity-choose t-{}", type_word(row.kind))
                    data-testid="entity-choose"
                    data-entity=id.clone()
                    aria-pressed=move || if is_chosen.get() { "true" } else { "false" }
                    on:click=choose
                >
                    <span class="swatch" aria-hidden="true"></span>
                    {row.name.clone()}
                </button>
                <span class="entity-type">{type_label(row.kind)}</span>
            </th>
            <td class="num">{row.total}</td>
            {row.per_outlet.iter().map(|n| {
                // Shade by share of the row's maximum: a heat strip to scan.
                let level = if *n == 0 { 0 } else { 1 + (n * 3) / max.max(1) };
                view! { <td class=format!("num heat h{}", level.min(4))>{n.to_string()}</td> }
            }).collect_view()}
        </tr>
    }
}
