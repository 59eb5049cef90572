//! The list of articles: headline, outlet, wire agency, date and length;
//! filtered to the chosen entity's articles.

use super::app_shell::focus_list_item;
use super::static_view::StaticView;
use crate::state::{Corpus, View};
use crossread_core::view::{lists, step, visible_articles};
use leptos::prelude::*;

/// Every article that passes the filters, as a link that opens it; arrow
/// keys move through the list. The count and the list are built by the
/// core ([`lists`]).
#[component]
pub fn ArticleList() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();

    let count = {
        let corpus = corpus.clone();
        Box::new(move || {
            view.0.with(|state| {
                let n = corpus
                    .document()
                    .map(|d| visible_articles(d, state).len())
                    .unwrap_or(0);
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
    let list = {
        let corpus = corpus.clone();
        Box::new(move || {
            view.0.with(|state| {
                let articles = corpus
                    .document()
                    .map(|d| visible_articles(d, state))
                    .unwrap_or_default();
                lists::article_list_view(&articles, state)
            })
        })
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(doc) = corpus.document() else { return };
        let state = view.0.get_untracked();
        let refs = visible_articles(doc, &state);
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
    };

    view! {
        <nav class="article-nav" aria-label="Articles" on:keydown=on_keydown>
            <h2 class="pane-title">"Articles"</h2>
            <StaticView make=count live=true/>
            <StaticView make=list/>
        </nav>
    }
}
