use super::*;
use crate::corpus::{EntityType, Mention, Proposition, Stance, Statement};
use proptest::prelude::*;

fn article(id: &str, headline: &str, body: &str) -> Article {
    let mut a = Article::empty(id);
    a.headline = headline.into();
    a.body = body.into();
    a
}

fn fixture() -> Document {
    let mut doc = Document::default();
    let rows = [
        (
            "a",
            "Port strike ends",
            "Dock workers in Zürich denied supplying the cranes. The port reopened on Monday.",
            "Harbour Post",
            Some("dpa"),
            "2023-03-01",
        ),
        (
            "b",
            "Cranes for the port",
            "The authority supplied new cranes. Workers said the strike was over.",
            "Valley Gazette",
            None,
            "2023-03-05",
        ),
        (
            "c",
            "Rain in the capital",
            "Rain fell all day in Zurich. No strike was planned, the union said.",
            "Harbour Post",
            Some("EFE"),
            "2023-04-10",
        ),
        (
            "d",
            "Supplies run low",
            "Supplies of fuel ran low at the port of Kim's town, officials said.",
            "Metro Tribune",
            Some("dpa"),
            "2023-05-20",
        ),
        (
            "e",
            "Quiet day",
            "Nothing happened.",
            "Metro Tribune",
            None,
            "2023-05-21",
        ),
    ];
    for (id, h, b, outlet, agency, date) in rows {
        let mut a = article(id, h, b);
        a.outlet = Some(outlet.into());
        a.wire_agency = agency.map(String::from);
        a.published = Some(date.into());
        doc.articles.push(a);
    }
    let mention = |a: &Article, word: &str, entity: &str, kind| {
        let start = a.body.find(word).unwrap_or(0);
        Mention {
            entity: entity.into(),
            kind,
            start,
            end: start + word.len(),
            text: word.into(),
        }
    };
    let a0 = doc.articles[0].clone();
    doc.articles[0].mentions = vec![
        mention(&a0, "Zürich", "zurich", EntityType::Place),
        mention(&a0, "Monday", "monday", EntityType::Date),
    ];
    let c = doc.articles[2].clone();
    doc.articles[2].mentions = vec![mention(&c, "Zurich", "zurich", EntityType::Place)];
    doc.entities = vec![crate::corpus::Entity {
        id: "zurich".into(),
        name: "Zürich".into(),
        kind: EntityType::Place,
        aliases: vec![],
    }];
    let st = |id: &str, article: &str, speaker: Option<&str>, stance, prop: &str| Statement {
        id: id.into(),
        article: article.into(),
        sentence: String::new(),
        start: 0,
        end: 0,
        speaker: speaker.map(String::from),
        speaker_label: Some("dock workers".into()),
        stance,
        proposition: Some(prop.into()),
        quote: None,
        said_on: None,
    };
    doc.statements = vec![
        st("s1", "a", Some("dock-workers"), Stance::Denies, "p1"),
        st("s2", "b", Some("dock-workers"), Stance::Asserts, "p2"),
        st("s3", "c", Some("union"), Stance::Asserts, "p2"),
        st("s4", "d", None, Stance::Asserts, "p3"),
    ];
    doc.propositions = vec![
        Proposition {
            id: "p1".into(),
            label: "Workers supplied cranes".into(),
            statements: vec!["s1".into()],
        },
        Proposition {
            id: "p2".into(),
            label: "The strike is over".into(),
            statements: vec!["s2".into(), "s3".into()],
        },
        Proposition {
            id: "p3".into(),
            label: "Fuel ran low".into(),
            statements: vec!["s4".into()],
        },
    ];
    doc
}

fn ids(doc: &Document, q: &str, sel: &Selection) -> Vec<String> {
    let index = SearchIndex::build(doc);
    let mut out: Vec<String> = index
        .search(&Query::parse(q), sel)
        .hits
        .iter()
        .map(|h| doc.articles[h.article].id.clone())
        .collect();
    crate::sort::natural(&mut out);
    out
}

macro_rules! t {
    ($name:ident, $query:expr, $expected:expr) => {
        #[test]
        fn $name() {
            let doc = fixture();
            assert_eq!(
                ids(&doc, $query, &Selection::default()),
                $expected as [&str; _],
                "query {:?}",
                $query
            );
        }
    };
}

// Words, folding and stemming.
t!(empty_query_matches_all, "", ["a", "b", "c", "d", "e"]);
t!(folding_finds_diacritics, "zurich ", ["a", "c"]);
t!(folding_works_both_ways, "ZÜRICH ", ["a", "c"]);
t!(stems_join_inflections, "supply ", ["a", "b", "d"]);
t!(stems_from_any_form, "supplied ", ["a", "b", "d"]);
t!(headline_words_count, "quiet ", ["e"]);
t!(unknown_word_matches_nothing, "zeppelin ", []);
// AND.
t!(all_words_must_match, "strike port ", ["a", "b"]);
t!(and_with_unknown_is_empty, "strike zeppelin ", []);
// Phrases.
t!(phrase_in_order, "\"the port\"", ["a", "b", "d"]);
t!(phrase_wrong_order, "\"port the\"", []);
t!(phrase_of_inflections, "\"supplying the cranes\"", ["a"]);
t!(phrase_stays_in_its_field, "\"ends dock\"", []);
t!(word_with_apostrophe_is_a_phrase, "kim's ", ["d"]);
t!(unclosed_quote_runs_to_the_end, "\"rain fell al", ["c"]);
// Prefixes while typing.
t!(prefix_while_typing, "cran", ["a", "b"]);
t!(prefix_only_for_the_last_word, "cran strik", ["a", "b"]);
t!(no_prefix_after_a_space, "cra ", []);
t!(prefix_through_stems, "supplie", ["a", "b", "d"]);

#[test]
fn parses_clauses() {
    type Clauses = &'static [(&'static str, bool, bool)];
    let cases: &[(&str, Clauses)] = &[
        ("", &[]),
        ("   \" \"", &[]),
        ("a b", &[("a", false, false), ("b", false, true)]),
        ("a b ", &[("a", false, false), ("b", false, false)]),
        ("\"a b\"", &[("a b", true, false)]),
        ("\"a b", &[("a b", true, true)]),
        (
            "“Curly quotes” x.",
            &[("curly quotes", true, false), ("x", false, false)],
        ),
        ("U.S. 1,200", &[("u s", true, false), ("1 200", true, true)]),
        ("Æther", &[("aether", false, true)]),
    ];
    for (text, want) in cases {
        let got: Vec<(String, bool, bool)> = Query::parse(text)
            .clauses()
            .iter()
            .map(|c| (c.words.join(" "), c.phrase, c.prefix))
            .collect();
        let want: Vec<(String, bool, bool)> = want
            .iter()
            .map(|(w, p, x)| (w.to_string(), *p, *x))
            .collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn ranks_by_bm25_with_headline_boost_and_ties_by_id() {
    let mut doc = Document::default();
    doc.articles
        .push(article("z", "", "crane crane crane and more words here"));
    doc.articles
        .push(article("y", "Crane", "other words entirely in this body"));
    doc.articles
        .push(article("x", "", "one crane among many other words in it"));
    doc.articles
        .push(article("w", "", "one crane among many other words in it"));
    let index = SearchIndex::build(&doc);
    let hits = index
        .search(&Query::parse("crane "), &Selection::default())
        .hits;
    let order: Vec<&str> = hits
        .iter()
        .map(|h| doc.articles[h.article].id.as_str())
        .collect();
    assert_eq!(order, ["z", "y", "w", "x"]);
    assert!(hits[0].score > hits[1].score && hits[1].score > hits[2].score);
    assert_eq!(hits[2].score, hits[3].score);
    // An empty query orders by id.
    let all = index.search(&Query::default(), &Selection::default()).hits;
    let order: Vec<&str> = all
        .iter()
        .map(|h| doc.articles[h.article].id.as_str())
        .collect();
    assert_eq!(order, ["w", "x", "y", "z"]);
}

fn counts(r: &SearchResults, f: Facet) -> Vec<(String, u32)> {
    r.facet(f)
        .map(|c| {
            c.values
                .iter()
                .map(|v| (v.value.clone(), v.count))
                .collect()
        })
        .unwrap_or_default()
}

fn pairs(v: &[(&str, u32)]) -> Vec<(String, u32)> {
    v.iter().map(|(s, n)| (s.to_string(), *n)).collect()
}

#[test]
fn facet_counts_follow_the_query_and_other_facets() {
    let doc = fixture();
    let index = SearchIndex::build(&doc);
    let r = index.search(&Query::parse("strike "), &Selection::default());
    assert_eq!(
        counts(&r, Facet::Outlet),
        pairs(&[("Harbour Post", 2), ("Valley Gazette", 1)])
    );
    assert_eq!(counts(&r, Facet::Agency), pairs(&[("EFE", 1), ("dpa", 1)]));
    assert_eq!(
        counts(&r, Facet::Date),
        pairs(&[("2023-03-01", 1), ("2023-03-05", 1), ("2023-04-10", 1)])
    );
    assert_eq!(
        counts(&r, Facet::Entity),
        pairs(&[("zurich", 2), ("monday", 1)])
    );
    assert_eq!(r.facet(Facet::Entity).unwrap().values[0].label, "Zürich");
    assert_eq!(
        counts(&r, Facet::Stance),
        pairs(&[("asserts", 2), ("denies", 1)])
    );
    assert_eq!(
        counts(&r, Facet::Speaker),
        pairs(&[("dock-workers", 2), ("union", 1)])
    );
    assert_eq!(
        counts(&r, Facet::Proposition),
        pairs(&[("p2", 2), ("p1", 1)])
    );
    assert_eq!(
        r.facet(Facet::Proposition).unwrap().values[0].label,
        "The strike is over"
    );

    // Choosing an outlet narrows the hits and the other facets, not its own.
    let sel = Selection::default().with(Facet::Outlet, "Harbour Post");
    let r = index.search(&Query::parse("strike "), &sel);
    assert_eq!(r.hits.len(), 2);
    assert_eq!(
        counts(&r, Facet::Outlet),
        pairs(&[("Harbour Post", 2), ("Valley Gazette", 1)])
    );
    assert_eq!(
        counts(&r, Facet::Stance),
        pairs(&[("asserts", 1), ("denies", 1)])
    );
    assert!(r.facet(Facet::Outlet).unwrap().values[0].chosen);

    // Values of one facet OR, facets AND.
    let sel = sel
        .with(Facet::Outlet, "Valley Gazette")
        .with(Facet::Stance, "asserts");
    assert_eq!(ids(&doc, "strike ", &sel), ["b", "c"]);
    // Date ranges.
    let sel = Selection::default().dates(Some("2023-03-02"), Some("2023-05-20"));
    assert_eq!(ids(&doc, "", &sel), ["b", "c", "d"]);
    let sel = sel.with(Facet::Date, "2023-04-10");
    assert_eq!(ids(&doc, "", &sel), ["c"]);
    // A chosen value the corpus lacks matches nothing and stays listed.
    let sel = Selection::default().with(Facet::Agency, "Nowhere");
    let r = index.search(&Query::default(), &sel);
    assert!(r.hits.is_empty());
    let agency = r.facet(Facet::Agency).unwrap();
    assert!(agency
        .values
        .iter()
        .any(|v| v.value == "Nowhere" && v.chosen && v.count == 0));
    assert_eq!(counts(&r, Facet::Agency)[0], ("dpa".to_string(), 2));
}

#[test]
fn selection_edits() {
    let mut s = Selection::default();
    s.toggle(Facet::Speaker, "x");
    s.choose(Facet::Speaker, "x");
    assert_eq!(s.chosen(Facet::Speaker).collect::<Vec<_>>(), ["x"]);
    s.toggle(Facet::Speaker, "x");
    assert!(s.is_empty());
    let mut s = Selection::default()
        .dates(Some("2023-01-01"), None)
        .with(Facet::Date, "2023-01-02");
    s.clear(Facet::Date);
    assert!(s.is_empty());
    assert_eq!(Facet::from_name("stance"), Some(Facet::Stance));
    assert!(Facet::ALL
        .iter()
        .all(|f| Facet::from_name(f.name()) == Some(*f)));
}

#[test]
fn highlights_words_and_phrases_as_byte_spans() {
    let doc = fixture();
    let index = SearchIndex::build(&doc);
    let a = &doc.articles[0];
    let show = |q: &str| -> Vec<(Field, String)> {
        index
            .highlight(&Query::parse(q), a)
            .iter()
            .map(|h| {
                let text = if h.field == Field::Headline {
                    &a.headline
                } else {
                    &a.body
                };
                (h.field, text[h.span.start..h.span.end].to_string())
            })
            .collect()
    };
    assert_eq!(
        show("port zurich "),
        [
            (Field::Headline, "Port".into()),
            (Field::Body, "Zürich".into()),
            (Field::Body, "port".into())
        ]
    );
    assert_eq!(
        show("\"supply the cranes\" dock"),
        [
            (Field::Body, "Dock".into()),
            (Field::Body, "supplying the cranes".into())
        ]
    );
    assert_eq!(
        show("\"the cranes\" cranes "),
        [(Field::Body, "the cranes".into())]
    );
    assert!(show("").is_empty());
}

#[test]
fn snippets_window_the_first_body_hit() {
    let mut doc = Document::default();
    let body = format!(
        "{} the needle sits here {}",
        "word ".repeat(100),
        "tail ".repeat(100)
    );
    doc.articles.push(article("a", "", &body));
    let index = SearchIndex::build(&doc);
    let s = index.snippet(&Query::parse("needle "), &doc.articles[0], 80);
    assert!(s.cut_start && s.cut_end);
    assert!(s.text.len() <= 80);
    assert_eq!(&body[s.start..s.start + s.text.len()], s.text);
    assert_eq!(s.spans.len(), 1);
    assert_eq!(&s.text[s.spans[0].start..s.spans[0].end], "needle");
    assert!(s.text.starts_with("word"), "{:?}", s.text);
    let s = index.snippet(&Query::default(), &doc.articles[0], 20);
    assert_eq!((s.start, s.cut_start), (0, false));
    let s = index.snippet(&Query::parse("tail"), &doc.articles[0], 100_000);
    assert_eq!((s.text.len(), s.cut_end), (body.len(), false));
}

#[test]
fn counts_bytes_and_words() {
    let doc = fixture();
    let index = SearchIndex::build(&doc);
    assert_eq!(index.len(), 5);
    assert!(index.vocabulary() > 30);
    assert!(index.heap_bytes() > 1000);
    let empty = SearchIndex::build(&Document::default());
    assert!(empty.is_empty());
    assert!(empty
        .search(&Query::parse("x"), &Selection::default())
        .hits
        .is_empty());
}

// Property tests.

const WORDS: &[&str] = &[
    "supply",
    "supplies",
    "Supplying",
    "supplied",
    "Zürich",
    "zurich",
    "ZURICH",
    "port",
    "ports",
    "the",
    "The",
    "denied",
    "deny",
    "crane",
    "cranes",
    "É\u{301}tat",
    "Kim's",
    "1,200",
    "straße",
    "strasse",
    "Łódź",
    "news",
    "new",
    "a",
    "ß",
    "İ",
    "日本",
    "x",
];
const SEPARATORS: &[&str] = &[" ", " ", " ", ", ", ". ", "\n\n", "—", "\"", "-", "  "];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec((0..WORDS.len(), 0..SEPARATORS.len()), 0..30).prop_map(|v| {
            v.into_iter().map(|(w, s)| format!("{}{}", WORDS[w], SEPARATORS[s])).collect()
        }),
        1 => any::<String>(),
    ]
}

fn query_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::collection::vec((0..WORDS.len(), 0..SEPARATORS.len()), 0..4).prop_map(|v| {
            v.into_iter().map(|(w, s)| format!("{}{}", WORDS[w], SEPARATORS[s])).collect()
        }),
        1 => proptest::collection::vec(0..WORDS.len(), 1..4).prop_map(|v| {
            format!("\"{}\"", v.into_iter().map(|w| WORDS[w]).collect::<Vec<_>>().join(" "))
        }),
        1 => "[a-zA-Zü ]{0,6}",
        1 => any::<String>(),
    ]
}

const OUTLETS: &[&str] = &["O1", "O2", "O3"];
const DATES: &[&str] = &["2023-01-01", "2023-02-01", "2023-03-01"];
const ENTITIES: &[&str] = &["e1", "e2", "e3", "e4"];
const STANCES: [Stance; 3] = [Stance::Asserts, Stance::Denies, Stance::Qualifies];

#[derive(Clone, Debug)]
struct Row {
    headline: String,
    body: String,
    outlet: Option<usize>,
    agency: Option<usize>,
    date: Option<usize>,
    entities: Vec<usize>,
    statements: Vec<(Option<usize>, usize, Option<usize>)>,
}

fn row() -> impl Strategy<Value = Row> {
    (
        text(),
        text(),
        proptest::option::of(0..3usize),
        proptest::option::of(0..2usize),
        proptest::option::of(0..3usize),
        proptest::collection::vec(0..4usize, 0..4),
        proptest::collection::vec(
            (
                proptest::option::of(0..3usize),
                0..3usize,
                proptest::option::of(0..3usize),
            ),
            0..3,
        ),
    )
        .prop_map(
            |(headline, body, outlet, agency, date, entities, statements)| Row {
                headline,
                body,
                outlet,
                agency,
                date,
                entities,
                statements,
            },
        )
}

fn document(rows: &[Row]) -> Document {
    let mut doc = Document::default();
    for (i, r) in rows.iter().enumerate() {
        // Ids out of index order, to test ties by id.
        let mut a = article(&format!("id{}", 50 - i), &r.headline, &r.body);
        a.outlet = r.outlet.map(|o| OUTLETS[o].to_string());
        a.wire_agency = r.agency.map(|o| ["A1", "A2"][o].to_string());
        a.published = r.date.map(|o| DATES[o].to_string());
        a.mentions = r
            .entities
            .iter()
            .map(|&e| Mention {
                entity: ENTITIES[e].into(),
                kind: if e == 3 {
                    EntityType::Date
                } else {
                    EntityType::Person
                },
                start: 0,
                end: 0,
                text: String::new(),
            })
            .collect();
        for &(speaker, stance, prop) in &r.statements {
            doc.statements.push(Statement {
                id: format!("s{}", doc.statements.len() + 1),
                article: a.id.clone(),
                sentence: String::new(),
                start: 0,
                end: 0,
                speaker: speaker.map(|s| format!("sp{s}")),
                speaker_label: None,
                stance: STANCES[stance],
                proposition: prop.map(|p| format!("p{p}")),
                quote: None,
                said_on: None,
            });
        }
        doc.articles.push(a);
    }
    doc
}

/// The facet values of article `d`, by brute force.
fn values_of(doc: &Document, d: usize, facet: Facet) -> Vec<String> {
    let a = &doc.articles[d];
    let st = doc.statements.iter().filter(|s| s.article == a.id);
    let mut v: Vec<String> = match facet {
        Facet::Outlet => a.outlet.iter().cloned().collect(),
        Facet::Agency => a.wire_agency.iter().cloned().collect(),
        Facet::Date => a.published.iter().cloned().collect(),
        Facet::Entity => a.mentions.iter().map(|m| m.entity.clone()).collect(),
        Facet::Speaker => st.filter_map(|s| s.speaker.clone()).collect(),
        Facet::Stance => st.map(|s| s.stance.word().to_string()).collect(),
        Facet::Proposition => st.filter_map(|s| s.proposition.clone()).collect(),
    };
    v.sort();
    v.dedup();
    v
}

fn passes(doc: &Document, d: usize, facet: Facet, sel: &Selection) -> bool {
    let vals = values_of(doc, d, facet);
    let chosen: Vec<&str> = sel.chosen(facet).collect();
    let (from, to) = sel.date_range();
    let ranged = facet == Facet::Date && (from.is_some() || to.is_some());
    if chosen.is_empty() && !ranged {
        return true;
    }
    vals.iter().any(|v| {
        (chosen.is_empty() || chosen.contains(&v.as_str()))
            && (!ranged
                || (from.is_none_or(|f| f <= v.as_str()) && to.is_none_or(|t| v.as_str() <= t)))
    })
}

fn selection() -> impl Strategy<Value = Selection> {
    (
        proptest::collection::vec((0..7usize, 0..4usize), 0..4),
        proptest::option::of(0..3usize),
        proptest::option::of(0..3usize),
    )
        .prop_map(|(chosen, from, to)| {
            let mut s = Selection::default().dates(from.map(|i| DATES[i]), to.map(|i| DATES[i]));
            for (f, v) in chosen {
                let facet = Facet::ALL[f];
                let value = match facet {
                    Facet::Outlet => ["O1", "O2", "O3", "O9"][v].to_string(),
                    Facet::Agency => ["A1", "A2", "A1", "A2"][v].to_string(),
                    Facet::Date => DATES[v % 3].to_string(),
                    Facet::Entity => ENTITIES[v].to_string(),
                    Facet::Speaker => format!("sp{v}"),
                    Facet::Stance => STANCES[v % 3].word().to_string(),
                    Facet::Proposition => format!("p{v}"),
                };
                s.choose(facet, &value);
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics_and_spans_are_sound(rows in proptest::collection::vec(row(), 0..6), q in query_text()) {
        let doc = document(&rows);
        let index = SearchIndex::build(&doc);
        let query = Query::parse(&q);
        let results = index.search(&query, &Selection::default());
        for hit in &results.hits {
            let a = &doc.articles[hit.article];
            prop_assert!(hit.score.is_finite() && hit.score >= 0.0);
            for h in index.highlight(&query, a) {
                let text = if h.field == Field::Headline { &a.headline } else { &a.body };
                prop_assert!(h.span.start < h.span.end && h.span.slice(text).is_some());
            }
            let s = index.snippet(&query, a, 60);
            prop_assert_eq!(a.body.get(s.start..s.start + s.text.len()), Some(s.text.as_str()));
            for span in &s.spans {
                prop_assert!(span.slice(&s.text).is_some());
            }
        }
        // Highlights of words and phrases fold and stem to what was asked.
        for c in query.clauses() {
            if c.prefix {
                continue;
            }
            let want: Vec<String> = c.words.iter().map(|w| stem(w)).collect();
            let single = Query { clauses: vec![c.clone()] };
            for a in &doc.articles {
                for h in index.highlight(&single, a) {
                    let text = if h.field == Field::Headline { &a.headline } else { &a.body };
                    let mut got = Vec::new();
                    fold::words(h.span.slice(text).unwrap_or(""), |_, w| got.push(stem(w)));
                    // Overlapping occurrences of a phrase merge into one span.
                    prop_assert!(got.len() >= want.len() && got[..want.len()] == want[..], "{:?} {:?}", got, want);
                    prop_assert!(c.phrase || got.len() == 1);
                }
            }
        }
    }

    #[test]
    fn single_words_match_by_brute_force(rows in proptest::collection::vec(row(), 0..6), w in 0..WORDS.len()) {
        let doc = document(&rows);
        let index = SearchIndex::build(&doc);
        let query = Query::parse(&format!("{} ", WORDS[w]));
        if let [clause] = query.clauses() {
            if !clause.phrase {
                let want = stem(&clause.words[0]);
                let mut expected: Vec<usize> = (0..doc.articles.len())
                    .filter(|&d| {
                        let a = &doc.articles[d];
                        let mut found = false;
                        for t in [&a.headline, &a.body] {
                            fold::words(t, |_, x| found |= stem(x) == want);
                        }
                        found
                    })
                    .collect();
                let mut got: Vec<usize> = index.search(&query, &Selection::default()).hits.iter().map(|h| h.article).collect();
                got.sort();
                expected.sort();
                prop_assert_eq!(got, expected);
            }
        }
    }

    #[test]
    fn facets_filter_to_subsets_and_count_like_brute_force(
        rows in proptest::collection::vec(row(), 0..8),
        q in query_text(),
        sel in selection(),
    ) {
        let doc = document(&rows);
        let index = SearchIndex::build(&doc);
        let query = Query::parse(&q);
        let all = index.search(&query, &Selection::default());
        let some = index.search(&query, &sel);
        let matched: Vec<usize> = all.hits.iter().map(|h| h.article).collect();
        // A subset, in the same relative order; every article passes.
        let order: Vec<usize> = matched.iter().copied().filter(|d| some.hits.iter().any(|h| h.article == *d)).collect();
        prop_assert_eq!(&order, &some.hits.iter().map(|h| h.article).collect::<Vec<_>>());
        for &d in &matched {
            let pass = Facet::ALL.iter().all(|&f| passes(&doc, d, f, &sel));
            prop_assert_eq!(pass, order.contains(&d));
        }
        // The text query narrows the corpus.
        let everything = index.search(&Query::default(), &Selection::default());
        prop_assert!(matched.iter().all(|d| everything.hits.iter().any(|h| h.article == *d)));
        // Counts equal a brute-force recount over the other facets.
        for facet in Facet::ALL {
            let mut expected: std::collections::BTreeMap<String, u32> = Default::default();
            for &d in &matched {
                if Facet::ALL.iter().filter(|&&g| g != facet).all(|&g| passes(&doc, d, g, &sel)) {
                    for v in values_of(&doc, d, facet) {
                        *expected.entry(v).or_default() += 1;
                    }
                }
            }
            let got: std::collections::BTreeMap<String, u32> = some
                .facet(facet)
                .map(|c| c.values.iter().filter(|v| v.count > 0).map(|v| (v.value.clone(), v.count)).collect())
                .unwrap_or_default();
            prop_assert_eq!(got, expected, "facet {:?}", facet);
        }
        // Deterministic.
        prop_assert_eq!(&some, &SearchIndex::build(&doc).search(&query, &sel));
    }
}

proptest! {
    #[test]
    fn radix_sort_agrees_with_the_standard_sort(mut keys in proptest::collection::vec(any::<u64>(), 0..300), small in proptest::collection::vec(0u64..5, 0..50)) {
        keys.extend(small);
        let mut want = keys.clone();
        want.sort();
        radix_sort(&mut keys);
        prop_assert_eq!(keys, want);
    }

    #[test]
    fn varints_round_trip(xs in proptest::collection::vec(any::<u32>(), 0..50)) {
        let mut bytes = Vec::new();
        for &x in &xs {
            let before = bytes.len();
            put_varint(&mut bytes, x);
            prop_assert_eq!(bytes.len() - before, varint_len(x));
        }
        let mut at = 0;
        for &x in &xs {
            prop_assert_eq!(get_varint(&bytes, &mut at), x);
        }
        prop_assert_eq!(at, bytes.len());
    }

    #[test]
    fn interned_strings_sort_like_strings(words in proptest::collection::vec(".{0,12}", 0..80)) {
        let mut t = terms::Terms::default();
        for w in &words {
            t.intern(w);
        }
        let got: Vec<&str> = t.sorted().into_iter().map(|i| t.text(i)).collect();
        let mut want: Vec<&str> = words.iter().map(String::as_str).collect();
        want.sort();
        want.dedup();
        prop_assert_eq!(got, want);
        for w in &words {
            prop_assert_eq!(t.get(w).map(|i| t.text(i)), Some(w.as_str()));
        }
    }
}

#[test]
fn facet_listings_keep_the_most_frequent_and_count_the_rest() {
    let mut doc = Document::default();
    for i in 0..30 {
        let mut a = article(&format!("a{i:02}"), "", "text");
        a.outlet = Some(format!("outlet {}", i % 10));
        a.published = Some(format!("2023-01-{:02}", 1 + i % 20));
        doc.articles.push(a);
    }
    let index = SearchIndex::build(&doc);
    let sel = Selection::default().with(Facet::Outlet, "outlet 9");
    let r = index.search_with(&Query::default(), &sel, 3);
    let outlets = r.facet(Facet::Outlet).unwrap();
    let names: Vec<&str> = outlets.values.iter().map(|v| v.value.as_str()).collect();
    // Three per value: the first three by value, then the chosen one.
    assert_eq!(names, ["outlet 0", "outlet 1", "outlet 2", "outlet 9"]);
    assert_eq!(outlets.others, 6);
    // Dates are all listed, in order.
    let dates = r.facet(Facet::Date).unwrap();
    assert_eq!(dates.values.len(), 2);
    assert!(dates.values.windows(2).all(|w| w[0].value < w[1].value));
    assert_eq!(dates.others, 0);
}

#[test]
fn a_matcher_is_the_same_as_one_call() {
    let doc = fixture();
    let index = SearchIndex::build(&doc);
    let q = Query::parse("port \"the cranes\" zur");
    let m = index.matcher(&q);
    for a in &doc.articles {
        assert_eq!(m.highlight(a), index.highlight(&q, a));
        assert_eq!(m.snippet(a, 40), index.snippet(&q, a, 40));
    }
}

#[test]
fn the_index_can_be_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<SearchIndex>();
    shared::<SearchResults>();
    shared::<Matcher<'static>>();
}
