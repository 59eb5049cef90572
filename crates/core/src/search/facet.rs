//! Facets: per article, the values the analysis gives it (outlet, agency,
//! date, entities, speakers, stances, propositions) as small integer ids,
//! and the counting that follows a query and a selection.

use super::terms::Terms;
use crate::corpus::Document;

/// A dimension to filter articles by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    /// The publishing outlet ([`crate::Article::outlet`]).
    Outlet,
    /// The wire agency that wrote the text.
    Agency,
    /// The publication date, `YYYY-MM-DD`; also a range
    /// ([`Selection::dates`]).
    Date,
    /// An entity mentioned in the body (of any type), by entity id.
    Entity,
    /// The speaker of a statement in the article, by entity id.
    Speaker,
    /// The stance of a statement in the article (`asserts`, `denies`,
    /// `qualifies`).
    Stance,
    /// The proposition of a statement in the article, by proposition id.
    Proposition,
}

impl Facet {
    /// Every facet, in the order of [`super::SearchResults::counts`].
    pub const ALL: [Facet; 7] = [
        Facet::Outlet,
        Facet::Agency,
        Facet::Date,
        Facet::Entity,
        Facet::Speaker,
        Facet::Stance,
        Facet::Proposition,
    ];

    /// A lower-case name for URLs and labels (`outlet`, `agency`, …).
    pub fn name(self) -> &'static str {
        match self {
            Facet::Outlet => "outlet",
            Facet::Agency => "agency",
            Facet::Date => "date",
            Facet::Entity => "entity",
            Facet::Speaker => "speaker",
            Facet::Stance => "stance",
            Facet::Proposition => "proposition",
        }
    }

    /// The facet with this [`Facet::name`].
    pub fn from_name(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// The chosen facet values. An article passes a facet when it has one of
/// the facet's chosen values (and, for [`Facet::Date`], a date inside the
/// range); it must pass every facet with a choice. Facets apply to the
/// article as a whole: choosing a speaker and a stance finds articles with
/// a statement by that speaker and a statement of that stance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Sorted, without duplicates.
    chosen: Vec<(Facet, String)>,
    from: Option<String>,
    to: Option<String>,
}

impl Selection {
    /// This selection with `value` of `facet` chosen too.
    pub fn with(mut self, facet: Facet, value: &str) -> Self {
        self.choose(facet, value);
        self
    }

    /// Chooses `value` of `facet` (nothing when already chosen).
    pub fn choose(&mut self, facet: Facet, value: &str) {
        if let Err(i) = self.find(facet, value) {
            self.chosen.insert(i, (facet, value.to_string()));
        }
    }

    /// Chooses `value` of `facet`, or unchooses it when it was chosen.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        match self.find(facet, value) {
            Ok(i) => {
                self.chosen.remove(i);
            }
            Err(i) => self.chosen.insert(i, (facet, value.to_string())),
        }
    }

    /// Clears the choices of `facet` (and the date range for
    /// [`Facet::Date`]).
    pub fn clear(&mut self, facet: Facet) {
        self.chosen.retain(|(f, _)| *f != facet);
        if facet == Facet::Date {
            self.from = None;
            self.to = None;
        }
    }

    /// This selection with published dates limited to `from..=to`
    /// (`YYYY-MM-DD`; either end may be open).
    pub fn dates(mut self, from: Option<&str>, to: Option<&str>) -> Self {
        self.from = from.map(str::to_string);
        self.to = to.map(str::to_string);
        self
    }

    /// The date range, as given to [`Selection::dates`].
    pub fn date_range(&self) -> (Option<&str>, Option<&str>) {
        (self.from.as_deref(), self.to.as_deref())
    }

    /// True when `value` of `facet` is chosen.
    pub fn is_chosen(&self, facet: Facet, value: &str) -> bool {
        self.find(facet, value).is_ok()
    }

    /// The chosen values of `facet`, sorted.
    pub fn chosen(&self, facet: Facet) -> impl Iterator<Item = &str> + '_ {
        self.chosen
            .iter()
            .filter(move |(f, _)| *f == facet)
            .map(|(_, v)| v.as_str())
    }

    /// True when nothing is chosen and there is no date range.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty() && self.from.is_none() && self.to.is_none()
    }

    fn is_active(&self, facet: Facet) -> bool {
        self.chosen(facet).next().is_some()
            || (facet == Facet::Date && (self.from.is_some() || self.to.is_some()))
    }

    fn find(&self, facet: Facet, value: &str) -> Result<usize, usize> {
        self.chosen
            .binary_search_by(|(f, v)| f.cmp(&facet).then_with(|| v.as_str().cmp(value)))
    }
}

/// A facet value with the number of matching articles that have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// The value as [`Selection`] takes it (an entity or proposition id,
    /// an outlet name, a date, a stance word).
    pub value: String,
    /// What to show: the entity's name, the proposition's label, or the
    /// value itself.
    pub label: String,
    /// Articles that match the query and the other facets' choices and
    /// have this value.
    pub count: u32,
    /// True when the selection chose it.
    pub chosen: bool,
}

/// The values of one facet with their counts: those with a count above
/// zero (the most frequent, up to a limit) and the chosen ones, most
/// frequent first, then by value; dates all, in order of date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    /// The facet.
    pub facet: Facet,
    /// Its values.
    pub values: Vec<FacetValue>,
    /// How many more values have a count above zero but were left out by
    /// the limit.
    pub others: usize,
}

/// Bits of a packed value id that hold the value; the facet is above.
const SHIFT: u32 = 28;
const MASK: u32 = (1 << SHIFT) - 1;

/// Every article's facet values, built once. Values are numbered per
/// facet in order of first sight.
#[derive(Clone, Debug, Default)]
pub(crate) struct Facets {
    /// Per facet, its values (without their hash table: found through
    /// `sorted`), and the label of each (an id in `names`).
    values: [Terms; 7],
    label: [Vec<u32>; 7],
    names: Terms,
    /// Per facet, the value ids in order of value, and each id's place in
    /// that order.
    sorted: [Vec<u32>; 7],
    rank: [Vec<u32>; 7],
    /// Article `d`'s values are `packed[at[d]..at[d + 1]]`, each
    /// `facet << SHIFT | value`.
    at: Vec<u32>,
    packed: Vec<u32>,
}

/// Collects values as they come.
#[derive(Default)]
struct Collect {
    values: [Terms; 7],
    label: [Vec<u32>; 7],
    names: Terms,
    /// The last article each value was added for, plus one.
    stamp: [Vec<u32>; 7],
    packed: Vec<u32>,
}

impl Collect {
    /// Adds `value` for article `doc`; `label` names a value seen first.
    fn add<'a>(
        &mut self,
        doc: usize,
        facet: Facet,
        value: &'a str,
        label: impl FnOnce() -> &'a str,
    ) {
        let f = facet as usize;
        let (id, new) = self.values[f].intern(value);
        if new {
            let name = self.names.push(label());
            self.label[f].push(name);
            self.stamp[f].push(0);
        }
        let stamp = &mut self.stamp[f][id as usize];
        if *stamp != doc as u32 + 1 {
            *stamp = doc as u32 + 1;
            self.packed.push(((f as u32) << SHIFT) | id);
        }
    }
}

impl Facets {
    /// `order` lists the articles sorted by id.
    #[inline(never)]
    pub(crate) fn build(doc: &Document, order: &[u32]) -> Facets {
        let n = doc.articles.len();
        let mut names = Terms::default();
        let mut name_of = Vec::new();
        for e in &doc.entities {
            if names.intern(&e.id).1 {
                name_of.push(e.name.as_str());
            }
        }
        fn name<'a>(names: &Terms, name_of: &[&'a str], id: &'a str) -> &'a str {
            names.get(id).map_or(id, |i| name_of[i as usize])
        }
        let mut props = Terms::default();
        let mut label_of = Vec::new();
        for p in &doc.propositions {
            if props.intern(&p.id).1 {
                label_of.push(p.label.as_str());
            }
        }
        // Each article's statements (statements come grouped by article).
        let mut statements: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut last: Option<(&str, usize)> = None;
        for (i, s) in doc.statements.iter().enumerate() {
            let found = match last {
                Some((id, d)) if id == s.article => Some(d),
                _ => order
                    .binary_search_by(|&d| doc.articles[d as usize].id.as_str().cmp(&s.article))
                    .ok()
                    .map(|k| order[k] as usize),
            };
            if let Some(d) = found {
                statements[d].push(i);
                last = Some((s.article.as_str(), d));
            }
        }
        let mut c = Collect::default();
        let mut at = Vec::with_capacity(n + 1);
        for (d, a) in doc.articles.iter().enumerate() {
            at.push(c.packed.len() as u32);
            for (facet, value) in [
                (Facet::Outlet, &a.outlet),
                (Facet::Agency, &a.wire_agency),
                (Facet::Date, &a.published),
            ] {
                if let Some(v) = value {
                    c.add(d, facet, v, || v);
                }
            }
            // Every type, dates and quantities too: the entity panel can
            // choose any entity, and its choice is this facet.
            for m in &a.mentions {
                c.add(d, Facet::Entity, &m.entity, || {
                    name(&names, &name_of, &m.entity)
                });
            }
            for &i in &statements[d] {
                let s = &doc.statements[i];
                if let Some(sp) = &s.speaker {
                    c.add(d, Facet::Speaker, sp, || {
                        names
                            .get(sp)
                            .map(|i| name_of[i as usize])
                            .or(s.speaker_label.as_deref())
                            .unwrap_or(sp)
                    });
                }
                c.add(d, Facet::Stance, s.stance.word(), || s.stance.word());
                if let Some(p) = &s.proposition {
                    c.add(d, Facet::Proposition, p, || {
                        props.get(p).map_or(p.as_str(), |i| label_of[i as usize])
                    });
                }
            }
        }
        at.push(c.packed.len() as u32);
        let sorted: [Vec<u32>; 7] = std::array::from_fn(|f| c.values[f].sorted());
        let rank = std::array::from_fn(|f| {
            let mut rank = vec![0; sorted[f].len()];
            for (r, &id) in sorted[f].iter().enumerate() {
                rank[id as usize] = r as u32;
            }
            rank
        });
        let mut values = c.values;
        for v in &mut values {
            v.drop_table();
        }
        Facets {
            values,
            label: c.label,
            names: c.names,
            sorted,
            rank,
            at,
            packed: c.packed,
        }
    }

    /// Bytes held on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        let v = |x: &Vec<u32>| 4 * x.capacity();
        self.values.iter().map(Terms::heap_bytes).sum::<usize>()
            + self.names.heap_bytes()
            + self
                .label
                .iter()
                .chain(&self.sorted)
                .chain(&self.rank)
                .map(v)
                .sum::<usize>()
            + v(&self.at)
            + v(&self.packed)
    }

    /// The id of `value` of facet `f`.
    fn find(&self, f: usize, value: &str) -> Option<usize> {
        let values = &self.values[f];
        self.sorted[f]
            .binary_search_by(|&id| values.text(id).cmp(value))
            .ok()
            .map(|k| self.sorted[f][k] as usize)
    }

    /// The label of value `id` of facet `f`.
    fn label_of(&self, f: usize, id: usize) -> &str {
        self.label[f].get(id).map_or("", |&n| self.names.text(n))
    }

    /// The articles among `matched` that pass `selection`, in article
    /// order, and the counts of every facet: a value counts the matched
    /// articles that have it and pass the choices of every other facet.
    pub(crate) fn count(
        &self,
        matched: &[bool],
        selection: &Selection,
        limit: usize,
    ) -> (Vec<u32>, Vec<super::FacetCounts>) {
        let mut selected: [Vec<bool>; 7] = Default::default();
        let mut active = 0u8;
        for facet in Facet::ALL {
            let f = facet as usize;
            let values = &self.values[f];
            selected[f] = vec![false; values.len()];
            if !selection.is_active(facet) {
                continue;
            }
            active |= 1 << f;
            let mut any = false;
            for v in selection.chosen(facet) {
                if let Some(i) = self.find(f, v) {
                    selected[f][i] = true;
                }
                any = true;
            }
            if facet == Facet::Date {
                let (from, to) = selection.date_range();
                for (i, sel) in selected[f].iter_mut().enumerate() {
                    let v = values.text(i as u32);
                    let in_range = from.is_none_or(|f| f <= v) && to.is_none_or(|t| v <= t);
                    *sel = in_range && (!any || *sel);
                }
            }
        }
        let mut counts: [Vec<u32>; 7] = Default::default();
        for (c, v) in counts.iter_mut().zip(&self.values) {
            *c = vec![0; v.len()];
        }
        let mut passing = Vec::new();
        for (d, _) in matched.iter().enumerate().filter(|(_, m)| **m) {
            let (Some(&from), Some(&to)) = (self.at.get(d), self.at.get(d + 1)) else {
                continue;
            };
            let vals = self.packed.get(from as usize..to as usize).unwrap_or(&[]);
            let mut pass = 0u8;
            for &v in vals {
                let f = (v >> SHIFT) as usize;
                if selected[f][(v & MASK) as usize] {
                    pass |= 1 << f;
                }
            }
            let fail = active & !pass;
            if fail == 0 {
                passing.push(d as u32);
            }
            if fail & fail.wrapping_sub(1) == 0 {
                for &v in vals {
                    let f = (v >> SHIFT) as usize;
                    if fail == 0 || fail == 1 << f {
                        counts[f][(v & MASK) as usize] += 1;
                    }
                }
            }
        }
        let out = Facet::ALL
            .iter()
            .map(|&facet| self.listing(facet, &counts[facet as usize], selection, limit))
            .collect();
        (passing, out)
    }

    fn listing(
        &self,
        facet: Facet,
        counts: &[u32],
        selection: &Selection,
        limit: usize,
    ) -> super::FacetCounts {
        let f = facet as usize;
        let known = |v: &str| self.find(f, v);
        let count = |i: usize| counts.get(i).copied().unwrap_or(0);
        // The values to list: dates all, others the most frequent.
        let mut ids: Vec<usize> = Vec::new();
        let mut others = 0;
        let sorted = &self.sorted[f];
        if facet == Facet::Date {
            ids.extend(sorted.iter().map(|&i| i as usize).filter(|&i| count(i) > 0));
        } else {
            let mut keys: Vec<u64> = counts
                .iter()
                .zip(&self.rank[f])
                .filter(|(&c, _)| c > 0)
                .map(|(&c, &r)| (u64::from(u32::MAX - c) << 32) | u64::from(r))
                .collect();
            super::radix_sort(&mut keys);
            others = keys.len().saturating_sub(limit);
            ids.extend(
                keys.iter()
                    .take(limit)
                    .filter_map(|&k| sorted.get((k & 0xffff_ffff) as usize))
                    .map(|&i| i as usize),
            );
        }
        let mut values: Vec<super::FacetValue> = Vec::with_capacity(ids.len());
        let mut push = |value: &str, label: &str, count: u32| {
            values.push(super::FacetValue {
                value: value.to_string(),
                label: label.to_string(),
                count,
                chosen: selection.is_chosen(facet, value),
            })
        };
        for &i in &ids {
            push(self.values[f].text(i as u32), self.label_of(f, i), count(i));
        }
        // Chosen values left out, also those the corpus does not have, so
        // that they can be unchosen.
        for v in selection.chosen(facet) {
            match known(v) {
                Some(i) if ids.contains(&i) => {}
                Some(i) => {
                    others -= usize::from(count(i) > 0 && facet != Facet::Date).min(others);
                    push(v, self.label_of(f, i), count(i));
                }
                None => push(v, v, 0),
            }
        }
        if facet == Facet::Date {
            crate::sort::by(&mut values, &|a, b| a.value.cmp(&b.value));
        } else {
            crate::sort::by(&mut values, &|a, b| {
                b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value))
            });
        }
        super::FacetCounts {
            facet,
            values,
            others,
        }
    }
}
