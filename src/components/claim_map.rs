//! The claim map: propositions as rows, speakers grouped by side as
//! columns, a stance glyph per cell; choosing a cell lists its evidence.

use super::evidence::Evidence;
use super::reader::stance_word;
use crate::state::{Filtered, View};
use crossread_core::claim::{Cell, ClaimMap, Side};
use crossread_core::corpus::Document;
use leptos::prelude::*;

pub use crossread_core::view::panels::stance_glyph;

/// A reader's name for a side.
pub fn side_label(doc: &Document, side: &Side) -> String {
    match side {
        Side::Government(place) => {
            let name = doc
                .entities
                .iter()
                .find(|e| &e.id == place)
                .map(|e| e.name.clone())
                .unwrap_or_else(|| place.clone());
            format!("{name} (government and officials)")
        }
        Side::Analysts => "Analysts".into(),
        Side::Others => "Others".into(),
    }
}

/// The map as a table, with the evidence of the chosen cell beneath.
#[component]
pub fn ClaimMapView() -> impl IntoView {
    let filtered = expect_context::<Filtered>();
    let view = expect_context::<View>();
    let map = Memo::new(move |_| filtered.0.with(|d| ClaimMap::build(d)));

    move || {
        let doc = filtered.0.get();
        let map = map.get();
        if map.rows.is_empty() {
            return view! {
                <section class="claim-map" data-testid="claim-map" aria-labelledby="map-title">
                    <h2 id="map-title">"Claim map"</h2>
                    <p class="empty">"No statements were found in the listed articles. Clear the filter to see them all."</p>
                </section>
            }
            .into_any();
        }
        // Side groups: consecutive columns with the same side.
        let mut groups: Vec<(String, usize)> = Vec::new();
        for c in &map.columns {
            let label = side_label(&doc, &c.side);
            match groups.last_mut() {
                Some((l, n)) if *l == label => *n += 1,
                _ => groups.push((label, 1)),
            }
        }
        let columns = map.columns.clone();
        let rows = map.rows.clone();
        view! {
            <section class="claim-map" data-testid="claim-map" aria-labelledby="map-title">
                <h2 id="map-title">"Claim map"</h2>
                <p class="hint">
                    "Each row is a claim as the outlets report it; each column a speaker, grouped by side. "
                    "A cell shows the speaker's stance — " <span class="st-asserts glyph">"✓"</span> " asserts, "
                    <span class="st-denies glyph">"✗"</span> " denies, " <span class="st-qualifies glyph">"≈"</span>
                    " qualifies — the day it was said when known, and how many articles carry it. Choose a cell to read the evidence."
                </p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Claim map table">
                    <table class="map-table">
                        <thead>
                            <tr>
                                <th scope="col" rowspan="2" class="prop-head">"Claim"</th>
                                {groups.into_iter().map(|(label, n)| view! {
                                    <th scope="colgroup" colspan=n.to_string() class="side-head">{label}</th>
                                }).collect_view()}
                            </tr>
                            <tr>
                                {columns.iter().map(|c| view! { <th scope="col" class="speaker-head">{c.name.clone()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|row| {
                                let prop = row.proposition.clone();
                                let label = row.label.clone();
                                view! {
                                    <tr>
                                        <th scope="row" class="prop-label">{row.label.clone()}</th>
                                        {row.cells.into_iter().zip(columns.clone()).map(|(cell, col)| match cell {
                                            None => view! { <td class="map-empty"></td> }.into_any(),
                                            Some(cell) => view! {
                                                <td><MapCell cell=cell proposition=prop.clone() label=label.clone() speaker=col.speaker.clone() name=col.name.clone()/></td>
                                            }.into_any(),
                                        }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {move || view.0.with(|v| v.cell.clone()).map(|(p, s)| view! { <Evidence proposition=p speaker=s/> })}
            </section>
        }
        .into_any()
    }
}

/// One cell: a button with the stance glyph, the date and the outlet count.
#[component]
fn MapCell(
    /// The cell's content.
    cell: Cell,
    /// Its proposition id.
    proposition: String,
    /// The proposition's label (for screen readers).
    label: String,
    /// Its speaker's entity id.
    speaker: String,
    /// The speaker's name (for screen readers).
    name: String,
) -> impl IntoView {
    let view = expect_context::<View>();
    let key = (proposition.clone(), speaker.clone());
    let chosen = {
        let key = key.clone();
        Memo::new(move |_| view.0.with(|v| v.cell.as_ref() == Some(&key)))
    };
    let outlets = cell.outlets;
    let date = cell.said_on.clone();
    let spoken = format!(
        "{name} {} “{label}”{}, in {outlets} {}",
        stance_word(cell.stance),
        date.as_ref()
            .map(|d| format!(" on {d}"))
            .unwrap_or_default(),
        if outlets == 1 { "article" } else { "articles" }
    );
    view! {
        <button
            type="button"
            class=format!("map-cell st-{}", stance_word(cell.stance))
            class:chosen=move || chosen.get()
            data-testid="map-cell"
            data-stance=stance_word(cell.stance)
            data-proposition=proposition
            data-speaker=speaker
            aria-pressed=move || if chosen.get() { "true" } else { "false" }
            aria-label=spoken
            on:click=move |_| {
                let again = chosen.get_untracked();
                let key = key.clone();
                view.update(|v| v.cell = if again { None } else { Some(key) });
            }
        >
            <span class="glyph" aria-hidden="true">{stance_glyph(cell.stance)}</span>
            {date.map(|d| view! { <span class="cell-date" aria-hidden="true">{d.get(5..).unwrap_or(&d).to_string()}</span> })}
            <span class="cell-outlets" aria-hidden="true">{format!("×{outlets}")}</span>
        </button>
    }
}
