//! The legend of entity types: what each highlight looks like, with a
//! switch per type.

use crate::state::View;
use crossread_core::view::{type_label, type_word, ENTITY_TYPES};
use leptos::prelude::*;

/// One switch per entity type; the hidden types live in the URL.
#[component]
pub fn Legend(
    /// Mentions of each type in the open article, in [`ENTITY_TYPES`] order.
    counts: Vec<usize>,
) -> impl IntoView {
    let view = expect_context::<View>();
    view! {
        <div class="legend" role="group" aria-label="Highlight entity types">
            <span class="legend-title">"Highlight:"</span>
            {ENTITY_TYPES.into_iter().zip(counts).map(|(t, n)| {
                let shown = move || view.0.with(|v| !v.hidden.contains(&t));
                let toggle = move |_| view.update(|v| {
                    if let Some(i) = v.hidden.iter().position(|h| *h == t) {
                        v.hidden.remove(i);
                    } else {
                        v.hidden.push(t);
                        v.hidden.sort();
                    }
                });
                view! {
                    <button
                        type="button"
                        class=format!("legend-toggle t-{}", type_word(t))
                        data-testid="legend-toggle"
                        data-type=type_word(t)
                        aria-pressed=move || if shown() { "true" } else { "false" }
                        on:click=toggle
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        {type_label(t)} " " <span class="count">{n}</span>
                    </button>
                }
            }).collect_view()}
        </div>
    }
}
