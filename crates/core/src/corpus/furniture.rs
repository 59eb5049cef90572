//! What a line of a scraped page is, judged on the line alone: page
//! furniture (browser notices, share buttons, comment forms, tag lists,
//! copyright lines), a photo caption, a byline or agency credit, a date
//! line. The lexicons here are about news pages in general, never about one
//! story: news agencies, photo credit sources, well-known news domains.
//!
//! [`super::ingest`] adds what needs context (the headline, tag lists,
//! trailing widget text) on top of these per-line rules.
//!
//! ```
//! use crossread_core::corpus::furniture::{agency_in_byline, canonical_agency, is_caption, is_furniture, outlet_for_url};
//!
//! assert!(is_furniture("IE 11 is not supported. For an optimal experience visit our site on another browser."));
//! assert!(is_furniture("Leave a Reply"));
//! assert!(!is_furniture("Rain fell all day."));
//! assert!(is_caption("A man walks past a screen. Ed Jones/AFP via Getty Images"));
//! assert_eq!(canonical_agency("Agence France-Presse"), Some("AFP"));
//! assert_eq!(agency_in_byline("By Jane Doe, Associated Press").as_deref(), Some("AP"));
//! assert_eq!(outlet_for_url("https://www.reuters.com/world/x"), Some("Reuters"));
//! ```

/// News agencies: every spelling a page uses, and the short name the corpus
/// records. Spellings are compared case-insensitively.
const AGENCIES: &[(&str, &[&str])] = &[
    (
        "AP",
        &["ap", "associated press", "the associated press", "ap news"],
    ),
    (
        "AFP",
        &[
            "afp",
            "agence france-presse",
            "agence france presse",
            "afp news",
            "agence france‑presse",
        ],
    ),
    ("Reuters", &["reuters", "thomson reuters", "reuters news"]),
    ("Bloomberg", &["bloomberg", "bloomberg news"]),
    ("Yonhap", &["yonhap", "yonhap news agency", "yonhap news"]),
    ("Xinhua", &["xinhua", "xinhua news agency"]),
    ("TASS", &["tass", "itar-tass", "tass news agency"]),
    ("RIA Novosti", &["ria novosti", "ria"]),
    ("Interfax", &["interfax"]),
    ("Kyodo", &["kyodo", "kyodo news"]),
    ("Jiji", &["jiji", "jiji press"]),
    ("dpa", &["dpa", "deutsche presse-agentur"]),
    ("ANSA", &["ansa"]),
    ("EFE", &["efe", "agencia efe"]),
    ("UPI", &["upi", "united press international"]),
    ("PTI", &["pti", "press trust of india"]),
    ("ANI", &["ani", "asian news international"]),
    ("IANS", &["ians"]),
    ("AAP", &["aap", "australian associated press"]),
    ("Canadian Press", &["the canadian press", "canadian press"]),
    ("PA Media", &["pa", "pa media", "press association"]),
    ("Anadolu", &["anadolu", "anadolu agency"]),
    ("KCNA", &["kcna", "korean central news agency"]),
    ("Bernama", &["bernama"]),
    ("Antara", &["antara"]),
    ("WAFA", &["wafa"]),
    ("IRNA", &["irna"]),
    ("Ukrinform", &["ukrinform"]),
    ("CNA", &["central news agency"]),
];

/// Names that appear in photo credits besides the agencies.
#[rustfmt::skip]
const PHOTO_SOURCES: &[&str] = &[
    "getty images", "getty", "shutterstock", "alamy", "epa", "epa-efe", "sipa", "sipa usa", "zuma",
    "zuma press", "zuma wire", "nurphoto", "imago", "sputnik", "sopa images", "lightrocket", "pool",
    "handout", "wikimedia commons", "flickr", "istock", "istockphoto", "ap photo", "ap images",
    "afp photo", "reuters photo", "file", "file photo", "news1", "newsis",
];

/// Well-known news domains and the outlet that publishes there.
const OUTLET_DOMAINS: &[(&str, &str)] = &[
    ("themoscowtimes.com", "The Moscow Times"),
    ("apnews.com", "AP"),
    ("reuters.com", "Reuters"),
    ("nbcnews.com", "NBC News"),
    ("bbc.co.uk", "BBC News"),
    ("bbc.com", "BBC News"),
    ("nytimes.com", "The New York Times"),
    ("washingtonpost.com", "The Washington Post"),
    ("theguardian.com", "The Guardian"),
    ("cnn.com", "CNN"),
    ("aljazeera.com", "Al Jazeera"),
    ("foxnews.com", "Fox News"),
    ("cbsnews.com", "CBS News"),
    ("abcnews.go.com", "ABC News"),
    ("abc.net.au", "ABC News (Australia)"),
    ("cbc.ca", "CBC News"),
    ("wsj.com", "The Wall Street Journal"),
    ("ft.com", "Financial Times"),
    ("bloomberg.com", "Bloomberg"),
    ("economist.com", "The Economist"),
    ("npr.org", "NPR"),
    ("politico.com", "Politico"),
    ("politico.eu", "Politico Europe"),
    ("axios.com", "Axios"),
    ("usatoday.com", "USA Today"),
    ("latimes.com", "Los Angeles Times"),
    ("nypost.com", "New York Post"),
    ("independent.co.uk", "The Independent"),
    ("telegraph.co.uk", "The Telegraph"),
    ("dailymail.co.uk", "Daily Mail"),
    ("thetimes.co.uk", "The Times"),
    ("news.sky.com", "Sky News"),
    ("france24.com", "France 24"),
    ("dw.com", "DW"),
    ("euronews.com", "Euronews"),
    ("koreaherald.com", "The Korea Herald"),
    ("koreatimes.co.kr", "The Korea Times"),
    ("yna.co.kr", "Yonhap"),
    ("japantimes.co.jp", "The Japan Times"),
    ("scmp.com", "South China Morning Post"),
    ("nknews.org", "NK News"),
    ("cnbc.com", "CNBC"),
    ("time.com", "Time"),
    ("newsweek.com", "Newsweek"),
    ("theatlantic.com", "The Atlantic"),
    ("voanews.com", "Voice of America"),
    ("rferl.org", "Radio Free Europe/Radio Liberty"),
    ("kyivindependent.com", "The Kyiv Independent"),
    ("tass.com", "TASS"),
    ("rt.com", "RT"),
    ("globaltimes.cn", "Global Times"),
    ("xinhuanet.com", "Xinhua"),
    ("afp.com", "AFP"),
    ("kyodonews.net", "Kyodo News"),
    ("theglobeandmail.com", "The Globe and Mail"),
    ("hindustantimes.com", "Hindustan Times"),
    ("indiatimes.com", "The Times of India"),
    ("ndtv.com", "NDTV"),
    ("straitstimes.com", "The Straits Times"),
    ("channelnewsasia.com", "CNA"),
    ("washingtonexaminer.com", "Washington Examiner"),
    ("huffpost.com", "HuffPost"),
    ("businessinsider.com", "Business Insider"),
    ("thehill.com", "The Hill"),
    ("upi.com", "UPI"),
    ("arabnews.com", "Arab News"),
    ("haaretz.com", "Haaretz"),
    ("timesofisrael.com", "The Times of Israel"),
    ("lemonde.fr", "Le Monde"),
    ("spiegel.de", "Der Spiegel"),
    ("vox.com", "Vox"),
];

/// Whole lines that are page chrome (compared lower-case, without edge
/// punctuation).
#[rustfmt::skip]
const FURNITURE_LINES: &[&str] = &[
    "advertisement", "advertising", "ad", "sponsored", "sponsored content", "share", "share this",
    "share this article", "share this story", "share this page", "share on facebook",
    "share on twitter", "tweet", "email", "print", "comments", "comment", "leave a reply",
    "leave a comment", "post a comment", "leave a reply cancel reply", "cancel reply", "related",
    "related articles", "related stories", "related content", "related coverage", "related news",
    "related topics", "topics", "tags", "keywords", "filed under", "categories", "more from",
    "more stories", "more on this story", "read more", "read next", "recommended",
    "recommended stories", "most read", "most popular", "most viewed", "trending", "trending now",
    "the latest", "latest", "latest news", "latest stories", "to top", "back to top", "top",
    "skip to content", "skip to main content", "skip navigation", "menu", "search", "home", "subscribe",
    "sign up", "sign in", "log in", "login", "register", "newsletter", "close", "continue reading",
    "show comments", "load more", "next article", "previous article", "next story", "see also", "watch",
    "listen", "listen to this article", "video", "photos", "explore more", "you may also like",
    "you might also like", "further reading", "in this article", "editor's picks", "don't miss",
    "follow us", "advertise with us", "contact us", "about us", "privacy policy",
    "terms of use", "terms of service", "cookie policy", "all rights reserved", "loading", "loading...",
    "opinion", "breaking news", "live", "share via", "copy link", "link copied", "facebook", "twitter",
    "linkedin", "whatsapp", "reddit", "telegram", "pinterest", "flipboard",
];

/// Line beginnings that mark chrome when the line is short.
#[rustfmt::skip]
const FURNITURE_PREFIXES: &[&str] = &[
    "read more", "read also", "also read", "see also", "related:", "more:", "watch:", "listen:",
    "sign up for", "sign up to", "subscribe to", "subscribe for", "follow us", "share this", "share on",
    "click here", "tags:", "topics:", "keywords:", "filed under", "categories:", "image source",
    "getty images", "this article was originally published", "this story was originally published",
    "this article first appeared", "originally published", "download the", "get the app", "join our",
    "our standards:", "we use cookies", "this website uses cookies",
];

/// Phrases that mark chrome wherever they appear in a line of up to 40 words.
#[rustfmt::skip]
const FURNITURE_PHRASES: &[&str] = &[
    "enable javascript", "javascript is disabled", "javascript enabled", "update your browser",
    "upgrade your browser", "unsupported browser", "browser is not supported",
    "browser does not support", "for an optimal experience", "akismet", "comment data is processed",
    "email address will not be published", "required fields are marked", "all rights reserved",
    "may not be published, broadcast, rewritten", "contributed to this report", "contributed reporting",
];

/// Phrases that mark chrome only in a short line (up to 12 words).
#[rustfmt::skip]
const SHORT_FURNITURE_PHRASES: &[&str] = &[
    "your inbox", "min read", "minute read", "minutes read", "reading time", "accept cookies",
    "use of cookies", "click here", "follow us on", "sign up for our", "subscribe to our", "newsletter",
    "sign up",
];

/// The canonical short name of a news agency spelled `name`, if it is one.
pub fn canonical_agency(name: &str) -> Option<&'static str> {
    let n = name
        .trim()
        .trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '[' | ']' | '*' | '_' | '.' | ',' | ':' | '—' | '–' | '-'
            )
        })
        .trim()
        .to_lowercase();
    AGENCIES
        .iter()
        .find(|(_, spellings)| spellings.contains(&n.as_str()))
        .map(|(short, _)| *short)
}

/// The outlet publishing at `url`'s domain, from a lexicon of news sites.
pub fn outlet_for_url(url: &str) -> Option<&'static str> {
    let host = host_of(url)?;
    OUTLET_DOMAINS
        .iter()
        .find(|(domain, _)| host == *domain || host.ends_with(&format!(".{domain}")))
        .map(|(_, outlet)| *outlet)
}

/// The lower-case host of a URL (`https://www.x.com:80/a` → `www.x.com`).
fn host_of(url: &str) -> Option<String> {
    let url = url.trim().trim_start_matches('<').trim_end_matches('>');
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty() && host.contains('.')).then(|| host.to_lowercase())
}

/// Number of whitespace-separated words.
pub fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// True when the line ends a sentence: its last character, past closing
/// quotes and brackets, is `.`, `!`, `?`, `…`, `:` or `;`.
pub fn ends_sentence(line: &str) -> bool {
    let core = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '_']);
    core.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// `[text](url)` → `text`, `![alt](src)` → `alt`, `<url>` kept as is.
pub fn strip_md_links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(close_rel) = rest[open..].find("](") else {
            break;
        };
        let close = open + close_rel;
        let Some(end_rel) = rest[close + 2..].find(')') else {
            break;
        };
        let end = close + 2 + end_rel;
        let before = &rest[..open];
        out.push_str(before.strip_suffix('!').unwrap_or(before));
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The line without markdown emphasis markers `**` and `__`.
pub fn strip_bold(line: &str) -> String {
    line.replace("**", "").replace("__", "")
}

fn squash(line: &str) -> String {
    let l = strip_bold(&strip_md_links(line)).to_lowercase();
    let l = l.trim_start_matches('#').trim();
    l.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '©')
        .replace('’', "'")
}

/// A line that is only a URL (`https://…`, `<https://…>`, `www.…`).
pub fn is_bare_url(line: &str) -> bool {
    let l = line.trim().trim_start_matches('<').trim_end_matches('>');
    !l.is_empty()
        && !l.contains(char::is_whitespace)
        && (l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www."))
}

/// A line of social handles and hashtags only (`@SomeChannel`, `#news @x`).
pub fn is_social_handles(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| {
            let body = w.trim_start_matches(['@', '#']);
            (w.starts_with('@') || (w.starts_with('#') && words.iter().any(|x| x.starts_with('@'))))
                && !body.is_empty()
                && body
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        })
}

/// A navigation crumb: `Home > World > Asia`, `News | Politics`.
fn is_crumb(line: &str) -> bool {
    let seps = [" > ", " › ", " » ", " | ", " / "];
    let Some(sep) = seps.iter().find(|s| line.contains(**s)) else {
        return false;
    };
    let parts: Vec<&str> = line.split(sep).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| word_count(p) <= 4 && !ends_sentence(p))
        && !line.to_lowercase().starts_with("by ")
}

/// True when the line is page furniture by itself: browser notices,
/// sharing and comment widgets, newsletter prompts, copyright lines, tag
/// lists, navigation crumbs, social handles, bare URLs.
pub fn is_furniture(line: &str) -> bool {
    let l = squash(line);
    let words = word_count(line);
    if l.is_empty() {
        // Only punctuation or markup: rules, bullets, stray symbols.
        return true;
    }
    if FURNITURE_LINES.contains(&l.as_str())
        || is_bare_url(line)
        || is_social_handles(line)
        || is_crumb(line)
    {
        return true;
    }
    if words <= 40 && FURNITURE_PHRASES.iter().any(|p| l.contains(p)) {
        return true;
    }
    if words <= 12 && SHORT_FURNITURE_PHRASES.iter().any(|p| l.contains(p)) {
        return true;
    }
    if words <= 25 && FURNITURE_PREFIXES.iter().any(|p| l.starts_with(p)) {
        return true;
    }
    let credit = [
        "reporting by",
        "additional reporting",
        "editing by",
        "writing by",
        "compiled by",
    ];
    if words <= 30
        && credit.iter().any(|p| l.starts_with(p))
        && (!ends_sentence(line) || l.contains("editing by") || l.contains(';'))
    {
        return true;
    }
    if words <= 25 && copyright_line(line) {
        return true;
    }
    if l.contains("not supported")
        && (l.contains("browser") || l.starts_with("ie ") || l.contains("internet explorer"))
    {
        return true;
    }
    if l.starts_with("follow ") && l.contains("coverage") && words <= 20 {
        return true;
    }
    // "Image 3 of 12", "Photo 1/5": gallery counters.
    let mut w = l.split_whitespace();
    if let (Some(first), Some(second)) = (w.next(), w.next()) {
        if matches!(first, "image" | "photo" | "slide" | "picture")
            && second.starts_with(|c: char| c.is_ascii_digit())
            && words <= 4
        {
            return true;
        }
    }
    false
}

/// A heading that introduces a list of tags or topics on the next line.
pub fn is_tag_heading(line: &str) -> bool {
    matches!(
        squash(line).as_str(),
        "tags" | "topics" | "keywords" | "filed under" | "categories" | "related topics"
    )
}

/// A heading that introduces links to other stories.
pub fn is_related_heading(line: &str) -> bool {
    let l = squash(line);
    l.starts_with("related")
        || l.starts_with("more from")
        || l.starts_with("read more")
        || l.starts_with("recommended")
        || l.starts_with("most read")
        || l.starts_with("most popular")
        || l.starts_with("you may also like")
        || l.starts_with("you might also like")
}

/// True when a trailing credit names a photo source: `NAME/AFP`,
/// `AFP via Getty Images`, `AP Photo/Name`, `Reuters/Name`, `File photo`.
fn is_credit(tail: &str) -> bool {
    let t = tail
        .trim()
        .trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '.' | ',' | '*'));
    if t.is_empty() || word_count(t) > 8 {
        return false;
    }
    let lower = t.to_lowercase();
    let known = |s: &str| {
        let s = s
            .trim()
            .trim_end_matches(" file")
            .trim_end_matches(" file photo")
            .trim();
        canonical_agency(s).is_some() || PHOTO_SOURCES.contains(&s)
    };
    if let Some((_, via)) = lower.rsplit_once(" via ") {
        return known(via);
    }
    if let Some(via) = lower.strip_prefix("via ") {
        return known(via);
    }
    if lower.contains('/') {
        return lower.split('/').any(|p| known(p.trim()));
    }
    PHOTO_SOURCES.contains(&lower.as_str())
}

/// True when the line is a photo caption: it starts with a caption label
/// (`Image:`, `Photo:`, `Caption:`) or ends with a photo credit (`**EPA**`,
/// `… via Getty Images`, `NAME/AFP`, `(Photo by …)`, `Credit: …`,
/// `Shutterstock`, `File photo`).
pub fn is_caption(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let labels = [
        "image:",
        "photo:",
        "picture:",
        "caption:",
        "photograph:",
        "pictured:",
        "photo credit:",
        "image credit:",
        "credit:",
    ];
    if labels.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    let trimmed = line.trim().trim_end_matches(['.', ' ']);
    // A bold credit closing the line: "… on Monday. **EPA**".
    if let Some(inner) = trimmed.strip_suffix("**") {
        if let Some(open) = inner.rfind("**") {
            let credit = &inner[open + 2..];
            let before = inner[..open].trim();
            if !before.is_empty()
                && !credit.trim().is_empty()
                && word_count(credit) <= 5
                && !before.ends_with("**")
            {
                return true;
            }
        }
    }
    for marker in [
        "(photo by",
        "(photo:",
        "(photo courtesy",
        "(file photo",
        "(ap photo",
        "(image:",
        "(credit",
        "credit:",
        "ap photo/",
        "reuters/",
    ] {
        if let Some(at) = lower.rfind(marker) {
            let tail = &lower[at..];
            if word_count(tail) <= 10 && !tail.contains(". ") {
                return true;
            }
        }
    }
    let lower_trim = lower.trim_end_matches(['.', ' ', ')']);
    if lower_trim.ends_with("file photo")
        || lower_trim.ends_with("shutterstock")
        || lower_trim.ends_with("getty images")
    {
        return true;
    }
    // The credit is the last few words, after the sentence ends or glued to it.
    let tail_start = trimmed
        .char_indices()
        .rfind(|(_, c)| matches!(c, '.' | '!' | '?' | '”' | '"' | ')'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let tail = &trimmed[tail_start..];
    let tail_lower = tail.trim().to_lowercase();
    if tail_start > 0
        && (is_credit(tail)
            || [
                "photo by ",
                "photo courtesy",
                "courtesy of ",
                "photograph by ",
                "image by ",
            ]
            .iter()
            .any(|p| tail_lower.starts_with(p)))
    {
        return true;
    }
    // "… says Jane Doe. BRENDAN SMIALOWSKI/AFP via Getty Images": credit after a space.
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    for k in 1..=words.len().min(6) {
        let tail = words[words.len() - k..].join(" ");
        if (tail.contains('/')
            || tail.to_lowercase().contains(" via ")
            || tail.to_lowercase().starts_with("via "))
            && is_credit(&tail)
        {
            return true;
        }
    }
    false
}

/// The agency a byline credits: `By [AFP](#)`, `By AFP`, `By Jane Doe,
/// Reuters`, `By JANE DOE | Associated Press`. `None` for a line that is
/// not a byline or names no agency.
pub fn agency_in_byline(line: &str) -> Option<&'static str> {
    let rest = byline_rest(line)?;
    rest.split([',', '|', ';', '/', '(', ')', '—', '–'])
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" for "))
        .flat_map(|part| part.split(" - "))
        .find_map(canonical_agency)
}

/// What follows `By ` when the line is a byline: short, names in capitals,
/// not a sentence.
fn byline_rest(line: &str) -> Option<String> {
    let clean = strip_bold(&strip_md_links(line));
    let clean = clean.trim().trim_matches(['*', '_']).trim();
    let rest = clean
        .strip_prefix("By ")
        .or_else(|| clean.strip_prefix("BY "))
        .or_else(|| clean.strip_prefix("by "))?;
    let first = rest.chars().next()?;
    const SMALL: &[&str] = &[
        "and",
        "in",
        "for",
        "with",
        "the",
        "of",
        "de",
        "da",
        "del",
        "van",
        "von",
        "der",
        "at",
        "on",
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "editor",
        "updated",
        "published",
        "bin",
        "al",
    ];
    let names_only = rest.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        !w.starts_with(|c: char| c.is_lowercase())
            || SMALL.contains(&w)
            || w.contains('.')
            || w.contains(']')
    });
    let ok = (first.is_uppercase() || first == '[')
        && names_only
        && word_count(rest) <= 14
        && !(rest.trim_end().ends_with('.')
            && canonical_agency(rest).is_none()
            && !rest.contains(" | "));
    ok.then(|| rest.to_string())
}

/// True when the line is a byline (`By …`).
pub fn is_byline(line: &str) -> bool {
    byline_rest(line).is_some()
}

/// `/ Source: Reuters`, `Source: AFP`: the agency named, when the line is
/// such a credit (`Some(None)` for a short source line naming no agency).
pub fn source_credit(line: &str) -> Option<Option<&'static str>> {
    let clean = strip_md_links(line);
    let l = clean
        .trim()
        .trim_start_matches(['/', '|', '-', '—', '–'])
        .trim();
    let lower = l.to_lowercase();
    let rest = lower
        .strip_prefix("source:")
        .or_else(|| lower.strip_prefix("sources:"))?;
    if word_count(rest) > 6 {
        return None;
    }
    Some(
        rest.split([',', '/', '|', ';'])
            .flat_map(|p| p.split(" and "))
            .find_map(canonical_agency),
    )
}

/// A line that is only an agency name as a credit: `AFP`, `— Reuters`, `(AP)`.
pub fn standalone_agency(line: &str) -> Option<&'static str> {
    let clean = strip_bold(&strip_md_links(line));
    let l = clean.trim().trim_start_matches(['-', '—', '–']).trim();
    if word_count(l) > 4 {
        return None;
    }
    canonical_agency(l)
}

/// `© 2022 …`, `Copyright 2022 …`, `(c) 2022 …`: a copyright notice, not a
/// sentence about copyright.
fn copyright_line(line: &str) -> bool {
    let l = line.trim();
    let lower = l.to_lowercase();
    let has_year = l.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    l.starts_with('©')
        || ((lower.starts_with("copyright") || lower.starts_with("(c) "))
            && (has_year || lower.contains('©') || lower.contains("rights")))
}

/// The outlet or agency a copyright line names: `© 2022 Outlet Name`,
/// `Copyright 2022 The Associated Press. All rights reserved.`
pub fn copyright_holder(line: &str) -> Option<String> {
    let clean = strip_md_links(line);
    let l = clean.trim();
    if !copyright_line(l) {
        return None;
    }
    let mut rest = l;
    loop {
        let before = rest;
        rest = rest.trim_start();
        for p in ["©", "Copyright", "COPYRIGHT", "copyright", "(c)", "(C)"] {
            if let Some(r) = rest.strip_prefix(p) {
                rest = r;
            }
        }
        rest = rest.trim_start();
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '–'))
            .unwrap_or(rest.len());
        if digits > 0 && rest[..digits].bytes().any(|b| b.is_ascii_digit()) {
            rest = &rest[digits..];
        }
        rest = rest.trim_start_matches([',', ' ', '.']);
        if rest == before {
            break;
        }
    }
    let end = [
        ". ",
        ",",
        "|",
        " - ",
        " — ",
        " all rights",
        " All rights",
        " All Rights",
        ";",
    ]
    .iter()
    .filter_map(|m| rest.find(m))
    .min()
    .unwrap_or(rest.len());
    let name = rest[..end].trim().trim_end_matches('.').trim();
    let ok = !name.is_empty()
        && word_count(name) <= 6
        && name.chars().next().is_some_and(|c| c.is_uppercase());
    ok.then(|| name.to_string())
}

/// A labelled URL line: `Original url:`, `Source URL: https://…`,
/// `Canonical: <https://…>`. `Some(Some(url))` when the URL is on the same
/// line, `Some(None)` when it should be on the next line.
pub fn url_label(line: &str) -> Option<Option<String>> {
    let clean = strip_bold(&strip_md_links(line));
    let l = clean.trim();
    let (label, rest) = l
        .split_once(':')
        .filter(|(label, _)| !label.contains("//"))?;
    let label = label.trim().trim_start_matches('#').trim().to_lowercase();
    const LABELS: &[&str] = &[
        "original url",
        "original link",
        "original article",
        "source url",
        "source link",
        "url",
        "link",
        "canonical",
        "canonical url",
        "permalink",
        "article url",
        "originally published at",
        "read the original",
        "source article",
        "original source",
    ];
    if !LABELS.contains(&label.as_str()) {
        return None;
    }
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(None);
    }
    let url = rest.trim_start_matches('<').trim_end_matches('>').trim();
    if is_bare_url(url) {
        Some(Some(url.to_string()))
    } else {
        None
    }
}

/// A `Published:` / `Updated:` / `Posted:` line, with whether it is an
/// update (a weaker source for the publication date).
pub fn published_label(line: &str) -> Option<bool> {
    let lower = line.trim().to_lowercase();
    if word_count(&lower) > 16 {
        return None;
    }
    for (p, update) in [
        ("published", false),
        ("first published", false),
        ("posted", false),
        ("date:", false),
        ("updated", true),
        ("last updated", true),
        ("last modified", true),
        ("modified", true),
    ] {
        if lower.starts_with(p) {
            return Some(update);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $f:expr, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!($f($input), $want, "input: {:?}", $input);
            }
        };
    }

    t!(
        browser_notice,
        is_furniture,
        "Please enable JavaScript to view this page.",
        true
    );
    t!(
        akismet,
        is_furniture,
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        true
    );
    t!(
        follow_coverage,
        is_furniture,
        "Follow the Post’s coverage of the election at",
        true
    );
    t!(bare_url, is_furniture, "<https://example.com/a/b>", true);
    t!(handle, is_furniture, "@SomeChannel", true);
    t!(crumb, is_furniture, "Home > World > Europe", true);
    t!(
        copyright,
        is_furniture,
        "© 2023 Example Media Group. All rights reserved.",
        true
    );
    t!(
        sentence_not_furniture,
        is_furniture,
        "Officials said the talks would resume on Monday.",
        false
    );
    t!(
        subheading_not_furniture,
        is_furniture,
        "A long road to peace",
        false
    );
    t!(gallery, is_furniture, "Image 3 of 12", true);
    t!(
        copyright_sentence,
        is_furniture,
        "Copyright lawyers said the ruling was unclear.",
        false
    );
    t!(
        reuters_credit,
        is_furniture,
        "Reporting by Jane Doe; Editing by John Roe",
        true
    );
    t!(
        reporting_sentence,
        is_furniture,
        "Reporting by the newspaper suggested otherwise.",
        false
    );

    t!(
        caption_label,
        is_caption,
        "Photo: Firefighters at the scene.",
        true
    );
    t!(
        caption_bold,
        is_caption,
        "Firefighters at the scene on Monday. **EPA**",
        true
    );
    t!(
        caption_via,
        is_caption,
        "Firefighters at the scene. John Smith/AFP via Getty Images",
        true
    );
    t!(
        caption_ap_photo,
        is_caption,
        "Firefighters at the scene. (AP Photo/Jane Doe)",
        true
    );
    t!(
        caption_via_ap_file,
        is_caption,
        "The harbour in 2019.Harbour Photo Service via AP file",
        true
    );
    t!(
        caption_photo_by,
        is_caption,
        "Firefighters at the scene. (Photo by Jane Doe/Getty Images)",
        true
    );
    t!(
        caption_slash_agency,
        is_caption,
        "Crowds gather in the square. JANE DOE/AFP",
        true
    );
    t!(
        not_caption_sentence,
        is_caption,
        "The report was shared with Reuters by officials.",
        false
    );
    t!(
        not_caption_via,
        is_caption,
        "Talks were held via video link.",
        false
    );
    t!(
        not_caption_says,
        is_caption,
        "“We will not give up,” the minister said.",
        false
    );

    t!(byline_link, agency_in_byline, "By [AFP](#)", Some("AFP"));
    t!(
        byline_name_agency,
        agency_in_byline,
        "By Jane Doe, Reuters",
        Some("Reuters")
    );
    t!(
        byline_pipe,
        agency_in_byline,
        "By JANE DOE | Associated Press",
        Some("AP")
    );
    t!(byline_no_agency, agency_in_byline, "By Zoë Šimić", None);
    t!(
        byline_sentence,
        agency_in_byline,
        "By Tuesday, the AP had counted most votes.",
        None
    );
    t!(
        source_reuters,
        source_credit,
        "/ Source: Reuters",
        Some(Some("Reuters"))
    );
    t!(
        source_other,
        source_credit,
        "Source: company filings",
        Some(None)
    );
    t!(
        copyright_outlet,
        copyright_holder,
        "© 2022 Example Herald",
        Some("Example Herald".to_string())
    );
    t!(
        copyright_ap,
        copyright_holder,
        "Copyright 2022 The Associated Press. All rights reserved.",
        Some("The Associated Press".to_string())
    );
    t!(url_next_line, url_label, "Original url:", Some(None));
    t!(
        url_same_line,
        url_label,
        "Source URL: <https://example.com/x>",
        Some(Some("https://example.com/x".to_string()))
    );
    t!(url_not_label, url_label, "Note: this is text", None);

    #[test]
    fn outlets_from_domains() {
        assert_eq!(
            outlet_for_url("https://www.bbc.co.uk/news/x"),
            Some("BBC News")
        );
        assert_eq!(outlet_for_url("https://edition.cnn.com/x"), Some("CNN"));
        assert_eq!(outlet_for_url("https://notcnn.com/x"), None);
        assert_eq!(outlet_for_url("https://example.org"), None);
        assert_eq!(outlet_for_url("nonsense"), None);
    }
}
