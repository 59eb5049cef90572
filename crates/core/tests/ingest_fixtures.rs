//! Ingest on small made-up pages in `tests/fixtures/`, one case per row:
//! `t!(name, file, Want { … })`. Fields of `Want` left at their default are
//! not checked, so each row states only what it is about.

use crossread_core::corpus::ingest::{ingest, ArticleMeta, RawFile, SourceMeta};
use crossread_core::corpus::{Article, Basis};

fn fixture(name: &str) -> RawFile {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    RawFile::from_bytes(name, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn article(name: &str) -> (Article, Vec<String>) {
    let out = ingest(&[fixture(name)], None);
    (out.document.articles[0].clone(), out.warnings)
}

/// What a case expects; `None` / `Unchecked` fields are not compared.
#[derive(Default)]
struct Want {
    headline: Option<&'static str>,
    body: Option<&'static str>,
    agency: Check,
    published: Check,
    dateline: Check,
    outlet: Check,
    basis: Option<Option<Basis>>,
    url: Check,
    captions: Option<&'static [&'static str]>,
    boilerplate: Option<&'static [&'static str]>,
    warnings: Option<usize>,
}

/// An optional field's expected value.
#[derive(Default)]
enum Check {
    #[default]
    Unchecked,
    Is(Option<&'static str>),
}
use Check::Is;

fn check(field: &str, got: &Option<String>, want: &Check) {
    if let Is(w) = want {
        assert_eq!(got.as_deref(), *w, "{field}");
    }
}

fn verify(name: &str, want: Want) {
    let (a, warnings) = article(name);
    if let Some(h) = want.headline {
        assert_eq!(a.headline, h, "headline");
    }
    if let Some(b) = want.body {
        assert_eq!(a.body, b, "body");
    }
    check("wire_agency", &a.wire_agency, &want.agency);
    check("published", &a.published, &want.published);
    check("dateline", &a.dateline, &want.dateline);
    check("outlet", &a.outlet, &want.outlet);
    check("url", &a.url, &want.url);
    if let Some(b) = want.basis {
        assert_eq!(a.outlet_basis, b, "outlet_basis");
    }
    if let Some(c) = want.captions {
        assert_eq!(a.captions, c, "captions");
    }
    if let Some(b) = want.boilerplate {
        assert_eq!(a.boilerplate, b, "boilerplate");
    }
    if let Some(n) = want.warnings {
        assert_eq!(warnings.len(), n, "warnings: {warnings:?}");
    }
}

macro_rules! t {
    ($name:ident, $file:expr, $want:expr) => {
        #[test]
        fn $name() {
            verify($file, $want);
        }
    };
}

// Metadata that is not there stays unknown.
t!(
    no_date_no_agency,
    "no_date_no_agency.txt",
    Want {
        headline: Some("Council approves new harbour bridge"),
        body: Some(
            "The city council voted on Tuesday to approve a new bridge across the harbour, ending years of debate.\n\n\
             Construction is expected to start next spring, the mayor's office said."
        ),
        agency: Is(None),
        published: Is(None),
        dateline: Is(None),
        outlet: Is(None),
        basis: Some(None),
        url: Is(None),
        captions: Some(&[]),
        boilerplate: Some(&[]),
        warnings: Some(0),
    }
);

// Line ends and blank lines.
t!(
    crlf_and_bom,
    "crlf.txt",
    Want {
        headline: Some("Ferry service resumes after storm"),
        body: Some("Ferries resumed sailing on Friday after a two-day halt.\n\nOperators said timetables would return to normal by Sunday."),
        ..Want::default()
    }
);
t!(
    lone_cr_line_ends,
    "cr_only.txt",
    Want {
        headline: Some("Old line"),
        body: Some("Two\n\nThird paragraph here."),
        ..Want::default()
    }
);
t!(
    runs_of_blank_lines,
    "blank_runs.txt",
    Want {
        headline: Some("Museum reopens after renovation"),
        body: Some("The museum reopened its doors on Saturday.\n\nVisitors queued for hours."),
        boilerplate: Some(&[]),
        ..Want::default()
    }
);
t!(
    hard_wrapped_lines_join,
    "hard_wrapped.txt",
    Want {
        body: Some(
            "Union leaders said on Thursday that the strike planned for next week had been called off after talks with \
             the operator produced a new offer.\n\nThe offer includes a pay rise of 5%.\n\nPassengers welcomed the news."
        ),
        ..Want::default()
    }
);

// Characters are kept exactly.
t!(
    curly_and_straight_quotes,
    "quotes.txt",
    Want {
        headline: Some("Mayor says budget is “balanced”"),
        body: Some(
            "“We have done what we promised,” the mayor said. “Nothing less.”\n\n\
             Critics called it \"a fantasy\" and said the city's debt would grow.\n\n\
             The council’s vote is due on 12 March — a week later than planned."
        ),
        published: Is(None),
        ..Want::default()
    }
);
t!(
    non_ascii_names,
    "non_ascii.txt",
    Want {
        headline: Some("Zoë Šimić wins regional chess title"),
        body: Some(
            "Zoë Šimić, 17, beat the defending champion in the final round on Sunday.\n\n\
             The runner-up, 김민준, said the match was “the hardest of my life.”\n\n\
             Spectators from Amman cheered for محمد الأحمد, who finished third."
        ),
        ..Want::default()
    }
);

// Nothing to read: an article with an empty body and a warning.
t!(
    empty_file,
    "empty.txt",
    Want {
        headline: Some(""),
        body: Some(""),
        boilerplate: Some(&[]),
        warnings: Some(1),
        ..Want::default()
    }
);
t!(
    only_furniture,
    "only_furniture.txt",
    Want {
        headline: Some(""),
        body: Some(""),
        boilerplate: Some(&[
            "Advertisement",
            "Share this article",
            "Leave a Reply",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "https://example.com/some/page",
        ]),
        warnings: Some(1),
        ..Want::default()
    }
);

// Photo credits are captions and never set the agency.
t!(
    photo_credit_is_not_agency,
    "photo_credit.txt",
    Want {
        agency: Is(None),
        captions: Some(&[
            "Firefighters battle the blaze near the ridge on Monday. Jane Roe/AFP via Getty Images",
            "Residents leave their homes. (AP Photo/John Smith)",
        ]),
        body: Some(
            "Thousands of residents were ordered to leave their homes as a wildfire spread through the hills.\n\n\
             Officials said the fire was 10% contained."
        ),
        ..Want::default()
    }
);

// Bylines, date lines, datelines, copyright.
t!(
    wire_byline_and_published_line,
    "wire_byline.txt",
    Want {
        headline: Some("Talks on grain exports resume"),
        agency: Is(Some("AP")),
        published: Is(Some("2022-11-07")),
        dateline: Is(Some("LONDON")),
        outlet: Is(Some("Example Herald")),
        basis: Some(Some(Basis::Text)),
        boilerplate: Some(&[
            "Skip to main content",
            "Home > World > Europe",
            "By Jane Doe and John Roe, Associated Press",
            "Published: Nov. 7, 2022 at 3:04 p.m.",
            "Copyright 2022 Example Herald. All rights reserved.",
        ]),
        ..Want::default()
    }
);
t!(
    reuters_dateline_and_credits,
    "reuters_dash.txt",
    Want {
        agency: Is(Some("Reuters")),
        published: Is(Some("2023-03-15")),
        dateline: Is(Some("FRANKFURT")),
        body: Some("FRANKFURT, March 15 (Reuters) - The central bank kept its main rate unchanged on Wednesday.\n\nEconomists had expected the move."),
        boilerplate: Some(&["2023-03-15", "Reporting by Jane Doe; Editing by John Roe", "Our Standards: The Thomson Reuters Trust Principles."]),
        ..Want::default()
    }
);
t!(
    labelled_url_gives_outlet,
    "url_label.txt",
    Want {
        url: Is(Some("https://www.bbc.co.uk/news/world-12345")),
        outlet: Is(Some("BBC News")),
        basis: Some(Some(Basis::Url)),
        boilerplate: Some(&["Source URL: <https://www.bbc.co.uk/news/world-12345>"]),
        ..Want::default()
    }
);
t!(
    repeated_headline_bold_credit_and_tags,
    "repeated_headline.txt",
    Want {
        headline: Some("Drought hits wheat harvest"),
        body: Some("Farmers reported the lowest harvest in a decade."),
        captions: Some(&["A dry field near the village. EPA"]),
        boilerplate: Some(&[
            "Drought hits wheat harvest",
            "Tags",
            "drought, farming, wheat"
        ]),
        agency: Is(None),
        ..Want::default()
    }
);

// Other formats.
t!(
    markdown,
    "story.md",
    Want {
        headline: Some("Volcano erupts on remote island"),
        agency: Is(Some("Reuters")),
        captions: Some(&["Ash rises over the island"]),
        body: Some("A volcano erupted on a remote island on Tuesday, sending ash high into the sky.\n\n\"We heard a huge bang,\" a fisherman said."),
        ..Want::default()
    }
);
t!(
    html,
    "page.html",
    Want {
        headline: Some("Bridge collapse kills two"),
        body: Some(
            "Two people died when a road bridge collapsed on Thursday, police\u{a0}said.\n\n\
             “It happened in seconds,” a witness told reporters & officials.\n\n\
             Engineers will inspect other bridges…"
        ),
        captions: Some(&["Rescuers at the site. Photograph: Jane Roe/Reuters"]),
        agency: Is(None),
        published: Is(Some("2023-01-05")),
        url: Is(Some("https://www.theguardian.com/world/2023/jan/05/bridge")),
        outlet: Is(Some("The Guardian")),
        basis: Some(Some(Basis::Url)),
        ..Want::default()
    }
);

#[test]
fn html_chrome_is_boilerplate() {
    let (a, _) = article("page.html");
    for chrome in [
        "Home World",
        "World news",
        "© 2023 Example Herald",
        "Bridge collapse kills two | Example Herald",
    ] {
        assert!(
            a.boilerplate.iter().any(|b| b == chrome),
            "{chrome:?} not in {:?}",
            a.boilerplate
        );
    }
}

// Sidecar metadata.
fn meta(id: &str, m: ArticleMeta) -> SourceMeta {
    let mut s = SourceMeta::default();
    s.articles.insert(id.to_string(), m);
    s
}

#[test]
fn sidecar_fills_what_the_text_does_not_say() {
    let m = meta(
        "no_date_no_agency",
        ArticleMeta {
            outlet: Some("Harbour Gazette".into()),
            published: Some("2023-04-01".into()),
            url: Some("https://gazette.example/bridge".into()),
            wire_agency: Some("Associated Press".into()),
        },
    );
    let out = ingest(&[fixture("no_date_no_agency.txt")], Some(&m));
    let a = &out.document.articles[0];
    assert_eq!(a.outlet.as_deref(), Some("Harbour Gazette"));
    assert_eq!(a.outlet_basis, Some(Basis::Sidecar));
    assert_eq!(a.published.as_deref(), Some("2023-04-01"));
    assert_eq!(a.url.as_deref(), Some("https://gazette.example/bridge"));
    assert_eq!(a.wire_agency.as_deref(), Some("AP"));
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
}

#[test]
fn sidecar_conflict_keeps_the_text_and_warns() {
    let m = meta(
        "wire_byline",
        ArticleMeta {
            outlet: None,
            published: Some("2022-11-08".into()),
            url: None,
            wire_agency: Some("Reuters".into()),
        },
    );
    let out = ingest(&[fixture("wire_byline.txt")], Some(&m));
    let a = &out.document.articles[0];
    assert_eq!(a.published.as_deref(), Some("2022-11-07"));
    assert_eq!(a.wire_agency.as_deref(), Some("AP"));
    assert_eq!(out.warnings.len(), 2, "{:?}", out.warnings);
    assert!(out
        .warnings
        .iter()
        .all(|w| w.starts_with("wire_byline.txt:")));
    assert!(out.warnings.iter().any(|w| w.contains("published")));
    assert!(out.warnings.iter().any(|w| w.contains("wire_agency")));
}

#[test]
fn sidecar_bad_date_and_unknown_id_warn() {
    let mut m = meta(
        "quotes",
        ArticleMeta {
            published: Some("7 Nov".into()),
            ..ArticleMeta::default()
        },
    );
    m.articles.insert("nope".into(), ArticleMeta::default());
    let out = ingest(&[fixture("quotes.txt")], Some(&m));
    assert_eq!(out.document.articles[0].published, None);
    assert_eq!(out.warnings.len(), 2, "{:?}", out.warnings);
}

// Ids and order.
#[test]
fn id_clashes_get_suffixes_and_articles_are_sorted() {
    let files = [
        RawFile::new("b/story.txt", "B\n\nText b."),
        RawFile::new("story.md", "M\n\nText m."),
        RawFile::new("a/story.txt", "A\n\nText a."),
        RawFile::new("alpha.txt", "Alpha\n\nText."),
    ];
    let out = ingest(&files, None);
    let ids: Vec<_> = out
        .document
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.headline.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("alpha", "Alpha"),
            ("story", "A"),
            ("story-2", "B"),
            ("story-3", "M")
        ]
    );
    assert_eq!(out.warnings.len(), 2, "{:?}", out.warnings);
}

#[test]
fn output_is_deterministic() {
    let files: Vec<RawFile> = ["quotes.txt", "page.html", "story.md", "wire_byline.txt"]
        .iter()
        .map(|n| fixture(n))
        .collect();
    let mut reversed = files.clone();
    reversed.reverse();
    let a = ingest(&files, None).document.to_json();
    let b = ingest(&reversed, None).document.to_json();
    assert_eq!(a, b);
}

#[test]
fn binary_and_non_utf8_bytes_are_refused_by_name() {
    let e = RawFile::from_bytes("photo.txt", &[0x89, b'P', b'N', b'G', 0, 0]).unwrap_err();
    assert!(e.to_string().starts_with("photo.txt: "), "{e}");
    let e = RawFile::from_bytes("latin1.txt", b"caf\xe9").unwrap_err();
    assert!(e.to_string().starts_with("latin1.txt: "), "{e}");
}
