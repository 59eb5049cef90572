//! Statements by the day they were said.

use super::claim_map::stance_glyph;
use super::reader::stance_word;
use crate::state::{Filtered, View};
use crossread_core::view::{outlet_label, timeline, Panel};
use leptos::prelude::*;

/// A vertical timeline: one entry per day, its statements beneath.
#[component]
pub fn TimelineView() -> impl IntoView {
    let filtered = expect_context::<Filtered>();
    let view = expect_context::<View>();
    move || {
        let doc = filtered.0.get();
        let t = timeline(&doc);
        let item = |sid: &String| {
            let s = doc.statements.iter().find(|s| &s.id == sid)?.clone();
            let outlet = doc
                .article(&s.article)
                .map(outlet_label)
                .unwrap_or_default();
            let who = s
                .speaker_label
                .clone()
                .or(s.speaker.clone())
                .unwrap_or_else(|| "unknown speaker".into());
            let label = doc
                .propositions
                .iter()
                .find(|p| Some(&p.id) == s.proposition.as_ref())
                .map(|p| p.label.clone())
                .unwrap_or_default();
            let href = view.href(|v| {
                v.panel = Panel::Reader;
                v.article = Some(s.article.clone());
                v.statement = Some(s.id.clone());
            });
            Some(view! {
                <li class=format!("tl-item st-{}", stance_word(s.stance)) data-statement=s.id.clone() data-stance=stance_word(s.stance)>
                    <span class="glyph" aria-hidden="true">{stance_glyph(s.stance)}</span>
                    <span class="visually-hidden">{stance_word(s.stance)}</span>
                    <strong>{who}</strong> " — " {label}
                    <span class="tl-source">" (" {outlet} ") " <a href=href>"read"</a></span>
                </li>
            })
        };
        let days = t
            .days
            .iter()
            .map(|(day, ids)| {
                view! {
                    <li class="tl-day" data-day=day.clone()>
                        <h3><time datetime=day.clone()>{day.clone()}</time></h3>
                        <ul>{ids.iter().filter_map(item).collect_view()}</ul>
                    </li>
                }
            })
            .collect_view();
        let undated = t.undated.len();
        view! {
            <section class="timeline" data-testid="timeline" aria-labelledby="timeline-title">
                <h2 id="timeline-title">"Timeline"</h2>
                <p class="hint">
                    "Statements by the day they were said, where the text fixes the day against the article's date. "
                    {format!("{undated} statements have no day the text fixes.")}
                </p>
                {if t.days.is_empty() {
                    view! { <p class="empty">"No statement in the listed articles has a day the text fixes."</p> }.into_any()
                } else {
                    view! { <ol class="tl-days">{days}</ol> }.into_any()
                }}
            </section>
        }
    }
}
