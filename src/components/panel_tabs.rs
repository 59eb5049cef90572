//! The switch between the reader and the analysis views.

use crate::state::View;
use crossread_core::view::Panel;
use leptos::prelude::*;

/// A reader's name for a view.
pub fn panel_label(p: Panel) -> &'static str {
    match p {
        Panel::Reader => "Reader",
        Panel::Map => "Claim map",
        Panel::Graph => "Graph",
        Panel::Timeline => "Timeline",
        Panel::Coverage => "Coverage",
        Panel::Quotes => "Quotes",
        Panel::Discrepancies => "Discrepancies",
    }
}

/// Links to each view; the current one is marked. The view is in the URL.
#[component]
pub fn PanelTabs(
    /// The views offered, in order.
    panels: Vec<Panel>,
) -> impl IntoView {
    let view = expect_context::<View>();
    view! {
        <nav class="panel-tabs" aria-label="Views">
            {panels.into_iter().map(|p| {
                let current = move || view.0.with(|v| v.panel == p);
                view! {
                    <a
                        class="panel-tab"
                        data-testid=format!("tab-{}", p.word())
                        href=move || { let mut s = view.0.get(); s.panel = p; s.to_hash() }
                        aria-current=move || current().then_some("page")
                    >{panel_label(p)}</a>
                }
            }).collect_view()}
        </nav>
    }
}
