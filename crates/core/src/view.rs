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

use crate::corpus::{Article, Document, EntityType, Mention};
use crate::Span;
use std::collections::BTreeMap;

/// Everything about the view that a shared link must restore.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The id of the open article.
    pub article: Option<String>,
    /// The chosen entity: filters the list and is highlighted everywhere.
    pub entity: Option<String>,
    /// Entity types whose highlights are switched off, sorted.
    pub hidden: Vec<EntityType>,
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
                "article" => v.article = Some(decode(val)),
                "entity" => v.entity = Some(decode(val)),
                "hide" => {
                    v.hidden = decode(val).split(',').filter_map(type_from_word).collect();
                    v.hidden.sort();
                    v.hidden.dedup();
                }
                _ => {}
            }
        }
        v
    }

    /// The hash for this state, starting with `#` (just `#` when empty).
    pub fn to_hash(&self) -> String {
        let mut parts = Vec::new();
        if let Some(a) = &self.article {
            parts.push(format!("article={}", encode(a)));
        }
        if let Some(e) = &self.entity {
            parts.push(format!("entity={}", encode(e)));
        }
        if !self.hidden.is_empty() {
            let words: Vec<&str> = self.hidden.iter().map(|t| type_word(*t)).collect();
            parts.push(format!("hide={}", words.join(",")));
        }
        format!("#{}", parts.join("&"))
    }
}

/// The format's word for an entity type (`person`, `org`, …).
pub fn type_word(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "person",
        EntityType::Org => "org",
        EntityType::Place => "place",
        EntityType::Nationality => "nationality",
        EntityType::Date => "date",
        EntityType::Event => "event",
        EntityType::Quantity => "quantity",
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

/// A run of a paragraph: plain text, or one entity mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Where the run lies in the article body.
    pub span: Span,
    /// Index into `article.mentions` when the run is a mention.
    pub mention: Option<usize>,
}

/// One paragraph of an article cut into pieces at its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's span in the body.
    pub span: Span,
    /// Its runs, in order; their texts rebuild the paragraph exactly.
    pub pieces: Vec<Piece>,
}

/// Cuts each paragraph of `article` at its entity mentions. Mentions that
/// cross a paragraph break, overlap an earlier one or do not lie on
/// character boundaries are dropped, so the pieces always rebuild the text.
///
/// ```
/// use crossread_core::corpus::{Article, EntityType, Mention};
/// use crossread_core::view::paragraphs;
/// let mut a = Article::empty("a");
/// a.body = "Ann met Bo.\n\nBo left.".into();
/// a.mentions = vec![Mention { entity: "bo".into(), kind: EntityType::Person, start: 8, end: 10, text: "Bo".into() }];
/// let p = paragraphs(&a);
/// assert_eq!(p.len(), 2);
/// assert_eq!(p[0].pieces.len(), 3); // "Ann met ", "Bo", "."
/// assert_eq!(p[0].pieces[1].mention, Some(0));
/// ```
pub fn paragraphs(article: &Article) -> Vec<Paragraph> {
    let body = article.body.as_str();
    let mut mentions: Vec<(usize, &Mention)> = article.mentions.iter().enumerate().collect();
    mentions.sort_by_key(|(_, m)| (m.start, m.end));
    let mut out = Vec::new();
    let mut next = 0usize;
    for (span, _) in article.paragraphs() {
        let mut pieces = Vec::new();
        let mut at = span.start;
        while next < mentions.len() && mentions[next].1.start < span.end {
            let (i, m) = mentions[next];
            next += 1;
            let ok = m.start >= at
                && m.end <= span.end
                && m.start < m.end
                && body.is_char_boundary(m.start)
                && body.is_char_boundary(m.end);
            if !ok {
                continue;
            }
            if m.start > at {
                pieces.push(Piece {
                    span: Span::new(at, m.start),
                    mention: None,
                });
            }
            pieces.push(Piece {
                span: Span::new(m.start, m.end),
                mention: Some(i),
            });
            at = m.end;
        }
        if at < span.end {
            pieces.push(Piece {
                span: Span::new(at, span.end),
                mention: None,
            });
        }
        out.push(Paragraph { span, pieces });
    }
    out
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
    /// Mentions per outlet column, aligned with [`EntityTable::outlets`].
    pub per_outlet: Vec<usize>,
    /// Ids of the articles that mention it, in corpus order.
    pub articles: Vec<String>,
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
    /// assert_eq!(t.rows[0].per_outlet, vec![2]);
    /// ```
    pub fn new(doc: &Document) -> Self {
        let mut outlets: Vec<OutletColumn> = Vec::new();
        let mut column_of = Vec::with_capacity(doc.articles.len());
        for (i, a) in doc.articles.iter().enumerate() {
            let label = outlet_label(a);
            let col = match outlets.iter().position(|c| c.label == label) {
                Some(c) => c,
                None => {
                    outlets.push(OutletColumn {
                        label,
                        articles: Vec::new(),
                    });
                    outlets.len() - 1
                }
            };
            outlets[col].articles.push(i);
            column_of.push(col);
        }
        let mut counts: BTreeMap<&str, (usize, Vec<usize>, Vec<String>)> = BTreeMap::new();
        for (i, a) in doc.articles.iter().enumerate() {
            for m in &a.mentions {
                let e = counts
                    .entry(m.entity.as_str())
                    .or_insert_with(|| (0, vec![0; outlets.len()], Vec::new()));
                e.0 += 1;
                e.1[column_of[i]] += 1;
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
        let outlets = |r: &EntityRow| r.per_outlet.iter().filter(|c| **c > 0).count();
        rows.sort_by(|a, b| {
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
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
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
    use proptest::prelude::*;

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

    #[test]
    fn bad_mentions_are_dropped_not_rendered() {
        // overlapping, crossing a paragraph break, off a char boundary
        let a = article_with("Zoë ran.\n\nOk.", &[(0, 4), (2, 6), (5, 12), (3, 4)]);
        let p = paragraphs(&a);
        assert_eq!(p[0].pieces[0].mention, Some(0));
        assert!(
            p.iter()
                .flat_map(|p| &p.pieces)
                .filter(|x| x.mention.is_some())
                .count()
                == 1
        );
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

    proptest! {
        #[test]
        fn hash_round_trips(id in ".*", entity in proptest::option::of(".+"), hide in proptest::collection::vec(0usize..7, 0..4)) {
            let mut hidden: Vec<EntityType> = hide.into_iter().map(|i| ENTITY_TYPES[i]).collect();
            hidden.sort();
            hidden.dedup();
            let v = ViewState { article: if id.is_empty() { None } else { Some(id) }, entity, hidden };
            prop_assert_eq!(ViewState::from_hash(&v.to_hash()), v);
        }

        #[test]
        fn pieces_rebuild_every_paragraph(body in "[a-zé \n.]{0,60}", spans in proptest::collection::vec((0usize..70, 0usize..10), 0..8)) {
            let spans: Vec<(usize, usize)> = spans.into_iter().map(|(s, l)| (s, s + l)).collect();
            let a = article_with(&body, &spans);
            let paras = paragraphs(&a);
            let expected: Vec<&str> = a.paragraphs().map(|(_, t)| t).collect();
            prop_assert_eq!(paras.len(), expected.len());
            for (p, want) in paras.iter().zip(expected) {
                let rebuilt: String = p.pieces.iter().map(|x| &body[x.span.start..x.span.end]).collect();
                prop_assert_eq!(rebuilt, want);
            }
        }

        #[test]
        fn any_hash_parses(h in ".*") {
            let _ = ViewState::from_hash(&h);
        }
    }
}
