//! The recognition rules over one text: gazetteer hits and capitalised
//! sequences become typed mentions.
//!
//! The text is cut into units (a gazetteer hit, a capitalised word with its
//! hyphenated or dotted parts, a connector such as `of`, a name particle
//! such as `al`), units joined by single spaces form runs, and each run is
//! split into organisation phrases, titles and the rest, which is typed by
//! the gazetteer or by the shape of the words and their context: datelines,
//! `in`/`around` before a word, `X-based`, `X, State`, `Country's X`, `such
//! as X and Y` after a plural company noun, an organisation noun before or
//! after (`pollster X`, `the X institute`), appositions (`one crossing, X,`),
//! and lists that share a type (`X, Y and Z provinces`).

use super::lexicon::{self, GazKind};
use super::{Basis, EntityMatcher, Found, RoleActor};
use crate::corpus::EntityType;
use crate::text::{sentences_of, tokens, Token, TokenKind};
use crate::Span;

fn has(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

fn has_lower(list: &[&str], w: &str) -> bool {
    if w.is_ascii() {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return has(list, w);
        }
        let mut buf = [0u8; 32];
        if w.len() <= buf.len() {
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[..w.len()].make_ascii_lowercase();
            return std::str::from_utf8(&buf[..w.len()]).is_ok_and(|l| has(list, l));
        }
    }
    has(list, &w.to_lowercase())
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn all_upper(w: &str) -> bool {
    let mut n = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        n += 1;
    }
    n > 0
}

const CONNECTORS: &[&str] = &["and", "for", "of", "on", "the"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UKind {
    /// A gazetteer hit: the entry index.
    Lex(usize),
    /// A capitalised word (with hyphenated parts, a title's dot, `al-`).
    Cap,
    /// `of`, `for`, `and`, `the`, `on`.
    Conn,
    /// A lower-case name particle (`bin`, `van`).
    Particle,
}

#[derive(Clone, Copy, Debug)]
struct Unit {
    /// First token.
    t0: usize,
    /// One past the last token.
    t1: usize,
    start: usize,
    end: usize,
    kind: UKind,
}

struct Ctx<'a> {
    m: &'a EntityMatcher,
    text: &'a str,
    toks: Vec<Token>,
    /// Byte starts of the first word of each sentence, sorted.
    initial: Vec<usize>,
    /// Lines that read as headlines or are in capitals: (start, end, title, caps).
    lines: Vec<(usize, usize, bool, bool)>,
    out: Vec<Found>,
    /// Month and weekday hits, for the date pass.
    date_units: Vec<Unit>,
    /// Gazetteer hits: spans and entry indices, sorted by start.
    hits: &'a [(Span, usize)],
}

impl Ctx<'_> {
    fn utext(&self, u: &Unit) -> &str {
        &self.text[u.start..u.end]
    }

    fn ttext(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    fn is_initial(&self, pos: usize) -> bool {
        self.initial.binary_search(&pos).is_ok()
    }

    fn line_of(&self, pos: usize) -> (bool, bool) {
        let i = self.lines.partition_point(|l| l.1 < pos);
        match self.lines.get(i) {
            Some(&(s, e, title, caps)) if s <= pos && pos <= e => (title, caps),
            _ => (false, false),
        }
    }

    /// The kind of the gazetteer hit that starts at `pos`, with its end.
    fn hit_at(&self, pos: usize) -> Option<(usize, GazKind)> {
        let i = self.hits.partition_point(|h| h.0.start < pos);
        let (span, entry) = self.hits.get(i).filter(|h| h.0.start == pos)?;
        Some((span.end, self.m.entry(*entry)?.kind))
    }

    /// The kind of the gazetteer hit that ends at `pos`.
    fn hit_ending(&self, pos: usize) -> Option<GazKind> {
        let i = self.hits.partition_point(|h| h.0.start < pos);
        let (span, entry) = self.hits.get(i.checked_sub(1)?)?;
        (span.end == pos).then_some(())?;
        Some(self.m.entry(*entry)?.kind)
    }

    /// Whether the word at token `t0` starts a line and, written in
    /// capitals, is followed by a comma or a dash: a dateline
    /// (`ANTAKYA, Turkey (AP) —`).
    fn dateline(&self, start: usize, end: usize) -> bool {
        let line_start = self.text[..start].rfind('\n').map_or(0, |p| p + 1);
        let after = self.text[end..].trim_start_matches(' ');
        self.text[line_start..start].trim().is_empty()
            && all_upper(&self.text[start..end])
            && self.text[start..end]
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= 3
            && !self.text[start..end]
                .split(' ')
                .any(|w| has_lower(lexicon::COMMON_WORDS, w))
            && (after.starts_with(',')
                || after.starts_with('\u{2014}')
                || after.starts_with('\u{2013}')
                || after.starts_with("- ")
                || after.starts_with('('))
    }

    /// The type a noun before a name in commas gives it: `one crossing,
    /// Bab al-Hawa,` (a place), `the party, Pastef,` (an organisation).
    fn apposition(&self, s: usize, e: usize) -> Option<EntityType> {
        let head = self.text[..s].strip_suffix(", ")?;
        if !self.text[e..].starts_with(',') {
            return None;
        }
        let w = head
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if has(lexicon::PLACE_NOUNS, w) {
            Some(EntityType::Place)
        } else if has(lexicon::ORG_NEXT, w) || has(lexicon::ORG_BEFORE, w) {
            Some(EntityType::Org)
        } else {
            None
        }
    }

    /// What the words around a capitalised stretch from unit `first` to
    /// unit `last` show it to be, if they show an organisation or a place.
    /// `place_prep`: whether `in`/`around`… before it counts.
    fn context_cue(&self, first: &Unit, last: &Unit, place_prep: bool) -> Option<EntityType> {
        let text = self.text;
        let (s, e) = (first.start, last.end);
        let after = &text[e..];
        if after.starts_with("-based") {
            return Some(EntityType::Place);
        }
        // "Palo Alto, California," / "Austin, Texas-based": a place and
        // its state or country.
        if after.starts_with(", ") {
            if let Some((end, kind)) = self.hit_at(e + 2) {
                let tail = &text[end..];
                if matches!(kind, GazKind::Country | GazKind::Place)
                    && (tail.is_empty() || tail.starts_with([',', '.', '-', ')', ';', '\n']))
                {
                    return Some(EntityType::Place);
                }
            }
        }
        let before = self.word_before(first.t0);
        if let Some(b) = before {
            let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
            // "confidence in Harmon" is about a person or body.
            let object = first.t0 >= 1
                && self
                    .word_before(first.t0 - 1)
                    .is_some_and(|w| has(lexicon::NOT_PLACE_BEFORE_IN, w));
            if place_prep && !possessive && !object && has_lower(lexicon::PLACE_PREPS, b) {
                return Some(EntityType::Place);
            }
            if has(lexicon::ORG_BEFORE, b) {
                return Some(EntityType::Org);
            }
            let b_start = self.toks.get(first.t0 - 1).map_or(0, |t| t.span.start);
            if b == "based" && text[..b_start].ends_with('-') {
                return Some(EntityType::Org);
            }
            // "shares of Kestrel Dynamics", "the chief executive of Nordlys"
            if b == "of"
                && self.word_before(first.t0 - 1).is_some_and(|w| {
                    w.eq_ignore_ascii_case("shares") || has(lexicon::COMPANY_ROLES, w)
                })
            {
                return Some(EntityType::Org);
            }
            if b == "as"
                && self.word_before(first.t0 - 1) == Some("such")
                && first.t0 >= 2
                && self
                    .word_before(first.t0 - 2)
                    .is_some_and(|p| has(lexicon::ORG_PLURALS, p) || p.ends_with("makers"))
            {
                return Some(EntityType::Org);
            }
        }
        if let Some(kind) = self.apposition(s, e) {
            return Some(kind);
        }
        // "Sweden's Volvo": a country's company.
        let head = text[..s]
            .strip_suffix("'s ")
            .or_else(|| text[..s].strip_suffix("\u{2019}s "));
        if let Some(head) = head {
            if self.hit_ending(head.len()) == Some(GazKind::Country) {
                return Some(EntityType::Org);
            }
        }
        let next = self.word_after(last.t1).filter(|w| !starts_upper(w));
        if next.is_some_and(|n| has(lexicon::ORG_NEXT, n)) {
            return Some(EntityType::Org);
        }
        // "shares fell 4% on the Nasdaq": a stock exchange.
        if before.is_some_and(|b| b == "the")
            && first.t0 >= 1
            && self.word_before(first.t0 - 1) == Some("on")
        {
            let clause_start = text[..s]
                .rfind(". ")
                .max(text[..s].rfind('\n'))
                .map_or(0, |p| p + 1);
            let clause = &text[clause_start..s];
            let clause = clause.to_ascii_lowercase();
            if ["shares", "stock", "traded", "listed"]
                .iter()
                .any(|w| clause.contains(w))
            {
                return Some(EntityType::Org);
            }
        }
        None
    }

    fn push(&mut self, start: usize, end: usize, kind: EntityType, name: String, basis: Basis) {
        if start < end {
            self.out.push(Found {
                span: Span::new(start, end),
                kind,
                name,
                basis,
            });
        }
    }

    /// The word token right before token `i`, separated by spaces only.
    fn word_before(&self, t0: usize) -> Option<&str> {
        let i = t0.checked_sub(1)?;
        let t = self.toks.get(i)?;
        let here = self.toks.get(t0)?;
        let gap = &self.text[t.span.end..here.span.start];
        (t.kind == TokenKind::Word && !gap.is_empty() && gap.chars().all(|c| c == ' '))
            .then(|| t.text(self.text))
    }

    /// The word token right after token index `t1 - 1`, skipping closing
    /// quotes.
    fn word_after(&self, t1: usize) -> Option<&str> {
        let mut i = t1;
        while let Some(t) = self.toks.get(i) {
            match t.kind {
                TokenKind::Word => return Some(t.text(self.text)),
                TokenKind::Punct
                    if matches!(t.text(self.text), "'" | "\u{2019}" | "\"" | "\u{201d}") =>
                {
                    // A possessive 's is not a following word.
                    if self.ttext(i + 1) == "s"
                        && self
                            .toks
                            .get(i + 1)
                            .is_some_and(|n| n.span.start == t.span.end)
                    {
                        return None;
                    }
                    i += 1;
                }
                _ => return None,
            }
        }
        None
    }
}

/// Lines that read as headlines (no final stop, mostly capitalised words)
/// or are written in capitals.
fn line_flags(text: &str) -> Vec<(usize, usize, bool, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let trimmed = line.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')')
        });
        let words: Vec<&str> = line
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 3)
            .collect();
        let caps = words.iter().filter(|w| starts_upper(w)).count();
        let title = !trimmed.is_empty()
            && !trimmed.ends_with(['.', '?', '!', ':', ';', ','])
            && line.split_whitespace().count() <= 14
            && caps * 2 >= words.len();
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        let upper = line.chars().filter(|c| c.is_uppercase()).count();
        let all_caps = letters >= 12 && upper * 10 >= letters * 8;
        out.push((start, end, title, all_caps));
        start = end + 1;
    }
    out
}

pub(crate) fn find(m: &EntityMatcher, text: &str) -> Vec<Found> {
    let toks = tokens(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let mut initial = Vec::new();
    let mut ti = 0;
    for s in sentences_of(text, &toks) {
        while ti < toks.len() && toks[ti].span.start < s.start {
            ti += 1;
        }
        let mut j = ti;
        while j < toks.len() && toks[j].span.start < s.end {
            if toks[j].kind != TokenKind::Punct {
                initial.push(toks[j].span.start);
                break;
            }
            j += 1;
        }
    }
    let hits = m.lexicon_hits(text);
    let mut cx = Ctx {
        m,
        text,
        toks,
        initial,
        lines: line_flags(text),
        out: Vec::new(),
        date_units: Vec::new(),
        hits: &hits,
    };
    let units = build_units(&cx, &hits);
    let runs = build_runs(&cx, &units);
    for run in runs {
        process_run(&mut cx, &run);
    }
    dates(&mut cx);
    quantities(&mut cx);
    let mut out = std::mem::take(&mut cx.out);
    crate::sort::by(&mut out, &|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut kept: Vec<Found> = Vec::with_capacity(out.len());
    for f in out {
        if kept.last().is_none_or(|k| f.span.start >= k.span.end) {
            kept.push(f);
        }
    }
    spread_lists(text, &mut kept);
    kept
}

/// Names in one list share a type: a lone word that could only be a
/// surname takes the type of a place or organisation next to it in the
/// list (`in Hatay, Gaziantep and Kahramanmaraş provinces`, `such as
/// Stripe and PayPal`).
fn spread_lists(text: &str, found: &mut [Found]) {
    let typed = |f: &Found| {
        matches!(f.basis, Basis::Cue | Basis::Rule)
            && matches!(f.kind, EntityType::Org | EntityType::Place)
            && !f.name.contains(' ')
    };
    let lone = |f: &Found| {
        f.basis == (Basis::Surname { strong: false })
            && !text[f.span.end..].starts_with("'s")
            && !text[f.span.end..].starts_with("\u{2019}s")
    };
    let listed = |a: &Found, b: &Found| {
        matches!(
            text.get(a.span.end..b.span.start),
            Some(", " | " and " | ", and " | " or " | ", or ")
        )
    };
    let n = found.len();
    for i in 1..n {
        if typed(&found[i - 1]) && lone(&found[i]) && listed(&found[i - 1], &found[i]) {
            found[i].kind = found[i - 1].kind;
            found[i].basis = Basis::Cue;
        }
    }
    for i in (1..n).rev() {
        if typed(&found[i]) && lone(&found[i - 1]) && listed(&found[i - 1], &found[i]) {
            found[i - 1].kind = found[i].kind;
            found[i - 1].basis = Basis::Cue;
        }
    }
}

fn build_units(cx: &Ctx, hits: &[(Span, usize)]) -> Vec<Unit> {
    let toks = &cx.toks;
    let text = cx.text;
    let n = toks.len();
    let hit_at = |pos: usize| -> Option<usize> {
        let i = hits.partition_point(|h| h.0.start < pos);
        hits.get(i).filter(|h| h.0.start == pos).map(|_| i)
    };
    let adjacent = |a: usize, b: usize| -> bool {
        match (toks.get(a), toks.get(b)) {
            (Some(x), Some(y)) => x.span.end == y.span.start,
            _ => false,
        }
    };
    let mut units: Vec<Unit> = Vec::with_capacity(n / 3);
    let mut i = 0;
    while i < n {
        let t = toks[i];
        if let Some(h) = hit_at(t.span.start) {
            let (span, entry) = hits[h];
            let mut j = i;
            while j < n && toks[j].span.end <= span.end {
                j += 1;
            }
            if j > i && toks[j - 1].span.end == span.end {
                units.push(Unit {
                    t0: i,
                    t1: j,
                    start: span.start,
                    end: span.end,
                    kind: UKind::Lex(entry),
                });
                i = j;
                continue;
            }
        }
        let w = t.text(text);
        if t.kind != TokenKind::Word {
            i += 1;
            continue;
        }
        if starts_upper(w) {
            let mut j = i + 1;
            let mut end = t.span.end;
            // A title's dot (Mr., Gen.) or an initial's (John F. Kennedy).
            if toks
                .get(j)
                .is_some_and(|d| d.span.start == end && d.text(text) == ".")
                && (((has_lower(lexicon::TITLES, w) || (w.chars().count() == 1))
                    && toks.get(j + 1).is_some_and(|x| starts_upper(x.text(text))))
                    || matches!(w, "Inc" | "Co" | "Corp" | "Ltd" | "Jr" | "Sr"))
            {
                end = toks[j].span.end;
                j += 1;
            }
            // Hyphenated capitals (Secretary-General, Jean-Pierre), but not
            // two known names (Russia-Ukraine); Korean given names (Yo-jong).
            let prev_ea = units.last().is_some_and(|u| {
                u.kind == UKind::Cap
                    && (has(lexicon::EAST_ASIAN_SURNAMES, &text[u.start..u.end])
                        || text[u.start..u.end].chars().count() <= 4)
                    && text[u.end..t.span.start] == *" "
            });
            while j + 1 < n
                && toks[j].text(text) == "-"
                && adjacent(j - 1, j)
                && adjacent(j, j + 1)
                && toks[j + 1].kind == TokenKind::Word
            {
                let nw = toks[j + 1].text(text);
                let ok = if starts_upper(nw) {
                    hit_at(toks[j + 1].span.start).is_none()
                } else {
                    prev_ea
                        && w.chars().count() <= 5
                        && nw.chars().count() <= 6
                        && !has_lower(lexicon::COMMON_WORDS, nw)
                        && !has_lower(lexicon::TITLES, nw)
                        && !has_lower(lexicon::COMMON_WORDS, w)
                };
                if !ok {
                    break;
                }
                end = toks[j + 1].span.end;
                j += 2;
            }
            units.push(Unit {
                t0: i,
                t1: j,
                start: t.span.start,
                end,
                kind: UKind::Cap,
            });
            i = j;
            continue;
        }
        if w.len() <= 4 && has(lexicon::NAME_PARTICLES, w) {
            // al-Sisi: one capitalised unit.
            if i + 2 < n
                && toks[i + 1].text(text) == "-"
                && adjacent(i, i + 1)
                && adjacent(i + 1, i + 2)
                && starts_upper(toks[i + 2].text(text))
                && toks[i + 2].kind == TokenKind::Word
            {
                units.push(Unit {
                    t0: i,
                    t1: i + 3,
                    start: t.span.start,
                    end: toks[i + 2].span.end,
                    kind: UKind::Cap,
                });
                i += 3;
                continue;
            }
            units.push(Unit {
                t0: i,
                t1: i + 1,
                start: t.span.start,
                end: t.span.end,
                kind: UKind::Particle,
            });
        } else if w.len() <= 3 && has(CONNECTORS, w) {
            units.push(Unit {
                t0: i,
                t1: i + 1,
                start: t.span.start,
                end: t.span.end,
                kind: UKind::Conn,
            });
        }
        i += 1;
    }
    units
}

fn build_runs(cx: &Ctx, units: &[Unit]) -> Vec<Vec<Unit>> {
    let mut runs = Vec::new();
    let mut cur: Vec<Unit> = Vec::new();
    let close = |cur: &mut Vec<Unit>, runs: &mut Vec<Vec<Unit>>| {
        while cur
            .last()
            .is_some_and(|u| matches!(u.kind, UKind::Conn | UKind::Particle))
        {
            cur.pop();
        }
        if !cur.is_empty() {
            runs.push(std::mem::take(cur));
        }
        cur.clear();
    };
    for u in units {
        let joined = cur.last().is_some_and(|p| {
            let gap = &cx.text[p.end..u.start];
            (p.t1 == u.t0 && !gap.is_empty() && gap.chars().all(|c| c == ' '))
                // "Farmers' League": a plural possessive inside a name.
                || (p.kind == UKind::Cap
                    && u.kind == UKind::Cap
                    && p.t1 + 1 == u.t0
                    && matches!(gap, "' " | "\u{2019} ")
                    && cx.text[p.start..p.end].ends_with('s'))
        });
        if !joined {
            close(&mut cur, &mut runs);
        }
        if cur.is_empty() && matches!(u.kind, UKind::Conn | UKind::Particle) {
            continue;
        }
        cur.push(*u);
    }
    close(&mut cur, &mut runs);
    runs
}

fn lex_kind(cx: &Ctx, u: &Unit) -> Option<GazKind> {
    match u.kind {
        UKind::Lex(e) => cx.m.entry(e).map(|e| e.kind),
        _ => None,
    }
}

/// Family words are roles before a name in lower case only ("his wife
/// Jill"); capitalised they are names or parts of names ("Lee Son Ho").
const FAMILY: &[&str] = &[
    "brother", "daughter", "father", "husband", "mother", "sister", "son", "wife",
];

fn is_title_unit(cx: &Ctx, u: &Unit) -> bool {
    if u.kind != UKind::Cap {
        return false;
    }
    let w = cx.utext(u).trim_end_matches('.').to_lowercase();
    has(lexicon::TITLES, &w) && !has(FAMILY, &w)
}

fn process_run(cx: &mut Ctx, run: &[Unit]) {
    let n = run.len();
    let mut taken = vec![false; n];
    // 0. Demonyms before a movement's national society are its name:
    // "Syrian Arab Red Crescent", "American Red Cross".
    for h in 1..n {
        let society = match run[h].kind {
            UKind::Lex(e) => {
                cx.m.entry(e)
                    .is_some_and(|en| has(lexicon::NATIONAL_SOCIETIES, &en.surface))
            }
            _ => false,
        };
        if !society {
            continue;
        }
        let mut start = h;
        while start > 0
            && matches!(
                lex_kind(cx, &run[start - 1]),
                Some(GazKind::Nationality | GazKind::Country)
            )
        {
            start -= 1;
        }
        if start < h {
            for t in taken.iter_mut().take(h + 1).skip(start) {
                *t = true;
            }
            let (s, e) = (run[start].start, run[h].end);
            let name = cx.text[s..e].to_string();
            cx.push(s, e, EntityType::Org, name, Basis::Rule);
        }
    }
    // 1. Organisation phrases around a head word (… Council, Ministry of …).
    for h in (0..n).rev() {
        if taken[h] || run[h].kind != UKind::Cap {
            continue;
        }
        let w = cx.utext(&run[h]).trim_end_matches('.');
        if !has(lexicon::ORG_HEADS, w) {
            continue;
        }
        // "Union of Industries": the head before `of` takes the whole chain.
        let chained = (0..h).any(|g| {
            !taken[g]
                && run[g].kind == UKind::Cap
                && has(lexicon::ORG_HEADS, cx.utext(&run[g]).trim_end_matches('.'))
                && run
                    .get(g + 1)
                    .is_some_and(|u| u.kind == UKind::Conn && matches!(cx.utext(u), "of" | "for"))
                && run[g + 1..h]
                    .iter()
                    .all(|u| u.kind != UKind::Conn || matches!(cx.utext(u), "of" | "for" | "the"))
        });
        if chained {
            continue;
        }
        let conn_after = run
            .get(h + 1)
            .is_some_and(|u| u.kind == UKind::Conn && matches!(cx.utext(u), "of" | "for" | "on"));
        let mut end = h + 1;
        if conn_after {
            end = h + 1;
            while end < n && !taken[end] {
                end += 1;
            }
            while end > h + 1 && matches!(run[end - 1].kind, UKind::Conn | UKind::Particle) {
                end -= 1;
            }
        } else if run
            .get(h + 1)
            .is_some_and(|u| u.kind == UKind::Cap && !taken[h + 1] && !is_title_unit(cx, u))
        {
            continue;
        } else if run.get(h + 1).is_some_and(|u| is_title_unit(cx, u))
            && has_lower(lexicon::TITLE_MODIFIERS, w)
        {
            // "Press Secretary": the head is part of a title.
            continue;
        }
        let mut start = h;
        while start > 0 && !taken[start - 1] {
            let u = &run[start - 1];
            let ok = match u.kind {
                UKind::Cap => true,
                UKind::Lex(_) => lex_kind(cx, u).is_some_and(|k| {
                    matches!(
                        k,
                        GazKind::Country
                            | GazKind::Capital
                            | GazKind::Place
                            | GazKind::Nationality
                            | GazKind::Org
                    )
                }),
                // "Disaster and Emergency Management Authority"
                UKind::Conn => {
                    cx.utext(u) == "and"
                        && start >= 2
                        && run[start - 2].kind == UKind::Cap
                        && !taken[start - 2]
                        && !cx.is_initial(run[start - 2].start)
                        && !has(
                            lexicon::ORG_HEADS,
                            cx.utext(&run[start - 2]).trim_end_matches('.'),
                        )
                        && (start == 2 || run[start - 3].kind == UKind::Conn)
                }
                _ => false,
            };
            if !ok {
                break;
            }
            start -= 1;
        }
        // A sentence-initial "The" or common word is not part of the name.
        while start < h
            && run[start].kind == UKind::Cap
            && cx.is_initial(run[start].start)
            && has_lower(lexicon::COMMON_WORDS, cx.utext(&run[start]))
        {
            start += 1;
        }
        // A leading place or demonym before a government body stands apart:
        // [Russian] [Ministry of Defense].
        if start < h
            && matches!(run[start].kind, UKind::Lex(_))
            && has(lexicon::GOVERNMENT_WORDS, cx.utext(&run[start + 1]))
        {
            emit_lex(cx, &run[start]);
            taken[start] = true;
            start += 1;
        }
        for t in taken.iter_mut().take(end).skip(start) {
            *t = true;
        }
        let (mut s, mut e) = (run[start].start, run[end - 1].end);
        // "9th U.S. Circuit Court of Appeals": an ordinal before the name.
        if let Some(p) = cx.text[..s].strip_suffix(' ') {
            let w = p.rsplit(' ').next().unwrap_or("");
            let digits = w.trim_end_matches(|c: char| c.is_ascii_lowercase());
            if !digits.is_empty()
                && digits.len() < w.len()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
            {
                s = p.len() - w.len();
            }
        }
        // "Chamber of Commerce to the EU": a mission to an organisation.
        if end == n && cx.text[e..].starts_with(" to the ") {
            if let Some((he, GazKind::Org)) = cx.hit_at(e + " to the ".len()) {
                e = he;
            }
        }
        let name = cx.text[s..e].to_string();
        cx.push(s, e, EntityType::Org, name, Basis::Rule);
    }
    // 2. Titles: a title word (with modifiers before it and `of State` after
    // it) is no mention; what follows it is a person.
    let mut after_title = vec![false; n];
    if let Some(first) = run.first() {
        if let Some(w) = cx.word_before(first.t0) {
            if !starts_upper(w) && has(lexicon::TITLES, w) {
                after_title[0] = true;
            }
        }
    }
    let mut i = 0;
    while i < n {
        if taken[i] || !is_title_unit(cx, &run[i]) {
            i += 1;
            continue;
        }
        taken[i] = true;
        let mut b = i;
        while b > 0
            && !taken[b - 1]
            && run[b - 1].kind == UKind::Cap
            && has_lower(lexicon::TITLE_MODIFIERS, cx.utext(&run[b - 1]))
        {
            b -= 1;
            taken[b] = true;
        }
        let mut j = i + 1;
        if run.get(j).is_some_and(|u| cx.utext(u) == "of") {
            let mut k = j + 1;
            while run.get(k).is_some_and(|u| {
                cx.utext(u) == "the"
                    || has(lexicon::OFFICE_OBJECTS, cx.utext(u))
                    || cx.utext(u) == "Affairs"
            }) {
                k += 1;
            }
            if k > j + 1 {
                for t in taken.iter_mut().take(k).skip(j) {
                    *t = true;
                }
                j = k;
            }
        }
        if j < n {
            after_title[j] = true;
        }
        i = j;
    }
    // Capitalised modifiers before a lower-case title after the run
    // ("White House National Security spokesman").
    if let Some(last) = run.last() {
        if cx
            .word_after(last.t1)
            .is_some_and(|w| !starts_upper(w) && has(lexicon::TITLES, w))
        {
            let mut k = n;
            while k > 0
                && !taken[k - 1]
                && run[k - 1].kind == UKind::Cap
                && (has_lower(lexicon::TITLE_MODIFIERS, cx.utext(&run[k - 1]))
                    || has_lower(lexicon::COMMON_WORDS, cx.utext(&run[k - 1])))
            {
                k -= 1;
                taken[k] = true;
            }
        }
    }
    // 3. The rest, split at connectors and at what is taken.
    let mut i = 0;
    while i < n {
        if taken[i] || run[i].kind == UKind::Conn {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && !taken[j] && run[j].kind != UKind::Conn {
            j += 1;
        }
        let mut s = i;
        while s < j && run[s].kind == UKind::Particle {
            s += 1;
        }
        let mut e = j;
        while e > s && run[e - 1].kind == UKind::Particle {
            e -= 1;
        }
        if s < e {
            let forced = after_title[i];
            subrun(cx, &run[s..e], forced);
        }
        i = j;
    }
}

fn emit_lex(cx: &mut Ctx, u: &Unit) {
    let UKind::Lex(e) = u.kind else {
        return;
    };
    let Some(entry) = cx.m.entry(e) else {
        return;
    };
    let (kind, canonical, surface) = (entry.kind, entry.canonical.clone(), entry.surface.clone());
    match kind {
        GazKind::Country | GazKind::Place => {
            cx.push(u.start, u.end, EntityType::Place, canonical, Basis::Lexicon)
        }
        GazKind::Capital => {
            // A dateline (SEOUL, … / SEOUL —) is the city; elsewhere a
            // capital stands for its country's government.
            let text = cx.text;
            let line_start = text[..u.start].rfind('\n').map_or(0, |p| p + 1);
            let at_line_start = text[line_start..u.start].trim().is_empty();
            let after = text[u.end..].trim_start_matches(' ');
            let dateline = at_line_start
                && (after.starts_with(',')
                    || after.starts_with('\u{2014}')
                    || after.starts_with('\u{2013}')
                    || after.starts_with("- ")
                    || after.starts_with('('));
            let written = &text[u.start..u.end];
            // "said in Berlin", "told reporters in Damascus": the city.
            let said_in = cx.word_before(u.t0) == Some("in")
                && u.t0 >= 1
                && cx
                    .word_before(u.t0 - 1)
                    .is_some_and(|w| has(lexicon::SPEECH_VERBS, w) || has(lexicon::SAID_IN, w));
            // "an attack on Kyiv": the city as a target.
            let target = cx.word_before(u.t0) == Some("on")
                && u.t0 >= 1
                && cx
                    .word_before(u.t0 - 1)
                    .is_some_and(|w| has(lexicon::ATTACK_NOUNS, w));
            let said_in = said_in || target;
            if dateline || said_in || (all_upper(written) && written.chars().count() > 3) {
                cx.push(u.start, u.end, EntityType::Place, surface, Basis::Lexicon);
            } else {
                cx.push(u.start, u.end, EntityType::Place, canonical, Basis::Lexicon);
            }
        }
        GazKind::Nationality => cx.push(
            u.start,
            u.end,
            EntityType::Nationality,
            canonical,
            Basis::Lexicon,
        ),
        GazKind::Org => cx.push(u.start, u.end, EntityType::Org, canonical, Basis::Lexicon),
        GazKind::Month | GazKind::Weekday => cx.date_units.push(*u),
    }
}

fn subrun(cx: &mut Ctx, units: &[Unit], forced: bool) {
    let first = units[0];
    let caps_in = |us: &[Unit]| us.iter().filter(|u| u.kind == UKind::Cap).count();
    // A title before it, or a known given name first: one person.
    let given = first.kind == UKind::Cap
        && units.len() >= 2
        && has(lexicon::GIVEN_NAMES, cx.utext(&first))
        && units[1..].iter().all(|u| person_part(cx, u));
    if (forced && first.kind == UKind::Cap) || given {
        let end = units
            .iter()
            .position(|u| !person_part(cx, u))
            .unwrap_or(units.len());
        let (s, e) = (first.start, units[end.max(1) - 1].end);
        let k = caps_in(&units[..end.max(1)]);
        person(cx, s, e, k, true);
        if end < units.len() {
            subrun(cx, &units[end..], false);
        }
        return;
    }
    // "the North" after "North Korea"; "the West".
    if units.len() == 1 && first.kind == UKind::Cap {
        let w = cx.utext(&first);
        if matches!(w, "North" | "South" | "West" | "East")
            && cx
                .word_before(first.t0)
                .is_some_and(|b| b == "the" || b == "The")
        {
            let name = w.to_string();
            cx.push(
                first.start,
                first.end,
                EntityType::Place,
                name,
                Basis::Direction,
            );
            return;
        }
    }
    // Gazetteer hits stand; the stretches between them are typed by rules.
    let mut i = 0;
    while i < units.len() {
        if matches!(units[i].kind, UKind::Lex(_)) {
            emit_lex(cx, &units[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < units.len() && !matches!(units[j].kind, UKind::Lex(_)) {
            j += 1;
        }
        let mut s = i;
        while s < j && units[s].kind == UKind::Particle {
            s += 1;
        }
        let mut e = j;
        while e > s && units[e - 1].kind == UKind::Particle {
            e -= 1;
        }
        if s < e {
            stretch(cx, &units[s..e], j < units.len() || i > 0);
        }
        i = j;
    }
}

/// Whether a unit can be part of a person's name after its first word.
fn person_part(cx: &Ctx, u: &Unit) -> bool {
    match u.kind {
        UKind::Cap | UKind::Particle => true,
        UKind::Lex(_) => matches!(lex_kind(cx, u), Some(GazKind::Capital | GazKind::Place)),
        UKind::Conn => false,
    }
}

fn person(cx: &mut Ctx, s: usize, e: usize, k: usize, strong: bool) {
    let name = cx.text[s..e].to_string();
    let basis = if k >= 2 {
        Basis::FullName
    } else {
        Basis::Surname { strong }
    };
    cx.push(s, e, EntityType::Person, name, basis);
}

/// Whether a capitalised word reads as a plural noun (`Helmets`), which
/// is rarely a surname after `the`.
fn plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

const SLAVIC_ENDINGS: &[&str] = &[
    "chenko", "chuk", "enko", "eva", "evich", "evna", "ov", "ova", "ovich", "ovna", "ska", "skaya",
    "ski", "skiy", "sky", "vich", "yev", "yeva", "yuk",
];

fn slavic(w: &str) -> bool {
    w.chars().count() > 4 && SLAVIC_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Types a stretch of capitalised words that no gazetteer entry covers.
/// `beside_lex`: the stretch touches a gazetteer hit in the same run.
fn stretch(cx: &mut Ctx, us: &[Unit], beside_lex: bool) {
    let text = cx.text;
    let mut us = us;
    // Sentence-initial common words are not names ("Officials", "The").
    while let Some(f) = us.first() {
        if f.kind == UKind::Cap
            && cx.is_initial(f.start)
            && (has_lower(lexicon::COMMON_WORDS, cx.utext(f))
                || has_lower(lexicon::TITLES, cx.utext(f)))
        {
            us = &us[1..];
        } else {
            break;
        }
    }
    while us.first().is_some_and(|u| u.kind == UKind::Particle) {
        us = &us[1..];
    }
    let Some(first) = us.first().copied() else {
        return;
    };
    let Some(last) = us.last().copied() else {
        return;
    };
    let words: Vec<&str> = us
        .iter()
        .filter(|u| u.kind == UKind::Cap)
        .map(|u| &text[u.start..u.end])
        .collect();
    let k = words.len();
    if k == 0 {
        return;
    }
    let (title_line, caps_line) = cx.line_of(first.start);
    let (s, e) = (first.start, last.end);
    let name = text[s..e].to_string();
    let initial = cx.is_initial(first.start);
    let next = cx.word_after(last.t1);
    let next_lower = next.filter(|w| !starts_upper(w));
    let before = cx.word_before(first.t0);
    let w0 = words[0];
    let wl = words[k - 1];
    if k == 1 {
        let w = w0;
        let acronym = w.chars().count() >= 2
            && w.chars().count() <= 6
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
            && !has(lexicon::NOT_ACRONYMS, w);
        if acronym {
            if !caps_line {
                cx.push(s, e, EntityType::Org, name, Basis::Rule);
            }
            return;
        }
        if cx.dateline(s, e) {
            cx.push(s, e, EntityType::Place, name, Basis::Rule);
            return;
        }
        if all_upper(w) && w.chars().count() > 1 {
            return;
        }
        if has_lower(lexicon::COMMON_WORDS, w) || has(lexicon::TITLE_MODIFIERS, &w.to_lowercase()) {
            return;
        }
        if has(lexicon::EVENT_FIRST, w) {
            return;
        }
        let strong = !title_line
            && (next_lower.is_some_and(|n| has(lexicon::PERSON_NEXT, n))
                || before.is_some_and(|b| has(lexicon::TITLES, &b.to_lowercase()))
                || (next_lower.is_some_and(|n| has(lexicon::SPEECH_VERBS, n))
                    && !(initial && w.ends_with('s'))
                    && !beside_lex));
        if next_lower.is_some_and(|n| has(lexicon::EVENT_NEXT, n)) {
            cx.push(s, e, EntityType::Event, name, Basis::Rule);
            return;
        }
        if next_lower.is_some_and(|n| has(lexicon::PLACE_NEXT, n)) && !initial {
            cx.push(s, e, EntityType::Place, name, Basis::Rule);
            return;
        }
        let titled = before.is_some_and(|b| has(lexicon::TITLES, &b.to_lowercase()));
        let speech = next_lower.is_some_and(|n| has(lexicon::SPEECH_VERBS, n));
        if !title_line && !titled {
            if let Some(kind) = cx.context_cue(&first, &last, !speech) {
                cx.push(s, e, kind, name, Basis::Cue);
                return;
            }
        }
        person(cx, s, e, 1, strong);
        return;
    }
    // Two or more words.
    if has(lexicon::EVENT_FIRST, w0)
        || has(lexicon::EVENT_HEADS, wl)
        || next_lower.is_some_and(|n| has(lexicon::EVENT_NEXT, n))
    {
        if !title_line {
            cx.push(s, e, EntityType::Event, name, Basis::Rule);
        }
        return;
    }
    if has(lexicon::PLACE_HEADS, wl) || has(lexicon::PLACE_FIRST, w0) {
        if !title_line {
            cx.push(s, e, EntityType::Place, name, Basis::Rule);
        }
        return;
    }
    if next_lower.is_some_and(|n| has(lexicon::PLACE_NEXT, n)) {
        cx.push(s, e, EntityType::Place, name, Basis::Rule);
        return;
    }
    if cx.dateline(s, e) {
        cx.push(s, e, EntityType::Place, name, Basis::Rule);
        return;
    }
    if caps_line || words.iter().any(|w| all_upper(w) && w.chars().count() > 1) {
        return;
    }
    // The Digital Services Act, the Paris Agreement: no mention.
    if has(lexicon::DOC_HEADS, wl) {
        return;
    }
    let ea = has(lexicon::EAST_ASIAN_SURNAMES, w0)
        && k <= 4
        && words[1..]
            .iter()
            .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() <= 8);
    let given = has(lexicon::GIVEN_NAMES, w0);
    let arabic = us.iter().any(|u| {
        u.kind == UKind::Particle
            || (u.kind == UKind::Cap && {
                let t = &text[u.start..u.end];
                t.starts_with("al-")
                    || t.starts_with("el-")
                    || t.starts_with("Al-")
                    || t.starts_with("El-")
            })
    });
    let shape = ea || given || arabic || words.iter().any(|w| slavic(w));
    let speech = next_lower.is_some_and(|n| has(lexicon::SPEECH_VERBS, n));
    let common = words.iter().any(|w| {
        has_lower(lexicon::COMMON_WORDS, w)
            || has_lower(lexicon::TITLES, w)
            || has(lexicon::ORG_HEADS, w)
            || has_lower(lexicon::TITLE_MODIFIERS, w)
    });
    if shape && !title_line {
        if let Some(kind) = cx.apposition(s, e) {
            cx.push(s, e, kind, name, Basis::Rule);
            return;
        }
    }
    if !shape && !title_line {
        // "Workers' Party (PT)": a name given with its acronym.
        let bracket = text[e..].strip_prefix(" (").and_then(|r| r.split_once(')'));
        if bracket.is_some_and(|(a, _)| {
            (2..=6).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_uppercase())
        }) {
            cx.push(s, e, EntityType::Org, name, Basis::Rule);
            return;
        }
        if let Some(kind) = cx.context_cue(&first, &last, !speech) {
            cx.push(s, e, kind, name, Basis::Rule);
            return;
        }
        // "the White Helmets": a name after `the` is no person's; with a
        // plural last word it is a group.
        if before.is_some_and(|b| b == "the" || b == "The") {
            if plural(wl) {
                cx.push(s, e, EntityType::Org, name, Basis::Rule);
            }
            return;
        }
    }
    // "Goldman Sachs analyst …": a name that is not a person's before a role.
    if !shape && next_lower.is_some_and(|n| has(lexicon::TITLES, n)) && !title_line {
        cx.push(s, e, EntityType::Org, name, Basis::Rule);
        return;
    }
    if title_line {
        // Headline lines: only names whose shape shows a person.
        if shape && !common && k <= 4 {
            person(cx, s, e, k, true);
        }
        return;
    }
    if (shape && k <= 4) || (!common && k <= 3) || (speech && k <= 4 && !common) {
        person(cx, s, e, k, true);
    }
}

fn dates(cx: &mut Ctx) {
    let units = std::mem::take(&mut cx.date_units);
    let text = cx.text;
    for u in units {
        let w = &text[u.start..u.end];
        let mut end = u.end;
        let mut start = u.start;
        let tok = |i: usize| cx.toks.get(i);
        let is_month = matches!(lex_kind(cx, &u), Some(GazKind::Month));
        let mut has_number = false;
        if is_month {
            // Month 2, 2022 / Month 2022
            if let Some(t) =
                tok(u.t1).filter(|t| t.kind == TokenKind::Number && text[end..t.span.start] == *" ")
            {
                let v: u32 = t.text(text).parse().unwrap_or(0);
                if (1..=31).contains(&v) || (1900..=2100).contains(&v) {
                    end = t.span.end;
                    has_number = true;
                    let mut i = u.t1 + 1;
                    if tok(i).is_some_and(|c| c.text(text) == "," && c.span.start == end) {
                        i += 1;
                    }
                    if let Some(y) = tok(i).filter(|y| {
                        y.kind == TokenKind::Number
                            && y.text(text).len() == 4
                            && y.text(text)
                                .parse::<u32>()
                                .is_ok_and(|v| (1900..=2100).contains(&v))
                            && text[end..y.span.start]
                                .trim_start_matches(',')
                                .trim()
                                .is_empty()
                    }) {
                        end = y.span.end;
                    }
                }
            }
            // 2 November
            if let Some(p) = u.t0.checked_sub(1).and_then(tok) {
                if p.kind == TokenKind::Number
                    && text[p.span.end..start] == *" "
                    && p.text(text)
                        .parse::<u32>()
                        .is_ok_and(|v| (1..=31).contains(&v))
                {
                    start = p.span.start;
                    has_number = true;
                }
            }
            if matches!(w, "May" | "March" | "Mar.") && !has_number {
                let before = cx.word_before(u.t0).unwrap_or("");
                let ok = matches!(
                    before.to_lowercase().as_str(),
                    "in" | "since"
                        | "until"
                        | "by"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                        | "of"
                        | "from"
                        | "through"
                );
                if !ok {
                    continue;
                }
            }
        }
        let name = text[start..end].to_string();
        cx.push(start, end, EntityType::Date, name, Basis::Rule);
    }
    // Years after a preposition: "in 2021".
    for i in 0..cx.toks.len() {
        let t = cx.toks[i];
        if t.kind != TokenKind::Number || t.text(text).len() != 4 {
            continue;
        }
        if !t
            .text(text)
            .parse::<u32>()
            .is_ok_and(|v| (1900..=2100).contains(&v))
        {
            continue;
        }
        let before = cx.word_before(i).unwrap_or("").to_lowercase();
        if matches!(
            before.as_str(),
            "in" | "since"
                | "until"
                | "by"
                | "of"
                | "early"
                | "late"
                | "mid"
                | "from"
                | "before"
                | "after"
                | "during"
                | "through"
        ) {
            let name = t.text(text).to_string();
            cx.push(
                t.span.start,
                t.span.end,
                EntityType::Date,
                name,
                Basis::Rule,
            );
        }
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "had", "has", "have", "in",
    "is", "it", "more", "of", "on", "or", "than", "that", "the", "to", "was", "were", "which",
    "who", "with",
];

fn quantities(cx: &mut Ctx) {
    let text = cx.text;
    let mut taken: Vec<Span> = cx.out.iter().map(|f| f.span).collect();
    crate::sort::natural(&mut taken);
    let n = cx.toks.len();
    let mut i = 0;
    while i < n {
        let t = cx.toks[i];
        let w = t.text(text);
        let digit = t.kind == TokenKind::Number;
        let word = t.kind == TokenKind::Word
            && w.len() >= 3
            && matches!(
                w.as_bytes()[0],
                b'b' | b'd' | b'e' | b'f' | b'h' | b'm' | b'n' | b's' | b't'
            )
            && has(lexicon::NUMBER_WORDS, w);
        if !(digit || word) || overlaps(&taken, t.span) {
            i += 1;
            continue;
        }
        let mut start = t.span.start;
        if let Some(p) = i.checked_sub(1).map(|p| cx.toks[p]) {
            if p.span.end == start && matches!(p.text(text), "$" | "€" | "£" | "¥") {
                start = p.span.start;
            }
        }
        let mut end = t.span.end;
        let mut j = i + 1;
        // 3 million, 3.5 percent, 10%
        while let Some(nx) = cx.toks.get(j) {
            let nw = nx.text(text);
            let sep = &text[end..nx.span.start];
            if (sep == " " && (has(lexicon::NUMBER_WORDS, nw) || nw == "percent"))
                || (sep.is_empty() && nw == "%")
            {
                end = nx.span.end;
                j += 1;
            } else {
                break;
            }
        }
        // "of" + noun after plural number words (millions of rockets).
        if cx.toks.get(j).is_some_and(|x| x.text(text) == "of")
            && matches!(text[t.span.start..end].chars().last(), Some('s'))
            && word
        {
            j += 1;
        }
        let mut with_noun = false;
        if let Some(nx) = cx.toks.get(j) {
            let nw = nx.text(text);
            if nx.kind == TokenKind::Word
                && !nw.ends_with("ed")
                && !nw.ends_with("ing")
                && !has(lexicon::COMMON_WORDS, nw)
                && text[end..nx.span.start].chars().all(|c| c == ' ')
                && !text[end..nx.span.start].is_empty()
                && !starts_upper(nw)
                && !has(FUNCTION_WORDS, nw)
            {
                end = nx.span.end;
                with_noun = true;
                j += 1;
            }
        }
        let span = Span::new(start, end);
        if (digit || with_noun) && !overlaps(&taken, span) {
            let name = text[start..end].to_string();
            cx.push(start, end, EntityType::Quantity, name, Basis::Rule);
        }
        i = j.max(i + 1);
    }
}

fn overlaps(sorted: &[Span], s: Span) -> bool {
    let i = sorted.partition_point(|x| x.end <= s.start);
    sorted.get(i).is_some_and(|x| x.start < s.end)
}

pub(crate) fn role_descriptions(text: &str) -> Vec<RoleActor> {
    let toks = tokens(text);
    let m = EntityMatcher::global();
    let hits = m.lexicon_hits(text);
    let hit_at = |pos: usize| -> Option<Span> {
        let i = hits.partition_point(|h| h.0.start < pos);
        hits.get(i).filter(|h| h.0.start == pos).map(|h| h.0)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let w = t.text(text);
        if !matches!(w.to_lowercase().as_str(), "a" | "an" | "the" | "one")
            || t.kind != TokenKind::Word
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut words = 0;
        let mut found: Option<usize> = None;
        let mut end = t.span.end;
        while j < toks.len() && words <= 6 {
            let x = toks[j];
            let gap = &text[end..x.span.start];
            if !(gap == " "
                || (gap.is_empty() && (x.text(text) == "-" || toks[j - 1].text(text) == "-")))
            {
                break;
            }
            if let Some(span) = hit_at(x.span.start) {
                let mut k = j;
                while k < toks.len() && toks[k].span.end <= span.end {
                    k += 1;
                }
                end = span.end;
                j = k;
                words += 1;
                continue;
            }
            let xw = x.text(text);
            if x.kind == TokenKind::Punct && xw == "-" {
                end = x.span.end;
                j += 1;
                continue;
            }
            if x.kind != TokenKind::Word {
                break;
            }
            let lw = xw.to_lowercase();
            if has(lexicon::ROLE_NOUNS, &lw) {
                end = x.span.end;
                // "deputy director": keep going to the last role noun.
                found = Some(end);
                j += 1;
                if toks.get(j).is_some_and(|y| {
                    has(lexicon::ROLE_NOUNS, &y.text(text).to_lowercase())
                        && text[end..y.span.start] == *" "
                }) {
                    continue;
                }
                break;
            }
            if has(FUNCTION_WORDS, &lw) || has(lexicon::SPEECH_VERBS, &lw) {
                break;
            }
            end = x.span.end;
            words += 1;
            j += 1;
        }
        if let Some(end) = found {
            // Not a title before a name ("a spokesman John Smith").
            let named = toks
                .get(j)
                .is_some_and(|y| starts_upper(y.text(text)) && text[end..y.span.start] == *" ");
            if !named {
                let desc = text[t.span.end..end].trim().to_string();
                let id = super::slug(&desc);
                out.push(RoleActor {
                    span: Span::new(t.span.start, end),
                    description: desc,
                    id,
                });
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out
}
