//! The evidence of a claim-map cell: each outlet's sentence, highlighted,
//! linking to the reader scrolled to that sentence.

use super::reader::stance_word;
use crate::state::{Filtered, View};
use crossread_core::view::{outlet_label, Panel};
use leptos::prelude::*;

/// The statements behind one (proposition, speaker) cell.
#[component]
pub fn Evidence(
    /// The proposition id.
    proposition: String,
    /// The speaker's entity id.
    speaker: String,
) -> impl IntoView {
    let filtered = expect_context::<Filtered>();
    let view = expect_context::<View>();
    move || {
        let doc = filtered.0.get();
        let label = doc
            .propositions
            .iter()
            .find(|p| p.id == proposition)
            .map(|p| p.label.clone())
            .unwrap_or_default();
        let name = doc
            .entities
            .iter()
            .find(|e| e.id == speaker)
            .map(|e| e.name.clone())
            .unwrap_or_else(|| speaker.clone());
        let items: Vec<_> = doc
            .statements
            .iter()
            .filter(|s| {
                s.proposition.as_deref() == Some(proposition.as_str())
                    && s.speaker.as_deref() == Some(speaker.as_str())
            })
            .map(|s| {
                let article = doc.article(&s.article);
                let outlet = article.map(outlet_label).unwrap_or_default();
                let headline = article.map(|a| a.headline.clone()).unwrap_or_default();
                let href = view.href(|v| {
                    v.panel = Panel::Reader;
                    v.article = Some(s.article.clone());
                    v.statement = Some(s.id.clone());
                });
                (s.clone(), outlet, headline, href)
            })
            .collect();
        view! {
            <section class="evidence" data-testid="evidence" aria-labelledby="evidence-title">
                <h3 id="evidence-title">"Evidence: " {name} " on “" {label} "”"</h3>
                <ul>
                    {items.into_iter().map(|(s, outlet, headline, href)| view! {
                        <li data-statement=s.id.clone()>
                            <p class="evidence-source"><strong>{outlet}</strong> " · " {headline}</p>
                            <blockquote>
                                <mark class=format!("statement st-{}", stance_word(s.stance))>{s.sentence.clone()}</mark>
                            </blockquote>
                            <p class="evidence-meta">
                                {s.speaker_label.clone().map(|l| format!("Speaker as named: {l}. "))}
                                {s.said_on.clone().map(|d| format!("Said on {d}. "))}
                                <a href=href>"Read it in the article"</a>
                            </p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    }
}
