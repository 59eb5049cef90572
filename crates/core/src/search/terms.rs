//! A string interner: each distinct string gets the next `u32` id and
//! carries one `u32` value (the index stores a word's stem there). One text
//! buffer and an open-addressing table whose slots hold a string of up to
//! eight bytes in place, so most words are found with one memory access and
//! no comparison of text; interning millions of words costs no allocation
//! per word and little code in wasm.

/// One slot: the key (a short string's bytes, or a long string's hash),
/// `id + 1` (0 for an empty slot), and the value.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    tag: u32,
    value: u32,
}
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// Strings, their ids and values.
#[derive(Clone, Debug, Default)]
pub(crate) struct Terms {
    /// All strings, one after another.
    text: String,
    /// `text[ends[i - 1]..ends[i]]` is string `i`.
    ends: Vec<u32>,
    /// A power of two long, at most half full.
    slots: Vec<Slot>,
}

/// The key of `s`: up to eight bytes without a NUL are the key
/// themselves (zero-padded), other strings are hashed and marked long by
/// a top byte of `0xff`, which no short key has (UTF-8 never holds it).
#[inline(always)]
fn key(s: &str) -> u64 {
    let b = s.as_bytes();
    let n = b.len();
    if n <= 8 {
        // Two overlapping loads for four bytes or more.
        let k = if n >= 4 {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(lo) | (u64::from(hi) << (8 * (n - 4)))
        } else {
            b.iter()
                .enumerate()
                .fold(0, |k, (i, &c)| k | (u64::from(c) << (8 * i)))
        };
        // Does a byte of the string read zero? (Padding reads as 0xff.)
        let v = k | u64::MAX.checked_shl(8 * n as u32).unwrap_or(0);
        if (v.wrapping_sub(0x0101_0101_0101_0101) & !v & 0x8080_8080_8080_8080) == 0 {
            return k;
        }
    }
    let mut h = n as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or_default());
        h = (h.rotate_left(23) ^ w).wrapping_mul(MULTIPLIER);
    }
    let mut w = 0u64;
    for (i, &x) in chunks.remainder().iter().enumerate() {
        w |= u64::from(x) << (8 * i);
    }
    h = (h.rotate_left(23) ^ w).wrapping_mul(MULTIPLIER);
    h | LONG_KEY
}

/// The top byte of a long string's key.
const LONG_KEY: u64 = 0xff << 56;

impl Terms {
    /// Number of strings.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// String `id` (empty for an unknown id).
    #[inline(always)]
    pub(crate) fn text(&self, id: u32) -> &str {
        let i = id as usize;
        let end = self.ends.get(i).map_or(0, |&e| e as usize);
        let start = match i {
            0 => 0,
            _ => self.ends.get(i - 1).map_or(end, |&e| e as usize),
        };
        self.text.get(start..end).unwrap_or("")
    }

    /// The slot of `s`: where it is, or the empty slot where it would go.
    #[inline(always)]
    fn slot(&self, s: &str, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        // The high bits of a multiplicative hash are the well-mixed ones.
        let bits = self.slots.len().trailing_zeros().max(1);
        let mut i = (key.wrapping_mul(MULTIPLIER) >> (64 - bits)) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.tag == 0
                || (slot.key == key && (key < LONG_KEY || self.text(slot.tag - 1) == s))
            {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The id and value of `s`, if interned.
    #[inline(always)]
    pub(crate) fn entry(&self, s: &str) -> Option<(u32, u32)> {
        if self.slots.is_empty() {
            return None;
        }
        let slot = self.slots[self.slot(s, key(s))];
        let id = slot.tag.checked_sub(1)?;
        Some((id, slot.value))
    }

    /// The id of `s`, if interned.
    pub(crate) fn get(&self, s: &str) -> Option<u32> {
        self.entry(s).map(|(id, _)| id)
    }

    /// The id of `s`, interning it with `value` if new; true when it was new.
    pub(crate) fn intern_with(&mut self, s: &str, value: u32) -> (u32, bool) {
        if self.slots.len() < 2 * (self.len() + 1) {
            self.grow();
        }
        let key = key(s);
        let i = self.slot(s, key);
        if let Some(id) = self.slots[i].tag.checked_sub(1) {
            return (id, false);
        }
        let id = self.len() as u32;
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        self.slots[i] = Slot {
            key,
            tag: id + 1,
            value,
        };
        (id, true)
    }

    /// The id of `s`, interning it if new; true when it was new.
    pub(crate) fn intern(&mut self, s: &str) -> (u32, bool) {
        self.intern_with(s, 0)
    }

    /// Appends `s` without looking it up (it gets a new id even when
    /// present); for strings only ever read by id.
    pub(crate) fn push(&mut self, s: &str) -> u32 {
        let id = self.len() as u32;
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        if !self.slots.is_empty() {
            self.drop_table();
        }
        id
    }

    /// Drops the hash table: strings stay readable by id, but [`Terms::get`]
    /// finds nothing and [`Terms::intern`] starts a table afresh.
    pub(crate) fn drop_table(&mut self) {
        self.slots = Vec::new();
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.slots = vec![Slot::default(); (old.len() * 2).max(64)];
        for slot in old.into_iter().filter(|s| s.tag != 0) {
            let i = self.slot(self.text(slot.tag - 1), slot.key);
            self.slots[i] = slot;
        }
    }

    /// The ids in order of their strings (by bytes): a radix sort on the
    /// first five bytes, then the strings that share them by whole string.
    pub(crate) fn sorted(&self) -> Vec<u32> {
        let n = self.len();
        let prefix = |id: u32| {
            let t = self.text(id).as_bytes();
            (0..5).fold(0u64, |k, i| {
                (k << 8) | u64::from(t.get(i).copied().unwrap_or(0))
            })
        };
        if n >= 1 << 24 {
            let mut ids: Vec<u32> = (0..n as u32).collect();
            crate::sort::by(&mut ids, &|&a, &b| self.text(a).cmp(self.text(b)));
            return ids;
        }
        let mut keys: Vec<u64> = (0..n as u32)
            .map(|id| (prefix(id) << 24) | u64::from(id))
            .collect();
        super::radix_sort(&mut keys);
        let mut ids: Vec<u32> = keys.iter().map(|&k| (k & 0xff_ffff) as u32).collect();
        let mut i = 0;
        while i < n {
            let run = keys[i..]
                .iter()
                .take_while(|&&k| k >> 24 == keys[i] >> 24)
                .count();
            if run > 1 {
                let mut part = ids[i..i + run].to_vec();
                crate::sort::by(&mut part, &|&a, &b| self.text(a).cmp(self.text(b)));
                ids[i..i + run].copy_from_slice(&part);
            }
            i += run;
        }
        ids
    }

    /// Bytes held on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + 4 * self.ends.capacity()
            + std::mem::size_of::<Slot>() * self.slots.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::Terms;

    #[test]
    fn interns_each_string_once() {
        let mut t = Terms::default();
        let mut words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        words.push("a-rather-long-word-past-eight-bytes".into());
        words.push("a-rather-long-word-past-eight-bytez".into());
        words.push("ünïcödé".into());
        words.push(String::new());
        words.push("ab".into());
        words.push("ab\0".into());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.intern_with(w, i as u32 * 2), (i as u32, true));
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.intern(w), (i as u32, false));
            assert_eq!(t.entry(w), Some((i as u32, i as u32 * 2)));
            assert_eq!(t.text(i as u32), w);
        }
        assert_eq!(t.get("nope"), None);
        assert_eq!(t.get("a-rather-long-word-past-eight-bytes!"), None);
        assert_eq!(t.text(99_999), "");
        assert_eq!(Terms::default().get("x"), None);
        let sorted: Vec<&str> = t.sorted().into_iter().map(|i| t.text(i)).collect();
        let mut want: Vec<&str> = words.iter().map(String::as_str).collect();
        want.sort();
        assert_eq!(sorted, want);
    }
}
