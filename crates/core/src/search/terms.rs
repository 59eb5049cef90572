//! A string interner: each distinct string gets the next `u32` id. One
//! text buffer and an open-addressing table of ids, so interning millions
//! of words costs no allocation per word and little code in wasm.

/// Strings and their ids.
#[derive(Clone, Debug, Default)]
pub(crate) struct Terms {
    /// All strings, one after another.
    text: String,
    /// `text[ends[i - 1]..ends[i]]` is string `i`.
    ends: Vec<u32>,
    /// Open addressing: `id + 1`, or 0 for an empty slot; a power of two long.
    table: Vec<u32>,
}

fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h ^ (h >> 29)
}

impl Terms {
    /// Number of strings.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// String `id` (empty for an unknown id).
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
    fn slot(&self, s: &str) -> usize {
        let mask = self.table.len() - 1;
        let mut i = hash(s) as usize & mask;
        loop {
            match self.table[i] {
                0 => return i,
                id if self.text(id - 1) == s => return i,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The id of `s`, if interned.
    pub(crate) fn get(&self, s: &str) -> Option<u32> {
        if self.table.is_empty() {
            return None;
        }
        self.table[self.slot(s)].checked_sub(1)
    }

    /// The id of `s`, interning it if new; true when it was new.
    pub(crate) fn intern(&mut self, s: &str) -> (u32, bool) {
        if self.table.len() < 2 * (self.len() + 1) {
            self.grow();
        }
        let i = self.slot(s);
        if let Some(id) = self.table[i].checked_sub(1) {
            return (id, false);
        }
        let id = self.len() as u32;
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        self.table[i] = id + 1;
        (id, true)
    }

    fn grow(&mut self) {
        let size = (self.table.len() * 2).max(64);
        self.table = vec![0; size];
        for id in 0..self.len() as u32 {
            let i = self.slot(self.text(id));
            self.table[i] = id + 1;
        }
    }

    /// Bytes held on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.text.capacity() + 4 * (self.ends.capacity() + self.table.capacity())
    }
}

#[cfg(test)]
mod tests {
    use super::Terms;

    #[test]
    fn interns_each_string_once() {
        let mut t = Terms::default();
        let words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.intern(w), (i as u32, true));
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.intern(w), (i as u32, false));
            assert_eq!(t.get(w), Some(i as u32));
            assert_eq!(t.text(i as u32), w);
        }
        assert_eq!(t.get("nope"), None);
        assert_eq!(t.text(99_999), "");
        assert_eq!(Terms::default().get("x"), None);
    }
}
