//! The list of articles: headline, outlet, wire agency, date and length;
//! filtered to the chosen entity's articles.

use super::app_shell::focus_list_item;
use crate::state::{Corpus, View};
use crossread_core::corpus::Article;
use crossread_core::view::{step, visible_articles};
use leptos::prelude::*;

/// Every article that passes the filters, as a link that opens it; arrow
/// keys move through the list.
#[component]
pub fn ArticleList() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();

    let visible = {
        let corpus = corpus.clone();
        Memo::new(move |_| {
            let Some(doc) = corpus.document() else {
                return Vec::new();
            };
            view.0.with(|state| {
                visible_articles(doc, state)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<Article>>()
            })
        })
    };
    let count = Memo::new(move |_| visible.with(|v| v.len()));
    let filter_name = {
        let corpus = corpus.clone();
        move || {
            let id = view.0.with(|v| v.entity.clone())?;
            let name = corpus
                .entities()
                .row(&id)
                .map(|r| r.name.clone())
                .unwrap_or_else(|| id.clone());
            Some(name)
        }
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let current = view.0.with_untracked(|v| v.article.clone());
        let target = visible.with_untracked(|list| {
            let refs: Vec<&Article> = list.iter().collect();
            let delta: isize = match ev.key().as_str() {
                "ArrowDown" => 1,
                "ArrowUp" => -1,
                "Home" => return refs.first().map(|a| a.id.clone()),
                "End" => return refs.last().map(|a| a.id.clone()),
                _ => return None,
            };
            step(&refs, current.as_deref(), delta).map(|a| a.id.clone())
        });
        if let Some(id) = target {
            ev.prevent_default();
            view.open_article(&id);
            focus_list_item(&id);
        }
    };

    view! {
        <nav class="article-nav" aria-label="Articles">
            <h2 class="pane-title">"Articles"</h2>
            <p class="result-count" data-testid="result-count" data-count=move || count.get().to_string() aria-live="polite">
                {move || plural(count.get(), "article", "articles")}
                {move || filter_name().map(|name| view! {
                    " mentioning " <strong>{name}</strong> " "
                    <a class="clear-filter" href=view.href(|v| v.entity = None)>"show all"</a>
                })}
            </p>
            {move || (count.get() == 0).then(|| view! {
                <p class="empty">"No article matches. Clear the filter to see them all."</p>
            })}
            <ul class="article-list" data-testid="article-list" on:keydown=on_keydown>
                <For
                    each=move || visible.get()
                    key=|a| a.id.clone()
                    let:article
                >
                    <ArticleItem article=article/>
                </For>
            </ul>
        </nav>
    }
}

/// One entry of the list; marked current while its article is open.
#[component]
fn ArticleItem(
    /// The article this entry opens.
    article: Article,
) -> impl IntoView {
    let view = expect_context::<View>();
    let id = article.id.clone();
    let href = {
        let id = id.clone();
        move || {
            let mut s = view.0.get();
            s.article = Some(id.clone());
            s.to_hash()
        }
    };
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| view.0.with(|v| v.article.as_deref() == Some(id.as_str())))
    };
    let outlet = article
        .outlet
        .clone()
        .unwrap_or_else(|| "unknown outlet".into());
    let agency = article.wire_agency.clone().map(|a| format!("via {a}"));
    let date = article
        .published
        .clone()
        .unwrap_or_else(|| "date unknown".into());
    let words = plural(article.word_count(), "word", "words");
    let headline = if article.headline.is_empty() {
        "(no headline)".to_string()
    } else {
        article.headline.clone()
    };

    view! {
        <li>
            <a
                class="article-item"
                class:open=move || is_open.get()
                data-testid="article-item"
                data-article-id=id
                href=href
                aria-current=move || is_open.get().then_some("page")
            >
                <span class="headline">{headline}</span>
                <span class="meta">
                    <span class="outlet" class:unknown=article.outlet.is_none()>{outlet}</span>
                    {agency.map(|a| view! { <span class="agency">{a}</span> })}
                    <span class="date" class:unknown=article.published.is_none()>{date}</span>
                    <span class="length">{words}</span>
                </span>
            </a>
        </li>
    }
}

/// "1 article", "5 articles".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
