//! Raw scraped pages to clean articles.
//!
//! A page as copied or scraped from a news site carries more than the
//! article: browser notices, bylines, share buttons, photo captions, comment
//! forms, tag lists, widget text. [`ingest`] splits every non-blank line of
//! each [`RawFile`] into exactly one of the headline, the body, the captions
//! or the boilerplate, and reads the metadata lines it consumes (byline, date
//! line, `Original url:`) into the [`Article`]'s fields. Nothing is lost: a
//! line that is not headline, body or caption is kept in `boilerplate`.
//!
//! The rules are about news pages in general, never about one story:
//!
//! - the headline is the first line that is not furniture or metadata (an
//!   HTML page's `<h1>` wins); a later exact repeat is boilerplate;
//! - furniture comes from the lexicons of [`super::furniture`], plus tag
//!   lists after a `Tags` heading and short unpunctuated lines after the last
//!   real paragraph (navigation, widgets);
//! - the wire agency comes from bylines, `Source:` credits, an `(AP) —`
//!   dateline or a copyright line, never from a photo credit;
//! - the publication date comes from a date line, a byline or a
//!   `Published:` line near the top, never from the body's sentences;
//! - hard-wrapped lines are joined into paragraphs; otherwise each line is
//!   its own paragraph, characters exactly as in the source.
//!
//! A sidecar [`SourceMeta`] fills what the text does not say; where it
//! disagrees with the text, the text wins and a warning says so.
//!
//! ```
//! use crossread_core::corpus::ingest::{ingest, RawFile};
//!
//! let page = "Skip to content\n\nFloods close schools\n\nBy Jane Doe, Reuters\nMarch 3, 2024\n\n\
//!             LONDON (Reuters) - Schools closed on Monday.\n\nRead more\n";
//! let out = ingest(&[RawFile::new("floods.txt", page)], None);
//! let a = &out.document.articles[0];
//! assert_eq!(a.headline, "Floods close schools");
//! assert_eq!(a.wire_agency.as_deref(), Some("Reuters"));
//! assert_eq!(a.published.as_deref(), Some("2024-03-03"));
//! assert_eq!(a.dateline.as_deref(), Some("LONDON"));
//! assert_eq!(a.body, "LONDON (Reuters) - Schools closed on Monday.");
//! assert_eq!(a.boilerplate, ["Skip to content", "By Jane Doe, Reuters", "March 3, 2024", "Read more"]);
//! ```

use super::date::{find_date, standalone_date};
use super::furniture::{
    agency_in_byline, canonical_agency, copyright_holder, ends_sentence, is_bare_url, is_byline,
    is_caption, is_furniture, is_related_heading, is_tag_heading, outlet_for_url, published_label,
    source_credit, standalone_agency, strip_bold, strip_md_links, url_label, word_count,
};
use super::markup::{html_page, markdown_lines, Hint, Line, Page};
use super::{Article, Basis, Document};
use std::collections::BTreeSet;
use std::fmt;

/// The kind of a raw file, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text as copied or scraped (`.txt` and anything unknown).
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// A saved web page (`.html`, `.htm`, `.xhtml`).
    Html,
}

impl Format {
    /// The format for a file name's extension, or `None` when the extension
    /// is not one ingest reads (`.txt`, `.md`, `.markdown`, `.html`, `.htm`,
    /// `.xhtml`).
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// One raw input file: its name and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawFile {
    /// The file name, e.g. `000_abc.txt`; its stem becomes the article id.
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// Why a file's bytes cannot be ingested.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestError {
    /// The bytes are not valid UTF-8 (first bad byte at `offset`).
    NotUtf8 {
        /// The file's name.
        file: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The bytes contain a NUL byte (at `offset`): a binary file.
    Binary {
        /// The file's name.
        file: String,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::NotUtf8 { file, offset } => {
                write!(
                    f,
                    "{file}: not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8"
                )
            }
            IngestError::Binary { file, offset } => {
                write!(
                    f,
                    "{file}: binary content (NUL byte at offset {offset}), not a text article"
                )
            }
        }
    }
}

impl std::error::Error for IngestError {}

impl RawFile {
    /// A raw file from a name and its text.
    pub fn new(name: &str, text: &str) -> Self {
        RawFile {
            name: name.to_string(),
            text: text.to_string(),
        }
    }

    /// A raw file from a name and its bytes.
    ///
    /// # Errors
    /// [`IngestError::Binary`] when the bytes hold a NUL byte, and
    /// [`IngestError::NotUtf8`] when they are not UTF-8; both name the file.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<RawFile, IngestError> {
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(IngestError::Binary {
                file: name.to_string(),
                offset,
            });
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(RawFile::new(name, text)),
            Err(e) => Err(IngestError::NotUtf8 {
                file: name.to_string(),
                offset: e.valid_up_to(),
            }),
        }
    }

    /// The file's format by its extension; unknown extensions read as text.
    pub fn format(&self) -> Format {
        Format::from_name(&self.name).unwrap_or(Format::Text)
    }

    /// The file name without directories and without its last extension.
    pub fn stem(&self) -> &str {
        let base = self.name.rsplit(['/', '\\']).next().unwrap_or(&self.name);
        match base.rsplit_once('.') {
            Some((stem, _)) if !stem.is_empty() => stem,
            _ => base,
        }
    }
}

/// What the optional sidecar file says about articles, by article id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMeta {
    /// Per-article facts.
    pub articles: Metas,
}

/// Per-article facts by article id, kept sorted by id: a sorted list costs
/// the wasm build less than a map type of its own.
///
/// ```
/// use crossread_core::corpus::ingest::{ArticleMeta, Metas};
/// let mut m = Metas::default();
/// m.insert("b".into(), ArticleMeta::default());
/// m.insert("a".into(), ArticleMeta { url: Some("u".into()), ..Default::default() });
/// assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b"]);
/// assert_eq!(m.get("a").and_then(|a| a.url.as_deref()), Some("u"));
/// assert!(m.get("c").is_none());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metas(Vec<(String, ArticleMeta)>);

impl Metas {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    /// Sets the facts of article `id` (replacing any it had).
    pub fn insert(&mut self, id: String, meta: ArticleMeta) {
        match self.find(&id) {
            Ok(i) => self.0[i].1 = meta,
            Err(i) => self.0.insert(i, (id, meta)),
        }
    }

    /// The facts of article `id`, if any.
    pub fn get(&self, id: &str) -> Option<&ArticleMeta> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    /// The article ids, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

impl FromIterator<(String, ArticleMeta)> for Metas {
    fn from_iter<I: IntoIterator<Item = (String, ArticleMeta)>>(items: I) -> Self {
        let mut m = Metas::default();
        for (id, meta) in items {
            m.insert(id, meta);
        }
        m
    }
}

/// Facts about one article that its text may not give.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// The outlet that published it.
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The original URL.
    pub url: Option<String>,
    /// The wire agency.
    pub wire_agency: Option<String>,
}

/// The corpus made by [`ingest`], with warnings for the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestOutput {
    /// The corpus document (analysis arrays empty).
    pub document: Document,
    /// Things the user should know, each naming its file.
    pub warnings: Vec<String>,
}

/// Turns raw files into a corpus document: one article per file, ids from
/// the file stems (a clash gets `-2`, `-3`, …), articles sorted by id.
///
/// Never fails and never panics: an empty file, or one of only page
/// furniture, gives an article with an empty body and a warning.
pub fn ingest(files: &[RawFile], meta: Option<&SourceMeta>) -> IngestOutput {
    let mut order: Vec<&RawFile> = files.iter().collect();
    crate::sort::by(&mut order, &|a, b| a.name.cmp(&b.name));
    let mut warnings = Vec::new();
    let mut used = BTreeSet::new();
    let mut articles = Vec::new();
    for file in order {
        let stem = match file.stem() {
            "" => "article",
            s => s,
        };
        let mut id = stem.to_string();
        let mut n = 2;
        while used.contains(&id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        if id != stem {
            warnings.push(format!(
                "{}: id \"{stem}\" is already taken; using \"{id}\"",
                file.name
            ));
        }
        used.insert(id.clone());
        let mut article = parse(file, &id);
        if article.body.is_empty() {
            warnings.push(format!(
                "{}: no article text found (empty, or only page furniture)",
                file.name
            ));
        }
        if let Some(m) = meta.and_then(|m| m.articles.get(&id)) {
            apply_sidecar(&mut article, m, &mut warnings);
        }
        articles.push(article);
    }
    if let Some(meta) = meta {
        for id in meta.articles.keys() {
            if !used.contains(id) {
                warnings.push(format!(
                    "sidecar: no article with id \"{id}\"; entry ignored"
                ));
            }
        }
    }
    crate::sort::by(&mut articles, &|a, b| a.id.cmp(&b.id));
    IngestOutput {
        document: Document {
            articles,
            ..Document::default()
        },
        warnings,
    }
}

/// Fills what the text left unknown from the sidecar; warns where they differ.
fn apply_sidecar(a: &mut Article, m: &ArticleMeta, warnings: &mut Vec<String>) {
    let file = a.source_file.clone();
    let conflict = |warnings: &mut Vec<String>, field: &str, side: &str, text: &str| {
        warnings.push(format!(
            "{file}: sidecar {field} \"{side}\" disagrees with the text (\"{text}\"); keeping the text's value"
        ));
    };
    if let Some(o) = m.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        match &a.outlet {
            None => {
                a.outlet = Some(o.to_string());
                a.outlet_basis = Some(Basis::Sidecar);
            }
            Some(t) if !t.eq_ignore_ascii_case(o) => conflict(warnings, "outlet", o, t),
            _ => {}
        }
    }
    if let Some(p) = m
        .published
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if standalone_date(p).as_deref() != Some(p) {
            warnings.push(format!(
                "{file}: sidecar published \"{p}\" is not a YYYY-MM-DD date; ignored"
            ));
        } else {
            match &a.published {
                None => a.published = Some(p.to_string()),
                Some(t) if t != p => conflict(warnings, "published", p, t),
                _ => {}
            }
        }
    }
    if let Some(u) = m.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        match &a.url {
            None => {
                a.url = Some(u.to_string());
                if a.outlet.is_none() {
                    if let Some(o) = outlet_for_url(u) {
                        a.outlet = Some(o.to_string());
                        a.outlet_basis = Some(Basis::Url);
                    }
                }
            }
            Some(t) if t.trim_end_matches('/') != u.trim_end_matches('/') => {
                conflict(warnings, "url", u, t)
            }
            _ => {}
        }
    }
    if let Some(w) = m
        .wire_agency
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        let w = canonical_agency(w)
            .map(str::to_string)
            .unwrap_or_else(|| w.to_string());
        match &a.wire_agency {
            None => a.wire_agency = Some(w),
            Some(t) if !t.eq_ignore_ascii_case(&w) => conflict(warnings, "wire_agency", &w, t),
            _ => {}
        }
    }
}

/// Where a non-blank line ends up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Headline,
    Body,
    Caption,
    Boiler,
}

/// A non-blank line of the converted page.
struct Src {
    text: String,
    hint: Hint,
    /// The line right before it in the source was non-blank.
    adjacent: bool,
}

/// A date read from a metadata line, with the line it came from.
struct DateSeen {
    line: usize,
    date: String,
    /// From an "Updated:" line: used only when nothing better is found.
    weak: bool,
}

/// Line-ends normalised to `\n`, a leading byte-order mark removed.
fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn lines_of(file: &RawFile, text: &str) -> (Vec<Line>, Page) {
    match file.format() {
        Format::Text => {
            let lines = text
                .lines()
                .map(|l| Line {
                    text: l.trim().to_string(),
                    hint: Hint::Plain,
                })
                .collect();
            (lines, Page::default())
        }
        Format::Markdown => (markdown_lines(text), Page::default()),
        Format::Html => {
            let mut page = html_page(text);
            (std::mem::take(&mut page.lines), page)
        }
    }
}

/// The headline as displayed: heading markers, bold markers and link
/// syntax removed.
fn headline_text(line: &str) -> String {
    strip_bold(&strip_md_links(line.trim_start_matches('#')))
        .trim()
        .to_string()
}

/// A `<title>` without a trailing `| Site Name` / `- Site Name`.
fn strip_site_suffix(title: &str) -> String {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if word_count(tail) <= 4 && word_count(head) >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

fn parse(file: &RawFile, id: &str) -> Article {
    let text = normalise(&file.text);
    let (lines, page) = lines_of(file, &text);
    let mut srcs: Vec<Src> = Vec::new();
    let mut prev_blank = true;
    for l in lines {
        if l.text.is_empty() {
            prev_blank = true;
            continue;
        }
        srcs.push(Src {
            text: l.text,
            hint: l.hint,
            adjacent: !prev_blank,
        });
        prev_blank = false;
    }
    let n = srcs.len();
    let mut roles = vec![Role::Body; n];
    let mut dates: Vec<DateSeen> = Vec::new();
    let mut agencies: Vec<&'static str> = Vec::new();
    let mut url: Option<String> = None;
    let mut copyright: Option<String> = None;

    let mut i = 0;
    while i < n {
        let t = srcs[i].text.as_str();
        let words = word_count(t);
        let lower = t.to_lowercase();
        let cur = i;
        let role = match srcs[cur].hint {
            Hint::Furniture => Role::Boiler,
            Hint::Caption => Role::Caption,
            Hint::Headline | Hint::Title => Role::Body,
            Hint::Plain | Hint::Meta => {
                let mut role = Role::Boiler;
                if let Some(label) = url_label(t) {
                    match label {
                        Some(u) => {
                            url.get_or_insert(u);
                        }
                        None => {
                            if let Some(next) = srcs.get(i + 1).filter(|s| is_bare_url(&s.text)) {
                                let u = next
                                    .text
                                    .trim_start_matches('<')
                                    .trim_end_matches('>')
                                    .to_string();
                                url.get_or_insert(u);
                                roles[i + 1] = Role::Boiler;
                                i += 1;
                            }
                        }
                    }
                } else if is_tag_heading(t) {
                    if let Some(next) = srcs.get(i + 1) {
                        if word_count(&next.text) <= 30 && !ends_sentence(&next.text) {
                            roles[i + 1] = Role::Boiler;
                            i += 1;
                        }
                    }
                } else if words <= 4 && is_related_heading(t) {
                    while let Some(next) = srcs.get(i + 1) {
                        if word_count(&next.text) <= 15 && !ends_sentence(&next.text) {
                            roles[i + 1] = Role::Boiler;
                            i += 1;
                        } else {
                            break;
                        }
                    }
                } else if matches!(
                    lower.trim_end_matches([',', ':', '.']),
                    "image caption"
                        | "photo caption"
                        | "caption"
                        | "media caption"
                        | "picture caption"
                ) {
                    // A caption label on its own line: the caption follows.
                    if srcs
                        .get(i + 1)
                        .is_some_and(|s| word_count(&s.text) <= 60 && !is_furniture(&s.text))
                    {
                        roles[i + 1] = Role::Caption;
                        i += 1;
                    }
                } else if let Some(holder) = copyright_holder(t) {
                    match canonical_agency(&holder) {
                        Some(a) => agencies.push(a),
                        None => {
                            copyright.get_or_insert(holder);
                        }
                    }
                } else if [
                    "image:",
                    "photo:",
                    "picture:",
                    "caption:",
                    "photograph:",
                    "pictured:",
                ]
                .iter()
                .any(|p| lower.starts_with(p))
                {
                    role = Role::Caption;
                } else if is_furniture(t) {
                } else if is_byline(t) {
                    agencies.extend(agency_in_byline(t));
                    if let Some(date) = find_date(t) {
                        dates.push(DateSeen {
                            line: cur,
                            date,
                            weak: false,
                        });
                    }
                } else if let Some(agency) = source_credit(t) {
                    agencies.extend(agency);
                } else if let Some(date) = standalone_date(t) {
                    let weak = published_label(t).unwrap_or(false);
                    dates.push(DateSeen {
                        line: cur,
                        date,
                        weak,
                    });
                } else if let Some(weak) =
                    published_label(t).filter(|_| find_date(t).is_some() || words <= 6)
                {
                    if let Some(date) = find_date(t) {
                        dates.push(DateSeen {
                            line: cur,
                            date,
                            weak,
                        });
                    }
                } else if cur > 0
                    && srcs[cur].adjacent
                    && is_byline(&srcs[cur - 1].text)
                    && roles[cur - 1] == Role::Boiler
                    && words <= 6
                    && !ends_sentence(t)
                {
                    // A byline's second line: "BBC News, Hong Kong", "Reuters".
                    agencies.extend(
                        standalone_agency(t).or_else(|| agency_in_byline(&format!("By X, {t}"))),
                    );
                } else if let Some(agency) = standalone_agency(t) {
                    if cur > 0 && roles[cur - 1] == Role::Caption {
                        role = Role::Caption;
                    } else {
                        agencies.push(agency);
                    }
                } else if is_caption(t) {
                    role = Role::Caption;
                } else if srcs[cur].hint != Hint::Meta {
                    role = Role::Body;
                }
                role
            }
        };
        roles[cur] = role;
        i += 1;
    }

    // The headline: an HTML <h1>, else the first remaining line.
    let mut headline = String::new();
    let h1 = (0..n).find(|&k| srcs[k].hint == Hint::Headline && roles[k] == Role::Body);
    let first = (0..n).find(|&k| roles[k] == Role::Body);
    let chosen = match (h1, first) {
        (Some(h), _) => {
            for r in roles.iter_mut().take(h) {
                if *r == Role::Body {
                    *r = Role::Boiler;
                }
            }
            Some(h)
        }
        (None, Some(f)) => {
            // A one- or two-word section label above a headline is a kicker.
            let next = (f + 1..n).find(|&k| roles[k] == Role::Body);
            let kicker = word_count(&srcs[f].text) <= 2
                && !ends_sentence(&srcs[f].text)
                && next.is_some_and(|k| {
                    let t = &srcs[k].text;
                    let wraps_on = srcs.get(k + 1).is_some_and(|s| {
                        s.adjacent && s.text.starts_with(|c: char| c.is_lowercase())
                    });
                    (4..=25).contains(&word_count(t))
                        && !ends_sentence(t)
                        && srcs[k].hint != Hint::Title
                        && !wraps_on
                });
            if kicker {
                roles[f] = Role::Boiler;
                next
            } else {
                Some(f)
            }
        }
        (None, None) => None,
    };
    if let Some(h) = chosen.filter(|&h| word_count(&srcs[h].text) <= 40) {
        roles[h] = Role::Headline;
        headline = headline_text(&srcs[h].text);
        if srcs[h].hint == Hint::Title {
            headline = strip_site_suffix(&headline);
        }
        for k in 0..n {
            let repeat = k != h
                && roles[k] == Role::Body
                && headline_text(&srcs[k].text) == headline_text(&srcs[h].text);
            if repeat || (srcs[k].hint == Hint::Title && roles[k] == Role::Body) {
                roles[k] = Role::Boiler;
            }
        }
    }
    for k in 0..n {
        if srcs[k].hint == Hint::Title && roles[k] == Role::Body {
            roles[k] = Role::Boiler;
        }
    }

    // Short unpunctuated lines after the last real paragraph: widgets, navigation.
    let real = |t: &str| ends_sentence(t) || word_count(t) >= 12;
    if let Some(last) = (0..n)
        .rev()
        .find(|&k| roles[k] == Role::Body && real(&srcs[k].text))
    {
        for r in roles.iter_mut().skip(last + 1) {
            if *r == Role::Body {
                *r = Role::Boiler;
            }
        }
    }

    // Paragraphs: join hard-wrapped lines.
    let mut paragraphs: Vec<String> = Vec::new();
    let mut prev_body: Option<usize> = None;
    for k in 0..n {
        if roles[k] != Role::Body {
            continue;
        }
        let t = srcs[k].text.as_str();
        let wrapped = prev_body == Some(k.wrapping_sub(1))
            && srcs[k].adjacent
            && !ends_sentence(&srcs[k - 1].text)
            && t.starts_with(|c: char| c.is_lowercase());
        match paragraphs.last_mut() {
            Some(p) if wrapped => {
                p.push(' ');
                p.push_str(t);
            }
            _ => paragraphs.push(t.to_string()),
        }
        prev_body = Some(k);
    }

    let mut a = Article::empty(id);
    a.source_file = file.name.clone();
    a.headline = headline;
    for (k, s) in srcs.iter().enumerate() {
        match roles[k] {
            Role::Caption => a.captions.push(strip_bold(&s.text).trim().to_string()),
            Role::Boiler => a.boilerplate.push(s.text.clone()),
            Role::Headline | Role::Body => {}
        }
    }

    // The date: from metadata lines before the third body line.
    let top = (0..n)
        .filter(|&k| roles[k] == Role::Body)
        .nth(2)
        .unwrap_or(n);
    let near: Vec<&DateSeen> = dates.iter().filter(|d| d.line < top).collect();
    a.published = near
        .iter()
        .find(|d| !d.weak)
        .or_else(|| near.first())
        .map(|d| d.date.clone())
        .or_else(|| page.published.as_deref().and_then(find_date));

    // The dateline (and an agency in it) from the first paragraphs.
    let mut dateline_agency = None;
    for p in paragraphs.iter().take(3) {
        if let Some((place, agency)) = dateline(p) {
            a.dateline = place;
            dateline_agency = agency;
            break;
        }
    }
    a.wire_agency = agencies
        .first()
        .copied()
        .or(dateline_agency)
        .map(str::to_string);

    a.url = url.or(page.canonical_url);
    if let Some(o) = a.url.as_deref().and_then(outlet_for_url) {
        a.outlet = Some(o.to_string());
        a.outlet_basis = Some(Basis::Url);
    } else if let Some(o) = copyright.or(page.site_name) {
        a.outlet = Some(o);
        a.outlet_basis = Some(Basis::Text);
    }
    a.body = paragraphs.join("\n\n");
    a
}

/// The dateline of a paragraph opening `LIMA, Peru (AP) — …`: the
/// place in capitals (`LIMA`) and an agency in brackets, when present.
/// `None` when the paragraph does not open with a dateline.
fn dateline(p: &str) -> Option<(Option<String>, Option<&'static str>)> {
    let window_end = p.char_indices().nth(100).map(|(i, _)| i).unwrap_or(p.len());
    let head = &p[..window_end];
    let dash = [" — ", " – ", " -- ", " - ", "—", "–"]
        .iter()
        .filter_map(|d| head.find(d))
        .min()?;
    let pre = head[..dash].trim();
    if pre.is_empty() || word_count(pre) > 12 || pre.contains(['"', '“', '”', '!', '?', ';']) {
        return None;
    }
    // A bracketed agency at the end: "(AP)", "(Reuters)".
    let (pre, agency) = match pre.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((before, inside)) => (before.trim(), Some(canonical_agency(inside)?)),
        None => (pre, None),
    };
    let is_caps = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty()
            && letters.iter().all(|c| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    let place_end = pre.find([',', '(']).unwrap_or(pre.len());
    let place = pre[..place_end].trim();
    let rest = pre[place_end..].trim();
    let place_ok = !place.is_empty()
        && place.split_whitespace().all(is_caps)
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    let rest_ok = rest.is_empty()
        || (rest.starts_with(',')
            && word_count(rest) <= 6
            && rest.split_whitespace().all(|w| {
                !w.trim_start_matches([',', '('])
                    .starts_with(|c: char| c.is_lowercase())
            }));
    match (place_ok && rest_ok, agency) {
        (true, agency) => Some((Some(place.to_string()), agency)),
        (false, Some(agency)) if pre.is_empty() => Some((None, Some(agency))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Article {
        ingest(&[RawFile::new("a.txt", text)], None)
            .document
            .articles
            .remove(0)
    }

    macro_rules! dl {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                let got = dateline($input);
                let want: Option<(Option<&str>, Option<&str>)> = $want;
                assert_eq!(
                    got.as_ref().map(|(p, a)| (p.as_deref(), *a)),
                    want,
                    "input: {:?}",
                    $input
                );
            }
        };
    }

    dl!(
        dateline_ap,
        "LIMA, Peru (AP) — The minister said.",
        Some((Some("LIMA"), Some("AP")))
    );
    dl!(
        dateline_plain,
        "OSLO — The ministry denied it.",
        Some((Some("OSLO"), None))
    );
    dl!(
        dateline_two_words,
        "NEW YORK (Reuters) - Shares fell.",
        Some((Some("NEW YORK"), Some("Reuters")))
    );
    dl!(
        dateline_with_date,
        "QUITO, Ecuador, March 7 (Reuters) - Voting went on.",
        Some((Some("QUITO"), Some("Reuters")))
    );
    dl!(
        dateline_dc,
        "WASHINGTON, D.C. — Congress met.",
        Some((Some("WASHINGTON"), None))
    );
    dl!(
        dateline_agency_only,
        "(AFP) - Talks resumed.",
        Some((None, Some("AFP")))
    );
    dl!(
        dateline_none,
        "The ministry said — again — that it had not.",
        None
    );
    dl!(dateline_not_caps, "Oslo — The ministry said.", None);
    dl!(
        dateline_lowercase_rest,
        "NATO, which met on Monday — said nothing.",
        None
    );

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let a = one("Title here\n\nThe minister said the talks\nwould resume next week.\nA new line starts here.\n");
        assert_eq!(
            a.body,
            "The minister said the talks would resume next week.\n\nA new line starts here."
        );
    }

    #[test]
    fn subheadings_between_paragraphs_stay() {
        let a = one("Title here\n\nFirst paragraph ends.\n\nA subheading\n\nSecond paragraph ends.\n\nTo Top\n");
        assert_eq!(
            a.body,
            "First paragraph ends.\n\nA subheading\n\nSecond paragraph ends."
        );
        assert_eq!(a.boilerplate, ["To Top"]);
    }

    #[test]
    fn kicker_above_headline_is_boilerplate() {
        let a =
            one("World\n\nFloods close schools across the north\n\nSchools closed on Monday.\n");
        assert_eq!(a.headline, "Floods close schools across the north");
        assert_eq!(a.boilerplate, ["World"]);
    }

    #[test]
    fn short_headline_is_kept() {
        let a = one("Markets tumble\n\nStocks fell sharply on Monday as investors fled.\n");
        assert_eq!(a.headline, "Markets tumble");
    }

    #[test]
    fn html_h1_wins_and_chrome_before_it_is_boilerplate() {
        let f = RawFile::new(
            "p.html",
            "<title>Floods | Herald</title><div>Menu stuff</div><h1>Floods</h1><p>It rained.</p>",
        );
        let a = ingest(&[f], None).document.articles.remove(0);
        assert_eq!(a.headline, "Floods");
        assert_eq!(a.body, "It rained.");
        assert!(a.boilerplate.contains(&"Menu stuff".to_string()));
    }

    #[test]
    fn from_bytes_refuses_binary_and_bad_utf8() {
        let e = RawFile::from_bytes("x.txt", b"ab\0c").unwrap_err();
        assert!(
            e.to_string().contains("x.txt") && e.to_string().contains("binary"),
            "{e}"
        );
        let e = RawFile::from_bytes("y.txt", b"ab\xffc").unwrap_err();
        assert!(
            e.to_string().contains("y.txt") && e.to_string().contains("UTF-8"),
            "{e}"
        );
        assert_eq!(
            RawFile::from_bytes("z.txt", "é".as_bytes()).unwrap().text,
            "é"
        );
    }

    #[test]
    fn stems() {
        assert_eq!(RawFile::new("dir/a.b.txt", "").stem(), "a.b");
        assert_eq!(RawFile::new(".txt", "").stem(), ".txt");
        assert_eq!(RawFile::new("noext", "").stem(), "noext");
    }
}
