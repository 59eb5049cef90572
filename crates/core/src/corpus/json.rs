//! Reading a corpus document from JSON text: a small parser into a tree of
//! values, then a reader that turns the tree into a [`Document`] and names
//! the place of anything wrong (`articles[2].mentions[0].start: expected a
//! whole number`, with its line and column).
//!
//! Hand-written rather than derived: the derived readers cost the browser
//! more code than the whole of this module, and their messages name Rust
//! types instead of the place in the file.
//!
//! Only `format`, `articles` and each article's `id`, `headline` and `body`
//! are required; a missing or `null` list is empty and a missing optional
//! field is unknown. Fields the format does not know are ignored.
//!
//! ```
//! use crossread_core::corpus::Document;
//!
//! let ok = r#"{"format":"crossread-analysis/1",
//!              "articles":[{"id":"a","headline":"H","body":"Text."}]}"#;
//! assert_eq!(Document::from_json(ok).unwrap().articles[0].body, "Text.");
//!
//! let bad = "{\"format\":\"crossread-analysis/1\",\n\"articles\":[{\"id\":7}]}";
//! let e = Document::from_json(bad).unwrap_err();
//! assert_eq!((e.line, e.column), (Some(2), Some(19)));
//! assert_eq!(e.message, "articles[0].id: expected a string, found a number");
//! ```

pub(crate) mod write;

use super::{
    Article, Basis, CorpusError, Document, Entity, EntityType, Mention, Proposition, Stance,
    Statement,
};
use crate::correction::{Correction, FIELDS as CORRECTION_FIELDS, KINDS};

/// How deep arrays and objects may nest: deeper input is refused rather
/// than risk the stack.
const MAX_DEPTH: usize = 64;

/// A JSON value and the byte where it starts.
#[derive(Debug)]
struct Node {
    at: usize,
    value: Value,
}

#[derive(Debug)]
enum Value {
    Null,
    Bool,
    /// The number as written.
    Number(String),
    Str(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl Value {
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool => "true or false",
            Value::Number(_) => "a number",
            Value::Str(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// An error at byte `at` of the text.
struct Fault {
    at: usize,
    message: String,
}

fn fault<T>(at: usize, message: impl Into<String>) -> Result<T, Fault> {
    Err(Fault {
        at,
        message: message.into(),
    })
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn found(&self) -> String {
        match self.text.get(self.at..).and_then(|t| t.chars().next()) {
            None => "the end of the text".into(),
            Some(c) if c.is_control() => format!("the character U+{:04X}", u32::from(c)),
            Some(c) => format!("'{c}'"),
        }
    }

    fn expect(&mut self, b: u8, what: &str) -> Result<(), Fault> {
        self.skip_space();
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(())
        } else {
            fault(self.at, format!("expected {what}, found {}", self.found()))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, Fault> {
        self.skip_space();
        let at = self.at;
        if depth > MAX_DEPTH {
            return fault(
                at,
                format!("lists and objects nest deeper than {MAX_DEPTH}"),
            );
        }
        let value = match self.peek() {
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                self.skip_space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                } else {
                    loop {
                        self.skip_space();
                        if self.peek() != Some(b'"') {
                            return fault(
                                self.at,
                                format!("expected a field name in quotes, found {}", self.found()),
                            );
                        }
                        let key = self.string()?;
                        self.expect(b':', "':' after a field name")?;
                        let v = self.value(depth + 1)?;
                        fields.push((key, v));
                        self.skip_space();
                        match self.peek() {
                            Some(b',') => self.at += 1,
                            Some(b'}') => {
                                self.at += 1;
                                break;
                            }
                            _ => {
                                return fault(
                                    self.at,
                                    format!("expected ',' or '}}', found {}", self.found()),
                                )
                            }
                        }
                    }
                }
                Value::Object(fields)
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.skip_space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                } else {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.skip_space();
                        match self.peek() {
                            Some(b',') => self.at += 1,
                            Some(b']') => {
                                self.at += 1;
                                break;
                            }
                            _ => {
                                return fault(
                                    self.at,
                                    format!("expected ',' or ']', found {}", self.found()),
                                )
                            }
                        }
                    }
                }
                Value::Array(items)
            }
            Some(b'"') => Value::Str(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            _ => {
                for (word, v) in [
                    ("null", Value::Null),
                    ("true", Value::Bool),
                    ("false", Value::Bool),
                ] {
                    if self.bytes[at..].starts_with(word.as_bytes()) {
                        self.at += word.len();
                        return Ok(Node { at, value: v });
                    }
                }
                return fault(at, format!("expected a value, found {}", self.found()));
            }
        };
        Ok(Node { at, value })
    }

    fn number(&mut self) -> Result<String, Fault> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while let Some(b'0'..=b'9') = p.peek() {
                p.at += 1;
            }
            p.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        // A leading zero stands alone ("01" is not JSON).
        let mut ok = if self.peek() == Some(b'0') {
            self.at += 1;
            true
        } else {
            digits(self)
        };
        if ok && self.peek() == Some(b'.') {
            self.at += 1;
            ok = digits(self);
        }
        if ok && matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            ok = digits(self);
        }
        if !ok {
            return fault(
                self.at,
                format!("a number is cut short by {}", self.found()),
            );
        }
        Ok(self.text[start..self.at].to_string())
    }

    /// A string, the opening quote at `self.at`.
    fn string(&mut self) -> Result<String, Fault> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let from = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Stops only at ASCII bytes, so both ends are character boundaries.
            out.push_str(&self.text[from..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let at = self.at;
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.bytes[self.at..].starts_with(b"\\u")
                            {
                                self.at += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return fault(at, "a \\u escape is half of a character");
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            match char::from_u32(code) {
                                Some(c) => {
                                    out.push(c);
                                    continue;
                                }
                                None => return fault(at, "a \\u escape is half of a character"),
                            }
                        }
                        _ => return fault(at, format!("unknown escape \\{}", self.found_after())),
                    };
                    self.at += 1;
                    out.push(c);
                }
                None => return fault(self.at, "a string is not closed"),
                Some(_) => {
                    return fault(
                        self.at,
                        format!("{} inside a string must be escaped", self.found()),
                    )
                }
            }
        }
    }

    fn found_after(&self) -> String {
        self.text
            .get(self.at..)
            .and_then(|t| t.chars().next())
            .map_or(String::new(), String::from)
    }

    fn hex4(&mut self) -> Result<u32, Fault> {
        let mut v = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return fault(self.at, "a \\u escape needs four hex digits"),
            };
            v = v * 16 + u32::from(d);
            self.at += 1;
        }
        Ok(v)
    }
}

/// 1-based line and column (in characters) of byte `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// The fields of one object, read by name, with its path for messages.
struct Fields {
    at: usize,
    path: String,
    fields: Vec<(String, Node)>,
}

impl Fields {
    fn of(node: Node, path: String) -> Result<Fields, Fault> {
        match node.value {
            Value::Object(fields) => Ok(Fields {
                at: node.at,
                path,
                fields,
            }),
            other => fault(
                node.at,
                format!("{path}: expected an object, found {}", other.kind()),
            ),
        }
    }

    fn name(&self, field: &str) -> String {
        if self.path.is_empty() {
            field.to_string()
        } else {
            format!("{}.{field}", self.path)
        }
    }

    /// The field's value, unless absent or null.
    fn take(&mut self, field: &str) -> Option<Node> {
        let i = self.fields.iter().position(|(k, _)| k == field)?;
        let node = std::mem::replace(
            &mut self.fields[i].1,
            Node {
                at: 0,
                value: Value::Null,
            },
        );
        match node.value {
            Value::Null => None,
            _ => Some(node),
        }
    }

    fn required(&mut self, field: &str) -> Result<Node, Fault> {
        match self.take(field) {
            Some(n) => Ok(n),
            None => fault(self.at, format!("{}: missing", self.name(field))),
        }
    }

    fn string(&mut self, field: &str) -> Result<String, Fault> {
        let node = self.required(field)?;
        as_string(node, &self.name(field))
    }

    fn opt_string(&mut self, field: &str) -> Result<Option<String>, Fault> {
        match self.take(field) {
            Some(node) => as_string(node, &self.name(field)).map(Some),
            None => Ok(None),
        }
    }

    fn offset(&mut self, field: &str) -> Result<usize, Fault> {
        let name = self.name(field);
        let node = self.required(field)?;
        match &node.value {
            Value::Number(n) => match n.parse::<usize>() {
                Ok(v) => Ok(v),
                Err(_) => fault(
                    node.at,
                    format!("{name}: expected a whole number, found {n}"),
                ),
            },
            other => fault(
                node.at,
                format!("{name}: expected a whole number, found {}", other.kind()),
            ),
        }
    }

    /// A word of a closed set, such as a type or a stance.
    fn word<T: Copy>(&mut self, field: &str, words: &[(&str, T)]) -> Result<Option<T>, Fault> {
        let name = self.name(field);
        let Some(node) = self.take(field) else {
            return Ok(None);
        };
        let at = node.at;
        let s = as_string(node, &name)?;
        match words.iter().find(|(w, _)| *w == s) {
            Some(&(_, v)) => Ok(Some(v)),
            None => {
                let known: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
                fault(
                    at,
                    format!("{name}: \"{s}\" is not one of {}", known.join(", ")),
                )
            }
        }
    }

    fn required_word<T: Copy>(&mut self, field: &str, words: &[(&str, T)]) -> Result<T, Fault> {
        match self.word(field, words)? {
            Some(v) => Ok(v),
            None => fault(self.at, format!("{}: missing", self.name(field))),
        }
    }

    /// A list (empty when absent or null), each item read by `read`.
    fn list<T>(
        &mut self,
        field: &str,
        mut read: impl FnMut(Node, String) -> Result<T, Fault>,
    ) -> Result<Vec<T>, Fault> {
        let mut out = Vec::new();
        self.each(field, &mut |n, p| {
            out.push(read(n, p)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `read` on each item of a list with its path: one copy of the
    /// loop for every kind of item.
    fn each(
        &mut self,
        field: &str,
        read: &mut dyn FnMut(Node, String) -> Result<(), Fault>,
    ) -> Result<(), Fault> {
        let name = self.name(field);
        let Some(node) = self.take(field) else {
            return Ok(());
        };
        match node.value {
            Value::Array(items) => {
                for (i, n) in items.into_iter().enumerate() {
                    read(n, format!("{name}[{i}]"))?;
                }
                Ok(())
            }
            other => fault(
                node.at,
                format!("{name}: expected a list, found {}", other.kind()),
            ),
        }
    }

    fn strings(&mut self, field: &str) -> Result<Vec<String>, Fault> {
        self.list(field, |n, p| as_string(n, &p))
    }
}

fn as_string(node: Node, name: &str) -> Result<String, Fault> {
    match node.value {
        Value::Str(s) => Ok(s),
        other => fault(
            node.at,
            format!("{name}: expected a string, found {}", other.kind()),
        ),
    }
}

/// The words of the entity types.
pub(crate) const TYPES: &[(&str, EntityType)] = &[
    ("person", EntityType::Person),
    ("org", EntityType::Org),
    ("place", EntityType::Place),
    ("nationality", EntityType::Nationality),
    ("date", EntityType::Date),
    ("event", EntityType::Event),
    ("quantity", EntityType::Quantity),
];

const STANCES: &[(&str, Stance)] = &[
    ("asserts", Stance::Asserts),
    ("denies", Stance::Denies),
    ("qualifies", Stance::Qualifies),
];

const BASES: &[(&str, Basis)] = &[
    ("text", Basis::Text),
    ("url", Basis::Url),
    ("sidecar", Basis::Sidecar),
];

fn article(node: Node, path: String) -> Result<Article, Fault> {
    let mut f = Fields::of(node, path)?;
    Ok(Article {
        id: f.string("id")?,
        source_file: f.opt_string("source_file")?.unwrap_or_default(),
        headline: f.string("headline")?,
        outlet: f.opt_string("outlet")?,
        outlet_basis: f.word("outlet_basis", BASES)?,
        wire_agency: f.opt_string("wire_agency")?,
        published: f.opt_string("published")?,
        dateline: f.opt_string("dateline")?,
        url: f.opt_string("url")?,
        body: f.string("body")?,
        captions: f.strings("captions")?,
        boilerplate: f.strings("boilerplate")?,
        mentions: f.list("mentions", |n, p| {
            let mut f = Fields::of(n, p)?;
            Ok(Mention {
                entity: f.string("entity")?,
                kind: f.required_word("type", TYPES)?,
                start: f.offset("start")?,
                end: f.offset("end")?,
                text: f.string("text")?,
            })
        })?,
    })
}

fn statement(node: Node, path: String) -> Result<Statement, Fault> {
    let mut f = Fields::of(node, path)?;
    Ok(Statement {
        id: f.string("id")?,
        article: f.string("article")?,
        sentence: f.string("sentence")?,
        start: f.offset("start")?,
        end: f.offset("end")?,
        speaker: f.opt_string("speaker")?,
        speaker_label: f.opt_string("speaker_label")?,
        stance: f.required_word("stance", STANCES)?,
        proposition: f.opt_string("proposition")?,
        quote: f.opt_string("quote")?,
        said_on: f.opt_string("said_on")?,
    })
}

/// One correction: its `kind`, then the fields of that kind.
fn correction(node: Node, path: String) -> Result<Correction, Fault> {
    let mut f = Fields::of(node, path)?;
    let name = f.name("kind");
    let node = f.required("kind")?;
    let at = node.at;
    let kind = as_string(node, &name)?;
    let Some(k) = KINDS.iter().position(|w| *w == kind) else {
        return fault(
            at,
            format!("{name}: \"{kind}\" is not one of {}", KINDS.join(", ")),
        );
    };
    let mut parts = Vec::new();
    for field in CORRECTION_FIELDS[k] {
        let name = f.name(field);
        let node = f.required(field)?;
        let at = node.at;
        let v = as_string(node, &name)?;
        if *field == "stance" && !STANCES.iter().any(|(w, _)| *w == v) {
            return fault(
                at,
                format!("{name}: \"{v}\" is not one of asserts, denies, qualifies"),
            );
        }
        parts.push(v);
    }
    // A split without its list moves nothing: applying it says so.
    let statements = f.strings("statements")?;
    let speaker = f.opt_string("speaker")?;
    // The stance was checked above, so this always makes one.
    Correction::from_parts(k, parts, speaker, statements)
        .map_or_else(|| fault(f.at, "a bad correction"), Ok)
}

fn document(node: Node) -> Result<Document, Fault> {
    let mut f = Fields::of(node, String::new())?;
    Ok(Document {
        format: f.string("format")?,
        articles: match f
            .fields
            .iter()
            .any(|(k, n)| k == "articles" && !matches!(n.value, Value::Null))
        {
            true => f.list("articles", article)?,
            false => return fault(f.at, "articles: missing"),
        },
        entities: f.list("entities", |n, p| {
            let mut f = Fields::of(n, p)?;
            Ok(Entity {
                id: f.string("id")?,
                name: f.string("name")?,
                kind: f.required_word("type", TYPES)?,
                aliases: f.strings("aliases")?,
            })
        })?,
        statements: f.list("statements", statement)?,
        propositions: f.list("propositions", |n, p| {
            let mut f = Fields::of(n, p)?;
            Ok(Proposition {
                id: f.string("id")?,
                label: f.string("label")?,
                statements: f.strings("statements")?,
            })
        })?,
        corrections: f.list("corrections", correction)?,
    })
}

/// Reads a document from JSON text, checking its shape but not the rules
/// of [`Document::validate`].
pub(crate) fn read(text: &str) -> Result<Document, CorpusError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    // A byte-order mark is not JSON, but editors write one.
    if text.starts_with('\u{feff}') {
        p.at = 3;
    }
    let parsed = p.value(0).and_then(|node| {
        p.skip_space();
        if p.at < text.len() {
            return fault(p.at, format!("unexpected {} after the document", p.found()));
        }
        match node.value {
            Value::Object(_) => document(node),
            ref other => fault(
                node.at,
                format!("expected a corpus object, found {}", other.kind()),
            ),
        }
    });
    parsed.map_err(|e| {
        let (line, column) = line_column(text, e.at);
        CorpusError {
            line: Some(line),
            column: Some(column),
            message: e.message,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::read;

    fn err(text: &str) -> String {
        match read(text) {
            Ok(_) => "ok".into(),
            Err(e) => e.to_string(),
        }
    }

    const HEAD: &str = r#"{"format":"crossread-analysis/1","articles":"#;

    #[test]
    fn messages_name_the_place_and_the_problem() {
        let cases: &[(&str, &str)] = &[
            ("", "line 1, column 1: expected a value, found the end of the text"),
            ("{", "line 1, column 2: expected a field name in quotes, found the end of the text"),
            ("[]", "line 1, column 1: expected a corpus object, found a list"),
            ("{}", "line 1, column 1: format: missing"),
            (r#"{"format":"x"}"#, "line 1, column 1: articles: missing"),
            (r#"{"format":"x","articles":{}}"#, "line 1, column 26: articles: expected a list, found an object"),
            (r#"{"format":"x","articles":[]} x"#, "line 1, column 30: unexpected 'x' after the document"),
            (r#"{"format":"x","articles":[1]}"#, "line 1, column 27: articles[0]: expected an object, found a number"),
            (r#"{"format":"x","articles":[{"id":"a","body":""}]}"#, "line 1, column 27: articles[0].headline: missing"),
            ("{\"format\":\"x\",\n \"articles\":[{\"id\":\"a\",\"headline\":\"h\",\"body\":\"b\",\"mentions\":[{\"entity\":\"e\",\"type\":\"thing\",\"start\":0,\"end\":1,\"text\":\"b\"}]}]}",
             "line 2, column 83: articles[0].mentions[0].type: \"thing\" is not one of person, org, place, nationality, date, event, quantity"),
            (r#"{"format":"x","articles":[{"id":"a","headline":"h","body":"b","mentions":[{"entity":"e","type":"org","start":-1,"end":1,"text":"b"}]}]}"#,
             "line 1, column 110: articles[0].mentions[0].start: expected a whole number, found -1"),
            ("{\"format\":\"a\tb\"}", "line 1, column 13: the character U+0009 inside a string must be escaped"),
            (r#"{"format":"\q"}"#, "line 1, column 12: unknown escape \\q"),
            (r#"{"format":"\ud800"}"#, "line 1, column 12: a \\u escape is half of a character"),
            (r#"{"format":"x","articles":[01]}"#, "line 1, column 28: expected ',' or ']', found '1'"),
            (r#"{"format":"x","articles":[1.]}"#, "line 1, column 29: a number is cut short by ']'"),
            ("{\"format\":\"é\" \"articles\"}", "line 1, column 15: expected ',' or '}', found '\"'"),
            (r#"{"format":"x","articles":[],"corrections":{}}"#, "line 1, column 43: corrections: expected a list, found an object"),
            (r#"{"format":"x","articles":[],"corrections":[{"kind":"rename"}]}"#,
             "line 1, column 52: corrections[0].kind: \"rename\" is not one of rename_entity, merge_entities, set_stance, set_speaker, rename_proposition, merge_propositions, split_proposition"),
            (r#"{"format":"x","articles":[],"corrections":[{"entity":"e"}]}"#, "line 1, column 44: corrections[0].kind: missing"),
            ("{\"format\":\"x\",\"articles\":[],\"corrections\":[\n{\"kind\":\"rename_entity\",\"entity\":\"e\"}]}", "line 2, column 1: corrections[0].name: missing"),
            (r#"{"format":"x","articles":[],"corrections":[{"kind":"set_stance","statement":"s1","stance":"doubts"}]}"#,
             "line 1, column 91: corrections[0].stance: \"doubts\" is not one of asserts, denies, qualifies"),
            (r#"{"format":"x","articles":[],"corrections":[{"kind":"set_speaker","statement":"s1","speaker":7}]}"#,
             "line 1, column 93: corrections[0].speaker: expected a string, found a number"),
            (r#"{"format":"x","articles":[],"corrections":[{"kind":"split_proposition","proposition":"p1","label":"l","statements":["s1",2]}]}"#,
             "line 1, column 122: corrections[0].statements[1]: expected a string, found a number"),
        ];
        for (text, want) in cases {
            assert_eq!(&err(text), want, "{text}");
        }
    }

    #[test]
    fn reads_escapes_nulls_and_unknown_fields() {
        let text = format!(
            r#"{HEAD}[{{"id":"a","headline":"\"Q\" \u00e9 \ud83d\ude00","body":"x\n","outlet":null,"extra":[1,{{"z":true}}],"captions":null}}],"entities":null}}"#
        );
        let doc = read(&text).unwrap_or_else(|e| panic!("{e}"));
        let a = &doc.articles[0];
        assert_eq!(a.headline, "\"Q\" é 😀");
        assert_eq!(a.body, "x\n");
        assert_eq!(a.outlet, None);
        assert!(a.captions.is_empty() && doc.entities.is_empty());
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let text = format!("{HEAD}{}", "[".repeat(100_000));
        assert!(err(&text).contains("nest deeper than 64"));
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let text = format!("\u{feff}{HEAD}[]}}");
        assert!(read(&text).is_ok());
    }

    /// Whether the parser takes `text` as one JSON value.
    fn parses(text: &str) -> bool {
        let mut p = super::Parser {
            text,
            bytes: text.as_bytes(),
            at: 0,
        };
        p.value(0).is_ok() && {
            p.skip_space();
            p.at == text.len()
        }
    }

    #[test]
    fn the_analysis_of_the_seeds_reads_back_unchanged() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/corpus.json");
        let corpus = std::fs::read_to_string(path).expect("corpus.json");
        let doc = crate::analyze(read(&corpus).expect("corpus reads"));
        assert!(!doc.statements.is_empty());
        assert_eq!(read(&doc.to_json()).expect("analysis reads"), doc);
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_serde_json_on_what_is_json(text in "[\\[\\]{}:,\"\\\\u0-9a-fA-F.eE+ntrulsf\n\t-]{0,24}") {
            let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            proptest::prop_assert_eq!(parses(&text), theirs, "{:?}", text);
        }

        #[test]
        fn strings_read_as_serde_json_writes_them(s in "\\PC*|[\u{0}-\u{1f}\"\\\\]*") {
            let text = serde_json::to_string(&s).unwrap_or_default();
            let mut p = super::Parser { text: &text, bytes: text.as_bytes(), at: 0 };
            let got = p.string().ok();
            proptest::prop_assert_eq!(got.as_deref(), Some(s.as_str()));
        }

        #[test]
        fn no_text_panics_the_reader(text in "\\PC{0,64}") {
            let _ = read(&text);
            let _ = read(&format!("{HEAD}[{text}]}}"));
        }
    }
}
