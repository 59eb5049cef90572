//! The article list and the entity table as element trees. Every choice in
//! them is a link to a view state (a hash), so the app needs no event
//! handler per row and Back and Forward undo a choice.
//!
//! ```
//! use crossread_core::corpus::{Article, Document};
//! use crossread_core::view::{lists, ViewState};
//! let mut a = Article::empty("001_a");
//! a.headline = "Storm hits coast".into();
//! let state = ViewState::default();
//! let t = lists::article_list_view(&[(&a, None, vec![])], &state);
//! let item = &t.find_all("data-testid", "article-item")[0];
//! assert!(item.attrs.iter().any(|(k, v)| *k == "href" && v == "#article=001_a"));
//! ```

use super::html::{el, Element, Html};
use super::{type_label, type_word, EntityRow, EntityTable, Panel, ViewState};
use crate::corpus::{Article, Document};
use crate::search::{Facet, Field, Query, SearchIndex, SearchResults, Snippet};
use crate::Span;

/// "1 article", "5 articles".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The element id of an article's entry, stable across rebuilds so focus
/// can return to it.
pub fn article_item_id(article: &str) -> String {
    format!("item-{article}")
}

/// The count line above the list: how many articles pass the search and
/// the filters, what narrows them (the query, the chosen entity's name),
/// and a link that clears it all.
pub fn result_count_view(count: usize, entity: Option<&str>, state: &ViewState) -> Html {
    let mut p = el("p")
        .attr("class", "result-count")
        .attr("data-testid", "result-count")
        .attr("data-count", count.to_string())
        .text(plural(count, "article", "articles"));
    if !state.query.trim().is_empty() {
        p = p.text(format!(" matching “{}”", state.query.trim()));
    }
    if let Some(name) = entity {
        p = p.text(" mentioning ").child(el("strong").text(name));
    }
    if entity.is_some() || state.is_searching() {
        p = p.text(" ").child(
            el("a")
                .attr("class", "clear-filter")
                .attr("data-testid", "clear-all")
                .attr("href", state.cleared().to_hash())
                .text("show all"),
        );
    }
    p.into()
}

/// `text` with the byte ranges `hits` (sorted, inside `text`) marked as
/// search hits.
pub fn with_hits(text: &str, hits: &[Span]) -> Vec<Html> {
    let mut out = Vec::new();
    let mut at = 0;
    for h in hits {
        let (Some(before), Some(hit)) = (text.get(at..h.start), text.get(h.start..h.end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push(before.into());
        }
        out.push(
            el("mark")
                .attr("class", "hit")
                .attr("data-testid", "hit")
                .text(hit)
                .into(),
        );
        at = h.end;
    }
    if let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        out.push(rest.into());
    }
    out
}

/// How many entries the list draws at most; the count says how many match.
pub const LIST_LIMIT: usize = 300;

/// The list for the search's `results` over `doc`: the first
/// [`LIST_LIMIT`] matching articles, with their headline's hits and a
/// snippet of the body when a query is typed ([`article_list_view`]).
pub fn results_list_view(
    doc: &Document,
    index: &SearchIndex,
    results: &SearchResults,
    state: &ViewState,
) -> Html {
    let query = Query::parse(&state.query);
    let items: Vec<ListItem<'_>> = results
        .hits
        .iter()
        .take(LIST_LIMIT)
        .filter_map(|h| doc.articles.get(h.article))
        .map(|a| {
            if query.is_empty() {
                return (a, None, Vec::new());
            }
            let head = index
                .highlight(&query, a)
                .into_iter()
                .filter(|h| h.field == Field::Headline)
                .map(|h| h.span)
                .collect();
            (a, Some(index.snippet(&query, a, 160)), head)
        })
        .collect();
    article_list_view(&items, state)
}

/// An entry of the list: the article, the snippet of its body's search
/// hits, and the hits in its headline (byte spans of the headline).
pub type ListItem<'a> = (&'a Article, Option<Snippet>, Vec<Span>);

/// The listed articles, each a link that opens it, with its search hits
/// marked in the headline and a snippet of the body around them when a
/// query is typed; the open one marked current.
pub fn article_list_view(items: &[ListItem<'_>], state: &ViewState) -> Html {
    let mut ul = el("ul")
        .attr("class", "article-list")
        .attr("data-testid", "article-list");
    for (a, snippet, hits) in items {
        ul = ul.child(el("li").child(article_item(a, snippet.as_ref(), hits, state)));
    }
    if items.is_empty() {
        let hint = if state.is_searching() {
            "No article matches. Try fewer or other words, or remove a filter."
        } else {
            "No article matches. Clear the filter to see them all."
        };
        return el("div")
            .child(el("p").attr("class", "empty").text(hint))
            .child(ul)
            .into();
    }
    ul.into()
}

fn article_item(
    a: &Article,
    snippet: Option<&Snippet>,
    hits: &[Span],
    state: &ViewState,
) -> Element {
    let open = state.article.as_deref() == Some(a.id.as_str());
    // Opening an article shows it in the reader, from any view.
    let mut to = state.clone();
    to.article = Some(a.id.clone());
    to.panel = Panel::Reader;
    let headline = if a.headline.is_empty() {
        "(no headline)"
    } else {
        a.headline.as_str()
    };
    let known = |v: &Option<String>, class: &'static str| {
        if v.is_some() {
            class
        } else {
            match class {
                "outlet" => "outlet unknown",
                _ => "date unknown",
            }
        }
    };
    let mut meta = el("span").attr("class", "meta").child(
        el("span")
            .attr("class", known(&a.outlet, "outlet"))
            .text(a.outlet.as_deref().unwrap_or("unknown outlet")),
    );
    if let Some(agency) = &a.wire_agency {
        meta = meta.child(
            el("span")
                .attr("class", "agency")
                .text(format!("via {agency}")),
        );
    }
    meta = meta
        .child(
            el("span")
                .attr("class", known(&a.published, "date"))
                .text(a.published.as_deref().unwrap_or("date unknown")),
        )
        .child(
            el("span")
                .attr("class", "length")
                .text(plural(a.word_count(), "word", "words")),
        );
    el("a")
        .attr(
            "class",
            if open {
                "article-item open"
            } else {
                "article-item"
            },
        )
        .attr("id", article_item_id(&a.id))
        .attr("data-testid", "article-item")
        .attr("data-article-id", a.id.clone())
        .attr("href", to.to_hash())
        .attr_opt("aria-current", open.then_some("page"))
        .child(
            el("span")
                .attr("class", "headline")
                .children(with_hits(headline, hits)),
        )
        .child(meta)
        .children(snippet.map(|sn| {
            el("span")
                .attr("class", "snippet")
                .text(if sn.cut_start { "…" } else { "" })
                .children(with_hits(&sn.text, &sn.spans))
                .text(if sn.cut_end { "…" } else { "" })
                .into()
        }))
}

/// A reader's name for a facet.
pub fn facet_label(f: Facet) -> &'static str {
    match f {
        Facet::Outlet => "Outlet",
        Facet::Agency => "Wire agency",
        Facet::Date => "Date",
        Facet::Entity => "Mentions",
        Facet::Speaker => "Speaker",
        Facet::Stance => "Stance",
        Facet::Proposition => "Claim",
    }
}

/// How many values a facet lists before the rest (chosen ones always show).
const FACET_VALUES: usize = 8;

/// The facets of a search: per facet its values with the number of
/// matching articles (counts follow the query and the other facets), each
/// a link that chooses or unchooses it.
pub fn facets_view(results: &SearchResults, state: &ViewState) -> Html {
    let mut div = el("div").attr("class", "facets");
    for counts in &results.counts {
        let f = counts.facet;
        if counts.values.is_empty() {
            continue;
        }
        let mut ul = el("ul");
        let mut shown = 0;
        for v in &counts.values {
            if shown >= FACET_VALUES && !v.chosen {
                continue;
            }
            shown += 1;
            let mut to = state.clone();
            if f == Facet::Entity {
                to.entity = (!v.chosen).then(|| v.value.clone());
            } else {
                to.facets.toggle(f, &v.value);
            }
            ul = ul.child(
                el("li").child(
                    el("a")
                        .attr("class", if v.chosen { "facet chosen" } else { "facet" })
                        .attr("data-testid", "facet")
                        .attr("data-facet", f.name())
                        .attr("data-value", v.value.clone())
                        .attr("id", format!("facet-{}-{}", f.name(), v.value))
                        .attr("href", to.to_hash())
                        .attr_opt("aria-current", v.chosen.then_some("true"))
                        .child(
                            el("span")
                                .attr("class", "facet-label")
                                .text(v.label.clone()),
                        )
                        .text(" ")
                        .child(el("span").attr("class", "count").text(v.count.to_string())),
                ),
            );
        }
        let more = counts.values.len().saturating_sub(shown);
        if more > 0 {
            ul = ul.child(
                el("li")
                    .attr("class", "more")
                    .text(format!("and {more} more")),
            );
        }
        div = div.child(
            el("div")
                .attr("class", "facet-group")
                .attr("role", "group")
                .attr("aria-label", facet_label(f))
                .child(el("h3").text(facet_label(f)))
                .child(ul),
        );
    }
    div.into()
}

/// The top of the entity panel: its title, a hint with the number of
/// entities, a search box (`entity-search`) and a sort choice
/// (`entity-sort`: `mentions`, `outlets`, `name`, `type`).
pub fn entity_controls_view(total: usize) -> Html {
    let option =
        |v: &str, label: &str| -> Html { el("option").attr("value", v).text(label).into() };
    el("div")
        .child(
            el("h2")
                .attr("class", "pane-title")
                .attr("id", "entity-title")
                .text("Who and what"),
        )
        .child(el("p").attr("class", "hint").text(format!(
            "{total} entities found in the text. Choose one to list only the articles that \
             mention it and to highlight it."
        )))
        .child(
            el("div")
                .attr("class", "entity-controls")
                .child(
                    el("label")
                        .child(
                            el("span")
                                .attr("class", "visually-hidden")
                                .text("Search entities"),
                        )
                        .child(
                            el("input")
                                .attr("type", "search")
                                .attr("id", "entity-search")
                                .attr("data-testid", "entity-search")
                                .attr("placeholder", "Search entities"),
                        ),
                )
                .child(
                    el("label").attr("class", "sort").text("Sort ").child(
                        el("select")
                            .attr("id", "entity-sort")
                            .attr("data-testid", "entity-sort")
                            .child(option("mentions", "most mentioned"))
                            .child(option("outlets", "most outlets"))
                            .child(option("name", "name"))
                            .child(option("type", "type")),
                    ),
                ),
        )
        .into()
}

/// The chosen entity with a link that clears the choice and the form that
/// corrects it; nothing when no entity is chosen.
pub fn chosen_entity_view(table: &EntityTable, state: &ViewState) -> Html {
    let Some(id) = &state.entity else {
        return el("div").into();
    };
    let name = table.row(id).map(|r| r.name.as_str()).unwrap_or(id);
    let mut clear = state.clone();
    clear.entity = None;
    el("div")
        .child(
            el("p")
                .attr("class", "chosen-entity")
                .text("Chosen: ")
                .child(el("strong").text(name))
                .text(" ")
                .child(
                    el("a")
                        .attr("class", "button")
                        .attr("data-testid", "entity-clear")
                        .attr("href", clear.to_hash())
                        .text("Clear"),
                ),
        )
        .child(super::corrections::entity_fix_view(table, id))
        .into()
}

/// How many entity rows the table draws at most (a search finds the rest).
pub const ENTITY_ROWS: usize = 200;

/// Above this many outlets the table has no column per outlet: a big
/// import would draw rows × outlets cells.
pub const OUTLET_COLUMNS: usize = 12;

/// The entity table: a numbered key of the outlet columns, one row per
/// entity in `rows` (already searched and sorted) with a link that chooses
/// it (or clears it when chosen) and a heat strip of its mentions per
/// outlet; an empty state naming `query` when no row matches. It draws at
/// most [`ENTITY_ROWS`] rows, and no outlet columns past [`OUTLET_COLUMNS`].
pub fn entity_table_view(
    table: &EntityTable,
    rows: &[&EntityRow],
    query: &str,
    state: &ViewState,
) -> Html {
    let mut key = el("ol")
        .attr("class", "outlet-key")
        .attr("aria-label", "Outlet columns");
    let mut head = el("tr")
        .child(el("th").attr("scope", "col").text("Entity"))
        .child(
            el("th")
                .attr("scope", "col")
                .attr("class", "num")
                .text("All"),
        );
    let columns = table.outlets.len() <= OUTLET_COLUMNS;
    for (i, o) in table.outlets.iter().enumerate().filter(|_| columns) {
        let n = (i + 1).to_string();
        key = key.child(
            el("li")
                .child(el("span").attr("class", "col-no").text(n.clone()))
                .text(format!(" {}", o.label)),
        );
        head = head.child(
            el("th")
                .attr("scope", "col")
                .attr("class", "num outlet-col")
                .attr("title", o.label.clone())
                .child(el("span").attr("aria-hidden", "true").text(n))
                .child(
                    el("span")
                        .attr("class", "visually-hidden")
                        .text(o.label.clone()),
                ),
        );
    }
    let mut body = el("tbody");
    for r in rows.iter().take(ENTITY_ROWS) {
        body = body.child(entity_row(
            r,
            state,
            if columns { table.outlets.len() } else { 0 },
        ));
    }
    let mut out = el("div");
    if columns {
        out = out.child(key);
    }
    let mut notes = Vec::new();
    if !columns {
        notes.push(format!(
            "{} outlets: too many for a column each, so All counts the mentions in every outlet.",
            table.outlets.len()
        ));
    }
    if rows.len() > ENTITY_ROWS {
        notes.push(format!(
            "The first {ENTITY_ROWS} of {} entities; search to find the others.",
            rows.len()
        ));
    }
    if !notes.is_empty() {
        out = out.child(el("p").attr("class", "hint").text(notes.join(" ")));
    }
    out = out.child(
        el("table")
            .attr("class", "entity-table")
            .child(
                el("caption")
                    .attr("class", "visually-hidden")
                    .text("Entities with their mentions in each outlet"),
            )
            .child(el("thead").child(head))
            .child(body),
    );
    if rows.is_empty() {
        out = out.child(
            el("p")
                .attr("class", "empty")
                .text(format!("No entity matches “{}”.", query.trim())),
        );
    }
    out.into()
}

/// One entity's row, with `columns` outlet columns (none past
/// [`OUTLET_COLUMNS`]).
fn entity_row(r: &EntityRow, state: &ViewState, columns: usize) -> Element {
    let chosen = state.entity.as_deref() == Some(r.id.as_str());
    let mut to = state.clone();
    to.entity = (!chosen).then(|| r.id.clone());
    let max = r
        .per_outlet
        .iter()
        .map(|&(_, n)| n)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut tr = el("tr")
        .attr_opt("class", chosen.then_some("chosen"))
        .attr("data-testid", "entity-row")
        .attr("data-entity", r.id.clone())
        .child(
            el("th")
                .attr("scope", "row")
                .child(
                    el("a")
                        .attr("class", format!("entity-choose t-{}", type_word(r.kind)))
                        .attr("id", format!("choose-{}", r.id))
                        .attr("data-testid", "entity-choose")
                        .attr("data-entity", r.id.clone())
                        .attr("href", to.to_hash())
                        .attr_opt("aria-current", chosen.then_some("true"))
                        .child(
                            el("span")
                                .attr("class", "swatch")
                                .attr("aria-hidden", "true"),
                        )
                        .text(r.name.clone()),
                )
                .child(
                    el("span")
                        .attr("class", "entity-type")
                        .text(type_label(r.kind)),
                ),
        )
        .child(el("td").attr("class", "num").text(r.total.to_string()));
    for n in (0..columns).map(|col| r.in_outlet(col)) {
        // Shade by share of the row's maximum: a heat strip to scan.
        let level = if n == 0 {
            0
        } else {
            (1 + (n * 3) / max).min(4)
        };
        tr = tr.child(
            el("td")
                .attr("class", format!("num heat h{level}"))
                .text(n.to_string()),
        );
    }
    tr
}

/// The sources of a printed handout: each listed article's outlet,
/// headline, date and address, so a page on paper still says where every
/// sentence came from. Shown only in print.
pub fn sources_view(articles: &[&Article]) -> Html {
    let mut ol = el("ol");
    for a in articles {
        let mut li = el("li")
            .child(el("strong").text(a.outlet.as_deref().unwrap_or("unknown outlet")))
            .text(format!(
                ", “{}”, {}",
                a.headline,
                a.published.as_deref().unwrap_or("date unknown")
            ));
        if let Some(u) = &a.url {
            li = li.text(format!(", {u}"));
        }
        ol = ol.child(li);
    }
    el("section")
        .attr("class", "print-sources")
        .attr("aria-label", "Sources")
        .child(el("h2").text("Sources"))
        .child(ol)
        .into()
}

/// The HTML a teacher pastes into a course page to embed the view `state`
/// of the app at `base` (its address without the hash): an iframe in embed
/// mode and a line of script that sets the frame's height from the height
/// the embedded page reports (a `{type: "crossread:height", height}`
/// message).
///
/// ```
/// use crossread_core::view::{lists::embed_snippet, Panel, ViewState};
/// let state = ViewState { panel: Panel::Map, ..Default::default() };
/// let s = embed_snippet("https://x.org/cr/", &state, "100%", 500);
/// assert!(s.starts_with("<iframe src=\"https://x.org/cr/#view=map&amp;embed=1\""));
/// assert!(s.contains("height=\"500\""));
/// ```
pub fn embed_snippet(base: &str, state: &ViewState, width: &str, height: u32) -> String {
    let mut s = state.clone();
    s.embed = true;
    let src = format!("{base}{}", s.to_hash());
    let frame = el("iframe")
        .attr("src", src)
        .attr("title", format!("Crossread: {}", state.panel.label()))
        .attr("width", width)
        .attr("height", height.to_string())
        .attr("style", "border:1px solid #ccc;max-width:100%")
        .attr("loading", "lazy");
    format!(
        "{}\n<script>addEventListener(\"message\",function(e){{var d=e.data;if(d&&d.type===\"crossread:height\")document.querySelectorAll(\"iframe\").forEach(function(f){{if(f.contentWindow===e.source)f.height=d.height}})}})</script>",
        Html::from(frame).to_markup()
    )
}

/// The sections a phone shows one at a time, by the words of their tabs'
/// ids (`sec-articles`, …) and their labels.
pub const SECTIONS: [(&str, &str); 3] = [
    ("articles", "Articles"),
    ("reader", "Reader"),
    ("analysis", "Analysis"),
];

/// The page header: the name, and the actions (offline copy, guide, embed,
/// print, text size, theme), each a button with a `data-action` for one
/// delegated handler. `dark` and `large` say which theme and text size are
/// on. `phone` is the chosen section (an index into [`SECTIONS`]) on a
/// narrow screen, where the first four actions go into a *Menu* and a row
/// of tabs switches between the sections; `None` on a wide one.
///
/// ```
/// use crossread_core::view::lists::site_header_view;
/// let wide = site_header_view(false, true, None);
/// assert!(wide.find_all("role", "tab").is_empty());
/// assert_eq!(wide.find_all("data-testid", "text-size").len(), 1);
/// let phone = site_header_view(false, false, Some(1));
/// assert_eq!(phone.find_all("role", "tab").len(), 3);
/// assert_eq!(phone.find_all("aria-selected", "true").len(), 1);
/// ```
pub fn site_header_view(dark: bool, large: bool, phone: Option<usize>) -> Html {
    // On a phone the first four actions are in a menu.
    let mut bar = el("div").attr(
        "class",
        if phone.is_some() {
            "menu-items"
        } else {
            "site-actions"
        },
    );
    for (action, testid, label) in [
        ("offline", "offline-download", "Download for offline use"),
        ("guide", "guide-open", "How to read this"),
        ("embed", "embed-open", "Embed"),
        ("print", "", "Print"),
    ] {
        let title = (action == "offline")
            .then_some("One HTML file that opens from your disk with no connection");
        bar = bar.child(
            // An id keeps the focus on the button when the header is rebuilt.
            button(&[("data-action", action), ("id", action)], label)
                .attr_opt("data-testid", (!testid.is_empty()).then_some(testid))
                .attr_opt("title", title),
        );
    }
    if phone.is_some() {
        bar = el("div").attr("class", "site-actions").child(
            el("details")
                .attr("class", "menu")
                .child(el("summary").attr("class", "button").text("☰ Menu"))
                .child(bar),
        );
    }
    // A switch keeps its name; `aria-pressed` says whether it is on. On a
    // phone only its glyph shows; the name stays for screen readers.
    let hidden = if phone.is_some() {
        "visually-hidden"
    } else {
        ""
    };
    for (action, testid, glyph, label, on) in [
        ("text", "text-size", "A+ ", "Large text", large),
        ("theme", "theme-toggle", "☾ ", "Dark theme", dark),
    ] {
        bar = bar.child(
            button(
                &[
                    ("data-action", action),
                    ("data-testid", testid),
                    ("aria-pressed", if on { "true" } else { "false" }),
                ],
                "",
            )
            .child(el("span").attr("aria-hidden", "true").text(glyph))
            .child(el("span").attr("class", hidden).text(label)),
        );
    }
    let mut inner = el("div")
        .attr("class", "site-header-inner")
        .child(
            el("div")
                .attr("class", "brand")
                .child(el("h1").text("Crossread"))
                .child(
                    el("p")
                        .attr("class", "tagline")
                        .text("How several outlets covered one story"),
                ),
        )
        .child(bar);
    if let Some(chosen) = phone {
        let mut tabs = el("div").attrs(&[
            ("class", "sections"),
            ("role", "tablist"),
            ("aria-label", "Sections"),
        ]);
        for (i, (word, label)) in SECTIONS.into_iter().enumerate() {
            let (on, index) = if i == chosen {
                ("true", "0")
            } else {
                ("false", "-1")
            };
            let id = format!("sec-{word}");
            tabs = tabs.child(button(
                &[
                    ("data-action", &id),
                    ("data-testid", "section-tab"),
                    ("role", "tab"),
                    ("id", &id),
                    ("aria-controls", "content"),
                    ("aria-selected", on),
                    ("tabindex", index),
                ],
                label,
            ));
        }
        inner = inner.child(tabs);
    }
    inner.into()
}

/// A button (`type="button"`) with these attributes and label.
fn button(attrs: &[(&'static str, &str)], label: &str) -> Element {
    let b = el("button").attr("type", "button").attrs(attrs);
    if label.is_empty() {
        b
    } else {
        b.text(label)
    }
}

/// The page footer: the keyboard shortcuts.
pub fn site_footer_view() -> Html {
    let kbd = |k: &str| -> Html { el("kbd").text(k).into() };
    el("p")
        .text("Keys: ")
        .child(kbd("j"))
        .text(" / ")
        .child(kbd("k"))
        .text(" next / previous article, ")
        .child(kbd("n"))
        .text(" / ")
        .child(kbd("p"))
        .text(" next / previous mention (of the chosen entity), ")
        .child(kbd("/"))
        .text(" search, ")
        .child(kbd("↑"))
        .child(kbd("↓"))
        .text(" in the list. Everything runs in your browser.")
        .into()
}

/// The "Embed this view" dialog (`#embed-dialog`): size choices, the
/// snippet (filled in by the app, see [`embed_snippet`]) and its buttons,
/// which carry `data-action` (`embed-copy`, `embed-close`) for the page's
/// one click handler.
pub fn embed_form_view() -> Html {
    let option =
        |v: &str, label: &str| -> Html { el("option").attr("value", v).text(label).into() };
    let button = |action: &str, label: &str| {
        el("button")
            .attr("type", "button")
            .attr("data-action", action)
            .text(label)
    };
    el("dialog")
        .attrs(&[
            ("id", "embed-dialog"),
            ("class", "embed-dialog"),
            ("aria-labelledby", "embed-title"),
        ])
        .child(el("h2").attr("id", "embed-title").text("Embed this view"))
        .child(el("p").attr("class", "hint").text(
            "Paste this into a course page: it shows the current view, with its filters, \
             and sizes itself to its content.",
        ))
        .child(
            el("div")
                .attr("class", "embed-size")
                .child(
                    el("label").text("Width ").child(
                        el("select")
                            .attr("id", "embed-width")
                            .child(option("100%", "full width"))
                            .child(option("800", "800 px"))
                            .child(option("640", "640 px")),
                    ),
                )
                .child(
                    el("label").text("Height ").child(
                        el("input")
                            .attr("id", "embed-height")
                            .attr("type", "number")
                            .attr("min", "200")
                            .attr("max", "4000")
                            .attr("step", "50")
                            .attr("value", "600"),
                    ),
                ),
        )
        .child(
            el("label")
                .attr("class", "embed-code")
                .child(
                    el("span")
                        .attr("class", "visually-hidden")
                        .text("Embed code"),
                )
                .child(
                    el("textarea")
                        .attr("id", "embed-snippet")
                        .attr("data-testid", "embed-snippet")
                        .attr("readonly", "")
                        .attr("rows", "6"),
                ),
        )
        .child(
            el("p")
                .attr("class", "embed-actions")
                .child(button("embed-copy", "Copy"))
                .child(el("span").attr("id", "embed-status").attr("role", "status"))
                .child(button("embed-close", "Close")),
        )
        .into()
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_results_list_is_bounded_and_marks_the_query() {
        use crate::search::Selection;
        let articles = (0..LIST_LIMIT + 5)
            .map(|i| {
                let mut a = Article::empty(&format!("a{i:03}"));
                a.headline = format!("Flood report {i}");
                a.body = "The river rose overnight.".into();
                a
            })
            .collect();
        let doc = Document {
            articles,
            ..Default::default()
        };
        let index = SearchIndex::build(&doc);
        let all = index.search(&Query::parse(""), &Selection::default());
        let plain = results_list_view(&doc, &index, &all, &ViewState::default());
        assert_eq!(
            plain.find_all("data-testid", "article-item").len(),
            LIST_LIMIT
        );
        assert!(plain.find_all("class", "snippet").is_empty());
        let state = ViewState {
            query: "flood".into(),
            ..Default::default()
        };
        let found = index.search(&Query::parse("flood"), &Selection::default());
        let marked = results_list_view(&doc, &index, &found, &state);
        assert_eq!(marked.find_all("data-testid", "hit").len(), LIST_LIMIT);
        assert_eq!(marked.find_all("class", "snippet").len(), LIST_LIMIT);
    }

    #[test]
    fn a_big_corpus_draws_a_bounded_entity_table() {
        use crate::view::{EntitySort, EntityTable, ViewState};
        for (n, columns) in [(5, true), (400, false)] {
            let mut doc = crate::synth::corpus(n, 42);
            if !columns {
                // A big import of pages from as many sites.
                for (i, a) in doc.articles.iter_mut().enumerate() {
                    a.outlet = Some(format!("Outlet {i}"));
                }
            }
            let doc = crate::analyze(doc);
            let table = EntityTable::new(&doc);
            let rows = table.search("", EntitySort::Mentions);
            let t = entity_table_view(&table, &rows, "", &ViewState::default());
            let drawn = t.find_all("data-testid", "entity-row").len();
            assert_eq!(drawn, rows.len().min(ENTITY_ROWS), "{n} articles");
            let outlet_cols = t.find_all("class", "num outlet-col").len();
            assert_eq!(
                table.outlets.len() <= OUTLET_COLUMNS,
                columns,
                "{n} articles"
            );
            assert_eq!(outlet_cols, if columns { table.outlets.len() } else { 0 });
            if !columns {
                assert!(rows.len() > ENTITY_ROWS);
                let text = t.text_content();
                assert!(text.contains("too many for a column each"), "{text:.200}");
                assert!(text.contains(&format!("of {} entities", rows.len())));
            }
        }
    }
    use super::*;
    use crate::corpus::{Document, Entity, EntityType, Mention};

    fn doc() -> Document {
        let mut doc = Document::default();
        for (id, outlet) in [("a", Some("Daily")), ("b", None)] {
            let mut a = Article::empty(id);
            a.outlet = outlet.map(String::from);
            a.body = "Rome and Rome.".into();
            a.mentions.push(Mention {
                entity: "rome".into(),
                kind: EntityType::Place,
                start: 0,
                end: 4,
                text: "Rome".into(),
            });
            doc.articles.push(a);
        }
        doc.entities.push(Entity {
            id: "rome".into(),
            name: "Rome".into(),
            kind: EntityType::Place,
            aliases: vec!["Rome".into()],
        });
        doc
    }

    #[test]
    fn the_open_article_is_current_and_unknowns_are_named() {
        let d = doc();
        let state = ViewState {
            article: Some("a".into()),
            ..Default::default()
        };
        let refs: Vec<ListItem> = d.articles.iter().map(|a| (a, None, vec![])).collect();
        let t = article_list_view(&refs, &state);
        let items = t.find_all("data-testid", "article-item");
        assert_eq!(items.len(), 2);
        assert!(items[0].attrs.contains(&("aria-current", "page".into())));
        assert!(!items[1].attrs.iter().any(|(k, _)| *k == "aria-current"));
        let text = t.text_content();
        assert!(text.contains("unknown outlet"));
        assert!(text.contains("date unknown"));
        assert!(text.contains("3 words"));
    }

    #[test]
    fn hits_are_marked_and_never_cut_a_character() {
        let t = el("p").children(with_hits(
            "Zürich port",
            &[Span::new(0, 7), Span::new(1, 2)],
        ));
        let t: Html = t.into();
        assert_eq!(t.text_content(), "Zürich port");
        assert_eq!(t.find_all("data-testid", "hit").len(), 1);
    }

    #[test]
    fn facet_links_toggle_and_the_entity_facet_is_the_chosen_entity() {
        use crate::search::SearchIndex;
        let mut d = doc();
        d.articles[0].wire_agency = Some("AP".into());
        let index = SearchIndex::build(&d);
        let state = ViewState::default();
        let r = crate::view::search(&index, &state);
        let t = facets_view(&r, &state);
        let outlet = t.find_all("data-facet", "outlet");
        assert!(outlet
            .iter()
            .any(|e| e.attrs.contains(&("href", "#outlet=Daily".into()))));
        let rome = &t.find_all("data-facet", "entity")[0];
        assert!(rome.attrs.contains(&("href", "#entity=rome".into())));
        let chosen = ViewState::from_hash("#outlet=Daily");
        let r = crate::view::search(&index, &chosen);
        assert_eq!(r.hits.len(), 1);
        let t = facets_view(&r, &chosen);
        let daily = t.find_all("data-value", "Daily");
        assert!(daily[0].attrs.contains(&("href", "#".into())));
        assert!(daily[0].attrs.contains(&("aria-current", "true".into())));
    }

    #[test]
    fn an_empty_list_says_so() {
        let t = article_list_view(&[], &ViewState::default());
        assert!(t.text_content().contains("No article matches"));
        assert_eq!(t.find_all("data-testid", "article-list").len(), 1);
    }

    #[test]
    fn choosing_links_toggle_and_the_count_clears() {
        let d = doc();
        let table = EntityTable::new(&d);
        let rows: Vec<&EntityRow> = table.rows.iter().collect();
        let none = ViewState::default();
        let t = entity_table_view(&table, &rows, "", &none);
        let link = &t.find_all("data-testid", "entity-choose")[0];
        assert!(link.attrs.contains(&("href", "#entity=rome".into())));
        let chosen = ViewState {
            entity: Some("rome".into()),
            ..Default::default()
        };
        let t = entity_table_view(&table, &rows, "", &chosen);
        let link = &t.find_all("data-testid", "entity-choose")[0];
        assert!(link.attrs.contains(&("href", "#".into())));
        assert!(link.attrs.contains(&("aria-current", "true".into())));
        assert_eq!(t.find_all("class", "num heat h4").len(), 2);
        let c = chosen_entity_view(&table, &chosen);
        assert!(c.text_content().contains("Rome"));
        let count = result_count_view(2, Some("Rome"), &chosen);
        assert!(count
            .text_content()
            .starts_with("2 articles mentioning Rome"));
        assert_eq!(count.find_all("href", "#").len(), 1);
    }

    #[test]
    fn the_snippet_keeps_the_view_and_escapes_it() {
        let state = ViewState {
            entity: Some("a\"b".into()),
            ..Default::default()
        };
        let s = embed_snippet("file:///x/y.html", &state, "640", 300);
        assert!(s.contains("src=\"file:///x/y.html#entity=a%22b&amp;embed=1\""));
        assert!(s.contains("width=\"640\""));
        assert!(s.contains("title=\"Crossread: Reader\""));
        assert_eq!(s.matches("<script>").count(), 1);
    }

    #[test]
    fn sources_name_outlet_date_and_address() {
        let mut a = Article::empty("a");
        a.headline = "H".into();
        a.url = Some("https://n.example/1".into());
        let t = sources_view(&[&a]);
        assert_eq!(
            t.text_content(),
            "Sourcesunknown outlet, “H”, date unknown, https://n.example/1"
        );
    }

    #[test]
    fn no_match_names_the_query() {
        let d = doc();
        let table = EntityTable::new(&d);
        let t = entity_table_view(&table, &[], " zz ", &ViewState::default());
        assert!(t.text_content().contains("No entity matches “zz”."));
    }
}

/// What the corpus bar shows: the corpora, the one shown, and what the
/// library is doing or has to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CorpusBar {
    /// Each corpus as (id, name); the built-in one has the empty id.
    pub corpora: Vec<(String, String)>,
    /// The id of the corpus shown.
    pub current: String,
    /// Whether the name of the shown corpus is being edited.
    pub renaming: bool,
    /// Work under way.
    pub busy: Option<String>,
    /// Bad input and storage failures, one per file or corpus.
    pub errors: Vec<String>,
    /// The last thing done.
    pub notice: Option<String>,
    /// Whether the notice offers Undo (after a deletion).
    pub undo: bool,
}

/// File kinds the import picker offers (others can still be dropped).
pub const IMPORT_ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,.xhtml,.json,text/plain,text/markdown,text/html,application/json";

/// The corpus bar: the choice of corpus, rename and delete, the import
/// (file picker and pasted text), progress, errors and the last notice.
/// Buttons carry `data-action` for one delegated handler.
///
/// ```
/// use crossread_core::view::lists::{corpus_bar_view, CorpusBar};
/// let bar = CorpusBar {
///     corpora: vec![("".into(), "Built-in".into()), ("c1".into(), "Mine".into())],
///     current: "c1".into(),
///     errors: vec!["a.txt: the file is empty".into()],
///     ..CorpusBar::default()
/// };
/// let t = corpus_bar_view(&bar);
/// assert_eq!(t.find_all("selected", "").len(), 1);
/// assert_eq!(t.find_all("data-testid", "error")[0].children.len(), 1);
/// assert_eq!(t.find_all("data-action", "delete").len(), 1);
/// ```
pub fn corpus_bar_view(bar: &CorpusBar) -> Html {
    let button = |action: &str, label: &str| {
        el("button")
            .attr("type", "button")
            .attr("data-action", action)
            .attr("data-testid", format!("corpus-{action}"))
            .text(label)
    };
    let mut choice = el("div")
        .attr("class", "corpus-choice")
        .child(el("label").attr("for", "corpus-switch").text("Corpus"))
        .child(
            el("select")
                .attr("id", "corpus-switch")
                .attr("data-testid", "corpus-switch")
                .children(bar.corpora.iter().map(|(id, name)| {
                    el("option")
                        .attr("value", id.as_str())
                        .attr_opt("selected", (*id == bar.current).then_some(""))
                        .text(name.as_str())
                        .into()
                })),
        );
    if !bar.current.is_empty() {
        choice = if bar.renaming {
            let name = bar
                .corpora
                .iter()
                .find(|(id, _)| *id == bar.current)
                .map_or("", |(_, n)| n.as_str());
            choice.child(
                el("input")
                    .attr("id", "corpus-name")
                    .attr("aria-label", "New name (Enter saves, Escape cancels)")
                    .attr("value", name),
            )
        } else {
            choice
                .child(button("rename", "Rename"))
                .child(button("delete", "Delete"))
        };
    }
    let import = el("div")
        .attr("class", "corpus-import")
        .child(
            el("input")
                .attr("id", "import-input")
                .attr("class", "visually-hidden")
                .attr("type", "file")
                .attr("multiple", "")
                .attr("accept", IMPORT_ACCEPT)
                .attr("data-testid", "import"),
        )
        .child(
            el("label")
                .attr("class", "button")
                .attr("for", "import-input")
                .text("Import files…"),
        )
        .child(
            el("details")
                .attr("class", "paste")
                .child(el("summary").text("Paste text"))
                .child(
                    el("label")
                        .attr("for", "paste-text")
                        .attr("class", "visually-hidden")
                        .text("Article text to import"),
                )
                .child(
                    el("textarea")
                        .attr("id", "paste-text")
                        .attr("rows", "6")
                        .attr(
                            "placeholder",
                            "Headline on the first line, then the article",
                        ),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .attr("data-action", "paste")
                        .attr("data-testid", "import-paste")
                        .text("Import pasted text"),
                ),
        )
        .child(
            el("span")
                .attr("class", "hint")
                .text(".txt, .md, .html or a Crossread .json; or drop files on the page"),
        );
    let mut out = el("div")
        .attr("class", "corpus-bar-inner")
        .child(choice)
        .child(import);
    if let Some(b) = &bar.busy {
        out = out.child(
            el("p")
                .attr("class", "progress")
                .attr("role", "status")
                .attr("data-testid", "import-progress")
                .text(b.as_str()),
        );
    }
    if !bar.errors.is_empty() {
        out = out.child(
            el("div")
                .attr("class", "error")
                .attr("role", "alert")
                .attr("data-testid", "error")
                .child(
                    el("ul").children(bar.errors.iter().map(|e| el("li").text(e.as_str()).into())),
                ),
        );
    }
    if let Some(n) = &bar.notice {
        let mut p = el("p")
            .attr("class", "notice")
            .attr("id", "corpus-notice")
            .attr("tabindex", "-1")
            .attr("role", "status")
            .text(n.as_str());
        if bar.undo {
            p = p.child(button("undo", "Undo"));
        }
        out = out.child(p);
    }
    out.into()
}

/// The first-run guide: what the highlights, the statement marks and the
/// map mean, for a reader who never saw such a tool. Not a dialog: it sits
/// above the page and never blocks it; its button (`data-action="guide-close"`)
/// puts it away, and the header's *How to read this* brings it back. On a
/// phone (`compact`) it is one sentence, with the rest under *More*.
///
/// ```
/// use crossread_core::view::lists::guide_view;
/// let t = guide_view(false);
/// assert_eq!(t.find_all("data-action", "guide-close").len(), 1);
/// assert!(t.text_content().contains("denies"));
/// assert!(guide_view(true).text_content().contains("denies"));
/// ```
pub fn guide_view(compact: bool) -> Html {
    let item = |term: &str, text: &str| -> Html {
        el("li").child(el("strong").text(term)).text(text).into()
    };
    let list = el("ul").children([
            item("Highlights ", "mark who and what an article names: people, organisations, places, nationalities, dates, events and amounts, each with its own colour and underline. The legend above the article switches a kind off; point at or focus a highlight for its card."),
            item("Statements ", "are sentences where someone takes a stance on a claim, marked in the margin: ✓ asserts it, ✗ denies it, ≈ qualifies it (hedges without denying)."),
            item("The claim map ", "has one row per claim and one column per speaker; a cell shows that speaker's stance. Choose a cell to see the sentences behind it, outlet by outlet. Coverage shows which outlet carries which claim; Quotes, how the same quote reads in each."),
            item("Search and filters ", "narrow every view at once. Everything you choose is in the address, so a link shows exactly what you saw."),
        ]);
    let guide = el("aside")
        .attr("class", "guide")
        .attr("data-testid", "guide")
        .attr("aria-labelledby", "guide-title")
        .child(
            el("h2")
                .attr("id", "guide-title")
                .text("How to read Crossread"),
        );
    let guide = if compact {
        guide
            .child(el("p").text(
                "Colours and underlines mark who and what an article names; ✓ ✗ ≈ mark who asserts, denies or qualifies a claim.",
            ))
            .child(
                el("details")
                    .child(el("summary").text("More"))
                    .child(list),
            )
    } else {
        guide.child(list)
    };
    guide
        .child(
            el("button")
                .attr("type", "button")
                .attr("data-action", "guide-close")
                .attr("data-testid", "guide-close")
                .text("Got it"),
        )
        .into()
}
