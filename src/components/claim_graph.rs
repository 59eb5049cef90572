//! The claim map as a picture: speakers joined to the claims they assert,
//! deny or qualify. The table of the map is its accessible equivalent.

use super::reader::stance_word;
use crate::state::{Filtered, View};
use crossread_core::claim::graph::{dash, Graph};
use crossread_core::claim::ClaimMap;
use crossread_core::view::Panel;
use leptos::prelude::*;

/// The SVG graph, drawn from the core's layout.
#[component]
pub fn ClaimGraph() -> impl IntoView {
    let filtered = expect_context::<Filtered>();
    let view = expect_context::<View>();
    let graph = Memo::new(move |_| filtered.0.with(|d| Graph::layout(&ClaimMap::build(d))));
    let table = move || view.href(|v| v.panel = Panel::Map);
    move || {
        let g = graph.get();
        let nodes = g.nodes.clone();
        view! {
            <section class="claim-graph" data-testid="claim-graph" aria-labelledby="graph-title">
                <h2 id="graph-title">"Claim graph"</h2>
                <p class="hint">
                    "Speakers on the left, claims on the right. A solid line asserts, a dashed line denies, a dotted line qualifies; "
                    "thicker lines are carried by more articles. The same information as a table: "
                    <a href=table>"the claim map"</a> "."
                </p>
                <div class="graph-scroll">
                    <svg
                        viewBox=format!("0 0 {} {}", g.width, g.height)
                        width=g.width.to_string()
                        height=g.height.to_string()
                        role="img"
                        aria-label=format!("Graph of {} speakers and {} claims; the claim map table has the same content", g.nodes.iter().filter(|n| n.speaker).count(), g.nodes.iter().filter(|n| !n.speaker).count())
                    >
                        {g.edges.iter().filter_map(|e| {
                            let (a, b) = (nodes.get(e.from)?, nodes.get(e.to)?);
                            Some(view! {
                                <line
                                    class=format!("edge st-{}", stance_word(e.stance))
                                    data-stance=stance_word(e.stance)
                                    x1=(a.x + 6).to_string() y1=a.y.to_string() x2=(b.x - 6).to_string() y2=b.y.to_string()
                                    stroke-width=(1 + e.articles.min(4)).to_string()
                                    stroke-dasharray=dash(e.stance)
                                >
                                    <title>{format!("{} {} “{}” ({} articles)", a.label, stance_word(e.stance), b.label, e.articles)}</title>
                                </line>
                            })
                        }).collect_view()}
                        {nodes.iter().map(|n| if n.speaker {
                            view! {
                                <g class="node speaker">
                                    <circle cx=n.x.to_string() cy=n.y.to_string() r="5"></circle>
                                    <text x=(n.x - 10).to_string() y=(n.y + 4).to_string() text-anchor="end">{n.label.clone()}</text>
                                </g>
                            }.into_any()
                        } else {
                            view! {
                                <g class="node proposition">
                                    <rect x=(n.x - 5).to_string() y=(n.y - 5).to_string() width="10" height="10"></rect>
                                    <text x=(n.x + 10).to_string() y=(n.y + 4).to_string()>{n.label.clone()}</text>
                                </g>
                            }.into_any()
                        }).collect_view()}
                    </svg>
                </div>
            </section>
        }
    }
}
