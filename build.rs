//! Writes the shipped corpus to `OUT_DIR` without the whitespace between
//! its JSON tokens, for `src/state.rs` to include: the same document in
//! fewer bytes of wasm (`corpus/corpus.json` itself stays readable).

fn main() {
    println!("cargo:rerun-if-changed=corpus/corpus.json");
    let text = std::fs::read_to_string("corpus/corpus.json").expect("read corpus/corpus.json");
    let mut out = String::with_capacity(text.len());
    // Inside a string, and right after a backslash in one.
    let (mut quoted, mut escaped) = (false, false);
    for c in text.chars() {
        if quoted {
            let after_backslash = escaped;
            escaped = !after_backslash && c == '\\';
            quoted = after_backslash || c != '"';
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        } else {
            quoted = c == '"';
        }
        out.push(c);
    }
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("corpus.json"), out).expect("write the corpus");
}
