//! The reader as element trees: an article's header, its marked body, and
//! what follows it (the page furniture set aside, links to the neighbours),
//! plus the guide shown before an article is chosen.
//!
//! ```
//! use crossread_core::corpus::{Article, Document};
//! use crossread_core::view::{reader, ViewState};
//! let mut a = Article::empty("a");
//! a.headline = "Storm hits coast".into();
//! a.body = "Rain fell.\n\nWind rose.".into();
//! let body = reader::article_body_view(&a, &[], &ViewState::default(), &[]);
//! assert_eq!(body.find_all("data-testid", "paragraph").len(), 2);
//! ```

use super::html::{el, Element, Html};
use super::lists::plural;
use super::{paragraphs, type_label, type_word, EntityTable, Node, ViewState, ENTITY_TYPES};
use crate::corpus::{Article, Basis, Document, Stance, Statement};
use crate::search::{Field, Query, SearchIndex};
use crate::Span;

/// How a reader says a stance after a speaker's name.
fn stance_verb(s: Stance) -> &'static str {
    match s {
        Stance::Asserts => "asserts",
        Stance::Denies => "denies",
        Stance::Qualifies => "qualifies (hedges)",
    }
}

/// The whole reader for `state`: the open article (its head, the legend
/// when it has mentions, the marked body and the foot, with the search's
/// hits of `state.query` marked), else the guide, or a note when the
/// corpus lacks the article the link names.
pub fn reader_view(doc: &Document, index: &SearchIndex, state: &ViewState) -> Html {
    let Some(id) = &state.article else {
        return welcome_view(doc);
    };
    let Some(a) = doc.article(id) else {
        return not_found_view(id);
    };
    let hits = if state.query.trim().is_empty() {
        Vec::new()
    } else {
        index.highlight(&Query::parse(&state.query), a)
    };
    let hits_in = |field| -> Vec<Span> {
        hits.iter()
            .filter(|h| h.field == field)
            .map(|h| h.span)
            .collect()
    };
    let statements: Vec<&Statement> = doc.statements.iter().filter(|s| &s.article == id).collect();
    let mut article = el("article")
        .attrs(&[
            ("class", "reader"),
            ("data-testid", "reader"),
            ("data-article-id", id),
            ("aria-labelledby", "reader-headline"),
        ])
        .child(article_head_view(a, &hits_in(Field::Headline)));
    if !a.mentions.is_empty() {
        article = article.child(legend_view(a, state));
    }
    article
        .child(
            el("div")
                .attrs(&[("class", "body"), ("data-testid", "article-body")])
                .child(article_body_view(
                    a,
                    &statements,
                    state,
                    &hits_in(Field::Body),
                )),
        )
        .child(article_foot_view(doc, a, state))
        .into()
}

/// The guide shown before an article is chosen.
pub fn welcome_view(doc: &Document) -> Html {
    let mut div = el("div")
        .attr("class", "welcome")
        .child(el("h2").text("Read one story as several outlets told it"))
        .child(el("p").text(format!(
            "This corpus holds {}. Choose one from the list to read it clean of page \
             furniture: the notices, share links and tag lists of the scraped page are set \
             aside, and you can still see them.",
            plural(doc.articles.len(), "article", "articles")
        )));
    if let Some(first) = doc.articles.first() {
        let state = ViewState {
            article: Some(first.id.clone()),
            ..Default::default()
        };
        div = div.child(
            el("p").child(
                el("a")
                    .attr("class", "button")
                    .attr("href", state.to_hash())
                    .text("Start with the first article"),
            ),
        );
    }
    div.into()
}

/// What the reader says for a link to an article the corpus lacks.
pub fn not_found_view(id: &str) -> Html {
    el("div")
        .attr("class", "empty")
        .attr("data-testid", "reader")
        .attr("role", "status")
        .child(el("h2").text("Article not found"))
        .child(el("p").text(format!(
            "This corpus has no article with the id “{id}”. Choose one from the list."
        )))
        .into()
}

fn meta(term: &str, value: Option<&str>, missing: &str) -> Element {
    el("div").child(el("dt").text(term)).child(
        el("dd")
            .attr_opt("class", value.is_none().then_some("unknown"))
            .text(value.unwrap_or(missing)),
    )
}

/// The article's headline (with the search hits in it, byte spans of the
/// headline), metadata, source address and captions.
pub fn article_head_view(article: &Article, hits: &[Span]) -> Html {
    let outlet = article.outlet.as_ref().map(|o| match article.outlet_basis {
        Some(Basis::Url) => format!("{o} (from its URL)"),
        Some(Basis::Sidecar) => format!("{o} (from the sources file)"),
        _ => o.clone(),
    });
    let words = plural(article.word_count(), "word", "words");
    let mut header = el("header")
        .child(
            el("h2")
                .attr("id", "reader-headline")
                .children(super::lists::with_hits(&article.headline, hits)),
        )
        .child(
            el("dl")
                .attr("class", "article-meta")
                .child(meta("Outlet", outlet.as_deref(), "unknown outlet"))
                .child(meta(
                    "Wire agency",
                    article.wire_agency.as_deref(),
                    "none named",
                ))
                .child(meta(
                    "Published",
                    article.published.as_deref(),
                    "date unknown",
                ))
                .child(meta("Dateline", article.dateline.as_deref(), "none"))
                .child(meta("Length", Some(&words), "")),
        );
    if let Some(u) = &article.url {
        // Only web addresses become links; anything else (a javascript: URL
        // in a hostile file) stays text.
        let shown = if u.starts_with("https://") || u.starts_with("http://") {
            el("a")
                .attr("href", u.clone())
                .attr("rel", "noopener noreferrer nofollow")
                .attr("target", "_blank")
        } else {
            el("span").attr("class", "url")
        };
        header = header.child(
            el("p")
                .attr("class", "source-url")
                .text("Original: ")
                .child(shown.text(u.clone())),
        );
    }
    let mut out = el("div").child(header);
    if !article.captions.is_empty() {
        let mut caps = el("div").attr("class", "captions");
        for c in &article.captions {
            caps = caps.child(
                el("figure")
                    .attr("class", "caption")
                    .attr("data-testid", "caption")
                    .child(el("figcaption").text(c.clone())),
            );
        }
        out = out.child(caps);
    }
    out.into()
}

/// The body as paragraphs of text, statement marks (asserting, denying,
/// qualifying) and entity mentions inside them, and search hits inside
/// those (`hits`: sorted byte spans of the body). Mentions of a type the
/// view hides are plain text; those of the chosen entity are marked chosen.
/// `statements` are the article's, spans into its body. A hit that crosses
/// a mark's edge is cut there, so no mark breaks another.
pub fn article_body_view(
    article: &Article,
    statements: &[&Statement],
    state: &ViewState,
    hits: &[Span],
) -> Html {
    let spans: Vec<Span> = statements
        .iter()
        .map(|s| Span::new(s.start, s.end))
        .collect();
    let paras = paragraphs(article, &spans);
    if paras.is_empty() {
        return el("p")
            .attr("class", "empty")
            .text("No body text was found in this file.")
            .into();
    }
    let marks = Marks {
        article,
        statements,
        state,
        hits,
    };
    let mut div = el("div");
    for p in &paras {
        let mut out = Vec::new();
        for n in &p.nodes {
            marks.node(n, &mut out);
        }
        div = div.child(el("p").attr("data-testid", "paragraph").children(out));
    }
    div.into()
}

/// What the marks of one article refer to.
struct Marks<'a> {
    article: &'a Article,
    statements: &'a [&'a Statement],
    state: &'a ViewState,
    hits: &'a [Span],
}

impl Marks<'_> {
    /// The text of `s`, with the search hits inside it marked.
    fn leaf(&self, s: Span) -> Vec<Html> {
        let text = s.slice(&self.article.body).unwrap_or_default();
        let inside: Vec<Span> = self
            .hits
            .iter()
            .filter(|h| h.start < s.end && h.end > s.start)
            .map(|h| Span::new(h.start.max(s.start) - s.start, h.end.min(s.end) - s.start))
            .collect();
        super::lists::with_hits(text, &inside)
    }

    fn node(&self, n: &Node, out: &mut Vec<Html>) {
        match n {
            Node::Text(s) => out.extend(self.leaf(*s)),
            Node::Mention { index, span } => match self.article.mentions.get(*index) {
                Some(m) if !self.state.hidden.contains(&m.kind) => {
                    let kind = type_word(m.kind);
                    let chosen = self.state.entity.as_deref() == Some(m.entity.as_str());
                    out.push(
                        el("mark")
                            .attr(
                                "class",
                                format!("mention t-{kind}{}", if chosen { " chosen" } else { "" }),
                            )
                            .attr("data-testid", "mention")
                            .attr("data-entity", m.entity.clone())
                            .attr("data-type", kind)
                            .attr("tabindex", "-1")
                            .children(self.leaf(*span))
                            .into(),
                    )
                }
                _ => out.extend(self.leaf(*span)),
            },
            Node::Statement {
                index, children, ..
            } => {
                let mut inner = Vec::new();
                for c in children {
                    self.node(c, &mut inner);
                }
                match self.statements.get(*index) {
                    Some(st) => {
                        let who = st
                            .speaker_label
                            .as_deref()
                            .or(st.speaker.as_deref())
                            .unwrap_or("unknown speaker");
                        let word = st.stance.word();
                        out.push(
                            el("mark")
                                .attr("class", format!("statement st-{word}"))
                                .attr("data-testid", "statement")
                                .attr("data-stance", word)
                                .attr("data-statement", st.id.clone())
                                .attr("id", format!("stmt-{}", st.id))
                                .attr("title", format!("{who} {}", stance_verb(st.stance)))
                                .children(inner)
                                .into(),
                        )
                    }
                    None => out.extend(inner),
                }
            }
        }
    }
}

/// The legend of entity types: a switch per type (`data-action="toggle-type"`,
/// `aria-pressed` while the type is shown) with the open article's count
/// of mentions of that type.
pub fn legend_view(article: &Article, state: &ViewState) -> Html {
    let mut div = el("div")
        .attr("class", "legend")
        .attr("role", "group")
        .attr("aria-label", "Highlight entity types")
        .child(el("span").attr("class", "legend-title").text("Highlight:"));
    for t in ENTITY_TYPES {
        let word = type_word(t);
        let n = article.mentions.iter().filter(|m| m.kind == t).count();
        let shown = !state.hidden.contains(&t);
        div = div.child(
            el("button")
                .attr("type", "button")
                .attr("id", format!("legend-{word}"))
                .attr("class", format!("legend-toggle t-{word}"))
                .attr("data-testid", "legend-toggle")
                .attr("data-action", "toggle-type")
                .attr("data-type", word)
                .attr("aria-pressed", if shown { "true" } else { "false" })
                .child(
                    el("span")
                        .attr("class", "swatch")
                        .attr("aria-hidden", "true"),
                )
                .text(format!("{} ", type_label(t)))
                .child(el("span").attr("class", "count").text(n.to_string())),
        );
    }
    div.into()
}

/// How many outlets a mention card lists.
const TIP_OUTLETS: usize = 12;

/// The card for a mention under the pointer or the focus: the entity's
/// name, type, other names, and its mentions per outlet.
pub fn mention_tip_view(table: &EntityTable, entity: &str) -> Html {
    let Some(row) = table.row(entity) else {
        return Html::Text(String::new());
    };
    let mut div = el("div").child(
        el("p")
            .attr("class", "tip-name")
            .text(format!("{} ", row.name))
            .child(
                el("span")
                    .attr("class", "tip-type")
                    .text(type_word(row.kind)),
            ),
    );
    if !row.aliases.is_empty() {
        div = div.child(
            el("p")
                .attr("class", "tip-aliases")
                .text(format!("Also: {}", row.aliases.join(" · "))),
        );
    }
    let mut ul = el("ul").attr("class", "tip-outlets");
    // A card, not a list of thousands: the first outlets, then how many more.
    for (col, n) in row.per_outlet.iter().take(TIP_OUTLETS) {
        let label = table.outlets.get(*col).map(|o| o.label.clone());
        ul = ul.child(
            el("li")
                .child(el("span").text(label.unwrap_or_default()))
                .text(" ")
                .child(el("strong").text(n.to_string())),
        );
    }
    if let Some(more) = row
        .per_outlet
        .len()
        .checked_sub(TIP_OUTLETS)
        .filter(|m| *m > 0)
    {
        let what = if more == 1 { "outlet" } else { "outlets" };
        ul = ul.child(el("li").text(format!("and {more} more {what}")));
    }
    div.child(ul).into()
}

/// After the body: the page furniture ingest set aside (a closed
/// disclosure) and links to the previous and next articles of the corpus.
pub fn article_foot_view(doc: &Document, article: &Article, state: &ViewState) -> Html {
    let n = article.boilerplate.len();
    let mut details = el("details")
        .attr("class", "furniture")
        .attr("data-testid", "furniture")
        .child(el("summary").text(format!(
            "Page furniture removed ({})",
            plural(n, "line", "lines")
        )));
    details = if n == 0 {
        details.child(
            el("p")
                .attr("class", "empty")
                .text("Nothing was removed from this page."),
        )
    } else {
        details.child(
            el("ul").children(
                article
                    .boilerplate
                    .iter()
                    .map(|l| el("li").text(l.clone()).into()),
            ),
        )
    };
    let mut steps = el("nav")
        .attr("class", "steps")
        .attr("aria-label", "Other articles");
    for (delta, label, rel) in [
        (-1, "← Previous article", "prev"),
        (1, "Next article →", "next"),
    ] {
        if let Some(other) = doc
            .step(Some(&article.id), delta)
            .filter(|o| o.id != article.id)
        {
            let mut to = state.clone();
            to.article = Some(other.id.clone());
            to.statement = None;
            steps = steps.child(
                el("a")
                    .attr("class", "step button")
                    .attr("data-step", rel)
                    .attr("href", to.to_hash())
                    .text(label),
            );
        }
    }
    el("div").child(details).child(steps).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{EntityType, Mention};

    fn article() -> Article {
        let mut a = Article::empty("b");
        a.headline = "<b>Storm</b>".into();
        a.body = "Ann said Bo left.\n\nBo did.".into();
        a.url = Some("javascript:alert(1)".into());
        a.mentions = vec![Mention {
            entity: "bo".into(),
            kind: EntityType::Person,
            start: 9,
            end: 11,
            text: "Bo".into(),
        }];
        a.boilerplate = vec!["Share".into()];
        a
    }

    fn statement() -> Statement {
        Statement {
            id: "s1".into(),
            article: "b".into(),
            sentence: "Ann said Bo left.".into(),
            start: 0,
            end: 17,
            speaker: Some("ann".into()),
            speaker_label: Some("Ann".into()),
            stance: Stance::Asserts,
            proposition: None,
            quote: None,
            said_on: None,
        }
    }

    #[test]
    fn marks_nest_and_rebuild_the_text() {
        let a = article();
        let st = statement();
        let t = article_body_view(&a, &[&st], &ViewState::default(), &[]);
        assert_eq!(t.text_content(), "Ann said Bo left.Bo did.");
        let marks = t.find_all("data-testid", "statement");
        assert_eq!(marks.len(), 1);
        assert!(marks[0].attrs.contains(&("title", "Ann asserts".into())));
        assert_eq!(t.find_all("data-testid", "mention").len(), 1);
    }

    #[test]
    fn hits_sit_inside_mentions_and_statements_without_breaking_them() {
        let a = article();
        let st = statement();
        // "said Bo" crosses the mention's start: it is cut at the edge.
        let t = article_body_view(
            &a,
            &[&st],
            &ViewState::default(),
            &[Span::new(4, 11), Span::new(19, 21)],
        );
        assert_eq!(t.text_content(), "Ann said Bo left.Bo did.");
        let hits = t.find_all("data-testid", "hit");
        let texts: Vec<String> = hits
            .iter()
            .map(|h| Html::El((*h).clone()).text_content())
            .collect();
        assert_eq!(texts, ["said ", "Bo", "Bo"]);
        let mention = &t.find_all("data-testid", "mention")[0];
        assert_eq!(Html::El((*mention).clone()).text_content(), "Bo");
    }

    #[test]
    fn hidden_types_are_text_and_the_chosen_entity_is_marked() {
        let a = article();
        let hidden = ViewState {
            hidden: vec![EntityType::Person],
            ..Default::default()
        };
        let t = article_body_view(&a, &[], &hidden, &[]);
        assert!(t.find_all("data-testid", "mention").is_empty());
        let chosen = ViewState {
            entity: Some("bo".into()),
            ..Default::default()
        };
        let t = article_body_view(&a, &[], &chosen, &[]);
        assert_eq!(t.find_all("class", "mention t-person chosen").len(), 1);
    }

    #[test]
    fn a_hostile_url_stays_text_and_unknowns_are_named() {
        let t = article_head_view(&article(), &[]);
        assert!(t.find_all("href", "javascript:alert(1)").is_empty());
        let text = t.text_content();
        assert!(text.contains("javascript:alert(1)"));
        assert!(text.contains("unknown outlet"));
        assert!(text.contains("<b>Storm</b>"));
    }

    #[test]
    fn neighbours_and_furniture() {
        let doc = Document {
            articles: vec![Article::empty("a"), article(), Article::empty("c")],
            ..Default::default()
        };
        let t = article_foot_view(&doc, &doc.articles[1], &ViewState::default());
        assert_eq!(t.find_all("href", "#article=a").len(), 1);
        assert_eq!(t.find_all("href", "#article=c").len(), 1);
        assert!(t.text_content().contains("Page furniture removed (1 line)"));
        let first = article_foot_view(&doc, &doc.articles[0], &ViewState::default());
        assert!(first.find_all("data-step", "prev").is_empty());
    }

    #[test]
    fn the_reader_opens_the_article_the_state_names_with_its_hits() {
        let doc = Document {
            articles: vec![Article::empty("a"), article()],
            statements: vec![statement()],
            ..Default::default()
        };
        let index = SearchIndex::build(&doc);
        let at = |article: Option<&str>, query: &str| {
            let state = ViewState {
                article: article.map(String::from),
                query: query.into(),
                ..Default::default()
            };
            reader_view(&doc, &index, &state)
        };
        // None open: the guide; a missing one: the note.
        assert!(at(None, "").find_all("class", "welcome").len() == 1);
        assert!(at(Some("zz"), "")
            .text_content()
            .contains("Article not found"));
        let open = at(Some("b"), "");
        assert_eq!(open.find_all("data-article-id", "b").len(), 1);
        assert_eq!(open.find_all("data-testid", "article-body").len(), 1);
        assert_eq!(open.find_all("data-testid", "statement").len(), 1);
        assert_eq!(open.find_all("data-testid", "legend-toggle").len(), 7);
        assert!(open.find_all("data-testid", "hit").is_empty());
        // The query's hits are marked in the headline and the body.
        let hits = at(Some("b"), "storm bo")
            .find_all("data-testid", "hit")
            .len();
        assert_eq!(hits, 3);
        // An article without mentions has no legend.
        assert!(at(Some("a"), "")
            .find_all("data-testid", "legend-toggle")
            .is_empty());
    }
}
