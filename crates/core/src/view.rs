//! What the app shows, computed here so the shell only renders it: the view
//! state as it lives in the URL's hash (every view is a link:
//! `#article=001_x&entity=jane-doe`; only the hash is used, because a page
//! opened from a file may change its hash but not its path), the pieces of a
//! paragraph to highlight, and the entity table with its counts per outlet.
//!
//! ```
//! use crossread_core::view::ViewState;
//!
//! let v = ViewState::from_hash("#article=001_a%26b");
//! assert_eq!(v.article.as_deref(), Some("001_a&b"));
//! assert_eq!(ViewState::from_hash(&v.to_hash()), v);
//! ```

pub mod corrections;
pub mod html;
pub mod lists;
pub mod panels;
pub mod reader;

use crate::corpus::{Article, Document, EntityType};
use crate::search::{Facet, Query, SearchIndex, SearchResults, Selection};
use crate::Span;
use std::collections::BTreeMap;

/// Everything about the view that a shared link must restore.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The corpus shown, by its id in the browser's library (`corpus=`);
    /// `None` is the corpus the app ships with.
    pub corpus: Option<String>,
    /// The id of the open article.
    pub article: Option<String>,
    /// The chosen entity: filters the list and is highlighted everywhere.
    pub entity: Option<String>,
    /// Entity types whose highlights are switched off, sorted.
    pub hidden: Vec<EntityType>,
    /// The view shown beside the list: the reader or an analysis view.
    pub panel: Panel,
    /// The chosen claim-map cell: (proposition id, speaker entity id).
    pub cell: Option<(String, String)>,
    /// A statement to scroll the reader to.
    pub statement: Option<String>,
    /// Embed mode: the chosen view alone, without the page around it, for
    /// an iframe in a course page.
    pub embed: bool,
    /// Large text, for a classroom projector (`text=large`).
    pub large: bool,
    /// The search box's text (`q=`).
    pub query: String,
    /// The chosen facet values and date range, but the entity, which is
    /// [`ViewState::entity`] (`outlet=a,b&stance=denies&from=…&to=…`).
    pub facets: Selection,
}

/// The views of the main pane.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Panel {
    /// One article.
    #[default]
    Reader,
    /// The claim map: propositions by speakers.
    Map,
    /// The same map as a graph picture.
    Graph,
    /// Statements by the day they were said.
    Timeline,
    /// Which outlet carries which proposition.
    Coverage,
    /// The same quote as each outlet renders it.
    Quotes,
    /// Discrepancies between outlets.
    Discrepancies,
    /// About the corpus: its sources, dates and what was set aside.
    About,
}

impl Panel {
    /// Every panel, in tab order.
    pub const ALL: [Panel; 8] = [
        Panel::Reader,
        Panel::Map,
        Panel::Graph,
        Panel::Timeline,
        Panel::Coverage,
        Panel::Quotes,
        Panel::Discrepancies,
        Panel::About,
    ];

    /// The word used in the URL.
    pub fn word(self) -> &'static str {
        match self {
            Panel::Reader => "reader",
            Panel::Map => "map",
            Panel::Graph => "graph",
            Panel::Timeline => "timeline",
            Panel::Coverage => "coverage",
            Panel::Quotes => "quotes",
            Panel::Discrepancies => "discrepancies",
            Panel::About => "about",
        }
    }

    /// A reader's name for the view, as its tab shows it.
    pub fn label(self) -> &'static str {
        match self {
            Panel::Reader => "Reader",
            Panel::Map => "Claim map",
            Panel::Graph => "Graph",
            Panel::Timeline => "Timeline",
            Panel::Coverage => "Coverage",
            Panel::Quotes => "Quotes",
            Panel::Discrepancies => "Discrepancies",
            Panel::About => "About this corpus",
        }
    }

    /// The panel for a URL word.
    pub fn from_word(w: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.word() == w)
    }
}

impl ViewState {
    /// Reads the state from a URL hash (with or without the leading `#`).
    /// Unknown keys and malformed pairs are ignored, never an error.
    pub fn from_hash(hash: &str) -> Self {
        let mut v = ViewState::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        for pair in hash.split('&') {
            let (k, val) = pair.split_once('=').unwrap_or((pair, ""));
            if val.is_empty() {
                continue;
            }
            match k {
                "corpus" => v.corpus = Some(decode(val)),
                "article" => v.article = Some(decode(val)),
                "entity" => v.entity = Some(decode(val)),
                "view" => v.panel = Panel::from_word(&decode(val)).unwrap_or_default(),
                "cell" => {
                    // Split before decoding: an escaped `~` is part of a name.
                    if let Some((p, s)) = val.split_once('~') {
                        if !p.is_empty() && !s.is_empty() {
                            v.cell = Some((decode(p), decode(s)));
                        }
                    }
                }
                "stmt" => v.statement = Some(decode(val)),
                "embed" => v.embed = val == "1",
                "text" => v.large = val == "large",
                "q" => v.query = decode(val),
                "from" | "to" => {
                    let (from, to) = v.facets.date_range();
                    let d = decode(val);
                    let (from, to) = if k == "from" {
                        (Some(d.as_str()), to)
                    } else {
                        (from, Some(d.as_str()))
                    };
                    let (from, to) = (from.map(str::to_string), to.map(str::to_string));
                    v.facets = std::mem::take(&mut v.facets).dates(from.as_deref(), to.as_deref());
                }
                "hide" => {
                    v.hidden = decode(val).split(',').filter_map(type_from_word).collect();
                    crate::sort::natural(&mut v.hidden);
                    v.hidden.dedup();
                }
                k => {
                    if let Some(f) = Facet::from_name(k).filter(|f| *f != Facet::Entity) {
                        for one in val.split(',').filter(|x| !x.is_empty()) {
                            v.facets.choose(f, &decode(one));
                        }
                    }
                }
            }
        }
        v
    }

    /// The hash for this state, starting with `#` (just `#` when empty).
    pub fn to_hash(&self) -> String {
        let mut parts = Vec::new();
        if let Some(c) = &self.corpus {
            parts.push(format!("corpus={}", encode(c)));
        }
        if let Some(a) = &self.article {
            parts.push(format!("article={}", encode(a)));
        }
        if self.panel != Panel::Reader {
            parts.push(format!("view={}", self.panel.word()));
        }
        if let Some(e) = &self.entity {
            parts.push(format!("entity={}", encode(e)));
        }
        if let Some((p, s)) = &self.cell {
            parts.push(format!("cell={}~{}", encode(p), encode(s)));
        }
        if let Some(s) = &self.statement {
            parts.push(format!("stmt={}", encode(s)));
        }
        if !self.hidden.is_empty() {
            let words: Vec<&str> = self.hidden.iter().map(|t| type_word(*t)).collect();
            parts.push(format!("hide={}", words.join(",")));
        }
        if !self.query.is_empty() {
            parts.push(format!("q={}", encode(&self.query)));
        }
        for f in Facet::ALL {
            let vals: Vec<String> = self.facets.chosen(f).map(encode).collect();
            if !vals.is_empty() {
                parts.push(format!("{}={}", f.name(), vals.join(",")));
            }
        }
        let (from, to) = self.facets.date_range();
        if let Some(d) = from {
            parts.push(format!("from={}", encode(d)));
        }
        if let Some(d) = to {
            parts.push(format!("to={}", encode(d)));
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        if self.large {
            parts.push("text=large".into());
        }
        format!("#{}", parts.join("&"))
    }
}

/// The format's word for an entity type (`person`, `org`, …).
pub fn type_word(t: EntityType) -> &'static str {
    t.word()
}

/// A reader's plural name for an entity type, as the legend and the entity
/// table show it.
pub fn type_label(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "People",
        EntityType::Org => "Organisations",
        EntityType::Place => "Places",
        EntityType::Nationality => "Nationalities",
        EntityType::Date => "Dates",
        EntityType::Event => "Events",
        EntityType::Quantity => "Quantities",
    }
}

/// Every entity type, in the order the legend shows them.
pub const ENTITY_TYPES: [EntityType; 7] = [
    EntityType::Person,
    EntityType::Org,
    EntityType::Place,
    EntityType::Nationality,
    EntityType::Date,
    EntityType::Event,
    EntityType::Quantity,
];

/// The entity type for a format word, if it is one.
pub fn type_from_word(w: &str) -> Option<EntityType> {
    ENTITY_TYPES.into_iter().find(|t| type_word(*t) == w)
}

/// A node of a paragraph's mark-up: plain text, an entity mention, or a
/// statement mark holding nodes of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// Unmarked text.
    Text(Span),
    /// Entity mention: index into `article.mentions`.
    Mention {
        /// Index into `article.mentions`.
        index: usize,
        /// Where it lies in the body.
        span: Span,
    },
    /// A statement mark around `children`: index into the statement list
    /// passed to [`paragraphs`].
    Statement {
        /// Index into the statements given to [`paragraphs`].
        index: usize,
        /// The part of the statement inside this paragraph.
        span: Span,
        /// What the mark holds, in order.
        children: Vec<Node>,
    },
}

impl Node {
    /// Calls `f` on every leaf span (text or mention) in order.
    pub fn for_each_leaf(&self, f: &mut impl FnMut(Span)) {
        match self {
            Node::Text(s) | Node::Mention { span: s, .. } => f(*s),
            Node::Statement { children, .. } => children.iter().for_each(|c| c.for_each_leaf(f)),
        }
    }
}

/// One paragraph of an article as a tree of marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's span in the body.
    pub span: Span,
    /// Its nodes, in order; their leaves rebuild the paragraph exactly.
    pub nodes: Vec<Node>,
}

/// Cuts each paragraph of `article` into marks: statement marks (from
/// `statements`, spans into the same body) around entity mentions. A
/// statement that shares text with an earlier one is nested inside it; one
/// that crosses another's end or a paragraph break is clipped; a mention
/// that a mark boundary would break, or that overlaps another or is off a
/// character boundary, is shown as plain text. So marks never break one
/// another, and the leaves always rebuild the text.
///
/// ```
/// use crossread_core::corpus::{Article, EntityType, Mention};
/// use crossread_core::view::{paragraphs, Node};
/// use crossread_core::Span;
/// let mut a = Article::empty("a");
/// a.body = "Ann said Bo left.\n\nBo did.".into();
/// a.mentions = vec![Mention { entity: "bo".into(), kind: EntityType::Person, start: 9, end: 11, text: "Bo".into() }];
/// let p = paragraphs(&a, &[Span::new(0, 17)]);
/// assert_eq!(p.len(), 2);
/// let Node::Statement { children, .. } = &p[0].nodes[0] else { panic!() };
/// assert_eq!(children[1], Node::Mention { index: 0, span: Span::new(9, 11) });
/// ```
pub fn paragraphs(article: &Article, statements: &[Span]) -> Vec<Paragraph> {
    let body = article.body.as_str();
    let ok = |s: &Span| {
        s.start < s.end
            && s.end <= body.len()
            && body.is_char_boundary(s.start)
            && body.is_char_boundary(s.end)
    };
    // Mentions: valid, sorted, and not overlapping an earlier one.
    let mut mentions: Vec<(usize, Span)> = article
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| (i, Span::new(m.start, m.end)))
        .filter(|(_, s)| ok(s))
        .collect();
    crate::sort::by_key(&mut mentions, &|(i, s)| (s.start, s.end, *i));
    let mut last = 0;
    mentions.retain(|(_, s)| {
        let keep = s.start >= last;
        if keep {
            last = s.end;
        }
        keep
    });
    // Statements: outer (earlier start, longer) first, ties in given order.
    let mut stmts: Vec<(usize, Span)> = statements
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| ok(s))
        .collect();
    crate::sort::by(&mut stmts, &|(ia, a), (ib, b)| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(ia.cmp(ib))
    });
    article
        .paragraphs()
        .map(|(span, _)| {
            let inside: Vec<(usize, Span)> = stmts
                .iter()
                .filter(|(_, s)| s.start < span.end && s.end > span.start)
                .map(|(i, s)| (*i, Span::new(s.start.max(span.start), s.end.min(span.end))))
                .collect();
            Paragraph {
                span,
                nodes: build(span, &inside, &mentions, body),
            }
        })
        .collect()
}

/// The nodes of `range`: statement marks from `stmts` (sorted outer first)
/// with their nested ones, and mentions between them.
fn build(
    range: Span,
    stmts: &[(usize, Span)],
    mentions: &[(usize, Span)],
    body: &str,
) -> Vec<Node> {
    let mut out = Vec::new();
    let mut at = range.start;
    let mut i = 0;
    while i < stmts.len() {
        let (index, s) = stmts[i];
        let mut s = Span::new(s.start.max(at), s.end.min(range.end));
        // A boundary inside a mention would break it: widen the mark to
        // hold the whole mention when that stays inside the range.
        for (_, m) in mentions {
            if m.start < s.start && s.start < m.end && m.start >= at {
                s.start = m.start;
            }
            if m.start < s.end && s.end < m.end && m.end <= range.end {
                s.end = m.end;
            }
        }
        let mut j = i + 1;
        while j < stmts.len() && stmts[j].1.start < s.end {
            j += 1;
        }
        if s.start < s.end && body.is_char_boundary(s.start) && body.is_char_boundary(s.end) {
            leaves(Span::new(at, s.start), mentions, &mut out);
            let children = build(s, &stmts[i + 1..j], mentions, body);
            out.push(Node::Statement {
                index,
                span: s,
                children,
            });
            at = s.end;
        }
        i = j;
    }
    leaves(Span::new(at, range.end), mentions, &mut out);
    out
}

/// Text and the mentions lying wholly inside `range`.
fn leaves(range: Span, mentions: &[(usize, Span)], out: &mut Vec<Node>) {
    let mut at = range.start;
    let first = mentions.partition_point(|(_, m)| m.start < range.start);
    for (index, m) in &mentions[first..] {
        if m.start >= range.end {
            break;
        }
        if m.end > range.end {
            continue;
        }
        if m.start > at {
            out.push(Node::Text(Span::new(at, m.start)));
        }
        out.push(Node::Mention {
            index: *index,
            span: *m,
        });
        at = m.end;
    }
    if at < range.end {
        out.push(Node::Text(Span::new(at, range.end)));
    }
}

/// The name a reader sees for an article's outlet: the outlet when known,
/// else "unknown outlet" with the wire agency or the article id, so that
/// unknown outlets are never merged into one.
pub fn outlet_label(article: &Article) -> String {
    match (&article.outlet, &article.wire_agency) {
        (Some(o), _) => o.clone(),
        (None, Some(a)) => format!("unknown outlet ({a} copy, {})", short_id(&article.id)),
        (None, None) => format!("unknown outlet ({})", short_id(&article.id)),
    }
}

fn short_id(id: &str) -> &str {
    id.split('_').next().filter(|s| !s.is_empty()).unwrap_or(id)
}

/// The outlets of a corpus as columns: a label and the articles under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutletColumn {
    /// [`outlet_label`] of its articles.
    pub label: String,
    /// Indices into `doc.articles`.
    pub articles: Vec<usize>,
}

/// One entity with where it is mentioned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityRow {
    /// The entity id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its type.
    pub kind: EntityType,
    /// Its aliases.
    pub aliases: Vec<String>,
    /// Mentions in the whole corpus.
    pub total: usize,
    /// Mentions per outlet column, as (column in [`EntityTable::outlets`],
    /// count) for the columns that mention it, in column order: sparse, as
    /// an import of thousands of files from as many sites has thousands of
    /// columns.
    pub per_outlet: Vec<(usize, usize)>,
    /// Ids of the articles that mention it, in corpus order.
    pub articles: Vec<String>,
}

impl EntityRow {
    /// Its mentions in outlet column `col`.
    pub fn in_outlet(&self, col: usize) -> usize {
        self.per_outlet
            .binary_search_by_key(&col, |&(c, _)| c)
            .map_or(0, |i| self.per_outlet[i].1)
    }
}

/// How the entity panel sorts its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EntitySort {
    /// Most mentioned first (ties by name).
    #[default]
    Mentions,
    /// Alphabetical by name.
    Name,
    /// By type, then most mentioned.
    Type,
    /// Most outlets first, then most mentioned.
    Outlets,
}

/// Every entity of an analysed corpus with its counts per outlet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityTable {
    /// The outlet columns, in corpus order of their first article.
    pub outlets: Vec<OutletColumn>,
    /// One row per entity that has at least one mention.
    pub rows: Vec<EntityRow>,
}

impl EntityTable {
    /// Builds the table from `doc`'s entities and mentions.
    ///
    /// ```
    /// use crossread_core::corpus::{Article, Document, Entity, EntityType, Mention};
    /// use crossread_core::view::EntityTable;
    /// let mut doc = Document::default();
    /// let mut a = Article::empty("a");
    /// a.outlet = Some("Daily".into());
    /// a.body = "Rome and Rome.".into();
    /// for s in [0, 9] {
    ///     a.mentions.push(Mention { entity: "rome".into(), kind: EntityType::Place, start: s, end: s + 4, text: "Rome".into() });
    /// }
    /// doc.articles.push(a);
    /// doc.entities.push(Entity { id: "rome".into(), name: "Rome".into(), kind: EntityType::Place, aliases: vec!["Rome".into()] });
    /// let t = EntityTable::new(&doc);
    /// assert_eq!(t.outlets[0].label, "Daily");
    /// assert_eq!(t.rows[0].total, 2);
    /// assert_eq!(t.rows[0].per_outlet, vec![(0, 2)]);
    /// ```
    pub fn new(doc: &Document) -> Self {
        // Articles by label (ties in corpus order), so each label's first
        // article is found without comparing every pair: an import of
        // thousands of files from as many sites has as many columns.
        let labels: Vec<String> = doc.articles.iter().map(outlet_label).collect();
        let mut by_label: Vec<usize> = (0..labels.len()).collect();
        crate::sort::by(&mut by_label, &|a, b| labels[*a].cmp(&labels[*b]));
        let mut first = vec![0; labels.len()];
        for (k, &i) in by_label.iter().enumerate() {
            first[i] = match k.checked_sub(1).map(|p| by_label[p]) {
                Some(p) if labels[p] == labels[i] => first[p],
                _ => i,
            };
        }
        let mut outlets: Vec<OutletColumn> = Vec::new();
        let mut column_of: Vec<usize> = Vec::with_capacity(labels.len());
        for (i, label) in labels.into_iter().enumerate() {
            let col = if first[i] == i {
                outlets.push(OutletColumn {
                    label,
                    articles: Vec::new(),
                });
                outlets.len() - 1
            } else {
                column_of[first[i]]
            };
            outlets[col].articles.push(i);
            column_of.push(col);
        }
        type Counts = (usize, Vec<(usize, usize)>, Vec<String>);
        let mut counts: BTreeMap<&str, Counts> = BTreeMap::new();
        for (i, a) in doc.articles.iter().enumerate() {
            for m in &a.mentions {
                let e = counts.entry(m.entity.as_str()).or_default();
                e.0 += 1;
                // Runs of one column, merged below.
                match e.1.last_mut() {
                    Some((c, n)) if *c == column_of[i] => *n += 1,
                    _ => e.1.push((column_of[i], 1)),
                }
                if e.2.last() != Some(&a.id) {
                    e.2.push(a.id.clone());
                }
            }
        }
        let rows = doc
            .entities
            .iter()
            .filter_map(|ent| {
                let (total, per_outlet, articles) = counts.get(ent.id.as_str())?.clone();
                let mut runs = per_outlet;
                crate::sort::by(&mut runs, &|a, b| a.0.cmp(&b.0));
                let mut per_outlet: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
                for (c, n) in runs {
                    match per_outlet.last_mut() {
                        Some((last, m)) if *last == c => *m += n,
                        _ => per_outlet.push((c, n)),
                    }
                }
                Some(EntityRow {
                    id: ent.id.clone(),
                    name: ent.name.clone(),
                    kind: ent.kind,
                    aliases: ent.aliases.clone(),
                    total,
                    per_outlet,
                    articles,
                })
            })
            .collect();
        EntityTable { outlets, rows }
    }

    /// The row of entity `id`.
    pub fn row(&self, id: &str) -> Option<&EntityRow> {
        self.rows.iter().find(|r| r.id == id)
    }

    /// The rows whose name, alias or type contains `query` (case-insensitive),
    /// sorted by `sort`; every row when `query` is blank.
    pub fn search(&self, query: &str, sort: EntitySort) -> Vec<&EntityRow> {
        let q = query.trim().to_lowercase();
        let mut rows: Vec<&EntityRow> = self
            .rows
            .iter()
            .filter(|r| {
                q.is_empty()
                    || r.name.to_lowercase().contains(&q)
                    || r.aliases.iter().any(|a| a.to_lowercase().contains(&q))
                    || type_word(r.kind) == q
            })
            .collect();
        let outlets = |r: &EntityRow| r.per_outlet.len();
        crate::sort::by(&mut rows, &|a, b| {
            let by_name = a
                .name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id));
            match sort {
                EntitySort::Mentions => b.total.cmp(&a.total).then(by_name),
                EntitySort::Name => by_name,
                EntitySort::Type => a
                    .kind
                    .cmp(&b.kind)
                    .then(b.total.cmp(&a.total))
                    .then(by_name),
                EntitySort::Outlets => outlets(b)
                    .cmp(&outlets(a))
                    .then(b.total.cmp(&a.total))
                    .then(by_name),
            }
        });
        rows
    }
}

impl ViewState {
    /// The whole facet selection: [`ViewState::facets`] plus the chosen
    /// entity.
    pub fn selection(&self) -> Selection {
        match &self.entity {
            Some(e) => self.facets.clone().with(Facet::Entity, e),
            None => self.facets.clone(),
        }
    }

    /// True when a query or a facet narrows the list.
    pub fn is_searching(&self) -> bool {
        !self.query.trim().is_empty() || !self.facets.is_empty()
    }

    /// This state with the query, the facets and the entity cleared.
    pub fn cleared(&self) -> ViewState {
        ViewState {
            query: String::new(),
            facets: Selection::default(),
            entity: None,
            ..self.clone()
        }
    }
}

/// Runs the view's query and facets over `index`: the articles the list
/// shows (best first while a query is typed, else in corpus order) and the
/// facet counts.
pub fn search(index: &SearchIndex, state: &ViewState) -> SearchResults {
    let mut r = index.search(&Query::parse(&state.query), &state.selection());
    if state.query.trim().is_empty() {
        crate::sort::by_key(&mut r.hits, &|h| h.article);
    }
    r
}

/// The articles the list shows for a view: all of them, or only those that
/// mention the chosen entity.
pub fn visible_articles<'d>(doc: &'d Document, state: &ViewState) -> Vec<&'d Article> {
    match &state.entity {
        None => doc.articles.iter().collect(),
        Some(e) => doc
            .articles
            .iter()
            .filter(|a| a.mentions.iter().any(|m| &m.entity == e))
            .collect(),
    }
}

/// The analysis restricted to the articles a view lists: their statements,
/// and the propositions that keep at least one statement. Entities stay
/// whole, so ids keep resolving. The claim map, timeline and comparisons
/// are built from this, so they follow the article filters.
///
/// ```
/// use crossread_core::corpus::{Article, Document};
/// use crossread_core::view::{filtered, ViewState};
/// let mut doc = Document::default();
/// doc.articles.push(Article::empty("a"));
/// let all = filtered(&doc, &ViewState::default());
/// assert_eq!(all.articles.len(), 1);
/// let none = filtered(&doc, &ViewState { entity: Some("x".into()), ..Default::default() });
/// assert!(none.articles.is_empty());
/// ```
pub fn filtered(doc: &Document, state: &ViewState) -> Document {
    let keep: Vec<usize> = doc
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| match &state.entity {
            None => true,
            Some(e) => a.mentions.iter().any(|m| &m.entity == e),
        })
        .map(|(i, _)| i)
        .collect();
    filtered_to(doc, &keep)
}

/// The analysis restricted to the articles at `keep` (indices into
/// `doc.articles`, any order): [`filtered`] for a list the search made.
pub fn filtered_to(doc: &Document, keep: &[usize]) -> Document {
    let mut kept = vec![false; doc.articles.len()];
    for i in keep {
        if let Some(k) = kept.get_mut(*i) {
            *k = true;
        }
    }
    let articles: Vec<Article> = doc
        .articles
        .iter()
        .zip(&kept)
        .filter(|(_, k)| **k)
        .map(|(a, _)| a.clone())
        .collect();
    let keep: std::collections::BTreeSet<&str> =
        crate::sort::set(articles.iter().map(|a| a.id.as_str()));
    let statements: Vec<_> = doc
        .statements
        .iter()
        .filter(|s| keep.contains(s.article.as_str()))
        .cloned()
        .collect();
    let kept: std::collections::BTreeSet<&str> =
        crate::sort::set(statements.iter().map(|s| s.id.as_str()));
    let propositions = doc
        .propositions
        .iter()
        .filter_map(|p| {
            let mut p = p.clone();
            p.statements.retain(|s| kept.contains(s.as_str()));
            (!p.statements.is_empty()).then_some(p)
        })
        .collect();
    Document {
        format: doc.format.clone(),
        articles,
        entities: doc.entities.clone(),
        statements,
        propositions,
        corrections: doc.corrections.clone(),
    }
}

/// Statements by the day they were said.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Days in order, each with its statement ids in document order.
    pub days: Vec<(String, Vec<String>)>,
    /// Statements whose day the text does not fix.
    pub undated: Vec<String>,
}

/// Groups `doc`'s statements by `said_on`.
///
/// ```
/// use crossread_core::corpus::{Article, Document, Statement, Stance};
/// use crossread_core::view::timeline;
/// let mut doc = Document::default();
/// let st = |id: &str, day: Option<&str>| Statement { id: id.into(), article: "a".into(), sentence: String::new(), start: 0, end: 0, speaker: None, speaker_label: None, stance: Stance::Asserts, proposition: None, quote: None, said_on: day.map(String::from) };
/// doc.statements = vec![st("s1", Some("2022-11-08")), st("s2", None), st("s3", Some("2022-11-02"))];
/// let t = timeline(&doc);
/// assert_eq!(t.days[0].0, "2022-11-02");
/// assert_eq!(t.undated, vec!["s2"]);
/// ```
pub fn timeline(doc: &Document) -> Timeline {
    let mut days: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut undated = Vec::new();
    for s in &doc.statements {
        match &s.said_on {
            Some(d) => days.entry(d.as_str()).or_default().push(s.id.clone()),
            None => undated.push(s.id.clone()),
        }
    }
    Timeline {
        days: days.into_iter().map(|(d, v)| (d.to_string(), v)).collect(),
        undated,
    }
}

/// Which outlet carries which proposition.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// The outlet columns (as in the entity table).
    pub outlets: Vec<OutletColumn>,
    /// One row per proposition: id, label, statements per outlet column.
    pub rows: Vec<(String, String, Vec<usize>)>,
}

/// Counts each proposition's statements per outlet; a zero is an outlet
/// that leaves the proposition out.
pub fn coverage(doc: &Document) -> Coverage {
    let outlets = EntityTable::new(doc).outlets;
    let column_of = |article: &str| {
        let i = doc.articles.iter().position(|a| a.id == article)?;
        outlets.iter().position(|c| c.articles.contains(&i))
    };
    let rows = doc
        .propositions
        .iter()
        .map(|p| {
            let mut counts = vec![0; outlets.len()];
            for sid in &p.statements {
                let col = doc
                    .statements
                    .iter()
                    .find(|s| &s.id == sid)
                    .and_then(|s| column_of(&s.article));
                if let Some(c) = col {
                    counts[c] += 1;
                }
            }
            (p.id.clone(), p.label.clone(), counts)
        })
        .collect();
    Coverage { outlets, rows }
}

/// The article `delta` places after `current` among `list` (before it when
/// negative), clamped to the ends; the first (last, for a negative `delta`)
/// when `current` is not in the list.
pub fn step<'a>(list: &[&'a Article], current: Option<&str>, delta: isize) -> Option<&'a Article> {
    let last = list.len().checked_sub(1)?;
    let at = current.and_then(|id| list.iter().position(|a| a.id == id));
    let index = match at {
        Some(i) => i.saturating_add_signed(delta).min(last),
        None if delta < 0 => last,
        None => 0,
    };
    list.get(index).copied()
}

/// Percent-encodes everything but unreserved URL characters.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        // `~` is escaped too: it separates the parts of a map cell.
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+`; invalid escapes stay as they are.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Mention;
    use proptest::prelude::*;

    #[test]
    fn the_entity_table_stays_sparse_with_an_outlet_per_article() {
        // An import of many files from as many sites: one column each. A
        // dense row per entity would be rows × columns counts (gigabytes at
        // ten thousand files); the rows hold only the outlets that mention it.
        let mut doc = Document::default();
        for i in 0..2000 {
            let mut a = Article::empty(&format!("a{i:04}"));
            a.outlet = Some(format!("Site {i}"));
            a.body = "Rome.".into();
            a.mentions.push(Mention {
                entity: "rome".into(),
                kind: EntityType::Place,
                start: 0,
                end: 4,
                text: "Rome".into(),
            });
            if i == 7 {
                a.mentions.push(Mention {
                    entity: "oslo".into(),
                    kind: EntityType::Place,
                    start: 0,
                    end: 4,
                    text: "Oslo".into(),
                });
            }
            doc.articles.push(a);
        }
        for id in ["oslo", "rome"] {
            doc.entities.push(crate::corpus::Entity {
                id: id.into(),
                name: id.into(),
                kind: EntityType::Place,
                aliases: Vec::new(),
            });
        }
        let t = EntityTable::new(&doc);
        assert_eq!(t.outlets.len(), 2000);
        let rome = t.row("rome").expect("rome");
        let oslo = t.row("oslo").expect("oslo");
        assert_eq!(rome.per_outlet.len(), 2000);
        assert_eq!(oslo.per_outlet, vec![(7, 1)]);
        assert_eq!((oslo.in_outlet(7), oslo.in_outlet(8)), (1, 0));
        // The card lists the first outlets and counts the rest.
        let card = reader::mention_tip_view(&t, "rome");
        let text = card.text_content();
        assert!(text.contains("and 1988 more outlets"), "{text}");
        assert!(
            text.contains("Site 11") && !text.contains("Site 12 "),
            "{text}"
        );
    }

    #[test]
    fn restricting_to_every_article_is_the_document_itself() {
        // The app shares the corpus instead of this copy when everything is
        // listed (and every claim has statements): they must be the same.
        let doc = crate::analyze(crate::synth::corpus(60, 7));
        assert!(!doc.propositions.is_empty());
        assert!(doc.propositions.iter().all(|p| !p.statements.is_empty()));
        let all: Vec<usize> = (0..doc.articles.len()).rev().collect();
        assert_eq!(filtered_to(&doc, &all), doc);
    }

    #[test]
    fn empty_and_unknown_hashes_give_default() {
        assert_eq!(ViewState::from_hash(""), ViewState::default());
        assert_eq!(ViewState::from_hash("#"), ViewState::default());
        assert_eq!(ViewState::from_hash("#zzz=1&&="), ViewState::default());
        assert_eq!(
            ViewState::from_hash("#article=%zz").article.as_deref(),
            Some("%zz")
        );
        assert_eq!(
            ViewState::from_hash("#article=%4").article.as_deref(),
            Some("%4")
        );
    }

    #[test]
    fn hash_carries_entity_and_hidden_types() {
        let v = ViewState::from_hash("#entity=jane-doe&hide=date,person,bogus,date&article=a");
        assert_eq!(v.entity.as_deref(), Some("jane-doe"));
        assert_eq!(v.hidden, vec![EntityType::Person, EntityType::Date]);
        assert_eq!(v.to_hash(), "#article=a&entity=jane-doe&hide=person,date");
    }

    fn article_with(body: &str, spans: &[(usize, usize)]) -> Article {
        let mut a = Article::empty("a");
        a.body = body.into();
        for &(s, e) in spans {
            a.mentions.push(Mention {
                entity: "x".into(),
                kind: EntityType::Place,
                start: s,
                end: e,
                text: body.get(s..e).unwrap_or_default().into(),
            });
        }
        a
    }

    fn mention_count(nodes: &[Node]) -> usize {
        nodes
            .iter()
            .map(|n| match n {
                Node::Mention { .. } => 1,
                Node::Statement { children, .. } => mention_count(children),
                Node::Text(_) => 0,
            })
            .sum()
    }

    #[test]
    fn bad_mentions_are_dropped_not_rendered() {
        // overlapping, crossing a paragraph break, off a char boundary
        let a = article_with("Zoë ran.\n\nOk.", &[(0, 4), (2, 6), (5, 12), (3, 4)]);
        let p = paragraphs(&a, &[]);
        assert_eq!(
            p[0].nodes[0],
            Node::Mention {
                index: 0,
                span: Span::new(0, 4)
            }
        );
        assert_eq!(p.iter().map(|p| mention_count(&p.nodes)).sum::<usize>(), 1);
    }

    #[test]
    fn statements_nest_and_never_break_a_mention() {
        let body = "Rome said that Paris lied. Then more.";
        let a = article_with(body, &[(0, 4), (15, 20)]);
        // outer sentence, an inner clause, an identical twin, and one
        // starting inside the mention "Paris"
        let stmts = [
            Span::new(0, 26),
            Span::new(15, 25),
            Span::new(0, 26),
            Span::new(17, 30),
        ];
        let p = paragraphs(&a, &stmts);
        let Node::Statement {
            index, children, ..
        } = &p[0].nodes[0]
        else {
            panic!("{:?}", p[0].nodes)
        };
        assert_eq!(*index, 0);
        // the twin nests inside the first; mentions survive
        let Node::Statement {
            index: twin,
            children: inner,
            ..
        } = &children[0]
        else {
            panic!("{children:?}")
        };
        assert_eq!(*twin, 2);
        assert_eq!(mention_count(inner), 2);
        assert_eq!(mention_count(&p[0].nodes), 2);
    }

    #[test]
    fn filter_by_entity_keeps_only_articles_mentioning_it() {
        let mut doc = Document::default();
        doc.articles.push(article_with("Rome.", &[(0, 4)]));
        let mut b = Article::empty("b");
        b.body = "Paris.".into();
        doc.articles.push(b);
        let all = visible_articles(&doc, &ViewState::default());
        assert_eq!(all.len(), 2);
        let state = ViewState {
            entity: Some("x".into()),
            ..Default::default()
        };
        let some = visible_articles(&doc, &state);
        assert_eq!(
            some.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            vec!["a"]
        );
    }

    #[test]
    fn unknown_outlets_stay_apart() {
        let mut doc = Document::default();
        for id in ["001_x", "002_y"] {
            doc.articles.push(Article::empty(id));
        }
        let t = EntityTable::new(&doc);
        assert_eq!(t.outlets.len(), 2);
        assert_ne!(t.outlets[0].label, t.outlets[1].label);
    }

    #[test]
    fn query_and_facets_round_trip_through_the_hash() {
        let v = ViewState::from_hash("#q=shells%20%22to%20russia%22&outlet=A%2CB,C&stance=denies&from=2023-01-02&entity=x&speaker=kim");
        assert_eq!(v.query, "shells \"to russia\"");
        assert_eq!(
            v.facets.chosen(Facet::Outlet).collect::<Vec<_>>(),
            ["A,B", "C"]
        );
        assert_eq!(v.facets.date_range(), (Some("2023-01-02"), None));
        assert!(v.selection().is_chosen(Facet::Entity, "x"));
        assert!(v.is_searching());
        assert_eq!(ViewState::from_hash(&v.to_hash()), v);
        let c = v.cleared();
        assert!(!c.is_searching() && c.entity.is_none());
        // The entity is never taken as a facet of its own.
        assert!(ViewState::from_hash("#entity=x").facets.is_empty());
    }

    #[test]
    fn large_text_is_a_link() {
        let v = ViewState::from_hash("#article=a&text=large");
        assert!(v.large);
        assert_eq!(v.article.as_deref(), Some("a"));
        assert_eq!(v.to_hash(), "#article=a&text=large");
        // Only `large` turns it on; any other value, or none, is normal text.
        for h in ["#text=small", "#text=", "#text", "#text=LARGE", "#"] {
            assert!(!ViewState::from_hash(h).large, "{h}");
        }
        let off = ViewState {
            large: false,
            ..v.clone()
        };
        assert_eq!(off.to_hash(), "#article=a");
        // Clearing the search keeps the text size.
        assert!(v.cleared().large);
    }

    proptest! {
        #[test]
        fn hash_round_trips(id in ".*", entity in proptest::option::of(".+"), hide in proptest::collection::vec(0usize..7, 0..4)) {
            let mut hidden: Vec<EntityType> = hide.into_iter().map(|i| ENTITY_TYPES[i]).collect();
            hidden.sort();
            hidden.dedup();
            let panel = Panel::ALL[id.len() % Panel::ALL.len()];
            let cell = entity.clone().map(|e| (e.clone(), format!("{e}~x")));
            let embed = hidden.len() % 2 == 1;
            let large = id.len() % 2 == 0;
            let corpus = (id.len() % 3 == 1).then(|| format!("c{id}"));
            let v = ViewState { corpus, article: if id.is_empty() { None } else { Some(id) }, entity, hidden, panel, cell, statement: None, embed, large, query: String::new(), facets: Selection::default() };
            prop_assert_eq!(ViewState::from_hash(&v.to_hash()), v);
        }

        #[test]
        fn any_hash_parses(h in ".*") {
            let _ = ViewState::from_hash(&h);
        }

        #[test]
        fn marks_rebuild_every_paragraph(
            body in "[a-zé \n.]{0,60}",
            spans in proptest::collection::vec((0usize..70, 0usize..10), 0..8),
            stmts in proptest::collection::vec((0usize..70, 0usize..40), 0..6),
        ) {
            let spans: Vec<(usize, usize)> = spans.into_iter().map(|(s, l)| (s, s + l)).collect();
            let stmts: Vec<Span> = stmts.into_iter().map(|(s, l)| Span::new(s, s + l)).collect();
            let a = article_with(&body, &spans);
            let paras = paragraphs(&a, &stmts);
            let expected: Vec<&str> = a.paragraphs().map(|(_, t)| t).collect();
            prop_assert_eq!(paras.len(), expected.len());
            for (p, want) in paras.iter().zip(expected) {
                let mut rebuilt = String::new();
                let mut empty = false;
                for n in &p.nodes {
                    n.for_each_leaf(&mut |s| {
                        rebuilt.push_str(&body[s.start..s.end]);
                        empty |= s.start >= s.end;
                    });
                }
                prop_assert_eq!(rebuilt, want);
                prop_assert!(!empty);
            }
        }
    }
}
