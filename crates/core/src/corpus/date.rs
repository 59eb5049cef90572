//! Publication dates as pages print them ("November 07, 2022", "Nov. 7,
//! 2022", "7 November 2022", "2022-11-07", "Monday, Nov 7, 2022 at 3:04
//! p.m. EST"), read into ISO `YYYY-MM-DD`.
//!
//! Two questions are answered: does a line hold a date anywhere
//! ([`find_date`], for bylines and "Published:" lines), and is a line nothing
//! but a date with its weekday, time and label ([`standalone_date`]). Dates
//! are never guessed: a day that does not exist gives `None`.
//!
//! ```
//! use crossread_core::corpus::date::{find_date, standalone_date};
//!
//! assert_eq!(standalone_date("Nov. 7, 2022").as_deref(), Some("2022-11-07"));
//! assert_eq!(standalone_date("Published: 7 November 2022, 10:32 GMT").as_deref(), Some("2022-11-07"));
//! assert_eq!(standalone_date("It rained on November 7, 2022."), None);
//! assert_eq!(find_date("By Jane Doe | November 7, 2022").as_deref(), Some("2022-11-07"));
//! assert_eq!(find_date("February 30, 2022"), None);
//! ```

#[rustfmt::skip]
const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words a date line may carry besides the date itself.
#[rustfmt::skip]
const LABELS: [&str; 16] = [
    "published", "updated", "posted", "last", "first", "modified", "date", "on", "at", "pm", "am",
    "p.m", "a.m", "|", "·", "•",
];

/// A token of a line: the word with edge punctuation removed, and its
/// lower-case form.
struct Tok {
    word: String,
    lower: String,
}

fn tokens(line: &str) -> Vec<Tok> {
    line.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ':' | '.' | ';')))
        .filter(|w| !w.is_empty())
        .map(|w| Tok {
            word: w.to_string(),
            lower: w.to_lowercase(),
        })
        .collect()
}

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

fn day(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<u32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1800..=2200).contains(y))
}

/// `YYYY-MM-DD` when the day exists.
fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days)
        .contains(&d)
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// `2022-11-07`, `2022/11/07`, or the date part of `2022-11-07T10:00:00Z`.
fn numeric(word: &str) -> Option<String> {
    let head: String = word.chars().take(10).collect();
    let rest = &word[head.len()..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with('t')) {
        return None;
    }
    let b = head.as_bytes();
    if b.len() != 10 || !(b[4] == b'-' || b[4] == b'/') || b[7] != b[4] {
        return None;
    }
    let y = year(&head[0..4])?;
    let m: u32 = head.get(5..7)?.parse().ok()?;
    let d: u32 = head.get(8..10)?.parse().ok()?;
    iso(y, m, d)
}

/// The first date in `toks`, with the token range it covers.
fn scan(toks: &[Tok]) -> Option<(String, usize, usize)> {
    for i in 0..toks.len() {
        if let Some(date) = numeric(&toks[i].word) {
            return Some((date, i, i + 1));
        }
        let at = |k: usize| toks.get(i + k).map(|t| t.lower.as_str()).unwrap_or("");
        // Month Day Year
        if let (Some(m), Some(d), Some(y)) = (month(at(0)), day(at(1)), year(at(2))) {
            if let Some(date) = iso(y, m, d) {
                return Some((date, i, i + 3));
            }
        }
        // Day Month Year
        if let (Some(d), Some(m), Some(y)) = (day(at(0)), month(at(1)), year(at(2))) {
            if let Some(date) = iso(y, m, d) {
                return Some((date, i, i + 3));
            }
        }
    }
    None
}

/// The first date written anywhere in `line`, as `YYYY-MM-DD`.
pub fn find_date(line: &str) -> Option<String> {
    scan(&tokens(line)).map(|(d, _, _)| d)
}

fn is_time_word(lower: &str) -> bool {
    let has_digit = lower.bytes().any(|b| b.is_ascii_digit());
    let timeish = lower
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'+' | b'-'))
        || lower
            .trim_end_matches(['a', 'p', 'm', '.'])
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':');
    let dotted = lower.len() <= 5
        && lower.split_once('.').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        });
    has_digit
        && timeish
        && (lower.contains(':')
            || dotted
            || lower.ends_with("am")
            || lower.ends_with("pm")
            || lower.starts_with('+'))
}

fn is_zone(word: &str) -> bool {
    let base = word.split(['+', '-']).next().unwrap_or("");
    (2..=4).contains(&base.len()) && base.bytes().all(|b| b.is_ascii_uppercase())
}

/// The date when `line` is nothing but a date, optionally with a label
/// ("Published:", "Updated"), a weekday, a time and a time zone.
pub fn standalone_date(line: &str) -> Option<String> {
    let toks = tokens(line);
    if toks.len() > 14 {
        return None;
    }
    let (date, from, to) = scan(&toks)?;
    // Further dates ("… / Updated Nov. 8, 2022") may follow the first.
    let mut covered = vec![false; toks.len()];
    covered[from..to].iter_mut().for_each(|c| *c = true);
    let mut start = to;
    while let Some((_, f, t)) = scan(&toks[start..]) {
        covered[start + f..start + t]
            .iter_mut()
            .for_each(|c| *c = true);
        start += t;
    }
    let others_ok = toks
        .iter()
        .enumerate()
        .filter(|(i, _)| !covered[*i])
        .all(|(_, t)| {
            let l = t.lower.as_str();
            LABELS.contains(&l)
                || WEEKDAYS
                    .iter()
                    .any(|w| *w == l || (l.len() == 3 && w.starts_with(l)))
                || is_time_word(l)
                || is_zone(&t.word)
                || l.chars().all(|c| !c.is_alphanumeric())
        });
    others_ok.then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $f:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!($f($input).as_deref(), $want, "input: {:?}", $input);
            }
        };
    }

    t!(
        long_month,
        standalone_date,
        "November 07, 2022",
        Some("2022-11-07")
    );
    t!(
        abbrev_month,
        standalone_date,
        "Nov. 7, 2022",
        Some("2022-11-07")
    );
    t!(sept, standalone_date, "Sept. 30, 2021", Some("2021-09-30"));
    t!(
        day_first,
        standalone_date,
        "7 November 2022",
        Some("2022-11-07")
    );
    t!(iso_date, standalone_date, "2022-11-07", Some("2022-11-07"));
    t!(
        iso_datetime,
        standalone_date,
        "2022-11-07T10:04:00Z",
        Some("2022-11-07")
    );
    t!(
        with_time,
        standalone_date,
        "November 7, 2022 at 3:04 p.m.",
        Some("2022-11-07")
    );
    t!(
        with_zone,
        standalone_date,
        "Updated 3:04 PM EST, Mon November 7, 2022",
        Some("2022-11-07")
    );
    t!(
        weekday,
        standalone_date,
        "Monday, November 7, 2022",
        Some("2022-11-07")
    );
    t!(
        two_dates,
        standalone_date,
        "Nov. 7, 2022, 3:04 AM PST / Updated Nov. 8, 2022, 6:15 AM PST",
        Some("2022-11-07")
    );
    t!(
        dotted_time,
        standalone_date,
        "Tue 28 Feb 2023 05.31 GMT",
        Some("2023-02-28")
    );
    t!(
        ordinal,
        standalone_date,
        "November 7th, 2022",
        Some("2022-11-07")
    );
    t!(
        sentence_is_not_standalone,
        standalone_date,
        "Talks ended on November 7, 2022.",
        None
    );
    t!(impossible_day, standalone_date, "February 29, 2023", None);
    t!(
        leap_day,
        standalone_date,
        "February 29, 2024",
        Some("2024-02-29")
    );
    t!(no_year, standalone_date, "November 7", None);
    t!(may_word, standalone_date, "May", None);
    t!(
        find_in_byline,
        find_date,
        "By Jane Doe, Reuters — 7 Nov 2022",
        Some("2022-11-07")
    );
    t!(find_none, find_date, "No date here at all", None);
    t!(find_bad_iso, find_date, "2022-13-40", None);
}
