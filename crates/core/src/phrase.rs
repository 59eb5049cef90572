//! A small matcher for many literal phrases (the gazetteers), ASCII
//! case-insensitive, reporting every phrase that starts at a word start.
//! It replaces a general multi-pattern automaton: the engine only wants
//! matches on word boundaries, so a byte trie walked from each word start
//! does the job in a few kilobytes of wasm instead of tens.
//!
//! ```
//! use crossread_core::phrase::PhraseSet;
//! let set = PhraseSet::new(&["new york", "new", "york city"]);
//! let hits: Vec<_> = set.find_at_word_starts("In New York City.").collect();
//! assert_eq!(hits, vec![(3, 6, 1), (3, 11, 0), (7, 16, 2)]);
//! ```

/// One trie node: sorted child edges and the phrases ending here.
#[derive(Clone, Debug, Default)]
struct Node {
    edges: Vec<(u8, u32)>,
    ends: Vec<u32>,
}

/// A set of phrases, built once.
#[derive(Clone, Debug)]
pub struct PhraseSet {
    nodes: Vec<Node>,
}

impl PhraseSet {
    /// Builds the set; a phrase's index in `phrases` is its id. Empty
    /// phrases never match.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Self {
        let mut nodes = vec![Node::default()];
        for (id, p) in phrases.iter().enumerate() {
            let bytes = p.as_ref().as_bytes();
            if bytes.is_empty() {
                continue;
            }
            let mut at = 0usize;
            for &b in bytes {
                let b = b.to_ascii_lowercase();
                at = match nodes[at].edges.binary_search_by_key(&b, |e| e.0) {
                    Ok(i) => nodes[at].edges[i].1 as usize,
                    Err(i) => {
                        let next = nodes.len();
                        nodes.push(Node::default());
                        nodes[at].edges.insert(i, (b, next as u32));
                        next
                    }
                };
            }
            nodes[at].ends.push(id as u32);
        }
        PhraseSet { nodes }
    }

    /// Every `(start, end, phrase id)` of a phrase that begins at a word
    /// start of `text` (the first character, or one after a character that
    /// is not alphanumeric), ordered by start, then end, then id. Whether
    /// the match also ends on a word boundary is left to the caller.
    pub fn find_at_word_starts<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let bytes = text.as_bytes();
        let mut prev_alnum = false;
        text.char_indices()
            .filter_map(move |(i, c)| {
                let start = !prev_alnum;
                prev_alnum = c.is_alphanumeric();
                start.then_some(i)
            })
            .flat_map(move |start| {
                let mut hits = Vec::new();
                let mut at = 0usize;
                for (k, &b) in bytes[start..].iter().enumerate() {
                    let b = b.to_ascii_lowercase();
                    match self.nodes[at].edges.binary_search_by_key(&b, |e| e.0) {
                        Ok(i) => at = self.nodes[at].edges[i].1 as usize,
                        Err(_) => break,
                    }
                    for &id in &self.nodes[at].ends {
                        hits.push((start, start + k + 1, id as usize));
                    }
                }
                hits
            })
    }
}

#[cfg(test)]
mod tests {
    use super::PhraseSet;
    use proptest::prelude::*;

    #[test]
    fn case_insensitive_ascii_exact_elsewhere() {
        let set = PhraseSet::new(&["Zoë", "u.s."]);
        let hits: Vec<_> = set.find_at_word_starts("ZOË zoë U.S.").collect();
        assert_eq!(hits, vec![(5, 9, 0), (10, 14, 1)]);
    }

    #[test]
    fn no_match_inside_words() {
        let set = PhraseSet::new(&["ran"]);
        assert_eq!(set.find_at_word_starts("Iran ran").count(), 1);
    }

    proptest! {
        #[test]
        fn agrees_with_a_naive_search(text in "[a-cA-C .é-]{0,40}", phrases in proptest::collection::vec("[a-c .]{1,4}", 1..6)) {
            let set = PhraseSet::new(&phrases);
            let got: Vec<_> = set.find_at_word_starts(&text).collect();
            let lower = text.to_ascii_lowercase();
            let mut want = Vec::new();
            let mut prev_alnum = false;
            for (i, c) in text.char_indices() {
                if !prev_alnum {
                    for (id, p) in phrases.iter().enumerate() {
                        if lower[i..].starts_with(&p.to_ascii_lowercase()) {
                            want.push((i, i + p.len(), id));
                        }
                    }
                }
                prev_alnum = c.is_alphanumeric();
            }
            want.sort();
            let mut got_sorted = got.clone();
            got_sorted.sort();
            prop_assert_eq!(got_sorted, want);
        }
    }
}
