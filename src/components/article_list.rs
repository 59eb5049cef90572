//! The list of articles: a search box and facets, then the articles that
//! pass them (headline, outlet, wire agency, date, length, and the snippet
//! of the search hits).

use super::app_shell::focus_list_item;
use super::static_view::StaticView;
use crate::state::{Corpus, Search, View};
use crossread_core::view::{lists, step, ViewState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The search box, the date range, the facets, the count and the list;
/// arrow keys move through the list. The count, facets and list are built
/// by the core ([`lists`]).
#[component]
pub fn ArticleList() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let search = expect_context::<Search>();

    let count = {
        let corpus = corpus.clone();
        Box::new(move || {
            let n = search.0.with(|r| r.hits.len());
            view.0.with(|state| {
                let name = state.entity.as_deref().map(|id| {
                    corpus
                        .entities()
                        .row(id)
                        .map(|r| r.name.as_str())
                        .unwrap_or(id)
                });
                lists::result_count_view(n, name, state)
            })
        })
    };
    let facets = Box::new(move || search.0.with(|r| view.0.with(|v| lists::facets_view(r, v))));
    let list = {
        let corpus = corpus.clone();
        Box::new(move || match corpus.document() {
            Some(doc) => search.0.with(|r| {
                view.0
                    .with(|v| lists::results_list_view(doc, corpus.index(), r, v))
            }),
            None => lists::article_list_view(&[], &ViewState::default()),
        })
    };

    let on_keydown = {
        let corpus = corpus.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let Some(doc) = corpus.document() else { return };
            if ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                .is_some()
            {
                return;
            }
            let state = view.0.get_untracked();
            let listed = search
                .0
                .with_untracked(|r| r.hits.iter().map(|h| h.article).collect::<Vec<_>>());
            let refs: Vec<_> = listed.iter().filter_map(|i| doc.articles.get(*i)).collect();
            let target = match ev.key().as_str() {
                "ArrowDown" => step(&refs, state.article.as_deref(), 1),
                "ArrowUp" => step(&refs, state.article.as_deref(), -1),
                "Home" => refs.first().copied(),
                "End" => refs.last().copied(),
                _ => None,
            };
            if let Some(a) = target {
                ev.prevent_default();
                view.open_article(&a.id);
                focus_list_item(&a.id);
            }
        }
    };
    // One handler for the box and the date range; the URL is the state.
    let typed = move |ev: web_sys::Event| {
        let Some(el) = super::closest(ev.target(), "*") else {
            return;
        };
        let value = event_target_value(&ev);
        let mut next = view.0.get_untracked();
        let day = (!value.is_empty()).then_some(value.as_str());
        let (from, to) = next.facets.date_range();
        let (from, to) = (from.map(String::from), to.map(String::from));
        match el.id().as_str() {
            // Typing replaces the history entry, so Back skips keystrokes.
            "search-input" => {
                next.query = value.clone();
                return view.replace(next);
            }
            "date-from" => next.facets = next.facets.clone().dates(day, to.as_deref()),
            "date-to" => next.facets = next.facets.clone().dates(from.as_deref(), day),
            _ => return,
        }
        view.navigate(next);
    };
    // The fields show the state (after a reload, Back or a link).
    Effect::new(move |_| {
        view.0.with(|v| {
            let (from, to) = v.facets.date_range();
            for (id, value) in [
                ("search-input", v.query.as_str()),
                ("date-from", from.unwrap_or_default()),
                ("date-to", to.unwrap_or_default()),
            ] {
                let field = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(id))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                if let Some(f) = field.filter(|f| f.value() != value) {
                    f.set_value(value);
                }
            }
        })
    });

    view! {
        <nav class="article-nav" aria-label="Articles" on:keydown=on_keydown>
            <h2 class="pane-title">"Articles"</h2>
            <div class="search-box" role="search" on:input=typed on:change=typed>
                <label for="search-input" class="visually-hidden">"Search the articles"</label>
                <input id="search-input" type="search" data-testid="search" placeholder="Search (press /)" autocomplete="off"/>
                <details class="filters">
                    <summary>"Filters"</summary>
                    <div class="date-range">
                        <label>"From " <input type="date" id="date-from" data-testid="date-from"/></label>
                        <label>"to " <input type="date" id="date-to" data-testid="date-to"/></label>
                    </div>
                    <StaticView make=facets/>
                </details>
            </div>
            <StaticView make=count live=true/>
            <StaticView make=list/>
        </nav>
    }
}
