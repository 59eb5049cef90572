//! The read-only analysis views as element trees: timeline, coverage,
//! quote comparison, discrepancies and the claim graph. Each follows the
//! document it is given (the app passes the filtered analysis) and links
//! into the reader through the view state.
//!
//! ```
//! use crossread_core::corpus::Document;
//! use crossread_core::view::{panels, ViewState};
//! let t = panels::timeline_view(&Document::default(), &ViewState::default());
//! assert_eq!(t.find_all("data-testid", "timeline").len(), 1);
//! ```

use super::html::{el, svg, Element, Html};
use super::{coverage, outlet_label, timeline, Panel, ViewState};
use crate::claim::graph::{dash, Graph};
use crate::claim::ClaimMap;
use crate::corpus::{Document, Stance};
use crate::variant::{discrepancies, quote_variants, DiffOp, DiscrepancyKind};

/// The tabs that switch between the reader and the analysis views: a link
/// per view in `panels`, the current one marked.
pub fn tabs_view(panels: &[Panel], state: &ViewState) -> Html {
    let mut nav = el("nav")
        .attr("class", "panel-tabs")
        .attr("aria-label", "Views");
    for p in panels {
        let mut to = state.clone();
        to.panel = *p;
        nav = nav.child(
            el("a")
                .attr("class", "panel-tab")
                .attr("data-testid", format!("tab-{}", p.word()))
                .attr("href", to.to_hash())
                .attr_opt("aria-current", (state.panel == *p).then_some("page"))
                .text(p.label()),
        );
    }
    nav.into()
}

/// The analysis view the state names (the map when it names the reader).
/// `map` is the document's claim map when the caller keeps one (the app
/// builds it once per filter, not on every choice); else the map and graph
/// build their own.
pub fn panel_view(doc: &Document, state: &ViewState, map: Option<&ClaimMap>) -> Html {
    let with_map = |view: fn(&Document, &ViewState, &ClaimMap) -> Html| match map {
        Some(m) => view(doc, state, m),
        None => view(doc, state, &ClaimMap::build(doc)),
    };
    match state.panel {
        Panel::Graph => with_map(graph_view),
        Panel::Timeline => timeline_view(doc, state),
        Panel::Coverage => coverage_view(doc),
        Panel::Quotes => quotes_view(doc),
        Panel::Discrepancies => discrepancies_view(doc, state),
        Panel::About => about_view(doc, state),
        Panel::Map | Panel::Reader => with_map(map_view),
    }
}

/// What the claim map and graph show while the map is built in steps
/// ([`crate::claim::MapBuild`]): how far it is. It carries neither view's
/// test id, since their cells are not there yet.
///
/// ```
/// use crossread_core::view::html::Html;
/// let v = crossread_core::view::panels::map_pending_view(40);
/// assert!(v.text_content().contains("claim map"));
/// let Html::El(section) = v else { panic!() };
/// assert!(section.attrs.iter().all(|(k, _)| *k != "data-testid"));
/// ```
pub fn map_pending_view(percent: usize) -> Html {
    el("section")
        .attr("class", "claim-map")
        .attr("aria-busy", "true")
        .child(
            el("label")
                .attr("class", "empty")
                .text("Working out each speaker's side for the claim map ")
                .child(
                    el("progress")
                        .attr("max", "100")
                        .attr("value", percent.to_string()),
                ),
        )
        .into()
}

/// The export actions under the analysis views, each a button with a
/// `data-action` (`export-json`, `export-csv`, `export-claimreview`,
/// `export-svg`) for one delegated handler.
pub fn export_bar_view() -> Html {
    let mut div = el("div")
        .attr("class", "export-bar")
        .attr("role", "group")
        .attr("aria-label", "Export")
        .child(el("span").attr("class", "legend-title").text("Export:"));
    for (id, label, title) in [
        (
            "export-json",
            "Analysis (JSON)",
            "The whole analysis, as crossread analyze prints it",
        ),
        (
            "export-csv",
            "Map (CSV)",
            "The claim map, one line per cell",
        ),
        (
            "export-claimreview",
            "Claims (ClaimReview)",
            "Each claim as schema.org ClaimReview, with no verdict",
        ),
        ("export-svg", "Graph (SVG)", "The claim graph picture"),
    ] {
        div = div.child(
            el("button")
                .attr("type", "button")
                .attr("data-testid", id)
                .attr("data-action", id)
                .attr("title", title)
                .text(label),
        );
    }
    div.into()
}

/// The format's word for a stance.
pub fn stance_word(s: Stance) -> &'static str {
    s.word()
}

/// The glyph that shows a stance without colour.
pub fn stance_glyph(s: Stance) -> &'static str {
    match s {
        Stance::Asserts => "✓",
        Stance::Denies => "✗",
        Stance::Qualifies => "≈",
    }
}

/// The link that opens `article` in the reader, at `statement` if given.
pub fn reader_link(state: &ViewState, article: &str, statement: Option<&str>) -> String {
    let mut s = state.clone();
    s.panel = Panel::Reader;
    s.article = Some(article.to_string());
    s.statement = statement.map(String::from);
    s.to_hash()
}

fn section(testid: &'static str, title_id: &'static str, title: &str, hint: Html) -> Element {
    el("section")
        .attr("class", testid)
        .attr("data-testid", testid)
        .attr("aria-labelledby", title_id)
        .child(el("h2").attr("id", title_id).text(title))
        .child(el("p").attr("class", "hint").child(hint))
}

fn empty(text: &str) -> Html {
    el("p").attr("class", "empty").text(text).into()
}

fn hidden(text: &str) -> Html {
    el("span")
        .attr("class", "visually-hidden")
        .text(text)
        .into()
}

/// About the corpus (the listed articles): how many articles, outlets and
/// days, what the analysis found, and per source its outlet, agency, date
/// and address, with the page furniture and captions that were set aside
/// from its text, so a reader can check nothing of substance was dropped.
///
/// ```
/// use crossread_core::corpus::{Article, Document};
/// use crossread_core::view::{panels::about_view, ViewState};
/// let mut a = Article::empty("a");
/// a.headline = "Storm".into();
/// a.published = Some("2024-05-01".into());
/// a.boilerplate = vec!["Share this article".into()];
/// let doc = Document { articles: vec![a], ..Document::default() };
/// let t = about_view(&doc, &ViewState::default());
/// assert!(t.text_content().contains("Share this article"));
/// assert_eq!(t.find_all("data-testid", "about-source").len(), 1);
/// ```
pub fn about_view(doc: &Document, state: &ViewState) -> Html {
    let n = doc.articles.len();
    let outlets = crate::sort::set(doc.articles.iter().map(super::outlet_label));
    let dates = crate::sort::set(doc.articles.iter().filter_map(|a| a.published.as_deref()));
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a != b => format!("from {a} to {b}"),
        (Some(a), _) => format!("on {a}"),
        _ => "on dates the pages do not give".into(),
    };
    let removed: usize = doc.articles.iter().map(|a| a.boilerplate.len()).sum();
    let summary = format!(
        "{} from {} {span}. The analysis found {} entities, {} statements and {} claims. {} lines of page furniture were set aside from the text.",
        super::lists::plural(n, "article", "articles"),
        super::lists::plural(outlets.len(), "outlet", "outlets"),
        doc.entities.len(),
        doc.statements.len(),
        doc.propositions.len(),
        removed,
    );
    let mut sec = section(
        "about",
        "about-title",
        "About this corpus",
        "Where the articles come from, and what was removed from the scraped pages before analysis. The list follows the search and filters.".into(),
    )
    .child(el("p").attr("class", "about-summary").text(summary))
    .child(super::corrections::corrections_view(doc));
    let mut ol = el("ol").attr("class", "about-sources");
    for a in &doc.articles {
        let mut to = state.clone();
        to.panel = Panel::Reader;
        to.article = Some(a.id.clone());
        let facts = [
            a.wire_agency.as_ref().map(|w| format!("via {w}")),
            Some(a.published.clone().unwrap_or_else(|| "date unknown".into())),
            a.dateline.clone(),
        ];
        let mut li = el("li")
            .attr("data-testid", "about-source")
            .attr("data-article-id", a.id.as_str())
            .child(el("a").attr("href", to.to_hash()).text(a.headline.as_str()))
            .child(
                el("p")
                    .attr("class", "about-meta")
                    .child(el("strong").text(super::outlet_label(a)))
                    .text(
                        facts
                            .iter()
                            .flatten()
                            .fold(String::new(), |s, f| format!("{s} · {f}")),
                    ),
            );
        if let Some(u) = &a.url {
            li = li.child(el("p").attr("class", "source-url").text(u.as_str()));
        }
        for (label, lines) in [
            ("page furniture", &a.boilerplate),
            ("captions and credits", &a.captions),
        ] {
            if !lines.is_empty() {
                li = li.child(
                    el("details")
                        .child(el("summary").text(format!(
                            "{} set aside as {label}",
                            super::lists::plural(lines.len(), "line", "lines")
                        )))
                        .child(
                            el("ul")
                                .children(lines.iter().map(|l| el("li").text(l.as_str()).into())),
                        ),
                );
            }
        }
        ol = ol.child(li);
    }
    if n == 0 {
        sec = sec.child(empty(
            "No articles are listed: clear the search or the filters.",
        ));
    }
    sec.child(ol).into()
}

/// Statements by the day they were said.
pub fn timeline_view(doc: &Document, state: &ViewState) -> Html {
    let t = timeline(doc);
    let hint = format!(
        "Statements by the day they were said, where the text fixes the day against the article's date. {} statements have no day the text fixes.",
        t.undated.len()
    );
    let mut sec = section("timeline", "timeline-title", "Timeline", hint.into());
    if t.days.is_empty() {
        return sec
            .child(empty(
                "No statement in the listed articles has a day the text fixes.",
            ))
            .into();
    }
    let days = t.days.iter().map(|(day, ids)| {
        let items = ids.iter().filter_map(|sid| {
            let s = doc.statement(sid)?;
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
            Some(
                el("li")
                    .attr("class", format!("tl-item st-{}", stance_word(s.stance)))
                    .attr("data-statement", s.id.clone())
                    .attr("data-stance", stance_word(s.stance))
                    .child(
                        el("span")
                            .attr("class", "glyph")
                            .attr("aria-hidden", "true")
                            .text(stance_glyph(s.stance)),
                    )
                    .child(hidden(stance_word(s.stance)))
                    .child(el("strong").text(who))
                    .text(format!(" — {label}"))
                    .child(
                        el("span")
                            .attr("class", "tl-source")
                            .text(format!(" ({outlet}) "))
                            .child(
                                el("a")
                                    .attr("href", reader_link(state, &s.article, Some(&s.id)))
                                    .text("read"),
                            ),
                    )
                    .into(),
            )
        });
        el("li")
            .attr("class", "tl-day")
            .attr("data-day", day.clone())
            .child(el("h3").child(el("time").attr("datetime", day.clone()).text(day.clone())))
            .child(el("ul").children(items))
            .into()
    });
    sec = sec.child(el("ol").attr("class", "tl-days").children(days));
    sec.into()
}

/// Which outlet carries which proposition; a dash where it leaves it out.
pub fn coverage_view(doc: &Document) -> Html {
    let c = coverage(doc);
    let head = el("tr")
        .child(el("th").attr("scope", "col").text("Claim"))
        .children(c.outlets.iter().map(|o| {
            el("th")
                .attr("scope", "col")
                .attr("class", "num")
                .text(o.label.clone())
                .into()
        }));
    let rows = c.rows.into_iter().map(|(id, label, counts)| {
        el("tr")
            .attr("data-proposition", id)
            .child(
                el("th")
                    .attr("scope", "row")
                    .attr("class", "prop-label")
                    .text(label),
            )
            .children(counts.into_iter().map(|n| {
                if n == 0 {
                    el("td")
                        .attr("class", "num cov-missing")
                        .attr("data-count", "0")
                        .child(el("span").attr("aria-hidden", "true").text("—"))
                        .child(hidden("not carried"))
                        .into()
                } else {
                    el("td")
                        .attr("class", "num cov-carried")
                        .attr("data-count", n.to_string())
                        .text(n.to_string())
                        .into()
                }
            }))
            .into()
    });
    section(
        "coverage",
        "coverage-title",
        "Coverage",
        "How many statements about each claim every outlet carries. A dash marks an outlet that leaves the claim out.".into(),
    )
    .child(
        el("div")
            .attr("class", "table-scroll")
            .attr("tabindex", "0")
            .attr("role", "region")
            .attr("aria-label", "Coverage table")
            .child(el("table").attr("class", "coverage-table").child(el("thead").child(head)).child(el("tbody").children(rows))),
    )
    .into()
}

/// Every quote carried by more than one article, each rendering compared
/// word by word with the first.
pub fn quotes_view(doc: &Document) -> Html {
    let variants = quote_variants(doc);
    let n = variants.len();
    let hint = el("span")
        .text(format!("{n} quotes appear in more than one article. Each rendering is compared word by word with the first: "))
        .child(el("del").text("struck words"))
        .text(" are missing, ")
        .child(el("ins").text("underlined words"))
        .text(" are added.");
    let mut sec = section(
        "quote-compare",
        "quotes-title",
        "Quotes compared",
        hint.into(),
    );
    if n == 0 {
        sec = sec.child(empty(
            "No quote appears in more than one of the listed articles.",
        ));
    }
    let items = variants.into_iter().map(|v| {
        let renderings = v.renderings.into_iter().map(|r| {
            let outlet = doc
                .article(&r.article)
                .map(outlet_label)
                .unwrap_or_default();
            let speaker = r
                .speaker
                .as_ref()
                .and_then(|s| doc.entities.iter().find(|e| &e.id == s))
                .map(|e| e.name.clone())
                .unwrap_or_else(|| "unknown speaker".into());
            let changed = r.diff.iter().any(|d| !matches!(d, DiffOp::Equal(_)));
            let words = r.diff.into_iter().flat_map(|d| {
                let node: Html = match d {
                    DiffOp::Equal(w) => w.into(),
                    DiffOp::Delete(w) => el("del").text(w).into(),
                    DiffOp::Insert(w) => el("ins").text(w).into(),
                };
                [node, Html::Text(" ".into())]
            });
            el("li")
                .attr("class", "rendering")
                .attr("data-article", r.article.clone())
                .attr("data-changed", changed.to_string())
                .child(
                    el("p")
                        .attr("class", "evidence-source")
                        .child(el("strong").text(outlet))
                        .text(format!(" · {speaker}")),
                )
                .child(el("blockquote").children(words))
                .into()
        });
        el("li")
            .attr("class", "variant")
            .attr("data-testid", "quote-variant")
            .child(el("ul").children(renderings))
            .into()
    });
    sec.child(el("ol").attr("class", "variants").children(items))
        .into()
}

/// A reader's name for a kind of discrepancy.
pub fn discrepancy_label(k: DiscrepancyKind) -> &'static str {
    match k {
        DiscrepancyKind::Title => "One speaker, different titles",
        DiscrepancyKind::Number => "Numbers that disagree",
        DiscrepancyKind::QuoteSpeaker => "A quote given to different speakers",
        DiscrepancyKind::Direction => "A claim reported in opposite directions",
        DiscrepancyKind::SharedWire => "Shared wire copy",
    }
}

fn discrepancy_word(k: DiscrepancyKind) -> &'static str {
    match k {
        DiscrepancyKind::Title => "title",
        DiscrepancyKind::Number => "number",
        DiscrepancyKind::QuoteSpeaker => "quote_speaker",
        DiscrepancyKind::Direction => "direction",
        DiscrepancyKind::SharedWire => "shared_wire",
    }
}

/// The discrepancies found, each with links to its evidence.
pub fn discrepancies_view(doc: &Document, state: &ViewState) -> Html {
    let found = discrepancies(doc);
    let mut sec = section(
        "discrepancies",
        "disc-title",
        "Discrepancies",
        "Places where the outlets disagree or copy each other. Each links to the sentences behind it.".into(),
    );
    if found.is_empty() {
        sec = sec.child(empty("No discrepancy was found in the listed articles."));
    }
    let items = found.into_iter().map(|d| {
        let links: Vec<Html> = if d.statements.is_empty() {
            d.articles
                .iter()
                .map(|a| {
                    let label = doc
                        .article(a)
                        .map(outlet_label)
                        .unwrap_or_else(|| a.clone());
                    el("li")
                        .child(
                            el("a")
                                .attr("href", reader_link(state, a, None))
                                .text(label),
                        )
                        .into()
                })
                .collect()
        } else {
            d.statements
                .iter()
                .filter_map(|sid| doc.statement(sid))
                .map(|s| {
                    let label = doc
                        .article(&s.article)
                        .map(outlet_label)
                        .unwrap_or_default();
                    el("li")
                        .child(
                            el("a")
                                .attr("href", reader_link(state, &s.article, Some(&s.id)))
                                .text(label),
                        )
                        .text(": ")
                        .child(el("q").text(s.sentence.clone()))
                        .into()
                })
                .collect()
        };
        el("li")
            .attr("class", "disc")
            .attr("data-kind", discrepancy_word(d.kind))
            .child(el("h3").text(discrepancy_label(d.kind)))
            .child(el("p").text(d.detail))
            .child(el("ul").attr("class", "disc-evidence").children(links))
            .into()
    });
    sec.child(el("ul").attr("class", "disc-list").children(items))
        .into()
}

/// The claim graph with its explanation and a link to the table. It draws
/// `map` alone; it takes the document to share [`panel_view`]'s signature.
pub fn graph_view(_doc: &Document, state: &ViewState, map: &ClaimMap) -> Html {
    let g = Graph::layout(map);
    let mut table = state.clone();
    table.panel = Panel::Map;
    let hint = el("span")
        .text("Speakers on the left, claims on the right. A solid line asserts, a dashed line denies, a dotted line qualifies; thicker lines are carried by more articles. The same information as a table: ")
        .child(el("a").attr("href", table.to_hash()).text("the claim map"))
        .text(".");
    section("claim-graph", "graph-title", "Claim graph", hint.into())
        .child(
            el("div")
                .attr("class", "graph-scroll")
                .attr("tabindex", "0")
                .attr("role", "region")
                .attr("aria-label", "Claim graph picture, scrollable")
                .child(g.svg()),
        )
        .into()
}

impl Graph {
    /// The picture as an SVG element tree (styled by class in the app,
    /// with colours as attributes for use outside it).
    pub fn svg(&self) -> Element {
        let speakers = self.nodes.iter().filter(|n| n.speaker).count();
        let mut root = svg("svg")
            .attr("viewBox", format!("0 0 {} {}", self.width, self.height))
            .attr("width", self.width.to_string())
            .attr("height", self.height.to_string())
            .attr("role", "img")
            .attr(
                "aria-label",
                format!(
                    "Graph of {speakers} speakers and {} claims; the claim map table has the same content",
                    self.nodes.len() - speakers
                ),
            )
            .child(svg("title").text("Claim graph: speakers and the claims they assert, deny or qualify"));
        for e in &self.edges {
            let (Some(a), Some(b)) = (self.nodes.get(e.from), self.nodes.get(e.to)) else {
                continue;
            };
            let colour = match e.stance {
                Stance::Asserts => "#117733",
                Stance::Denies => "#aa3377",
                Stance::Qualifies => "#8a6d00",
            };
            root = root.child(
                svg("line")
                    .attr("class", format!("edge st-{}", stance_word(e.stance)))
                    .attr("data-stance", stance_word(e.stance))
                    .attr("x1", (a.x + 6).to_string())
                    .attr("y1", a.y.to_string())
                    .attr("x2", (b.x - 6).to_string())
                    .attr("y2", b.y.to_string())
                    .attr("stroke", colour)
                    .attr("stroke-width", (1 + e.articles.min(4)).to_string())
                    .attr("stroke-dasharray", dash(e.stance))
                    .child(svg("title").text(format!(
                        "{} {} “{}” ({} articles)",
                        a.label,
                        stance_word(e.stance),
                        b.label,
                        e.articles
                    ))),
            );
        }
        for n in &self.nodes {
            let g = if n.speaker {
                svg("g")
                    .attr("class", "node speaker")
                    .child(
                        svg("circle")
                            .attr("cx", n.x.to_string())
                            .attr("cy", n.y.to_string())
                            .attr("r", "5")
                            .attr("fill", "#1f5fa8"),
                    )
                    .child(
                        svg("text")
                            .attr("x", (n.x - 10).to_string())
                            .attr("y", (n.y + 4).to_string())
                            .attr("text-anchor", "end")
                            .text(n.label.clone()),
                    )
            } else {
                svg("g")
                    .attr("class", "node proposition")
                    .child(
                        svg("rect")
                            .attr("x", (n.x - 5).to_string())
                            .attr("y", (n.y - 5).to_string())
                            .attr("width", "10")
                            .attr("height", "10")
                            .attr("fill", "#575d66"),
                    )
                    .child(
                        svg("text")
                            .attr("x", (n.x + 10).to_string())
                            .attr("y", (n.y + 4).to_string())
                            .text(n.label.clone()),
                    )
            };
            root = root.child(g);
        }
        root
    }

    /// The picture as a standalone SVG document.
    pub fn to_svg(&self) -> String {
        let mut root = self.svg();
        root.attrs
            .insert(0, ("xmlns", "http://www.w3.org/2000/svg".into()));
        root.attrs.push(("font-family", "sans-serif".into()));
        root.attrs.push(("font-size", "12".into()));
        root.children.insert(
            1,
            svg("rect")
                .attr("width", "100%")
                .attr("height", "100%")
                .attr("fill", "#ffffff")
                .into(),
        );
        let mut out = Html::El(root).to_markup();
        out.push('\n');
        out
    }
}

/// Speakers shown as columns of the claim map at most.
pub const MAX_SPEAKERS: usize = 60;
/// Claims shown as rows of the claim map at most.
pub const MAX_CLAIMS: usize = 200;

/// The claim map: claims as rows, speakers grouped by side as columns, a
/// cell per stance (a link that chooses it), and the chosen cell's evidence.
/// A large map shows its [`MAX_CLAIMS`] claims most carried and its
/// [`MAX_SPEAKERS`] speakers with the most claims, and says how many it
/// leaves out.
pub fn map_view(doc: &Document, state: &ViewState, map: &ClaimMap) -> Html {
    let hint = el("span")
        .text("Each row is a claim as the outlets report it; each column a speaker, grouped by side. A cell shows the speaker's stance — ")
        .child(el("span").attr("class", "st-asserts glyph").text("✓"))
        .text(" asserts, ")
        .child(el("span").attr("class", "st-denies glyph").text("✗"))
        .text(" denies, ")
        .child(el("span").attr("class", "st-qualifies glyph").text("≈"))
        .text(" qualifies — the day it was said when known, and how many articles carry it. Choose a cell to read the evidence.");
    let sec = section("claim-map", "map-title", "Claim map", hint.into());
    if map.rows.is_empty() {
        return sec.child(empty("No statements were found in the listed articles. Clear the filter to see them all.")).into();
    }
    // The speakers with the most cells, in the map's order (and the chosen
    // cell's): a large import has thousands of speakers, a table nobody can
    // read that took seconds to draw. The note above the table counts the
    // rest.
    let mut counts = vec![0; map.columns.len()];
    for (c, _) in map.rows.iter().flat_map(|r| &r.cells) {
        counts[*c] += 1;
    }
    let mut by_cells: Vec<usize> = (0..map.columns.len()).collect();
    crate::sort::by(&mut by_cells, &|a, b| counts[*b].cmp(&counts[*a]));
    let mut shown = vec![false; map.columns.len()];
    for &c in by_cells.iter().take(MAX_SPEAKERS) {
        shown[c] = true;
    }
    for (c, col) in map.columns.iter().enumerate() {
        if state.cell.as_ref().is_some_and(|(_, s)| *s == col.speaker) {
            shown[c] = true;
        }
    }
    let hidden = shown.iter().filter(|s| !**s).count();
    let columns: Vec<_> = map
        .columns
        .iter()
        .zip(&shown)
        .filter(|c| *c.1)
        .map(|c| c.0)
        .collect();
    let mut groups: Vec<(String, usize)> = Vec::new();
    for c in &columns {
        let label = c.side.label(doc);
        match groups.last_mut() {
            Some((l, n)) if *l == label => *n += 1,
            _ => groups.push((label, 1)),
        }
    }
    let head1 = el("tr")
        .child(
            el("th")
                .attr("scope", "col")
                .attr("rowspan", "2")
                .attr("class", "prop-head")
                .text("Claim"),
        )
        .children(groups.into_iter().map(|(label, n)| {
            el("th")
                .attr("scope", "colgroup")
                .attr("colspan", n.to_string())
                .attr("class", "side-head")
                .text(label)
                .into()
        }));
    let head2 = el("tr").children(columns.iter().map(|c| {
        el("th")
            .attr("scope", "col")
            .attr("class", "speaker-head")
            .text(c.name.clone())
            .into()
    }));
    // The claims most carried come first; the chosen one is kept.
    let rows: Vec<_> = map
        .rows
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            *i < MAX_CLAIMS
                || state
                    .cell
                    .as_ref()
                    .is_some_and(|(p, _)| *p == r.proposition)
        })
        .map(|r| r.1)
        .collect();
    let part = |n: usize, of: usize, what: &str, how: &str| {
        if n < of {
            format!("the {n} {what} {how} (of {of})")
        } else {
            format!("all {of} {what}")
        }
    };
    let left_out = (hidden > 0 || rows.len() < map.rows.len()).then(|| {
        el("p").attr("class", "hint").text(format!(
            "Shown: {} and {}. Filter the articles to see the others.",
            part(rows.len(), map.rows.len(), "claims", "most carried"),
            part(
                columns.len(),
                map.columns.len(),
                "speakers",
                "with the most claims"
            )
        ))
    });
    let rows = rows.into_iter().map(|row| {
        let cells = map
            .columns
            .iter()
            .enumerate()
            .zip(&shown)
            .filter(|x| *x.1)
            .map(|((c, col), _)| {
                let Some(cell) = row.cell(c) else {
                    return el("td").attr("class", "map-empty").into();
                };
                let key = (row.proposition.clone(), col.speaker.clone());
                let chosen = state.cell.as_ref() == Some(&key);
                let mut next = state.clone();
                next.cell = if chosen { None } else { Some(key) };
                let spoken = format!(
                    "{} {} “{}”{}, in {} {}",
                    col.name,
                    stance_word(cell.stance),
                    row.label,
                    cell.said_on
                        .as_ref()
                        .map(|d| format!(" on {d}"))
                        .unwrap_or_default(),
                    cell.outlets,
                    if cell.outlets == 1 {
                        "article"
                    } else {
                        "articles"
                    }
                );
                let mut a = el("a")
                    .attr(
                        "class",
                        format!(
                            "map-cell st-{}{}",
                            stance_word(cell.stance),
                            if chosen { " chosen" } else { "" }
                        ),
                    )
                    .attr("data-testid", "map-cell")
                    .attr("data-stance", stance_word(cell.stance))
                    .attr("data-proposition", row.proposition.clone())
                    .attr("data-speaker", col.speaker.clone())
                    .attr("href", next.to_hash())
                    .attr("aria-label", spoken)
                    .attr_opt("aria-current", chosen.then_some("true"))
                    .child(
                        el("span")
                            .attr("class", "glyph")
                            .attr("aria-hidden", "true")
                            .text(stance_glyph(cell.stance)),
                    );
                if let Some(d) = &cell.said_on {
                    a = a.child(
                        el("span")
                            .attr("class", "cell-date")
                            .attr("aria-hidden", "true")
                            .text(d.get(5..).unwrap_or(d).to_string()),
                    );
                }
                a = a.child(
                    el("span")
                        .attr("class", "cell-outlets")
                        .attr("aria-hidden", "true")
                        .text(format!("×{}", cell.outlets)),
                );
                el("td").child(a).into()
            });
        el("tr")
            .child(
                el("th")
                    .attr("scope", "row")
                    .attr("class", "prop-label")
                    .text(row.label.clone()),
            )
            .children(cells)
            .into()
    });
    let table = el("div")
        .attr("class", "table-scroll")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", "Claim map table")
        .child(
            el("table")
                .attr("class", "map-table")
                .child(el("thead").child(head1).child(head2))
                .child(el("tbody").children(rows)),
        );
    let mut sec = sec.children(left_out.map(Html::from)).child(table);
    if let Some((p, s)) = &state.cell {
        sec = sec.child(evidence_view(doc, state, p, s));
    }
    sec.into()
}

/// The statements behind one map cell: each outlet's sentence, marked with
/// its stance, linking to the reader at that sentence, with the forms that
/// correct the claim and each statement.
pub fn evidence_view(doc: &Document, state: &ViewState, proposition: &str, speaker: &str) -> Html {
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
        .unwrap_or_else(|| speaker.to_string());
    let items = doc
        .statements
        .iter()
        .filter(|s| {
            s.proposition.as_deref() == Some(proposition) && s.speaker.as_deref() == Some(speaker)
        })
        .map(|s| {
            let article = doc.article(&s.article);
            let outlet = article.map(outlet_label).unwrap_or_default();
            let headline = article.map(|a| a.headline.clone()).unwrap_or_default();
            let mut meta = el("p").attr("class", "evidence-meta");
            if let Some(l) = &s.speaker_label {
                meta = meta.text(format!("Speaker as named: {l}. "));
            }
            if let Some(d) = &s.said_on {
                meta = meta.text(format!("Said on {d}. "));
            }
            meta = meta.child(
                el("a")
                    .attr("href", reader_link(state, &s.article, Some(&s.id)))
                    .text("Read it in the article"),
            );
            el("li")
                .attr("data-statement", s.id.clone())
                .child(
                    el("p")
                        .attr("class", "evidence-source")
                        .child(el("strong").text(outlet))
                        .text(format!(" · {headline}")),
                )
                .child(
                    el("blockquote").child(
                        el("mark")
                            .attr("class", format!("statement st-{}", stance_word(s.stance)))
                            .text(s.sentence.clone()),
                    ),
                )
                .child(meta)
                .child(super::corrections::statement_fix_view(doc, s))
                .into()
        });
    el("section")
        .attr("class", "evidence")
        .attr("data-testid", "evidence")
        .attr("aria-labelledby", "evidence-title")
        .attr("data-form", "")
        .child(
            el("h3")
                .attr("id", "evidence-title")
                .text(format!("Evidence: {name} on “{label}”")),
        )
        .child(super::corrections::proposition_fix_view(doc, proposition))
        .child(el("ul").children(items))
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Article, Proposition, Statement};

    fn doc() -> Document {
        let mut d = Document::default();
        let mut a = Article::empty("a");
        a.body = "Ann said it rained.".into();
        d.articles.push(a);
        d.statements.push(Statement {
            id: "s1".into(),
            article: "a".into(),
            sentence: a_body().into(),
            start: 0,
            end: 19,
            speaker: None,
            speaker_label: Some("Ann".into()),
            stance: Stance::Asserts,
            proposition: Some("p1".into()),
            quote: None,
            said_on: Some("2024-01-02".into()),
        });
        d.propositions.push(Proposition {
            id: "p1".into(),
            label: "It rained".into(),
            statements: vec!["s1".into()],
        });
        d
    }

    fn a_body() -> &'static str {
        "Ann said it rained."
    }

    #[test]
    fn timeline_links_each_statement_to_the_reader() {
        let t = timeline_view(&doc(), &ViewState::default());
        let items = t.find_all("data-statement", "s1");
        assert_eq!(items.len(), 1);
        assert!(
            t.to_markup().contains("href=\"#article=a&amp;stmt=s1\""),
            "{}",
            t.to_markup()
        );
        assert_eq!(t.find_all("data-day", "2024-01-02").len(), 1);
    }

    /// 250 claims and 70 speakers: speaker `j` speaks on claims `j..70`
    /// (so speakers with lower numbers have more cells), and claim `k` of
    /// 70 and above has the one statement of speaker 0.
    fn large() -> Document {
        let mut d = Document::default();
        d.articles.push(Article::empty("a"));
        let mut say = |k: usize, j: usize| {
            let id = format!("s{}", d.statements.len());
            d.statements.push(Statement {
                id,
                article: "a".into(),
                sentence: String::new(),
                start: 0,
                end: 0,
                speaker: Some(format!("sp{j}")),
                speaker_label: None,
                stance: Stance::Asserts,
                proposition: Some(format!("p{k}")),
                quote: None,
                said_on: None,
            });
        };
        for k in 0..250 {
            for j in 0..=k.min(69) {
                if k < 70 || j == 0 {
                    say(k, j);
                }
            }
        }
        for k in 0..250 {
            let statements = d
                .statements
                .iter()
                .filter(|s| s.proposition.as_deref() == Some(&format!("p{k}")))
                .map(|s| s.id.clone())
                .collect();
            d.propositions.push(Proposition {
                id: format!("p{k}"),
                label: format!("claim {k}"),
                statements,
            });
        }
        d
    }

    #[test]
    fn a_large_map_shows_its_busiest_claims_and_speakers_and_says_so() {
        let d = large();
        let map = ClaimMap::build(&d);
        assert_eq!((map.rows.len(), map.columns.len()), (250, 70));
        let v = map_view(&d, &ViewState::default(), &map);
        assert_eq!(v.find_all("class", "speaker-head").len(), MAX_SPEAKERS);
        assert_eq!(v.find_all("class", "prop-label").len(), MAX_CLAIMS);
        // Speakers 60 to 69 have the fewest cells: they are the ones left out.
        for j in 0..70 {
            let shown = !v.find_all("data-speaker", &format!("sp{j}")).is_empty();
            assert_eq!(shown, j < MAX_SPEAKERS, "sp{j}");
        }
        let text = v.text_content();
        assert!(
            text.contains("Shown: the 200 claims most carried (of 250) and the 60 speakers with the most claims (of 70)."),
            "{text}"
        );
        // With every claim shown, the note says so.
        let mut few = d.clone();
        few.propositions.truncate(100);
        let v = map_view(&few, &ViewState::default(), &ClaimMap::build(&few));
        assert!(
            v.text_content()
                .contains("Shown: all 100 claims and the 60 speakers"),
            "{}",
            v.text_content()
        );
        // A chosen cell out of those is shown all the same.
        let mut state = ViewState::default();
        let last = map
            .rows
            .last()
            .map(|r| r.proposition.clone())
            .unwrap_or_default();
        state.cell = Some((last.clone(), "sp0".into()));
        let v = map_view(&d, &state, &map);
        assert_eq!(v.find_all("class", "prop-label").len(), MAX_CLAIMS + 1);
        assert_eq!(v.find_all("data-proposition", &last).len(), 1);
        state.cell = Some(("p69".into(), "sp69".into()));
        let v = map_view(&d, &state, &map);
        assert_eq!(v.find_all("class", "speaker-head").len(), MAX_SPEAKERS + 1);
        assert!(!v.find_all("data-speaker", "sp69").is_empty());
    }

    #[test]
    fn a_small_map_shows_everything_with_no_note() {
        let mut d = doc();
        d.statements[0].speaker = Some("ann".into());
        let v = panel_view(
            &d,
            &ViewState {
                panel: Panel::Map,
                ..Default::default()
            },
            None,
        );
        assert_eq!(v.find_all("data-testid", "map-cell").len(), 1);
        assert!(!v.text_content().contains("Shown:"));
    }

    #[test]
    fn coverage_counts_per_outlet() {
        let c = coverage_view(&doc());
        assert_eq!(c.find_all("data-proposition", "p1").len(), 1);
        assert_eq!(c.find_all("data-count", "1").len(), 1);
    }
}
