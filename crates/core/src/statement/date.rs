//! The day a statement was made, fixed against the article's date.
//!
//! Weekdays resolve to the matching day from five days before the
//! publication date to one day after it (an article dated in one time zone
//! often reports "Tuesday" of another); `today`, `yesterday` and a month with
//! a day (`Nov. 2`, `November 2`) resolve directly. `last week` or a month
//! alone fix no day.

use super::segment::Word;

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count.
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Parses `YYYY-MM-DD` into a day count.
pub(crate) fn parse_iso(s: &str) -> Option<i64> {
    let mut it = s.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || it.next().is_some() {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

fn iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The first day the words fix, as `YYYY-MM-DD`, or `None` when they fix
/// none or the publication date is unknown.
pub(crate) fn said_on(words: &[&Word], published: Option<&str>) -> Option<String> {
    let pub_days = parse_iso(published?)?;
    for (k, w) in words.iter().enumerate() {
        let l = w.lower.trim_end_matches("'s");
        if let Some(wd) = WEEKDAYS.iter().position(|d| *d == l) {
            // 1970-01-01 was a Thursday (index 3 with Monday = 0).
            for off in -5..=1i64 {
                let day = pub_days + off;
                if (day + 3).rem_euclid(7) == wd as i64 {
                    return Some(iso(day));
                }
            }
        }
        if l == "today" {
            return Some(iso(pub_days));
        }
        if l == "yesterday" {
            return Some(iso(pub_days - 1));
        }
        if let Some(&(_, m)) = MONTHS.iter().find(|(n, _)| *n == l) {
            if l == "may" && !w.lower.starts_with('m') {
                continue;
            }
            let day = words.get(k + 1).and_then(|n| n.lower.parse::<u32>().ok());
            if let Some(d) = day.filter(|d| (1..=31).contains(d)) {
                let (py, _, _) = civil_from_days(pub_days);
                let mut date = days_from_civil(py, m, d);
                if date > pub_days + 1 {
                    date = days_from_civil(py - 1, m, d);
                }
                return Some(iso(date));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::segment::words;
    use super::*;

    fn on(text: &str, published: Option<&str>) -> Option<String> {
        let ws = words(text);
        let refs: Vec<&Word> = ws.iter().collect();
        said_on(&refs, published)
    }

    #[test]
    fn dates_resolve_against_publication() {
        // 2021-03-10 is a Wednesday.
        assert_eq!(
            on("she said on Monday", Some("2021-03-10")).as_deref(),
            Some("2021-03-08")
        );
        assert_eq!(
            on("said Thursday", Some("2021-03-10")).as_deref(),
            Some("2021-03-11")
        );
        assert_eq!(
            on("On Feb. 3, he said", Some("2021-03-10")).as_deref(),
            Some("2021-02-03")
        );
        assert_eq!(
            on("On Dec. 30, he said", Some("2021-03-10")).as_deref(),
            Some("2020-12-30")
        );
        assert_eq!(
            on("said yesterday", Some("2021-03-01")).as_deref(),
            Some("2021-02-28")
        );
        assert_eq!(on("said last week", Some("2021-03-10")), None);
        assert_eq!(on("In March he said", Some("2021-03-10")), None);
        assert_eq!(on("said on Monday", None), None);
    }

    #[test]
    fn civil_round_trip() {
        for d in [-1000, 0, 59, 19_000, 20_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }
}
