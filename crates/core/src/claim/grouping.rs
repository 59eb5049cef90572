//! [`super::group`] as a machine that works in bounded steps, so that a
//! browser can group tens of thousands of statements without blocking.
//!
//! Every pass that compared each statement with every other goes through
//! an index instead, with the same outcome:
//! - statements of one sentence meet through a map of (article, start);
//! - the statements before one in its article through a list per article;
//! - sides of speakers through [`Sides`], built once and remembered;
//! - document frequencies through a counting map instead of a sorted list;
//! - the nearest earlier claim (above [`super::MAX_AVERAGE_LINK`]
//!   statements) among the distinct word sets that share a word with it
//!   ([`Nearest`]), since a claim with no word in common scores 0.
//!
//! Unions of groups go through a union-find: only the partition matters,
//! as groups are then numbered by their first statement.

use super::side::{Sides, WINDOWS_PER_STEP};
use super::{
    average_link_init, average_link_merge, content_tokens, cosine, entity_token, label_end,
    label_scan, words_of, Side, MAX_AVERAGE_LINK, THRESHOLD,
};
use crate::corpus::{Document, Proposition, Stance};
use crate::sort::{list_of, push_to, Keys};
use crate::statement::Claim;
use crate::Span;

/// Where the grouping is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Each statement's claim words, and the look-ups.
    Tokens,
    /// A denial joins the other statements of its sentence; short claims
    /// fall back to their sentence; speakers leave their own claims.
    Prepare,
    /// Joins: a denial and the claims in its sentence; short claims and
    /// pointing denials to the claim they answer.
    Links,
    /// Sorted distinct words and document frequencies.
    Frequencies,
    /// Idf weights.
    Weights,
    /// Merging groups of alike claims.
    Cluster,
    /// A label per group.
    Labels,
    /// Freeing the words, the speakers' look-ups and the rest, a step each.
    Release,
    /// Ready for [`Grouping::finish`].
    Done,
}

/// Statements processed per step in the linear passes.
const STATEMENTS_PER_STEP: usize = 400;
/// Similarities computed per step while clustering.
const COSINES_PER_STEP: usize = 20_000;
/// Group members read per step for labels.
const LABEL_MEMBERS_PER_STEP: usize = 400;

/// The stepped grouping of a document's statements into propositions.
/// The document must not change between [`Grouping::new`] and
/// [`Grouping::finish`].
#[derive(Debug)]
pub(crate) struct Grouping {
    phase: Phase,
    /// Next item of the phase.
    at: usize,
    /// Articles indexed in `sides` so far.
    indexed: usize,
    claims: Vec<Claim>,
    toks: Vec<Vec<String>>,
    words: Vec<usize>,
    /// Union-find parents.
    parent: Vec<usize>,
    /// Statements by (article, start), in order.
    sentence_keys: Keys,
    sentence: Vec<Vec<usize>>,
    /// Statements by article, in order, and each one's place there.
    article_keys: Keys,
    by_article: Vec<Vec<usize>>,
    place: Vec<usize>,
    /// The indexes for speakers' sides, which remember each side found.
    sides: Sides,
    silenced: Vec<usize>,
    df_keys: Keys,
    df: Vec<usize>,
    weights: Vec<Vec<f64>>,
    groups: Vec<Vec<usize>>,
    cluster: Option<Cluster>,
    labels: Vec<String>,
    /// The label being read: members read so far, best clause so far.
    label_at: usize,
    label_best: Option<(i64, String)>,
}

/// The clustering in progress.
#[derive(Debug)]
enum Cluster {
    /// Average link: the pairwise sums filled row by row, then merges.
    Average {
        sum: Vec<Vec<f64>>,
        row: usize,
        alive: Vec<bool>,
        size: Vec<usize>,
    },
    Nearest(Nearest),
}

impl Grouping {
    /// Starts grouping `doc.statements`; `claims[i]` is the claim of
    /// `doc.statements[i]` (the sentence stands for missing ones).
    pub(crate) fn new(doc: &Document, claims: &[Claim]) -> Self {
        let n = doc.statements.len();
        // Article ids are numbered in order, so a number is a place.
        let mut first_article = Keys::default();
        if claims.len() < n {
            for a in &doc.articles {
                first_article.id(&a.id);
            }
        }
        let claims: Vec<Claim> = (0..n)
            .map(|i| {
                claims.get(i).cloned().unwrap_or_else(|| {
                    let s = &doc.statements[i];
                    Claim {
                        article: first_article.get(&s.article).unwrap_or(0),
                        span: Span::new(s.start, s.end),
                    }
                })
            })
            .collect();
        Grouping {
            phase: Phase::Tokens,
            at: 0,
            indexed: 0,
            claims,
            toks: Vec::with_capacity(n),
            words: Vec::new(),
            parent: (0..n).collect(),
            sentence_keys: Keys::default(),
            sentence: Vec::new(),
            article_keys: Keys::default(),
            by_article: Vec::new(),
            place: Vec::with_capacity(n),
            sides: Sides::default(),
            silenced: Vec::new(),
            df_keys: Keys::default(),
            df: Vec::new(),
            weights: Vec::with_capacity(n),
            groups: Vec::new(),
            cluster: None,
            labels: Vec::new(),
            label_at: 0,
            label_best: None,
        }
    }

    /// Work done and work in all, in statements: six passes over them
    /// (the clustering and the labels count as one each).
    pub(crate) fn progress(&self) -> (usize, usize) {
        let n = self.claims.len();
        // In u64: on wasm32, done × n passes usize::MAX at ~65,000 statements.
        let share = |done: usize, of: usize| (done as u64 * n as u64 / of.max(1) as u64) as usize;
        let (pass, within) = match self.phase {
            Phase::Tokens => (0, self.at / 2),
            Phase::Prepare => (0, (n + self.at) / 2),
            Phase::Links => (1, self.at),
            Phase::Frequencies => (2, self.at),
            Phase::Weights => (3, self.at),
            Phase::Cluster => (
                4,
                match &self.cluster {
                    Some(Cluster::Nearest(near)) => share(near.next, self.groups.len()),
                    Some(Cluster::Average { row, .. }) => share(*row, self.groups.len()) / 2,
                    None => 0,
                },
            ),
            Phase::Labels => (5, share(self.labels.len(), self.groups.len())),
            Phase::Release => (5, n),
            Phase::Done => (6, 0),
        };
        (pass * n + within.min(n), 6 * n)
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }

    /// The side of a speaker; [`Side::Others`] when it was put off, which
    /// [`Grouping::link`] then does not use.
    fn side_of(&self, doc: &Document, id: &str) -> Side {
        self.sides.side_of(doc, id).unwrap_or(Side::Others)
    }

    /// Does a bounded piece of the work; returns true when all is done.
    pub(crate) fn step(&mut self, doc: &Document) -> bool {
        let n = self.claims.len();
        match self.phase {
            Phase::Tokens => {
                let end = (self.at + STATEMENTS_PER_STEP).min(n);
                for i in self.at..end {
                    self.toks.push(content_tokens(doc, &self.claims[i]));
                    let s = &doc.statements[i];
                    let place =
                        push_to(&mut self.article_keys, &mut self.by_article, &s.article, i);
                    self.place.push(place);
                    push_to(
                        &mut self.sentence_keys,
                        &mut self.sentence,
                        &sentence_key(s),
                        i,
                    );
                }
                // The articles' mentions, in proportion.
                let articles = doc.articles.len();
                let upto = if end == n {
                    articles
                } else {
                    (end * articles / n.max(1)).min(articles)
                };
                self.sides.index_articles(doc, self.indexed..upto);
                self.indexed = upto;
                self.sides.index_statements(doc, self.at..end);
                self.at = end;
                if end == n {
                    self.phase = Phase::Prepare;
                    self.at = 0;
                    self.words = Vec::with_capacity(n);
                }
            }
            Phase::Prepare => {
                let end = (self.at + STATEMENTS_PER_STEP).min(n);
                for i in self.at..end {
                    self.prepare(doc, i);
                }
                self.at = end;
                if end == n {
                    self.phase = Phase::Links;
                    self.at = 0;
                }
            }
            Phase::Links => {
                let end = (self.at + STATEMENTS_PER_STEP).min(n);
                // Until a side it needs is put off to the next step.
                self.sides.begin_step(WINDOWS_PER_STEP);
                while self.at < end && self.link(doc, self.at) {
                    self.at += 1;
                }
                if self.at == n {
                    for i in std::mem::take(&mut self.silenced) {
                        self.toks[i].clear();
                    }
                    self.phase = Phase::Frequencies;
                    self.at = 0;
                }
            }
            Phase::Frequencies => {
                let end = (self.at + STATEMENTS_PER_STEP).min(n);
                for i in self.at..end {
                    let t = &mut self.toks[i];
                    crate::sort::natural(t);
                    t.dedup();
                    for w in t.iter() {
                        let k = self.df_keys.id(w);
                        if k == self.df.len() {
                            self.df.push(0);
                        }
                        self.df[k] += 1;
                    }
                }
                self.at = end;
                if end == n {
                    self.phase = Phase::Weights;
                    self.at = 0;
                }
            }
            Phase::Weights => {
                // Words of the story itself are in most statements; a floor
                // at half the highest idf keeps them from counting for next
                // to nothing.
                let floor = (n as f64 + 1.0).ln() / 2.0;
                let end = (self.at + STATEMENTS_PER_STEP).min(n);
                for i in self.at..end {
                    let w = self.toks[i]
                        .iter()
                        .map(|w| {
                            let df = self.df_keys.get(w).map_or(0, |k| self.df[k]);
                            ((n as f64 + 1.0) / df.max(1) as f64).ln().max(floor)
                        })
                        .collect();
                    self.weights.push(w);
                }
                self.at = end;
                if end == n {
                    self.start_cluster();
                }
            }
            Phase::Cluster => {
                if self.cluster_step() {
                    self.groups.retain(|g| !g.is_empty());
                    for g in &mut self.groups {
                        crate::sort::natural(g);
                    }
                    self.cluster = None;
                    self.phase = Phase::Labels;
                }
            }
            Phase::Labels => {
                let mut budget = LABEL_MEMBERS_PER_STEP;
                while budget > 0 && self.labels.len() < self.groups.len() {
                    let members = &self.groups[self.labels.len()];
                    let end = (self.label_at + budget).min(members.len());
                    label_scan(
                        doc,
                        &self.claims,
                        &members[self.label_at..end],
                        &mut self.label_best,
                    );
                    budget -= (end - self.label_at).max(1).min(budget);
                    self.label_at = end;
                    if end == members.len() {
                        let best = self.label_best.take();
                        self.labels.push(label_end(doc, members, best));
                        self.label_at = 0;
                    }
                }
                if self.labels.len() == self.groups.len() {
                    self.phase = Phase::Release;
                    self.at = 0;
                }
            }
            Phase::Release => {
                // A part per step, each 10-30 ms to free at 10,000
                // articles: with the propositions, 90 ms in one step.
                match self.at {
                    // The words in quarters: half a million strings.
                    k @ 0..4 => self.toks.truncate(n * (3 - k) / 4),
                    k @ 4..7 => self.sides.release(k - 4),
                    7 => {
                        (self.weights, self.sentence, self.by_article) = Default::default();
                        (self.sentence_keys, self.article_keys, self.df_keys) = Default::default();
                    }
                    _ => self.phase = Phase::Done,
                }
                self.at += 1;
            }
            Phase::Done => {}
        }
        self.phase == Phase::Done
    }

    /// Statement `i` after the tokens (each step of the original passes,
    /// for one statement: they touch only its own words, and joins of
    /// groups do not depend on their order). A denial joins the earlier
    /// statements of its sentence by other speakers (and they it); a claim
    /// cut too short (`X rejected the claim`, or a claim the attribution
    /// cut off) falls back to the words of its whole sentence but for those
    /// naming the speaker (if that is still too short, the statement is
    /// about the claim just before it: see `link`); who says it is not
    /// what is said, so a speaker's own name leaves its claim.
    fn prepare(&mut self, doc: &Document, i: usize) {
        let s = &doc.statements[i];
        let mates = list_of(&self.sentence_keys, &self.sentence, &sentence_key(s)).to_vec();
        for j in mates.into_iter().take_while(|&j| j != i) {
            let c = &doc.statements[j];
            let denial = s.stance == Stance::Denies || c.stance == Stance::Denies;
            if denial && s.speaker != c.speaker {
                self.union(i, j);
            }
        }
        if self.toks[i].iter().filter(|w| !w.starts_with('@')).count() < 2 {
            let whole = Claim {
                article: self.claims[i].article,
                span: Span::new(s.start, s.end),
            };
            let speaker: Vec<String> = s.speaker_label.as_deref().map(words_of).unwrap_or_default();
            self.toks[i] = content_tokens(doc, &whole)
                .into_iter()
                .filter(|w| !speaker.contains(w))
                .collect();
        }
        if let Some(sp) = &s.speaker {
            let own = entity_token(sp);
            self.toks[i].retain(|w| *w != own);
        }
        self.words
            .push(self.toks[i].iter().filter(|w| !w.starts_with('@')).count());
    }

    /// A statement that says little of its own (`X denied the reports`,
    /// `Y called the claims a conspiracy`) is about the claim just before
    /// it: the other statement of its sentence, else the claim it answers,
    /// else the last statement of the preceding sentence in the same
    /// article. False, with nothing done, when a speaker's side it needs
    /// was put off to the next step.
    fn link(&mut self, doc: &Document, i: usize) -> bool {
        const MIN_WORDS: usize = 2;
        let s = &doc.statements[i];
        let (pointing, same) = {
            let mates: &[usize] = list_of(&self.sentence_keys, &self.sentence, &sentence_key(s));
            // `X rejected the report, calling …`: whatever else it says,
            // the denial is of the report it points at.
            let pointing = s.stance == Stance::Denies
                && crate::statement::denies_by_reference(&s.sentence)
                && !mates.iter().any(|&j| j != i);
            if self.words[i] >= MIN_WORDS && !pointing {
                return true;
            }
            let same = mates
                .iter()
                .copied()
                .find(|&j| j != i && self.words[j] >= MIN_WORDS);
            (pointing, same)
        };
        let mine = list_of(&self.article_keys, &self.by_article, &s.article);
        let mine = &mine[..self.place[i].min(mine.len())];
        let mine = mine.to_vec();
        let answered = if same.is_some() {
            None
        } else {
            self.answered(doc, i, &mine)
        };
        if self.sides.put_off() {
            return false;
        }
        let before = || {
            mine.iter().rev().copied().find(|&j| {
                let t = &doc.statements[j];
                t.start < s.start
                    && self.words[j] >= MIN_WORDS
                    && self.sides.article(doc, &s.article).is_some_and(|a| {
                        a.body
                            .get(t.end..s.start)
                            .is_some_and(|gap| gap.trim().is_empty())
                    })
            })
        };
        if let Some(j) = same.or(answered).or_else(before) {
            self.union(i, j);
            if pointing {
                // Its other words (`calling on X to …`) belong to another
                // claim and must not pull it in.
                self.silenced.push(i);
            }
        }
        true
    }

    /// `Y rejected the account`: a denial answers another side's claim, a
    /// few statements back at most: the latest that names the denier
    /// (`… a Sylvanian trawler rammed …`, denied by Sylvania), else the
    /// latest. `mine` are the earlier statements of its article.
    fn answered(&mut self, doc: &Document, i: usize, mine: &[usize]) -> Option<usize> {
        const MIN_WORDS: usize = 2;
        let s = &doc.statements[i];
        if s.stance != Stance::Denies {
            return None;
        }
        let me = s.speaker.as_deref()?;
        let mine_side = self.side_of(doc, me);
        let mut candidates = Vec::new();
        for &j in mine.iter().rev().take(6) {
            let t = &doc.statements[j];
            if self.words[j] < MIN_WORDS || t.stance == Stance::Denies {
                continue;
            }
            let Some(sp) = t.speaker.as_deref() else {
                continue;
            };
            if sp != me && self.side_of(doc, sp) != mine_side {
                candidates.push(j);
            }
        }
        let named = |j: usize| {
            self.toks[j]
                .iter()
                .filter_map(|t| t.strip_prefix('@'))
                .any(|e| {
                    e == me
                        || matches!(&mine_side, Side::Government(c)
                            if crate::entity::lexicon::country_of(e)
                                .is_some_and(|n| crate::entity::slug(n) == *c))
                })
        };
        candidates
            .iter()
            .copied()
            .find(|&j| named(j))
            .or(candidates.first().copied())
    }

    /// Groups in order of their first statement, then the clustering.
    fn start_cluster(&mut self) {
        let n = self.claims.len();
        let mut slot = vec![usize::MAX; n];
        for i in 0..n {
            let k = self.find(i);
            if slot[k] == usize::MAX {
                slot[k] = self.groups.len();
                self.groups.push(Vec::new());
            }
            self.groups[slot[k]].push(i);
        }
        self.cluster = Some(if n <= MAX_AVERAGE_LINK {
            let g = self.groups.len();
            Cluster::Average {
                sum: vec![vec![0.0f64; g]; g],
                row: 0,
                alive: vec![true; g],
                // Members that say nothing of their own (`X rejected the
                // account`, joined to the claim they answer) do not dilute
                // a group's average.
                size: self
                    .groups
                    .iter()
                    .map(|m| m.iter().filter(|&&x| !self.toks[x].is_empty()).count())
                    .collect(),
            }
        } else {
            Cluster::Nearest(Nearest::start(&self.groups, n))
        });
        self.phase = Phase::Cluster;
        self.at = 0;
    }

    /// One bounded piece of the clustering; true when it is over.
    fn cluster_step(&mut self) -> bool {
        let Some(cluster) = &mut self.cluster else {
            return true;
        };
        match cluster {
            Cluster::Average {
                sum,
                row,
                alive,
                size,
            } => {
                let g = self.groups.len();
                if *row < g {
                    let mut budget = 0;
                    while *row < g && budget < COSINES_PER_STEP {
                        budget +=
                            average_link_init(sum, *row, &self.groups, &self.toks, &self.weights);
                        *row += 1;
                    }
                    return false;
                }
                // Each merge looks at every pair of live groups.
                let mut budget = 0;
                while budget < COSINES_PER_STEP * 10 {
                    if !average_link_merge(&mut self.groups, sum, alive, size, THRESHOLD) {
                        return true;
                    }
                    budget += g * g / 2 + 1;
                }
                false
            }
            Cluster::Nearest(near) => {
                near.read(&self.toks, STATEMENTS_PER_STEP * 4)
                    && near.step(
                        &mut self.groups,
                        &self.toks,
                        &self.weights,
                        THRESHOLD,
                        COSINES_PER_STEP,
                    )
            }
        }
    }

    /// Writes the propositions into `doc` (the document grouped) and the
    /// statements' links to them. Does the rest of the work first if
    /// steps are left.
    pub(crate) fn finish(mut self, doc: &mut Document) {
        while !self.step(doc) {}
        doc.propositions.clear();
        for (k, (g, label)) in self.groups.iter().zip(self.labels).enumerate() {
            let id = format!("p{}", k + 1);
            for &m in g {
                doc.statements[m].proposition = Some(id.clone());
            }
            doc.propositions.push(Proposition {
                id,
                label,
                statements: g.iter().map(|&m| doc.statements[m].id.clone()).collect(),
            });
        }
    }
}

/// The one-pass grouping for many statements: each group, in order of its
/// first statement `f`, joins the group of the earlier statement most like
/// `f` (the earliest on a tie), when alike enough.
///
/// The best earlier statement of `f` does not depend on the merges, and
/// statements with the same words score the same against anything, so it
/// is found among distinct word sets ("keys", numbered in order of first
/// use, which is also the tie order): those that share a word with `f`'s
/// and were first used before `f`. Each key remembers how far it has
/// looked, so a key met again only looks at keys new since.
#[derive(Debug)]
pub(super) struct Nearest {
    /// The key of each word set (its words joined).
    ids: Keys,
    /// The key of each statement.
    key_of: Vec<usize>,
    /// The first statement of each key.
    first: Vec<usize>,
    /// Keys by word, ascending.
    words: Keys,
    postings: Vec<Vec<usize>>,
    /// Per key: keys looked at up to (not including) this one, and the
    /// best so far (score, key).
    seen: Vec<(usize, Option<(f64, usize)>)>,
    /// The group each statement is in.
    owner: Vec<usize>,
    /// The first statement of each group at the start.
    heads: Vec<Option<usize>>,
    /// Next group to visit.
    next: usize,
}

impl Nearest {
    /// Prepares the pass over `groups` (in order of first statement) and
    /// reads all the words.
    #[cfg(test)]
    pub(super) fn new(groups: &[Vec<usize>], toks: &[Vec<String>]) -> Self {
        let mut near = Nearest::start(groups, toks.len());
        while !near.read(toks, usize::MAX) {}
        near
    }

    /// Prepares the pass over `groups` of `n` statements; [`Nearest::read`]
    /// must then read the words.
    pub(super) fn start(groups: &[Vec<usize>], n: usize) -> Self {
        let mut owner = vec![0; n];
        for (k, g) in groups.iter().enumerate() {
            for &m in g {
                owner[m] = k;
            }
        }
        Nearest {
            ids: Keys::default(),
            key_of: Vec::with_capacity(n),
            first: Vec::new(),
            words: Keys::default(),
            postings: Vec::new(),
            seen: Vec::new(),
            owner,
            heads: groups.iter().map(|g| g.first().copied()).collect(),
            next: 0,
        }
    }

    /// Reads the words of up to `count` more statements into keys and
    /// postings; true when all are read.
    pub(super) fn read(&mut self, toks: &[Vec<String>], count: usize) -> bool {
        let from = self.key_of.len();
        for (i, t) in toks.iter().enumerate().skip(from).take(count) {
            let k = self.ids.id(&t.join("\u{1}"));
            if k == self.first.len() {
                self.first.push(i);
                self.seen.push((0, None));
                for w in t {
                    push_to(&mut self.words, &mut self.postings, w, k);
                }
            }
            self.key_of.push(k);
        }
        self.key_of.len() == toks.len()
    }

    /// The best earlier statement for `f`: (score, statement). Counts the
    /// similarities computed into `work`.
    fn best(
        &mut self,
        f: usize,
        toks: &[Vec<String>],
        weights: &[Vec<f64>],
        threshold: f64,
        work: &mut usize,
    ) -> Option<(f64, usize)> {
        let kf = self.key_of[f];
        // Keys first used before `f`: their first statement is below `f`.
        let limit = self.first.partition_point(|&s| s < f);
        let (from, mut best) = self.seen[kf];
        if from < limit {
            let cands: Vec<usize> = if threshold > 0.0 {
                let mut c = Vec::new();
                for w in &toks[f] {
                    let p = list_of(&self.words, &self.postings, w);
                    {
                        let lo = p.partition_point(|&k| k < from);
                        let hi = p.partition_point(|&k| k < limit);
                        c.extend_from_slice(&p[lo..hi]);
                    }
                }
                crate::sort::natural(&mut c);
                c.dedup();
                c
            } else {
                (from..limit).collect()
            };
            for k in cands {
                let j = self.first[k];
                let s = cosine(&toks[f], &weights[f], &toks[j], &weights[j]);
                *work += 1;
                if best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, k));
                }
            }
            self.seen[kf] = (limit, best);
        }
        best.filter(|(s, _)| *s >= threshold)
            .map(|(s, k)| (s, self.first[k]))
    }

    /// Visits groups until about `budget` similarities are computed;
    /// returns true when every group has been visited. Groups moved away
    /// are left empty, and joined groups unsorted.
    pub(super) fn step(
        &mut self,
        groups: &mut [Vec<usize>],
        toks: &[Vec<String>],
        weights: &[Vec<f64>],
        threshold: f64,
        budget: usize,
    ) -> bool {
        let mut work = 0;
        while self.next < groups.len() && work < budget {
            let k = self.next;
            self.next += 1;
            let Some(f) = self.heads[k] else {
                continue;
            };
            work += 1;
            if let Some((_, j)) = self.best(f, toks, weights, threshold, &mut work) {
                // An earlier group: its first statement comes before `f`.
                let into = self.owner[j];
                let moved = std::mem::take(&mut groups[k]);
                for &m in &moved {
                    self.owner[m] = into;
                }
                groups[into].extend(moved);
            }
        }
        self.next >= groups.len()
    }
}

/// The key of a statement's sentence: its article and start.
fn sentence_key(s: &crate::corpus::Statement) -> String {
    format!("{}\u{1}{}", s.article, s.start)
}
