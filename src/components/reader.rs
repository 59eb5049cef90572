//! The reader: one article with its metadata, captions, paragraphs and the
//! page furniture that was removed.

use super::article_list::plural;
use super::furniture::Furniture;
use super::legend::Legend;
use super::mention_tip::{MentionTip, Tip, TipAt};
use crate::state::{Corpus, View};
use crossread_core::corpus::{Article, Basis, Mention, Stance, Statement};
use crossread_core::view::{paragraphs, type_word, Node, ENTITY_TYPES};
use crossread_core::Span;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The open article, or a short guide when none is open.
#[component]
pub fn Reader() -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let view = expect_context::<View>();
    let open = Memo::new(move |_| view.0.with(|v| v.article.clone()));

    move || {
        let Some(doc) = corpus.document() else {
            return view! { <p class="empty">"No corpus is loaded."</p> }.into_any();
        };
        match open.get() {
            None => {
                let first = doc.articles.first().map(|a| a.id.clone());
                view! { <Welcome articles=doc.articles.len() first=first/> }.into_any()
            }
            Some(id) => match doc.article(&id) {
                Some(a) => {
                    let prev = doc.step(Some(&id), -1).filter(|p| p.id != id).map(|p| p.id.clone());
                    let next = doc.step(Some(&id), 1).filter(|n| n.id != id).map(|n| n.id.clone());
                    let statements: Vec<Statement> =
                        doc.statements.iter().filter(|s| s.article == id).cloned().collect();
                    view! { <ArticleView article=a.clone() statements=statements prev=prev next=next/> }.into_any()
                }
                None => view! {
                    <div class="empty" data-testid="reader" role="status">
                        <h2>"Article not found"</h2>
                        <p>"This corpus has no article with the id “" {id} "”. Choose one from the list."</p>
                    </div>
                }
                .into_any(),
            },
        }
    }
}

/// What the marks of one article refer to.
struct Marks {
    body: String,
    mentions: Vec<Mention>,
    statements: Vec<Statement>,
}

impl Marks {
    /// Text nodes and `<mark>` elements for `nodes`, statements around mentions.
    fn render(&self, nodes: Vec<Node>) -> AnyView {
        nodes
            .into_iter()
            .map(|n| match n {
                Node::Text(s) => self.text(s).into_any(),
                Node::Mention { index, span } => match self.mentions.get(index) {
                    Some(m) => view! {
                        <MentionMark entity=m.entity.clone() kind=type_word(m.kind) text=self.text(span)/>
                    }
                    .into_any(),
                    None => self.text(span).into_any(),
                },
                Node::Statement { index, children, .. } => match self.statements.get(index) {
                    Some(st) => {
                        let inner = self.render(children);
                        let who = st.speaker_label.clone().or_else(|| st.speaker.clone()).unwrap_or_else(|| "unknown speaker".into());
                        let title = format!("{} {}", who, stance_verb(st.stance));
                        view! {
                            <mark
                                class=format!("statement st-{}", stance_word(st.stance))
                                data-testid="statement"
                                data-stance=stance_word(st.stance)
                                data-statement=st.id.clone()
                                id=format!("stmt-{}", st.id)
                                title=title
                            >{inner}</mark>
                        }
                        .into_any()
                    }
                    None => self.render(children),
                },
            })
            .collect_view()
            .into_any()
    }

    fn text(&self, s: Span) -> String {
        self.body
            .get(s.start..s.end)
            .unwrap_or_default()
            .to_string()
    }
}

pub use crossread_core::view::panels::stance_word;

/// How a reader says a stance after a speaker's name.
fn stance_verb(s: Stance) -> &'static str {
    match s {
        Stance::Asserts => "asserts",
        Stance::Denies => "denies",
        Stance::Qualifies => "qualifies (hedges)",
    }
}

/// One highlighted mention; plain text while its type is switched off.
#[component]
fn MentionMark(
    /// The entity id.
    entity: String,
    /// The format word of its type.
    kind: &'static str,
    /// The mention's text.
    text: String,
) -> impl IntoView {
    let view = expect_context::<View>();
    let shown = move || {
        view.0
            .with(|v| !v.hidden.iter().any(|t| type_word(*t) == kind))
    };
    let chosen = {
        let entity = entity.clone();
        move || {
            view.0
                .with(|v| v.entity.as_deref() == Some(entity.as_str()))
        }
    };
    move || {
        if shown() {
            view! {
                <mark
                    class=format!("mention t-{kind}")
                    class:chosen=chosen.clone()
                    data-testid="mention"
                    data-entity=entity.clone()
                    data-type=kind
                    tabindex="-1"
                >{text.clone()}</mark>
            }
            .into_any()
        } else {
            text.clone().into_any()
        }
    }
}

/// Scrolls the reader to statement `id` and marks it as the one linked to.
fn scroll_to_statement(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(list) = doc.query_selector_all("mark.statement.focused") {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.class_list().remove_1("focused");
            }
        }
    }
    let Some(el) = doc.get_element_by_id(&format!("stmt-{id}")) else {
        return;
    };
    let _ = el.class_list().add_1("focused");
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Shows the tip for the mention at `target`, if the event came from one.
fn show_tip(tip: Tip, target: Option<web_sys::EventTarget>) {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let Ok(Some(mark)) = el.closest("[data-testid=\"mention\"]") else {
        return;
    };
    let Some(entity) = mark.get_attribute("data-entity") else {
        return;
    };
    let rect = mark.get_bounding_client_rect();
    let _ = mark.set_attribute("aria-describedby", "mention-tip");
    tip.0.set(Some(TipAt {
        entity,
        left: rect.left(),
        top: rect.bottom() + 6.0,
    }));
}

/// What the reader shows before an article is chosen.
#[component]
fn Welcome(
    /// How many articles the corpus holds.
    articles: usize,
    /// The first article's id, for a "start reading" link.
    first: Option<String>,
) -> impl IntoView {
    view! {
        <div class="welcome">
            <h2>"Read one story as several outlets told it"</h2>
            <p>
                "This corpus holds " {plural(articles, "article", "articles")}
                ". Choose one from the list to read it clean of page furniture: the notices, "
                "share links and tag lists of the scraped page are set aside, and you can still see them."
            </p>
            {first.map(|id| view! {
                <p><a class="button" href=format!("#article={id}")>"Start with the first article"</a></p>
            })}
        </div>
    }
}

/// One article in full.
#[component]
fn ArticleView(
    /// The article to show.
    article: Article,
    /// Its statements, in order of start.
    statements: Vec<Statement>,
    /// The previous article's id, if any.
    prev: Option<String>,
    /// The next article's id, if any.
    next: Option<String>,
) -> impl IntoView {
    let view_state = expect_context::<View>();
    let outlet = match (&article.outlet, article.outlet_basis) {
        (Some(o), Some(Basis::Url)) => format!("{o} (from its URL)"),
        (Some(o), Some(Basis::Sidecar)) => format!("{o} (from the sources file)"),
        (Some(o), _) => o.clone(),
        (None, _) => "unknown outlet".to_string(),
    };
    let spans: Vec<Span> = statements
        .iter()
        .map(|s| Span::new(s.start, s.end))
        .collect();
    let paras = paragraphs(&article, &spans);
    let counts: Vec<usize> = ENTITY_TYPES
        .iter()
        .map(|t| article.mentions.iter().filter(|m| m.kind == *t).count())
        .collect();
    let tip = Tip(RwSignal::new(None));
    provide_context(tip);
    // A link to a statement (from the map's evidence) scrolls to it.
    Effect::new(move |_| {
        let Some(id) = view_state.0.with(|v| v.statement.clone()) else {
            return;
        };
        request_animation_frame(move || scroll_to_statement(&id));
    });
    let captions = article.captions.clone();
    let words = plural(article.word_count(), "word", "words");
    let nav = move |id: Option<String>, label: &'static str, rel: &'static str| {
        id.map(|id| {
            let go = id.clone();
            view! {
                <button type="button" class="step" data-step=rel on:click=move |_| {
                    view_state.open_article(&go);
                    super::app_shell::focus_list_item(&go);
                }>{label}</button>
            }
        })
    };

    view! {
        <article class="reader" data-testid="reader" data-article-id=article.id.clone() aria-labelledby="reader-headline">
            <header>
                <h2 id="reader-headline">{article.headline.clone()}</h2>
                <dl class="article-meta">
                    <div><dt>"Outlet"</dt><dd class:unknown=article.outlet.is_none()>{outlet}</dd></div>
                    <div><dt>"Wire agency"</dt><dd class:unknown=article.wire_agency.is_none()>
                        {article.wire_agency.clone().unwrap_or_else(|| "none named".into())}
                    </dd></div>
                    <div><dt>"Published"</dt><dd class:unknown=article.published.is_none()>
                        {article.published.clone().unwrap_or_else(|| "date unknown".into())}
                    </dd></div>
                    <div><dt>"Dateline"</dt><dd class:unknown=article.dateline.is_none()>
                        {article.dateline.clone().unwrap_or_else(|| "none".into())}
                    </dd></div>
                    <div><dt>"Length"</dt><dd>{words}</dd></div>
                </dl>
                {article.url.clone().map(|u| {
                    // Only web addresses become links; anything else (a
                    // javascript: URL in a hostile file) stays text.
                    let web = u.starts_with("https://") || u.starts_with("http://");
                    view! {
                        <p class="source-url">"Original: "
                            {if web {
                                let href = u.clone();
                                view! { <a href=href rel="noopener noreferrer nofollow" target="_blank">{u}</a> }.into_any()
                            } else {
                                view! { <span class="url">{u}</span> }.into_any()
                            }}
                        </p>
                    }
                })}
            </header>
            {(!captions.is_empty()).then(|| view! {
                <div class="captions">
                    {captions.into_iter().map(|c| view! {
                        <figure class="caption" data-testid="caption"><figcaption>{c}</figcaption></figure>
                    }).collect_view()}
                </div>
            })}
            {(!article.mentions.is_empty()).then(|| view! { <Legend counts=counts/> })}
            <div
                class="body"
                data-testid="article-body"
                on:mouseover=move |ev| show_tip(tip, ev.target())
                on:focusin=move |ev| show_tip(tip, ev.target())
                on:mouseout=move |_| tip.0.set(None)
                on:focusout=move |_| tip.0.set(None)
            >
                {if paras.is_empty() {
                    view! { <p class="empty">"No body text was found in this file."</p> }.into_any()
                } else {
                    let marks = Marks { body: article.body.clone(), mentions: article.mentions.clone(), statements };
                    paras.into_iter().map(|p| {
                        let nodes = marks.render(p.nodes);
                        view! { <p data-testid="paragraph">{nodes}</p> }
                    }).collect_view().into_any()
                }}
            </div>
            <MentionTip/>
            <Furniture lines=article.boilerplate.clone()/>
            <nav class="steps" aria-label="Other articles">
                {nav(prev, "← Previous article", "prev")}
                {nav(next, "Next article →", "next")}
            </nav>
        </article>
    }
}
