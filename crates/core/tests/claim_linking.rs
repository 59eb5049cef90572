//! Propositions on made-up text: a denial is linked to the claim it names,
//! in its own sentence or the one before; the same claim worded differently
//! by different outlets is one proposition; unrelated claims stay apart.

use crossread_core::corpus::{Article, Document, Stance, Statement};
use crossread_core::statement::annotate;

fn run(bodies: &[&str]) -> Document {
    let mut doc = Document::default();
    for (i, b) in bodies.iter().enumerate() {
        let mut a = Article::empty(&format!("a{i}"));
        a.body = (*b).to_string();
        a.published = Some("2023-05-10".into());
        doc.articles.push(a);
    }
    let mut doc = crossread_core::analyze(doc);
    annotate(&mut doc);
    doc.validate().unwrap();
    doc
}

fn by<'d>(doc: &'d Document, speaker: &str) -> &'d Statement {
    doc.statements
        .iter()
        .find(|s| s.speaker.as_deref() == Some(speaker))
        .unwrap_or_else(|| panic!("no statement by {speaker}: {:#?}", doc.statements))
}

#[test]
fn denial_in_the_next_sentence_joins_the_claim() {
    let doc = run(&[
        "Union leader Tomas Berg said the sprinklers in the paint shop had been \
         switched off for months. Factory owner Lena Holm rejected the claim.",
    ]);
    let (claim, denial) = (by(&doc, "tomas-berg"), by(&doc, "lena-holm"));
    assert_eq!(denial.stance, Stance::Denies);
    assert_eq!(claim.proposition, denial.proposition);
}

#[test]
fn embedded_claim_and_its_denial_are_one_proposition() {
    let doc = run(&[
        "Factory owner Lena Holm dismissed claims by union leader Tomas Berg that \
         the sprinklers had been switched off.",
    ]);
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    let (claim, denial) = (by(&doc, "tomas-berg"), by(&doc, "lena-holm"));
    assert_eq!(claim.stance, Stance::Asserts);
    assert_eq!(denial.stance, Stance::Denies);
    assert_eq!(claim.proposition, denial.proposition);
    assert_eq!(doc.propositions.len(), 1);
}

#[test]
fn one_claim_worded_differently_across_outlets() {
    let doc = run(&[
        "Customs chief Anna Varga said the company was exporting weapons to Sylvania.",
        "Trade minister Piet Mol denied that the company had any arms deals with Sylvania.",
        "Fire chief Marta Olsen said the blaze at the paint factory started after midnight.",
    ]);
    let (a, b, c) = (
        by(&doc, "anna-varga"),
        by(&doc, "piet-mol"),
        by(&doc, "marta-olsen"),
    );
    assert_eq!(a.proposition, b.proposition, "{:#?}", doc.propositions);
    assert_ne!(a.proposition, c.proposition, "{:#?}", doc.propositions);
}

#[test]
fn a_denial_answers_the_other_side_not_its_own() {
    // The sentence just before the denial is by the denier's own side; the
    // account it rejects is the other side's, two statements back.
    let doc = run(&[
        "Norway's coast guard said an Icelandic trawler had rammed its patrol boat \
         near the reef. Norwegian fisherman Ivo Dahl said catches had fallen all year. \
         \"We are not afraid,\" Dahl said. Icelandic Fisheries Minister Olga Petursdottir \
         rejected the account.",
    ]);
    let claim = by(&doc, "norway");
    let denial = by(&doc, "olga-petursdottir");
    assert_eq!(denial.stance, Stance::Denies);
    assert_eq!(
        claim.proposition, denial.proposition,
        "{:#?}",
        doc.propositions
    );
    assert_ne!(
        by(&doc, "ivo-dahl").proposition,
        denial.proposition,
        "{:#?}",
        doc.propositions
    );
}

#[test]
fn claim_before_a_trailing_attribution() {
    // `CLAIM, TITLE NAME said`: the words before the comma are the claim.
    let doc = run(&[
        "An attack on the dam would breach the ceasefire, Interior Minister Lena Holm said \
         in a statement.",
        "Lena Holm, the interior minister, said that any attack on the dam breached the \
         ceasefire.",
    ]);
    let a = &doc.statements[0];
    assert_eq!(a.speaker.as_deref(), Some("lena-holm"));
    assert_eq!(
        a.speaker_label.as_deref(),
        Some("Interior Minister Lena Holm")
    );
    assert_eq!(doc.propositions.len(), 1, "{:#?}", doc.propositions);
}

#[test]
fn news_synonyms_join_rewordings() {
    let doc = run(&[
        "Trade minister Piet Mol said Freedonia was trying to buy cheap grain from Sylvania.",
        "Customs chief Anna Varga said Freedonia had attempted to purchase grain from Sylvania.",
        "Fire chief Marta Olsen said the blaze at the paint factory started after midnight.",
    ]);
    let (a, b, c) = (
        by(&doc, "piet-mol"),
        by(&doc, "anna-varga"),
        by(&doc, "marta-olsen"),
    );
    assert_eq!(a.proposition, b.proposition, "{:#?}", doc.propositions);
    assert_ne!(a.proposition, c.proposition, "{:#?}", doc.propositions);
}

#[test]
fn a_denial_of_the_report_is_linked_whatever_else_it_says() {
    // The denial's other words (`calling on Oslo to …`) are a claim of
    // their own and must not carry it off to another proposition.
    let doc = run(&[
        "Norwegian officials said in March that Icelandic trawlers had overfished cod in \
         the disputed zone. Iceland later rejected the report, calling on Oslo to stop \
         spreading lies about its fishing fleet.",
        "Icelandic Fisheries Minister Olga Petursdottir said Oslo must stop spreading lies \
         about the fishing fleet.",
    ]);
    let claim = by(&doc, "norwegian-officials");
    let denial = by(&doc, "iceland");
    assert_eq!(denial.stance, Stance::Denies);
    assert_eq!(
        claim.proposition, denial.proposition,
        "{:#?}",
        doc.propositions
    );
    assert_ne!(
        by(&doc, "olga-petursdottir").proposition,
        denial.proposition,
        "{:#?}",
        doc.propositions
    );
}
