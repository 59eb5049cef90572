//! Search: an inverted index over every article's headline and body, text
//! queries ranked by BM25, and facets from the analysis whose counts follow
//! the query.
//!
//! - [`SearchIndex`]: built once from a [`Document`] ([`SearchIndex::build`]);
//!   words are folded (case and Latin diacritics: `Zürich` finds `zurich`)
//!   and stemmed ([`stem`]: `supplies`, `supplied`, `supplying` are one word).
//! - [`Query`]: what the user typed. Bare words must all occur (AND);
//!   `"quoted words"` must occur in that order, next to each other; while
//!   the text ends inside a word, that last word matches as a prefix.
//! - [`Selection`]: chosen facet values ([`Facet`]): values of one facet
//!   are alternatives (OR), facets combine with AND.
//! - [`SearchIndex::search`] gives the matching articles best first
//!   ([`Hit`]) and, per facet, the values with their counts
//!   ([`FacetCounts`]); [`SearchIndex::highlight`] and
//!   [`SearchIndex::snippet`] give the hits of one article as byte spans
//!   ([`SearchIndex::matcher`] resolves the query once for many articles).
//!
//! A prefix stands for at most [`MAX_EXPANSIONS`] words (the most
//! frequent), and a facet lists at most [`FACET_VALUES`] values (the most
//! frequent, plus the chosen ones; dates all), so one typed letter stays
//! fast on a large corpus.
//!
//! Ranking is BM25 (k1 = 1.2, b = 0.75) with a headline word weighing as
//! much as three body words (BM25F); equal scores are ordered by article id.
//! The counts of a facet follow the query and the selections of every other
//! facet, but not its own, so choosing a value never hides its alternatives.
//!
//! ```
//! use crossread_core::corpus::{Article, Document};
//! use crossread_core::search::{Facet, Field, Query, SearchIndex, Selection};
//!
//! let mut doc = Document::default();
//! for (id, outlet, body) in [
//!     ("a", "Harbour Post", "The port authority denied supplying the cranes."),
//!     ("b", "Valley Gazette", "Cranes were supplied to the port in Zürich."),
//!     ("c", "Harbour Post", "Rain fell all day."),
//! ] {
//!     let mut a = Article::empty(id);
//!     a.outlet = Some(outlet.into());
//!     a.body = body.into();
//!     doc.articles.push(a);
//! }
//! let index = SearchIndex::build(&doc);
//!
//! let query = Query::parse("supplied cran");
//! let results = index.search(&query, &Selection::default());
//! let found: Vec<&str> = results.hits.iter().map(|h| doc.articles[h.article].id.as_str()).collect();
//! assert_eq!(found, ["a", "b"]);
//! let outlets = results.facet(Facet::Outlet).unwrap();
//! assert_eq!(outlets.values[0].value, "Harbour Post");
//! assert_eq!(outlets.values[0].count, 1);
//!
//! // Facets narrow the hits; hits are byte spans for the reader.
//! let only = Selection::default().with(Facet::Outlet, "Valley Gazette");
//! let hit = index.search(&query, &only).hits[0];
//! let spans = index.highlight(&query, &doc.articles[hit.article]);
//! let body = &doc.articles[hit.article].body;
//! let words: Vec<&str> = spans.iter().filter(|s| s.field == Field::Body).map(|s| &body[s.span.start..s.span.end]).collect();
//! assert_eq!(words, ["Cranes", "supplied"]);
//!
//! // Phrases keep their order; folding finds "Zürich".
//! assert_eq!(index.search(&Query::parse("\"port in zurich\""), &Selection::default()).hits.len(), 1);
//! assert_eq!(index.search(&Query::parse("\"zurich in port\""), &Selection::default()).hits.len(), 0);
//! ```

mod facet;
mod fold;
mod terms;
#[cfg(test)]
mod tests;

pub use facet::{Facet, FacetCounts, FacetValue, Selection};
pub use fold::{fold, stem};

use crate::corpus::{Article, Document};
use crate::Span;
use facet::Facets;
use terms::Terms;

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// How many body words one headline word counts for.
const HEADLINE_WEIGHT: u32 = 3;
/// A prefix stands for at most this many stems, the most frequent ones
/// (so one typed letter stays fast); the whole word always matches.
pub const MAX_EXPANSIONS: usize = 64;
/// How many values of a facet [`SearchIndex::search`] lists, the most
/// frequent (dates and chosen values are always listed).
pub const FACET_VALUES: usize = 100;

/// Which text of an article a hit lies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// [`Article::headline`].
    Headline,
    /// [`Article::body`].
    Body,
}

/// A hit in one article: a byte span of its headline or body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HitSpan {
    /// The text the span points into.
    pub field: Field,
    /// Byte offsets into that text, on character boundaries.
    pub span: Span,
}

/// A matching article.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Its index in the [`Document`]'s articles.
    pub article: usize,
    /// Its BM25 score (0 for an empty query); higher is better.
    pub score: f32,
}

/// One part of a [`Query`]: a word, or words that must follow each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// The folded words, in order.
    pub words: Vec<String>,
    /// The words must occur next to each other in this order (a quoted
    /// phrase, or a typed word that splits into several, as `Kim's`).
    pub phrase: bool,
    /// The last word is still being typed: it matches every word it begins.
    pub prefix: bool,
}

/// A parsed text query.
///
/// ```
/// use crossread_core::search::Query;
/// let q = Query::parse("Tariffs \"trade talks\" Kim's expo");
/// let words: Vec<_> = q.clauses().iter().map(|c| (c.words.join(" "), c.phrase, c.prefix)).collect();
/// assert_eq!(words, [
///     ("tariffs".to_string(), false, false),
///     ("trade talks".to_string(), true, false),
///     ("kim s".to_string(), true, false),
///     ("expo".to_string(), false, true),
/// ]);
/// assert!(Query::parse("  ").is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    clauses: Vec<Clause>,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}')
}

impl Query {
    /// Parses what the user typed. Words outside quotes are separate
    /// clauses that must all match; a quoted part is one phrase (an
    /// unclosed quote runs to the end). When the text ends inside a word,
    /// that word is a prefix. Never fails: text without words is the empty
    /// query, which matches every article.
    pub fn parse(text: &str) -> Query {
        let mut clauses = Vec::new();
        let mut push = |part: &str, quoted: bool| {
            let mut words = Vec::new();
            fold::words(part, |_, w| words.push(w.to_string()));
            if !words.is_empty() {
                clauses.push(Clause {
                    phrase: quoted || words.len() > 1,
                    words,
                    prefix: false,
                });
            }
        };
        let mut quoted = false;
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if is_quote(c) || (!quoted && c.is_whitespace()) {
                push(&text[start..i], quoted);
                start = i + c.len_utf8();
                quoted ^= is_quote(c);
            }
        }
        push(&text[start..], quoted);
        let mut end_in_word = false;
        fold::words(text, |s, _| end_in_word = s.end == text.len());
        if end_in_word {
            if let Some(last) = clauses.last_mut() {
                last.prefix = true;
            }
        }
        Query { clauses }
    }

    /// The clauses, in the order typed.
    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// True when the query has no word (it matches every article).
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }
}

/// A window of an article's body around its first hit, for a results list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Where the window starts in the body (bytes).
    pub start: usize,
    /// The window's text: `body[start..start + text.len()]`.
    pub text: String,
    /// The hits inside the window, relative to `text`.
    pub spans: Vec<Span>,
    /// The window starts after the body's start (show an ellipsis).
    pub cut_start: bool,
    /// The window ends before the body's end.
    pub cut_end: bool,
}

/// What a search found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// Every article that matches the query and the selection, best first.
    pub hits: Vec<Hit>,
    /// One entry per [`Facet`], in the order of [`Facet::ALL`].
    pub counts: Vec<FacetCounts>,
}

impl SearchResults {
    /// The counts of one facet.
    pub fn facet(&self, facet: Facet) -> Option<&FacetCounts> {
        self.counts.iter().find(|c| c.facet == facet)
    }
}

/// The inverted index of a corpus, built once. Words are stems of folded
/// words; each stem has a posting list: per article, its frequency, its
/// frequency in the headline and its positions, delta-coded as varints.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// Number of articles.
    len: usize,
    /// Each article's rank by id, to order equal scores, and the articles
    /// in that order.
    rank: Vec<u32>,
    by_rank: Vec<u32>,
    /// Where each article's positions begin when all articles' positions
    /// are counted in a row (one more entry: the total).
    starts: Vec<u32>,
    /// BM25's per-article length factor `k1 (1 - b + b dl / avgdl)`.
    norm: Vec<f32>,
    /// Folded words as they occur, and the stem of each.
    surface: Terms,
    surface_stem: Vec<u32>,
    /// Folded words sorted by text, for prefixes.
    by_text: Vec<u32>,
    /// Stems, their document frequency and idf.
    stems: Terms,
    df: Vec<u32>,
    idf: Vec<f32>,
    /// Per stem, `lists[list_at[s]..list_at[s + 1]]`: per article, the
    /// article delta, frequency, headline frequency and length of the
    /// positions in bytes, then the positions, delta-coded (all varints).
    list_at: Vec<usize>,
    lists: Vec<u8>,
    facets: Facets,
}

fn put_varint(out: &mut Vec<u8>, mut x: u32) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

/// The bytes [`put_varint`] writes for `x`.
fn varint_len(x: u32) -> usize {
    1 + usize::from(x >= 1 << 7)
        + usize::from(x >= 1 << 14)
        + usize::from(x >= 1 << 21)
        + usize::from(x >= 1 << 28)
}

fn get_varint(bytes: &[u8], at: &mut usize) -> u32 {
    let Some(&first) = bytes.get(*at) else {
        return 0;
    };
    *at += 1;
    if first < 0x80 {
        return u32::from(first);
    }
    let mut x = u32::from(first & 0x7f);
    let mut shift = 7u32;
    while let Some(&b) = bytes.get(*at) {
        *at += 1;
        x |= u32::from(b & 0x7f).wrapping_shl(shift);
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    x
}

/// What the build keeps per stem while it reads one article: small, so
/// that the state of the whole vocabulary stays in cache.
#[derive(Clone, Copy, Default)]
struct StemState {
    tf: u32,
    head_tf: u32,
    /// Where its positions go in [`Builder::grouped`].
    cursor: u32,
    last_doc: u32,
}

/// Marks the gap between headline and body in [`Builder::tokens`].
const GAP: u32 = u32::MAX;

/// The build state.
#[derive(Default)]
struct Builder {
    index: SearchIndex,
    states: Vec<StemState>,
    /// Per stem, its postings: article delta, frequency, headline
    /// frequency, bytes of positions, then the position deltas.
    lists: Vec<Vec<u8>>,
    /// The current article's stems, one per position.
    tokens: Vec<u32>,
    /// Its stems in order of first sight.
    touched: Vec<u32>,
    /// Its positions grouped by stem.
    grouped: Vec<u32>,
}

impl Builder {
    #[inline(always)]
    fn stem_id(&mut self, word: &str) -> u32 {
        let ix = &mut self.index;
        if let Some((_, st)) = ix.surface.entry(word) {
            return st;
        }
        let (st, new_stem) = ix.stems.intern(&stem(word));
        ix.surface.intern_with(word, st);
        ix.surface_stem.push(st);
        if new_stem {
            self.states.push(StemState::default());
            self.lists.push(Vec::new());
            ix.df.push(0);
        }
        st
    }

    /// The stem of a word of the current article, counted.
    #[inline(always)]
    fn token(&mut self, word: &str, headline: u32) -> u32 {
        let s = self.stem_id(word);
        if let Some(st) = self.states.get_mut(s as usize) {
            if st.tf == 0 {
                self.touched.push(s);
            }
            st.tf += 1;
            st.head_tf += headline;
        }
        s
    }

    /// Indexes article `doc`; returns its BM25F length. Kept a function of
    /// its own: the browser compiles wasm in two tiers and moves a function
    /// to the fast tier after some calls, so the build's hot loop must not
    /// be inlined into the function that runs once.
    #[inline(never)]
    fn article(&mut self, doc: u32, a: &Article) -> u32 {
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.clear();
        self.touched.clear();
        fold::words(&a.headline, |_, w| tokens.push(self.token(w, 1)));
        let head = tokens.len();
        tokens.push(GAP);
        fold::words(&a.body, |_, w| tokens.push(self.token(w, 0)));
        // Group the positions by stem.
        let mut offset = 0;
        for &s in &self.touched {
            let st = &mut self.states[s as usize];
            st.cursor = offset;
            offset += st.tf;
        }
        self.grouped.clear();
        self.grouped.resize(offset as usize, 0);
        for (p, &s) in tokens.iter().enumerate() {
            if let Some(st) = self.states.get_mut(s as usize) {
                self.grouped[st.cursor as usize] = p as u32;
                st.cursor += 1;
            }
        }
        let mut from = 0;
        for &s in &self.touched {
            let st = &mut self.states[s as usize];
            let positions = &self.grouped[from..from + st.tf as usize];
            from += st.tf as usize;
            let out = &mut self.lists[s as usize];
            put_varint(out, doc - st.last_doc);
            put_varint(out, st.tf);
            put_varint(out, st.head_tf);
            // The positions' length in bytes, then their deltas.
            let mut last = 0;
            let len: usize = positions
                .iter()
                .map(|&p| varint_len(p - std::mem::replace(&mut last, p)))
                .sum();
            put_varint(out, len as u32);
            let mut last = 0;
            for &p in positions {
                put_varint(out, p - last);
                last = p;
            }
            st.last_doc = doc;
            st.tf = 0;
            st.head_tf = 0;
            if let Some(df) = self.index.df.get_mut(s as usize) {
                *df += 1;
            }
        }
        let body = (tokens.len() - head - 1) as u32;
        self.tokens = tokens;
        body + HEADLINE_WEIGHT * head as u32
    }
}

/// One posting: an article with the stem's frequency, its frequency in
/// the headline, and its positions (delta-coded varints).
struct Posting<'a> {
    doc: usize,
    tf: u32,
    head: u32,
    pos: &'a [u8],
}

/// Sorts `keys` ascending: a least-significant-digit radix sort by bytes,
/// skipping the bytes all keys share. Linear, and one small function in
/// wasm for every use.
pub(crate) fn radix_sort(keys: &mut Vec<u64>) {
    if keys.len() < 2 {
        return;
    }
    let mut buf = vec![0u64; keys.len()];
    let (or, and) = keys.iter().fold((0, u64::MAX), |(o, a), &k| (o | k, a & k));
    for byte in 0..8 {
        let shift = byte * 8;
        if ((or ^ and) >> shift) & 0xff == 0 {
            continue;
        }
        let mut count = [0usize; 257];
        for &k in keys.iter() {
            count[((k >> shift) & 0xff) as usize + 1] += 1;
        }
        for i in 1..257 {
            count[i] += count[i - 1];
        }
        for &k in keys.iter() {
            let c = &mut count[((k >> shift) & 0xff) as usize];
            buf[*c] = k;
            *c += 1;
        }
        std::mem::swap(keys, &mut buf);
    }
}

/// A query resolved against the index: per word, the stems it stands for,
/// and the phrases as ranges of those words.
struct Resolved {
    groups: Vec<Vec<u32>>,
    phrases: Vec<(usize, usize)>,
}

impl SearchIndex {
    /// Indexes the headline and body of every article of `doc`, and the
    /// facet values of its analysis (see [`Facet`]).
    pub fn build(doc: &Document) -> SearchIndex {
        let n = doc.articles.len();
        let mut b = Builder::default();
        let mut lengths = Vec::with_capacity(n);
        let mut starts = Vec::with_capacity(n + 1);
        starts.push(0u32);
        for (d, a) in doc.articles.iter().enumerate() {
            lengths.push(b.article(d as u32, a));
            let last = starts.last().copied().unwrap_or(0);
            starts.push(last.saturating_add(b.tokens.len() as u32));
        }
        let Builder {
            mut index, lists, ..
        } = b;
        index.len = n;
        index.starts = starts;
        let avg = lengths.iter().map(|&l| f64::from(l)).sum::<f64>() / n.max(1) as f64;
        index.norm = lengths
            .iter()
            .map(|&l| K1 * (1.0 - B + B * (f64::from(l) / avg.max(1.0)) as f32))
            .collect();
        index.idf = index
            .df
            .iter()
            .map(|&df| {
                let df = f64::from(df);
                (1.0 + (n as f64 - df + 0.5) / (df + 0.5)).ln() as f32
            })
            .collect();
        index.list_at = Vec::with_capacity(lists.len() + 1);
        index.lists = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        for l in lists {
            index.list_at.push(index.lists.len());
            index.lists.extend_from_slice(&l);
        }
        index.list_at.push(index.lists.len());
        let by_text = index.surface.sorted();
        index.by_text = by_text;
        let mut order: Vec<u32> = (0..n as u32).collect();
        let ids = |i: u32| doc.articles[i as usize].id.as_str();
        if !doc.articles.windows(2).all(|w| w[0].id <= w[1].id) {
            crate::sort::by(&mut order, &|&x, &y| ids(x).cmp(ids(y)));
        }
        index.rank = vec![0; n];
        for (r, &d) in order.iter().enumerate() {
            index.rank[d as usize] = r as u32;
        }
        index.facets = Facets::build(doc, &order);
        index.by_rank = order;
        index
    }

    /// Number of articles indexed.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no article was indexed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of distinct folded words in the corpus.
    pub fn vocabulary(&self) -> usize {
        self.surface.len()
    }

    /// Approximate bytes the index holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        fn v<T>(x: &Vec<T>) -> usize {
            x.capacity() * std::mem::size_of::<T>()
        }
        v(&self.rank)
            + v(&self.by_rank)
            + v(&self.starts)
            + v(&self.norm)
            + self.surface.heap_bytes()
            + v(&self.surface_stem)
            + v(&self.by_text)
            + self.stems.heap_bytes()
            + v(&self.df)
            + v(&self.idf)
            + v(&self.list_at)
            + v(&self.lists)
            + self.facets.heap_bytes()
    }

    /// The stem of a whole folded word, if the corpus has it.
    fn exact(&self, word: &str) -> Option<u32> {
        match self.surface.entry(word) {
            Some((_, st)) => Some(st),
            None => self.stems.get(&stem(word)),
        }
    }

    /// The stems of the corpus words that begin with `prefix`: at most
    /// [`MAX_EXPANSIONS`], the most frequent, sorted.
    fn expand(&self, prefix: &str) -> Vec<u32> {
        let text = |i: usize| self.surface.text(self.by_text[i]);
        let lo = self
            .by_text
            .partition_point(|&w| self.surface.text(w) < prefix);
        let mut out: Vec<u32> = (lo..self.by_text.len())
            .take_while(|&i| text(i).starts_with(prefix))
            .map(|i| self.surface_stem[self.by_text[i] as usize])
            .collect();
        crate::sort::natural(&mut out);
        out.dedup();
        if out.len() > MAX_EXPANSIONS {
            let df = |s: &u32| std::cmp::Reverse(self.df[*s as usize]);
            crate::sort::by(&mut out, &|a, b| df(a).cmp(&df(b)).then(a.cmp(b)));
            out.truncate(MAX_EXPANSIONS);
            crate::sort::natural(&mut out);
        }
        out
    }

    fn resolve(&self, query: &Query) -> Resolved {
        let mut r = Resolved {
            groups: Vec::new(),
            phrases: Vec::new(),
        };
        for c in &query.clauses {
            let first = r.groups.len();
            for (i, w) in c.words.iter().enumerate() {
                let set = if c.prefix && i + 1 == c.words.len() {
                    self.expand(w)
                } else {
                    self.exact(w).into_iter().collect()
                };
                r.groups.push(set);
            }
            if c.phrase && c.words.len() > 1 {
                r.phrases.push((first, c.words.len()));
            }
        }
        r
    }

    /// Calls `f` for each posting of stem `s`, in article order.
    fn postings(&self, s: u32, mut f: impl FnMut(Posting)) {
        let s = s as usize;
        let (Some(&from), Some(&to)) = (self.list_at.get(s), self.list_at.get(s + 1)) else {
            return;
        };
        let bytes = self.lists.get(from..to).unwrap_or(&[]);
        let mut at = 0;
        let mut doc = 0usize;
        while at < bytes.len() {
            doc += get_varint(bytes, &mut at) as usize;
            let tf = get_varint(bytes, &mut at);
            let head = get_varint(bytes, &mut at);
            let len = get_varint(bytes, &mut at) as usize;
            let pos = &bytes[at.min(bytes.len())..(at + len).min(bytes.len())];
            at += len;
            f(Posting { doc, tf, head, pos });
        }
    }

    /// Calls `f(article, position)` for every occurrence of stem `s` in the
    /// articles `keep` marks, in order.
    fn positions(&self, s: u32, keep: &[bool], mut f: impl FnMut(u32, u32)) {
        self.postings(s, |p| {
            if keep.get(p.doc).copied().unwrap_or(false) {
                let mut at = 0;
                let mut pos = 0u32;
                while at < p.pos.len() {
                    pos = pos.wrapping_add(get_varint(p.pos, &mut at));
                    f(p.doc as u32, pos);
                }
            }
        });
    }

    /// Finds the articles that match `query` and `selection`, best first,
    /// with the counts of every facet's values (at most
    /// [`FACET_VALUES`] values per facet but for dates and chosen values).
    pub fn search(&self, query: &Query, selection: &Selection) -> SearchResults {
        self.search_with(query, selection, FACET_VALUES)
    }

    /// [`SearchIndex::search`] listing at most `facet_values` values per
    /// facet (all dates and chosen values are always listed).
    pub fn search_with(
        &self,
        query: &Query,
        selection: &Selection,
        facet_values: usize,
    ) -> SearchResults {
        let n = self.len;
        let r = self.resolve(query);
        let mut score = vec![0f32; n];
        let mut matched: Vec<bool>;
        if r.groups.is_empty() {
            matched = vec![true; n];
        } else if r.groups.iter().any(Vec::is_empty) {
            matched = vec![false; n];
        } else {
            let mut count = vec![0u32; n];
            let mut seen = vec![u32::MAX; n];
            for (g, set) in r.groups.iter().enumerate() {
                for &s in set {
                    let idf = self.idf.get(s as usize).copied().unwrap_or(0.0);
                    self.postings(s, |p| {
                        let d = p.doc;
                        let Some(norm) = self.norm.get(d) else { return };
                        let tf = (p.tf + (HEADLINE_WEIGHT - 1) * p.head) as f32;
                        score[d] += idf * tf * (K1 + 1.0) / (tf + norm);
                        if seen[d] != g as u32 {
                            seen[d] = g as u32;
                            count[d] += 1;
                        }
                    });
                }
            }
            let want = r.groups.len() as u32;
            matched = count.iter().map(|&c| c == want).collect();
            for &(first, len) in &r.phrases {
                self.keep_phrase(&r.groups[first..first + len], &mut matched);
            }
        }
        let (passing, counts) = self.facets.count(&matched, selection, facet_values);
        let mut keys: Vec<u64> = passing
            .iter()
            .map(|&d| {
                let s = score[d as usize].max(0.0).to_bits();
                (u64::from(u32::MAX - s) << 32) | u64::from(self.rank[d as usize])
            })
            .collect();
        radix_sort(&mut keys);
        let hits = keys
            .iter()
            .filter_map(|&k| {
                let d = *self.by_rank.get((k & 0xffff_ffff) as usize)? as usize;
                Some(Hit {
                    article: d,
                    score: score[d],
                })
            })
            .collect();
        SearchResults { hits, counts }
    }

    /// Clears `matched` for the articles where the words of `groups` do not
    /// follow each other. Starts from the rarest word, then keeps the
    /// phrase starts that each other word confirms (a bit per position of
    /// the corpus tells which starts are alive).
    fn keep_phrase(&self, groups: &[Vec<u32>], matched: &mut [bool]) {
        let weight = |i: usize| -> u64 {
            groups[i]
                .iter()
                .map(|&s| u64::from(self.df.get(s as usize).copied().unwrap_or(0)))
                .sum()
        };
        let Some(first) = (0..groups.len()).min_by_key(|&i| (weight(i), i)) else {
            return;
        };
        let total = self.starts.last().copied().unwrap_or(0) as usize;
        let bit = |d: u32, p: u32| self.starts.get(d as usize).map(|&b| (b + p) as usize);
        // A bit per position: the phrase starts still alive.
        let mut alive = vec![0u64; total / 64 + 1];
        let mut next = vec![0u64; total / 64 + 1];
        let mut keep = vec![false; matched.len()];
        for &s in &groups[first] {
            self.positions(s, matched, |d, p| {
                if let Some(b) = p.checked_sub(first as u32).and_then(|start| bit(d, start)) {
                    if let Some(w) = alive.get_mut(b / 64) {
                        *w |= 1 << (b % 64);
                        keep[d as usize] = true;
                    }
                }
            });
        }
        for (i, group) in groups.iter().enumerate() {
            if i == first {
                continue;
            }
            for &s in group {
                self.positions(s, &keep, |d, p| {
                    if let Some(b) = p.checked_sub(i as u32).and_then(|start| bit(d, start)) {
                        if let (Some(a), Some(n)) = (alive.get(b / 64), next.get_mut(b / 64)) {
                            *n |= a & (1 << (b % 64));
                        }
                    }
                });
            }
            std::mem::swap(&mut alive, &mut next);
            next.iter_mut().for_each(|w| *w = 0);
            // Keep the articles with a start still alive.
            for (d, k) in keep.iter_mut().enumerate().filter(|(_, k)| **k) {
                let (Some(&from), Some(&to)) = (self.starts.get(d), self.starts.get(d + 1)) else {
                    continue;
                };
                let (from, to) = (from as usize, to as usize);
                if to <= from {
                    *k = false;
                    continue;
                }
                *k = (from / 64..=(to - 1) / 64).any(|w| {
                    let lo = if w == from / 64 { from % 64 } else { 0 };
                    let hi = if w == (to - 1) / 64 {
                        (to - 1) % 64
                    } else {
                        63
                    };
                    let mask = (u64::MAX >> (63 - hi)) & (u64::MAX << lo);
                    alive.get(w).is_some_and(|x| x & mask != 0)
                });
            }
        }
        for (m, k) in matched.iter_mut().zip(keep) {
            *m &= k;
        }
    }

    /// A matcher for `query` that finds its hits in any article of the
    /// indexed document: resolve the query once, then call
    /// [`Matcher::highlight`] or [`Matcher::snippet`] for each article.
    pub fn matcher(&self, query: &Query) -> Matcher<'_> {
        Matcher {
            index: self,
            resolved: self.resolve(query),
        }
    }

    /// The hits of `query` in `article` (see [`Matcher::highlight`]; use a
    /// [`Matcher`] for many articles).
    pub fn highlight(&self, query: &Query, article: &Article) -> Vec<HitSpan> {
        self.matcher(query).highlight(article)
    }

    /// About `width` bytes of the body around its first hit of `query`
    /// (see [`Matcher::snippet`]).
    pub fn snippet(&self, query: &Query, article: &Article, width: usize) -> Snippet {
        self.matcher(query).snippet(article, width)
    }
}

/// A query resolved against a [`SearchIndex`] ([`SearchIndex::matcher`]),
/// to find its hits in articles.
pub struct Matcher<'i> {
    index: &'i SearchIndex,
    resolved: Resolved,
}

impl Matcher<'_> {
    /// The hits in `article` (headline first, then body, each in order of
    /// start; overlapping hits merged): every word that matches a clause,
    /// and every occurrence of a phrase. Phrases do not run from the
    /// headline into the body. Words the index has never seen do not
    /// match, so pass an article of the indexed document.
    pub fn highlight(&self, article: &Article) -> Vec<HitSpan> {
        let mut out = Vec::new();
        for (field, text) in [
            (Field::Headline, article.headline.as_str()),
            (Field::Body, article.body.as_str()),
        ] {
            for span in self.field_hits(text) {
                out.push(HitSpan { field, span });
            }
        }
        out
    }

    fn field_hits(&self, text: &str) -> Vec<Span> {
        let r = &self.resolved;
        let mut words: Vec<(Span, u32)> = Vec::new();
        fold::words(text, |span, w| {
            let s = self.index.surface.entry(w).map_or(u32::MAX, |(_, st)| st);
            words.push((span, s));
        });
        let is = |g: &Vec<u32>, w: usize| g.binary_search(&words[w].1).is_ok();
        let mut spans = Vec::new();
        let mut in_phrase = vec![false; r.groups.len()];
        for &(first, len) in &r.phrases {
            for f in &mut in_phrase[first..first + len] {
                *f = true;
            }
            let groups = &r.groups[first..first + len];
            for w in 0..words.len().saturating_sub(len - 1) {
                if groups.iter().enumerate().all(|(i, g)| is(g, w + i)) {
                    spans.push(Span::new(words[w].0.start, words[w + len - 1].0.end));
                }
            }
        }
        for (g, group) in r.groups.iter().enumerate() {
            if !in_phrase[g] {
                spans.extend(
                    (0..words.len())
                        .filter(|&w| is(group, w))
                        .map(|w| words[w].0),
                );
            }
        }
        crate::sort::natural(&mut spans);
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.start < last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        merged
    }

    /// About `width` bytes of the body around its first hit (from the
    /// body's start when the body has none), cut at spaces, with the hits
    /// inside it.
    pub fn snippet(&self, article: &Article, width: usize) -> Snippet {
        let body = article.body.as_str();
        let hits = self.field_hits(body);
        let floor = |mut i: usize| {
            i = i.min(body.len());
            while !body.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let first = hits.first().map_or(0, |s| s.start);
        let mut start = floor(first.saturating_sub(width / 4));
        if start > 0 {
            // Begin at a word: after the last space before the hit.
            start = body[start..first]
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
                .map_or(start, |(i, c)| start + i + c.len_utf8());
        }
        let mut end = floor(start.saturating_add(width.max(1)));
        if end < body.len() {
            if let Some(i) = body[start..end].rfind(char::is_whitespace) {
                if start + i > first {
                    end = start + i;
                }
            }
        }
        let spans = hits
            .iter()
            .filter(|s| s.start >= start && s.end <= end)
            .map(|s| Span::new(s.start - start, s.end - start))
            .collect();
        Snippet {
            start,
            text: body[start..end].to_string(),
            spans,
            cut_start: start > 0,
            cut_end: end < body.len(),
        }
    }
}
