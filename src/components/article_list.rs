//! The list of articles: headline, outlet, wire agency, date and length.

use super::app_shell::focus_list_item;
use crate::state::{Corpus, View};
use crossread_core::corpus::Article;
use leptos::prelude::*;

/// Every article of the corpus as a link that opens it; arrow keys move
/// through the list.
#[component]
pub fn ArticleList() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let articles: Vec<Article> = corpus
        .document()
        .map(|d| d.articles.clone())
        .unwrap_or_default();
    let count = articles.len();

    let on_keydown = {
        let corpus = corpus.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let delta: isize = match ev.key().as_str() {
                "ArrowDown" => 1,
                "ArrowUp" => -1,
                "Home" => -isize::MAX,
                "End" => isize::MAX,
                _ => return,
            };
            let Some(doc) = corpus.document() else { return };
            let current = view.0.with_untracked(|v| v.article.clone());
            let target = match (delta, current.as_deref()) {
                (isize::MAX, _) => doc.articles.last(),
                (d, _) if d == -isize::MAX => doc.articles.first(),
                (d, cur) => doc.step(cur, d),
            };
            if let Some(a) = target {
                ev.prevent_default();
                view.open_article(&a.id);
                focus_list_item(&a.id);
            }
        }
    };

    view! {
        <nav class="article-nav" aria-label="Articles">
            <h2 class="pane-title">"Articles"</h2>
            <p class="result-count" data-testid="result-count" data-count=count.to_string()>
                {plural(count, "article", "articles")}
            </p>
            {(count == 0).then(|| view! {
                <p class="empty">"This corpus has no articles yet."</p>
            })}
            <ul class="article-list" data-testid="article-list" on:keydown=on_keydown>
                <For
                    each=move || articles.clone()
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
        let mut s = view.0.get_untracked();
        s.article = Some(id.clone());
        s.to_hash()
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
