//! Writing JSON: a small pretty-printer that gives exactly the bytes of
//! `serde_json::to_string_pretty` (two-space indent, `"key": value`, `[]`
//! and `{}` when empty, serde_json's string escapes), and the document
//! written with it in the field order of `ANALYSIS_FORMAT.md`.
//!
//! Hand-written rather than derived for the same reason as the reader: the
//! derived writers and serde_json cost the browser more code than this.

use super::super::{Article, Document, Statement};
use crate::correction::Field;

/// A pretty-printing JSON writer. Callers pair each [`Writer::open`] with a
/// [`Writer::close`] and put [`Writer::item`] or [`Writer::key`] before each
/// value inside a list or object.
#[derive(Default)]
pub(crate) struct Writer {
    out: String,
    depth: usize,
    /// Whether the innermost open list or object has no value yet.
    empty: bool,
}

impl Writer {
    /// The text written so far, with a final newline.
    pub(crate) fn finish(mut self) -> String {
        self.out.push('\n');
        self.out
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Opens a list (`[`) or an object (`{`).
    pub(crate) fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes the innermost list (`]`) or object (`}`).
    pub(crate) fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// Starts the next value of a list.
    pub(crate) fn item(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.newline();
        self.empty = false;
    }

    /// Starts the next field of an object.
    pub(crate) fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.out.push_str(": ");
    }

    /// A string, escaped as serde_json escapes it.
    pub(crate) fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut from = 0;
        for (i, b) in s.bytes().enumerate() {
            let short = match b {
                b'"' => '"',
                b'\\' => '\\',
                b'\n' => 'n',
                b'\r' => 'r',
                b'\t' => 't',
                0x08 => 'b',
                0x0c => 'f',
                0..=0x1f => 'u',
                _ => continue,
            };
            // Only ASCII bytes stop the loop, so both ends are boundaries.
            self.out.push_str(&s[from..i]);
            self.out.push('\\');
            self.out.push(short);
            if short == 'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
            from = i + 1;
        }
        self.out.push_str(&s[from..]);
        self.out.push('"');
    }

    /// A field holding a string.
    pub(crate) fn field(&mut self, key: &str, value: &str) {
        self.key(key);
        self.string(value);
    }

    /// A field holding a string or `null`.
    fn opt(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        match value {
            Some(s) => self.string(s),
            None => self.out.push_str("null"),
        }
    }

    fn number(&mut self, key: &str, n: usize) {
        self.key(key);
        self.out.push_str(&n.to_string());
    }

    /// A field holding a list, each item written by `write`.
    pub(crate) fn list<T>(&mut self, key: &str, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.key(key);
        self.open('[');
        for item in items {
            self.item();
            write(self, item);
        }
        self.close(']');
    }

    fn strings(&mut self, key: &str, items: &[String]) {
        self.list(key, items, |w, s| w.string(s));
    }
}

fn article(w: &mut Writer, a: &Article) {
    w.open('{');
    w.field("id", &a.id);
    w.field("source_file", &a.source_file);
    w.field("headline", &a.headline);
    w.opt("outlet", a.outlet.as_deref());
    w.opt("outlet_basis", a.outlet_basis.map(|b| b.word()));
    w.opt("wire_agency", a.wire_agency.as_deref());
    w.opt("published", a.published.as_deref());
    w.opt("dateline", a.dateline.as_deref());
    w.opt("url", a.url.as_deref());
    w.field("body", &a.body);
    w.strings("captions", &a.captions);
    w.strings("boilerplate", &a.boilerplate);
    w.list("mentions", &a.mentions, |w, m| {
        w.open('{');
        w.field("entity", &m.entity);
        w.field("type", m.kind.word());
        w.number("start", m.start);
        w.number("end", m.end);
        w.field("text", &m.text);
        w.close('}');
    });
    w.close('}');
}

fn statement(w: &mut Writer, s: &Statement) {
    w.open('{');
    w.field("id", &s.id);
    w.field("article", &s.article);
    w.field("sentence", &s.sentence);
    w.number("start", s.start);
    w.number("end", s.end);
    w.opt("speaker", s.speaker.as_deref());
    w.opt("speaker_label", s.speaker_label.as_deref());
    w.field("stance", s.stance.word());
    w.opt("proposition", s.proposition.as_deref());
    w.opt("quote", s.quote.as_deref());
    w.opt("said_on", s.said_on.as_deref());
    w.close('}');
}

/// The document as pretty-printed JSON with a final newline.
pub(crate) fn document(doc: &Document) -> String {
    let mut w = Writer::default();
    w.open('{');
    w.field("format", &doc.format);
    w.list("articles", &doc.articles, article);
    w.list("entities", &doc.entities, |w, e| {
        w.open('{');
        w.field("id", &e.id);
        w.field("name", &e.name);
        w.field("type", e.kind.word());
        w.strings("aliases", &e.aliases);
        w.close('}');
    });
    w.list("statements", &doc.statements, statement);
    w.list("propositions", &doc.propositions, |w, p| {
        w.open('{');
        w.field("id", &p.id);
        w.field("label", &p.label);
        w.strings("statements", &p.statements);
        w.close('}');
    });
    // Left out when there are none, so documents without stay as they were.
    if !doc.corrections.is_empty() {
        w.list("corrections", &doc.corrections, |w, c| {
            w.open('{');
            w.field("kind", c.kind());
            for (key, value) in c.fields() {
                match value {
                    Field::Str(s) => w.field(key, s),
                    Field::Null => w.opt(key, None),
                    Field::List(l) => w.strings(key, l),
                }
            }
            w.close('}');
        });
    }
    w.close('}');
    w.finish()
}

#[cfg(test)]
mod tests {
    //! serde_json, with the derives the types carry under `cfg(test)`, is the
    //! oracle: the writer must give the same bytes.
    use super::super::super::{
        Article, Basis, Document, Entity, EntityType, Mention, Proposition, Stance, Statement,
    };
    use super::{document, Writer};
    use proptest::prelude::*;
    use proptest::strategy::Strategy;

    fn serde(doc: &Document) -> String {
        serde_json::to_string_pretty(doc).unwrap_or_default() + "\n"
    }

    /// Controls, quotes, backslashes, DEL, line and paragraph separators,
    /// right-to-left text and marks, emoji, and any printable character.
    fn text() -> impl Strategy<Value = String> {
        "([\u{0}-\u{1f}\"\\\\/\u{7f}\u{80}\u{2028}\u{2029}\u{200f}\u{202e}\u{5d0}-\u{5ea}\u{627}-\u{64a}😀👩‍👩‍👧é a-z]|\\PC){0,12}"
    }

    fn opt() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(text())
    }

    fn kind() -> impl Strategy<Value = EntityType> {
        prop::sample::select(
            super::super::TYPES
                .iter()
                .map(|&(_, t)| t)
                .collect::<Vec<_>>(),
        )
    }

    fn article() -> impl Strategy<Value = Article> {
        let mention = (text(), kind(), any::<usize>(), any::<usize>(), text()).prop_map(
            |(entity, kind, start, end, text)| Mention {
                entity,
                kind,
                start,
                end,
                text,
            },
        );
        let basis = proptest::option::of(prop::sample::select(vec![
            Basis::Text,
            Basis::Url,
            Basis::Sidecar,
        ]));
        (
            (text(), text(), text(), opt(), basis, opt()),
            (opt(), opt(), opt(), text()),
            (
                prop::collection::vec(text(), 0..3),
                prop::collection::vec(text(), 0..3),
                prop::collection::vec(mention, 0..3),
            ),
        )
            .prop_map(
                |(
                    (id, source_file, headline, outlet, outlet_basis, wire_agency),
                    (published, dateline, url, body),
                    (captions, boilerplate, mentions),
                )| Article {
                    id,
                    source_file,
                    headline,
                    outlet,
                    outlet_basis,
                    wire_agency,
                    published,
                    dateline,
                    url,
                    body,
                    captions,
                    boilerplate,
                    mentions,
                },
            )
    }

    fn statement() -> impl Strategy<Value = Statement> {
        let stance = prop::sample::select(vec![Stance::Asserts, Stance::Denies, Stance::Qualifies]);
        (
            (text(), text(), text(), any::<usize>(), any::<usize>()),
            (opt(), opt(), stance, opt(), opt(), opt()),
        )
            .prop_map(
                |(
                    (id, article, sentence, start, end),
                    (speaker, speaker_label, stance, proposition, quote, said_on),
                )| Statement {
                    id,
                    article,
                    sentence,
                    start,
                    end,
                    speaker,
                    speaker_label,
                    stance,
                    proposition,
                    quote,
                    said_on,
                },
            )
    }

    fn doc() -> impl Strategy<Value = Document> {
        let entity = (text(), text(), kind(), prop::collection::vec(text(), 0..3)).prop_map(
            |(id, name, kind, aliases)| Entity {
                id,
                name,
                kind,
                aliases,
            },
        );
        let proposition = (text(), text(), prop::collection::vec(text(), 0..3)).prop_map(
            |(id, label, statements)| Proposition {
                id,
                label,
                statements,
            },
        );
        // Corrections of every kind; none at all half of the time.
        let correction = (
            0usize..7,
            text(),
            text(),
            prop::option::of(text()),
            prop::collection::vec(text(), 0..3),
            0usize..3,
        )
            .prop_map(|(kind, a, b, speaker, statements, stance)| {
                let b = match kind {
                    2 => ["asserts", "denies", "qualifies"][stance].to_string(),
                    _ => b,
                };
                crate::correction::Correction::from_parts(kind, vec![a, b], speaker, statements)
                    .expect("a kind and a stance of the format")
            });
        (
            text(),
            prop::collection::vec(article(), 0..3),
            prop::collection::vec(entity, 0..3),
            prop::collection::vec(statement(), 0..3),
            prop::collection::vec(proposition, 0..3),
            prop_oneof![Just(Vec::new()), prop::collection::vec(correction, 1..4)],
        )
            .prop_map(
                |(format, articles, entities, statements, propositions, corrections)| Document {
                    format,
                    articles,
                    entities,
                    statements,
                    propositions,
                    corrections,
                },
            )
    }

    proptest! {
        #[test]
        fn documents_are_written_as_serde_json_writes_them(doc in doc()) {
            prop_assert_eq!(document(&doc), serde(&doc));
        }

        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in text()) {
            let mut w = Writer::default();
            w.string(&s);
            prop_assert_eq!(w.finish(), serde_json::to_string(&s).unwrap_or_default() + "\n");
        }
    }

    #[test]
    fn every_control_character_is_escaped_as_serde_json_escapes_it() {
        let s: String = (0u8..0x80)
            .map(char::from)
            .chain(['\u{2028}', 'é'])
            .collect();
        let mut w = Writer::default();
        w.string(&s);
        assert_eq!(
            w.finish(),
            serde_json::to_string(&s).unwrap_or_default() + "\n"
        );
    }

    #[test]
    fn empty_documents_and_lists_match() {
        let mut doc = Document::default();
        assert_eq!(document(&doc), serde(&doc));
        doc.articles.push(Article::empty("a"));
        assert_eq!(document(&doc), serde(&doc));
    }

    #[test]
    fn the_analysis_of_the_seeds_is_written_as_serde_json_writes_it() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/corpus.json");
        let corpus = std::fs::read_to_string(path).expect("corpus.json");
        let doc = Document::from_json(&corpus).expect("corpus reads");
        assert_eq!(document(&doc), corpus, "corpus.json is serde_json's bytes");
        assert_eq!(document(&doc), serde(&doc));
        let analysed = crate::analyze(doc);
        assert!(!analysed.statements.is_empty());
        assert_eq!(document(&analysed), serde(&analysed));
    }
}
