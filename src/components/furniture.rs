//! The collapsed list of lines removed from the page as furniture.

use leptos::prelude::*;

/// A disclosure, closed by default, that shows what ingest removed.
#[component]
pub fn Furniture(
    /// The removed lines, in source order.
    lines: Vec<String>,
) -> impl IntoView {
    let n = lines.len();
    let label = format!(
        "Page furniture removed ({n} {})",
        if n == 1 { "line" } else { "lines" }
    );
    view! {
        <details class="furniture" data-testid="furniture">
            <summary>{label}</summary>
            {if n == 0 {
                view! { <p class="empty">"Nothing was removed from this page."</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </details>
    }
}
