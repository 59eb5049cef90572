//! Saved web pages (`.html`) and markdown (`.md`) to plain lines, so that
//! [`super::ingest`] applies the same line rules to every kind of file.
//!
//! The HTML side is a small hand-written tag stripper, not a parser: it drops
//! `script`, `style`, `noscript` and similar content, turns block tags into
//! line breaks, collapses white space as a browser does, decodes the common
//! named entities and numeric ones, and remembers what the markup says about
//! each line (a `figcaption`, a `nav`, the `h1`) and about the page (its
//! `<title>`, canonical URL, publication time, site name).
//!
//! ```
//! use crossread_core::corpus::markup::{html_page, Hint};
//!
//! let page = html_page("<title>T</title><h1>Storm &amp; rain</h1><p>It fell.<script>x()</script></p>");
//! let lines: Vec<_> = page.lines.iter().filter(|l| !l.text.is_empty()).map(|l| (l.text.as_str(), l.hint)).collect();
//! assert_eq!(lines, vec![("T", Hint::Title), ("Storm & rain", Hint::Headline), ("It fell.", Hint::Plain)]);
//! ```

use super::furniture::strip_md_links;

/// What the markup says about a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Nothing: the line rules decide.
    Plain,
    /// The page's main heading (`<h1>`).
    Headline,
    /// The page's `<title>`: a headline when there is no `<h1>`.
    Title,
    /// A caption (`<figcaption>`, a markdown image's alt text).
    Caption,
    /// Page chrome by its markup (`<nav>`, `<footer>`, `<aside>`, rules).
    Furniture,
    /// Metadata (markdown front matter): read for dates and URLs, never body.
    Meta,
}

/// One line of converted text; an empty `text` is a paragraph break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's text, trimmed.
    pub text: String,
    /// What the markup says about it.
    pub hint: Hint,
}

/// A converted page: its lines and what its `<head>` says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The lines in reading order, empty lines between blocks.
    pub lines: Vec<Line>,
    /// `<link rel="canonical">` or `og:url`.
    pub canonical_url: Option<String>,
    /// `article:published_time` or a similar meta tag, as written.
    pub published: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
}

#[rustfmt::skip]
const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "ul", "title", "summary", "caption", "button", "option", "select",
    "label", "html", "head",
];

const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "math",
];

const CHROME_TAGS: &[&str] = &[
    "nav", "footer", "aside", "form", "button", "select", "dialog",
];

/// Decodes `&amp;`, `&nbsp;`, `&#8217;`, `&#x2014;` and the other common
/// entities; unknown ones are left as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|i| i + 1)
            .unwrap_or(rest.len());
        let name = &rest[1..end];
        let has_semi = rest[end..].starts_with(';');
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse::<u32>().ok(),
            };
            code.map(|c| {
                char::from_u32(c)
                    .filter(|&ch| ch != '\0')
                    .unwrap_or('\u{FFFD}')
                    .to_string()
            })
        } else {
            named_entity(name).map(str::to_string)
        };
        match decoded {
            Some(d) if !name.is_empty() => {
                out.push_str(&d);
                rest = &rest[end + usize::from(has_semi)..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "shy" => "\u{ad}",
        "mdash" => "—",
        "ndash" => "–",
        "hellip" => "…",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "laquo" => "«",
        "raquo" => "»",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "middot" => "·",
        "bull" => "•",
        "times" => "×",
        "divide" => "÷",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "sect" => "§",
        "para" => "¶",
        "eacute" => "é",
        "Eacute" => "É",
        "egrave" => "è",
        "ecirc" => "ê",
        "euml" => "ë",
        "aacute" => "á",
        "agrave" => "à",
        "acirc" => "â",
        "auml" => "ä",
        "Auml" => "Ä",
        "aring" => "å",
        "atilde" => "ã",
        "iacute" => "í",
        "iuml" => "ï",
        "icirc" => "î",
        "oacute" => "ó",
        "ocirc" => "ô",
        "ouml" => "ö",
        "Ouml" => "Ö",
        "otilde" => "õ",
        "oslash" => "ø",
        "uacute" => "ú",
        "ugrave" => "ù",
        "ucirc" => "û",
        "uuml" => "ü",
        "Uuml" => "Ü",
        "ntilde" => "ñ",
        "ccedil" => "ç",
        "szlig" => "ß",
        "scaron" => "š",
        "Scaron" => "Š",
        "zcaron" => "ž",
        "Zcaron" => "Ž",
        _ => return None,
    })
}

/// A parsed tag: its lower-case name, whether it closes, and its attributes.
struct Tag {
    name: String,
    closing: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses the tag starting at `s[0] == '<'`; returns it and its byte length.
fn parse_tag(s: &str) -> Option<(Tag, usize)> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len()
        && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b':')
    {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => {
                return Some((
                    Tag {
                        name,
                        closing,
                        attrs,
                    },
                    s.len(),
                ))
            }
            Some(b'>') => {
                return Some((
                    Tag {
                        name,
                        closing,
                        attrs,
                    },
                    i + 1,
                ))
            }
            _ => {}
        }
        let key_start = i;
        while i < bytes.len()
            && !bytes[i].is_ascii_whitespace()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
        {
            i += 1;
        }
        let key = s[key_start..i].to_ascii_lowercase();
        if i == key_start {
            i += 1;
            continue;
        }
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            match bytes.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let end = s[i + 1..]
                        .find(q as char)
                        .map(|e| i + 1 + e)
                        .unwrap_or(s.len());
                    value = decode_entities(&s[i + 1..end]);
                    i = (end + 1).min(s.len());
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&s[start..i]);
                }
            }
        }
        attrs.push((key, value));
    }
}

/// Finds `</name` (any case) in `s`, returning the byte offset just past
/// its closing `>`, or the end of `s`.
fn skip_element(s: &str, name: &str) -> usize {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(at) = s[from..].find("</").map(|i| from + i) {
        let after = at + 2;
        let matches = bytes
            .get(after..after + name.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(name.as_bytes()));
        if matches {
            return s[after..]
                .find('>')
                .map(|e| after + e + 1)
                .unwrap_or(s.len());
        }
        from = after;
    }
    s.len()
}

struct Builder {
    lines: Vec<Line>,
    buf: String,
    pending_space: bool,
}

impl Builder {
    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                self.pending_space = !self.buf.is_empty();
            } else {
                if self.pending_space {
                    self.buf.push(' ');
                    self.pending_space = false;
                }
                self.buf.push(c);
            }
        }
    }

    fn flush(&mut self, hint: Hint, paragraph: bool) {
        let text = self.buf.trim().to_string();
        self.buf.clear();
        self.pending_space = false;
        if !text.is_empty() {
            self.lines.push(Line { text, hint });
        }
        if paragraph && self.lines.last().is_some_and(|l| !l.text.is_empty()) {
            self.lines.push(Line {
                text: String::new(),
                hint: Hint::Plain,
            });
        }
    }
}

/// Converts a saved HTML page to lines. Never fails: broken markup gives
/// imperfect lines, not an error.
pub fn html_page(html: &str) -> Page {
    let mut page = Page::default();
    let mut b = Builder {
        lines: Vec::new(),
        buf: String::new(),
        pending_space: false,
    };
    let (mut in_head, mut in_title, mut h1_seen) = (false, false, false);
    let (mut chrome, mut caption, mut h1) = (0usize, 0usize, 0usize);
    let hint = |chrome: usize, caption: usize, h1: usize, title: bool| {
        if title {
            Hint::Title
        } else if h1 > 0 {
            Hint::Headline
        } else if caption > 0 {
            Hint::Caption
        } else if chrome > 0 {
            Hint::Furniture
        } else {
            Hint::Plain
        }
    };
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if !in_head || in_title {
                b.text(&decode_entities(rest));
            }
            break;
        };
        if !in_head || in_title {
            b.text(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map(|e| &rest[e + 3..]).unwrap_or("");
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map(|e| &rest[e + 1..]).unwrap_or("");
            continue;
        }
        let Some((tag, len)) = parse_tag(rest) else {
            // A lone '<' is text.
            if !in_head || in_title {
                b.text("<");
            }
            rest = &rest[1..];
            continue;
        };
        rest = &rest[len.min(rest.len())..];
        let name = tag.name.as_str();
        if !tag.closing && SKIPPED_TAGS.contains(&name) {
            rest = &rest[skip_element(rest, name)..];
            continue;
        }
        match (name, tag.closing) {
            ("head", false) => in_head = true,
            ("head", true) | ("body", false) => in_head = false,
            ("meta", _) => {
                let key = tag
                    .attr("property")
                    .or_else(|| tag.attr("name"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let content = tag
                    .attr("content")
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty());
                match key.as_str() {
                    "og:url" => page.canonical_url = page.canonical_url.take().or(content),
                    "article:published_time"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "publish-date"
                    | "parsely-pub-date"
                    | "sailthru.date"
                    | "dc.date" => page.published = page.published.take().or(content),
                    "og:site_name" => page.site_name = page.site_name.take().or(content),
                    _ => {}
                }
            }
            ("link", _)
                if tag
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                if let Some(href) = tag.attr("href").filter(|h| !h.trim().is_empty()) {
                    page.canonical_url = Some(href.trim().to_string());
                }
            }
            ("title", false) => {
                b.flush(hint(chrome, caption, h1, false), true);
                in_title = true;
            }
            ("title", true) => {
                b.flush(Hint::Title, true);
                in_title = false;
            }
            _ => {}
        }
        if name == "img" {
            continue;
        }
        if BLOCK_TAGS.contains(&name) && name != "title" {
            let current = hint(chrome, caption, h1, in_title);
            b.flush(current, name != "br");
        }
        let depth = if CHROME_TAGS.contains(&name) {
            Some(&mut chrome)
        } else if name == "figcaption" {
            Some(&mut caption)
        } else if name == "h1" && (tag.closing || !h1_seen) {
            if !tag.closing {
                h1_seen = true;
            }
            Some(&mut h1)
        } else {
            None
        };
        if let Some(d) = depth {
            if tag.closing {
                *d = d.saturating_sub(1);
            } else {
                *d += 1;
            }
        }
    }
    b.flush(hint(chrome, caption, h1, in_title), true);
    page.lines = b.lines;
    page
}

/// Converts markdown to lines: heading markers, blockquote markers, `**`
/// emphasis and link syntax are removed; an image line becomes a caption (its
/// alt text); a rule and an empty-alt image are furniture; a `---` front
/// matter block is metadata.
pub fn markdown_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut in_front = false;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        if i == 0 && t == "---" {
            in_front = true;
            lines.push(Line {
                text: t.to_string(),
                hint: Hint::Furniture,
            });
            continue;
        }
        if in_front {
            if t == "---" || t == "..." {
                in_front = false;
                lines.push(Line {
                    text: t.to_string(),
                    hint: Hint::Furniture,
                });
            } else {
                lines.push(Line {
                    text: t.to_string(),
                    hint: Hint::Meta,
                });
            }
            continue;
        }
        let rule = t.len() >= 3
            && t.chars().all(|c| matches!(c, '-' | '*' | '_' | ' '))
            && t.chars().filter(|c| *c != ' ').count() >= 3;
        if rule {
            lines.push(Line {
                text: t.to_string(),
                hint: Hint::Furniture,
            });
            continue;
        }
        let image_only = t.starts_with("![")
            && t.ends_with(')')
            && t.find("](").is_some_and(|k| !t[k + 2..].contains("]("));
        if image_only {
            let alt = strip_md_links(t).trim().to_string();
            if alt.is_empty() {
                lines.push(Line {
                    text: t.to_string(),
                    hint: Hint::Furniture,
                });
            } else {
                lines.push(Line {
                    text: alt,
                    hint: Hint::Caption,
                });
            }
            continue;
        }
        let mut s = t;
        while let Some(r) = s.strip_prefix('>') {
            s = r.trim_start();
        }
        let s = s.trim_start_matches('#').trim();
        let s = strip_md_links(&s.replace("**", "").replace("__", ""));
        let s = s.trim().to_string();
        if s.is_empty() && !t.is_empty() {
            lines.push(Line {
                text: t.to_string(),
                hint: Hint::Furniture,
            });
        } else {
            lines.push(Line {
                text: s,
                hint: Hint::Plain,
            });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &Page) -> Vec<(&str, Hint)> {
        page.lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.as_str(), l.hint))
            .collect()
    }

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("a &amp; b &lt;c&gt; &#8217; &#x2014; &nbsp;&bogus; &"),
            "a & b <c> ’ — \u{a0}&bogus; &"
        );
        assert_eq!(decode_entities("&#0; &#xD800;"), "\u{FFFD} \u{FFFD}");
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped() {
        let p = html_page("<p>A<script>if (a < b) {}</script>B</p><style>p{}</style><!-- c --><noscript>no</noscript><p>C</p>");
        assert_eq!(texts(&p), vec![("AB", Hint::Plain), ("C", Hint::Plain)]);
    }

    #[test]
    fn blocks_become_lines_and_whitespace_collapses() {
        let p =
            html_page("<div>One\n   two</div><p>Three<br>four</p><ul><li>x</li><li>y</li></ul>");
        assert_eq!(
            texts(&p),
            vec![
                ("One two", Hint::Plain),
                ("Three", Hint::Plain),
                ("four", Hint::Plain),
                ("x", Hint::Plain),
                ("y", Hint::Plain)
            ]
        );
    }

    #[test]
    fn head_gives_metadata() {
        let p = html_page(
            r#"<html><head><meta property="og:site_name" content="Example Herald"><link rel="canonical" href="https://ex.com/a"><meta property="article:published_time" content="2022-11-07T10:00:00Z"><title>T</title></head><body><nav>Home</nav><figure><figcaption>A cap</figcaption></figure></body></html>"#,
        );
        assert_eq!(p.canonical_url.as_deref(), Some("https://ex.com/a"));
        assert_eq!(p.published.as_deref(), Some("2022-11-07T10:00:00Z"));
        assert_eq!(p.site_name.as_deref(), Some("Example Herald"));
        assert_eq!(
            texts(&p),
            vec![
                ("T", Hint::Title),
                ("Home", Hint::Furniture),
                ("A cap", Hint::Caption)
            ]
        );
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for s in [
            "<",
            "<p",
            "<a href='x",
            "</",
            "<!--",
            "&#xFFFFFFFF;",
            "<script>",
            "<p>é<b>ü</p>",
            "<<>>",
        ] {
            let _ = html_page(s);
        }
    }

    #[test]
    fn markdown_is_flattened() {
        let lines = markdown_lines(
            "# Title\n\n> A [link](http://x) and **bold**\n\n![A photo](p.jpg)\n\n---\n",
        );
        let got: Vec<_> = lines.iter().map(|l| (l.text.as_str(), l.hint)).collect();
        assert_eq!(
            got,
            vec![
                ("Title", Hint::Plain),
                ("", Hint::Plain),
                ("A link and bold", Hint::Plain),
                ("", Hint::Plain),
                ("A photo", Hint::Caption),
                ("", Hint::Plain),
                ("---", Hint::Furniture),
            ]
        );
    }
}
