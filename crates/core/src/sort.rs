//! A small stable merge sort. The standard library's sorts are fast but
//! large: each call site with its own element type and comparator adds
//! several kilobytes of wasm, and the engine sorts in many places. This one
//! takes the comparator as `&dyn Fn`, so there is one small copy per element
//! type, and it is still O(n log n).
//!
//! ```
//! let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
//! crossread_core::sort::by(&mut v, &|a, b| a.0.cmp(&b.0));
//! assert_eq!(v, vec![(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
//! ```

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`. The merge sort itself runs on indices, so
/// it exists once in the binary whatever the element types; only the small
/// permutation step is per type.
pub fn by<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        merge_sort((0..items.len()).collect(), &|i: &usize, j: &usize| {
            cmp(&items[*i], &items[*j])
        })
    };
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `v` stably by the key `f` gives.
pub fn by_key<T, K: Ord>(v: &mut Vec<T>, f: &dyn Fn(&T) -> K) {
    by(v, &|a, b| f(a).cmp(&f(b)));
}

/// Collects `items` into a set by inserting them one by one: `collect()`
/// would sort them first with the standard library's sort, one large copy
/// per element type.
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> std::collections::BTreeSet<T> {
    let mut s = std::collections::BTreeSet::new();
    for x in items {
        s.insert(x);
    }
    s
}

/// Sorts `v` of ordered items.
pub fn natural<T: Ord>(v: &mut Vec<T>) {
    by(v, &|a, b| a.cmp(b));
}

/// Numbers for string keys, each distinct key numbered in order of first
/// use: the engine's maps from strings are this one map type plus plain
/// vectors indexed by the number, because every map type of its own adds
/// kilobytes of wasm.
///
/// ```
/// let mut k = crossread_core::sort::Keys::default();
/// assert_eq!(k.id("b"), 0);
/// assert_eq!(k.id("a"), 1);
/// assert_eq!(k.id("b"), 0);
/// assert_eq!((k.get("a"), k.get("c"), k.len()), (Some(1), None, 2));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Keys(std::collections::BTreeMap<String, usize>);

impl Keys {
    /// The number of `key`, if it has one.
    pub fn get(&self, key: &str) -> Option<usize> {
        self.0.get(key).copied()
    }

    /// The number of `key`, numbering it when new.
    pub fn id(&mut self, key: &str) -> usize {
        if let Some(k) = self.get(key) {
            return k;
        }
        let k = self.0.len();
        self.0.insert(key.to_string(), k);
        k
    }

    /// How many keys are numbered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no key is numbered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Pushes `value` on the list of `key`: `keys` numbers the keys, `lists`
/// holds the list of each number.
pub fn push_to<T>(keys: &mut Keys, lists: &mut Vec<Vec<T>>, key: &str, value: T) -> usize {
    let k = keys.id(key);
    while lists.len() <= k {
        lists.push(Vec::new());
    }
    let list = &mut lists[k];
    list.push(value);
    list.len() - 1
}

/// The list of `key` (empty when it has none).
pub fn list_of<'a, T>(keys: &Keys, lists: &'a [Vec<T>], key: &str) -> &'a [T] {
    keys.get(key)
        .and_then(|k| lists.get(k))
        .map_or(&[], Vec::as_slice)
}

/// Records `index` as the first place of `key` unless it has one.
pub fn first(keys: &mut Keys, firsts: &mut Vec<usize>, key: &str, index: usize) {
    if keys.id(key) == firsts.len() {
        firsts.push(index);
    }
}

/// The first place of `key`.
pub fn first_of(keys: &Keys, firsts: &[usize], key: &str) -> Option<usize> {
    keys.get(key).and_then(|k| firsts.get(k)).copied()
}

fn merge_sort(mut items: Vec<usize>, cmp: &dyn Fn(&usize, &usize) -> Ordering) -> Vec<usize> {
    let n = items.len();
    if n <= 8 {
        // Insertion sort: fewest moves for short runs.
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
        return items;
    }
    let right = items.split_off(n / 2);
    let left = merge_sort(items, cmp);
    let right = merge_sort(right, cmp);
    let mut out = Vec::with_capacity(n);
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        let take_right = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => cmp(a, b) == Ordering::Greater,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => break,
        };
        let next = if take_right { r.next() } else { l.next() };
        out.extend(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            super::by(&mut ours, &|a, b| a.0.cmp(&b.0));
            let mut std = v;
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }
    }
}
