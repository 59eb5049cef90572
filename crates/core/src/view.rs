//! The app's view state as it lives in the URL's hash, so every view is a
//! link: `#article=001_x`. Only the hash is used, because a page opened from
//! a file may change its hash but not its path.
//!
//! ```
//! use crossread_core::view::ViewState;
//!
//! let v = ViewState::from_hash("#article=001_a%26b");
//! assert_eq!(v.article.as_deref(), Some("001_a&b"));
//! assert_eq!(ViewState::from_hash(&v.to_hash()), v);
//! ```

/// Everything about the view that a shared link must restore.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The id of the open article.
    pub article: Option<String>,
}

impl ViewState {
    /// Reads the state from a URL hash (with or without the leading `#`).
    /// Unknown keys and malformed pairs are ignored, never an error.
    pub fn from_hash(hash: &str) -> Self {
        let mut v = ViewState::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        for pair in hash.split('&') {
            let (k, val) = pair.split_once('=').unwrap_or((pair, ""));
            if k == "article" && !val.is_empty() {
                v.article = Some(decode(val));
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
        format!("#{}", parts.join("&"))
    }
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

    proptest! {
        #[test]
        fn hash_round_trips(id in ".*") {
            let v = ViewState { article: if id.is_empty() { None } else { Some(id) } };
            prop_assert_eq!(ViewState::from_hash(&v.to_hash()), v);
        }

        #[test]
        fn any_hash_parses(h in ".*") {
            let _ = ViewState::from_hash(&h);
        }
    }
}
