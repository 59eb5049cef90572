//! The coverage matrix: which outlet carries which claim, and which leaves
//! it out.

use crate::state::Filtered;
use crossread_core::view::coverage;
use leptos::prelude::*;

/// Claims as rows, outlets as columns; a cell counts the outlet's statements.
#[component]
pub fn CoverageView() -> impl IntoView {
    let filtered = expect_context::<Filtered>();
    move || {
        let doc = filtered.0.get();
        let c = coverage(&doc);
        let outlets: Vec<String> = c.outlets.iter().map(|o| o.label.clone()).collect();
        view! {
            <section class="coverage" data-testid="coverage" aria-labelledby="coverage-title">
                <h2 id="coverage-title">"Coverage"</h2>
                <p class="hint">"How many statements about each claim every outlet carries. A dash marks an outlet that leaves the claim out."</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Coverage table">
                    <table class="coverage-table">
                        <thead>
                            <tr>
                                <th scope="col">"Claim"</th>
                                {outlets.iter().map(|o| view! { <th scope="col" class="num">{o.clone()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {c.rows.into_iter().map(|(id, label, counts)| view! {
                                <tr data-proposition=id>
                                    <th scope="row" class="prop-label">{label}</th>
                                    {counts.into_iter().map(|n| if n == 0 {
                                        view! { <td class="num cov-missing" data-count="0"><span aria-hidden="true">"—"</span><span class="visually-hidden">"not carried"</span></td> }.into_any()
                                    } else {
                                        view! { <td class="num cov-carried" data-count=n.to_string()>{n}</td> }.into_any()
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        }
    }
}
