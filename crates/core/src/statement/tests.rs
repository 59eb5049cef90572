//! Table-driven checks of attribution patterns and stances on made-up text.

use super::*;
use crate::corpus::{Article, Document, Entity, EntityType, Mention};

fn doc_with(body: &str, names: &[(&str, &str, EntityType)]) -> Document {
    let mut doc = Document::default();
    let mut a = Article::empty("a");
    a.body = body.to_string();
    a.published = Some("2021-03-10".into());
    for (text, id, kind) in names {
        let mut from = 0;
        while let Some(i) = body[from..].find(text) {
            let s = from + i;
            a.mentions.push(Mention {
                entity: id.to_string(),
                kind: *kind,
                start: s,
                end: s + text.len(),
                text: text.to_string(),
            });
            from = s + text.len();
        }
        if !doc.entities.iter().any(|e| e.id == *id) {
            doc.entities.push(Entity {
                id: id.to_string(),
                name: text.to_string(),
                kind: *kind,
                aliases: vec![text.to_string()],
            });
        }
    }
    a.mentions.sort_by_key(|m| m.start);
    doc.articles.push(a);
    doc
}

const P: EntityType = EntityType::Person;
const L: EntityType = EntityType::Place;
const N: EntityType = EntityType::Nationality;

macro_rules! t {
    ($name:ident, $body:expr, $names:expr, $expected:expr) => {
        #[test]
        fn $name() {
            let mut doc = doc_with($body, $names);
            annotate(&mut doc);
            doc.validate().unwrap();
            let got: Vec<(String, Stance)> = doc
                .statements
                .iter()
                .map(|s| (s.speaker.clone().unwrap_or_default(), s.stance))
                .collect();
            let want: Vec<(String, Stance)> = $expected
                .iter()
                .map(|(a, b): &(&str, Stance)| (a.to_string(), *b))
                .collect();
            assert_eq!(got, want, "{:#?}", doc.statements);
        }
    };
}

use Stance::{Asserts as A, Denies as D, Qualifies as Q};

t!(
    x_said,
    "Freedonia said the bridge was closed.",
    &[("Freedonia", "freedonia", L)],
    [("freedonia", A)]
);
t!(
    according_to,
    "The bridge was closed, according to Jane Roe.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", A)]
);
t!(
    told_reporters,
    "\"The bridge is closed,\" Jane Roe told reporters on Monday.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", A)]
);
t!(
    inverted,
    "\"The bridge is closed,\" said Jane Roe, a mayor.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", A)]
);
t!(
    accused_of,
    "Jane Roe accused Freedonia of closing the bridge.",
    &[("Jane Roe", "jane-roe", P), ("Freedonia", "freedonia", L)],
    [("jane-roe", A)]
);
t!(
    denied,
    "Freedonia denied closing the bridge.",
    &[("Freedonia", "freedonia", L)],
    [("freedonia", D)]
);
t!(
    called_fake,
    "Freedonia called the reports \"fake.\"",
    &[("Freedonia", "freedonia", L)],
    [("freedonia", D)]
);
t!(
    never_denies,
    "Freedonia said it has never closed the bridge.",
    &[("Freedonia", "freedonia", L)],
    [("freedonia", D)]
);
t!(
    hedge,
    "Jane Roe said she did not know whether the bridge was closed.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", Q)]
);
t!(
    may_hedges,
    "Jane Roe said the bridge may be closed.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", Q)]
);
t!(
    warned,
    "Jane Roe warned that the bridge is unsafe.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", A)]
);
t!(
    embedded_claim,
    "Freedonia said claims by Sylvania that it closed the bridge were groundless.",
    &[("Freedonia", "freedonia", L), ("Sylvania", "sylvania", L)],
    [("freedonia", D), ("sylvania", A)]
);
t!(
    pronoun,
    "Jane Roe said the bridge was old. It is closed now, she said.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", A), ("jane-roe", A)]
);
t!(
    unnamed_official_then_definite,
    "A Freedonian defense official said the bridge was closed. The official added that it was safe.",
    &[("Freedonian", "freedonian", N), ("Freedonia", "freedonia", L)],
    [("freedonian-official", A), ("freedonian-official", A)]
);
t!(
    the_statement,
    "Freedonia said the bridge was closed. The statement said repairs would start soon.",
    &[("Freedonia", "freedonia", L)],
    [("freedonia", A), ("freedonia", A)]
);
t!(
    relative_who,
    "Freedonia rejected remarks by Jane Roe, who said the bridge was closed.",
    &[("Freedonia", "freedonia", L), ("Jane Roe", "jane-roe", P)],
    [("freedonia", D), ("jane-roe", A)]
);
t!(
    unattributed_narration,
    "The bridge was closed for repairs.",
    &[],
    []
);
t!(vague_experts, "Experts say the bridge was closed.", &[], []);

#[test]
fn quote_spanning_sentences_is_one_statement() {
    let mut doc = doc_with(
        "\u{201C}We left. We won,\u{201D} Jane Roe said.",
        &[("Jane Roe", "jane-roe", P)],
    );
    annotate(&mut doc);
    assert_eq!(doc.statements.len(), 1);
    assert_eq!(doc.statements[0].quote.as_deref(), Some("We left. We won"));
}

#[test]
fn said_on_is_null_without_a_date() {
    let mut doc = doc_with(
        "Jane Roe said on Monday the bridge was closed.",
        &[("Jane Roe", "jane-roe", P)],
    );
    doc.articles[0].published = None;
    annotate(&mut doc);
    assert_eq!(doc.statements[0].said_on, None);
}

const O: EntityType = EntityType::Org;

t!(
    dateline_dash_ends_the_subject,
    "OSLO, May 2 (Reuters) - Norway said the tunnel was unsafe.",
    &[
        ("OSLO", "oslo", L),
        ("Reuters", "reuters", O),
        ("Norway", "norway", L)
    ],
    [("norway", A)]
);
t!(
    inverted_after_a_comma,
    "Such strikes rarely last a week, said Ana Lopes, a labour economist.",
    &[("Ana Lopes", "ana-lopes", P)],
    [("ana-lopes", A)]
);
t!(
    subject_before_a_comma_is_not_inverted,
    "Ana Lopes, a nurse from Braga, said Spanish doctors had left.",
    &[
        ("Ana Lopes", "ana-lopes", P),
        ("Braga", "braga", L),
        ("Spanish", "spanish", N)
    ],
    [("ana-lopes", A)]
);
t!(
    quoted_as_saying,
    "The agency quoted a Kenyan police spokesman, Paul Otieno, as saying the road \
     was open.",
    &[("Kenyan", "kenyan", N), ("Paul Otieno", "paul-otieno", P)],
    [("paul-otieno", A)]
);
t!(
    passive_speech_verb_names_nobody,
    "Jane Roe said the plant could close if the losses were confirmed.",
    &[("Jane Roe", "jane-roe", P)],
    [("jane-roe", Q)]
);
t!(
    rejecting_in_a_participle_denies,
    "Freedonia said the ship was lost in a storm, rejecting claims that it was sunk.",
    &[("Freedonia", "freedonia", L)],
    [("freedonia", D)]
);
t!(
    the_company_is_the_firm_named_before,
    "Sweden's regulator said a spill at a plant run by Nordkem had fouled the lake, a \
     charge the company denied.",
    &[("Sweden", "sweden", L), ("Nordkem", "nordkem", O)],
    [("sweden", A), ("nordkem", D)]
);
t!(
    the_company_said_after_its_name,
    "Nordkem rejected the findings. \"Our tanks are sound,\" the company said.",
    &[("Nordkem", "nordkem", O)],
    [("nordkem", D), ("nordkem", A)]
);
t!(
    reported_that_is_a_claim_beside_a_denial,
    "The group Clean Water first reported in May that the tank leaked, a claim the \
     company Nordkem dismissed.",
    &[("Clean Water", "clean-water", O), ("Nordkem", "nordkem", O)],
    [("clean-water", A), ("nordkem", D)]
);
t!(
    the_country_is_the_country_speaking,
    "Chile said the mine was safe. The country's health ministry said it had sent \
     doctors.",
    &[("Chile", "chile", L)],
    [("chile", A), ("chile", A)]
);
t!(
    a_based_place_describes_the_speaker,
    "The Lima-based group Agua Clara said the river was green.",
    &[("Lima", "lima", L), ("Agua Clara", "agua-clara", O)],
    [("agua-clara", A)]
);
t!(
    name_with_office_in_apposition,
    "Marek Nowak, Poland's ambassador to Japan, said the visit went well.",
    &[
        ("Marek Nowak", "marek-nowak", P),
        ("Poland", "poland", L),
        ("Japan", "japan", L)
    ],
    [("marek-nowak", A)]
);

#[test]
fn unnamed_actors_take_the_lexicon_demonym() {
    let mut doc = doc_with(
        "A spokesperson for Canada's embassy said the case was closed.",
        &[("Canada", "canada", L)],
    );
    annotate(&mut doc);
    assert_eq!(
        doc.statements[0].speaker.as_deref(),
        Some("canadian-official")
    );
    let e = doc
        .entities
        .iter()
        .find(|e| e.id == "canadian-official")
        .unwrap();
    assert_eq!(e.name, "Canadian official");
}
t!(
    so_called_is_no_speech_verb,
    "Chile's army said the drills were a reply to Peru's so-called Condor exercise.",
    &[("Chile", "chile", L), ("Peru", "peru", L)],
    [("chile", A)]
);
t!(
    an_official_is_not_the_body_whose_claims_he_answers,
    "Responding to allegations by the Pentagon, a Cuban defense official said the \
     island had never hosted foreign troops.",
    &[("Pentagon", "pentagon", O), ("Cuban", "cuban", N)],
    [("cuban-official", D)]
);
t!(
    a_demonym_speaker_is_its_country,
    "Iran has rejected American claims that it sold drones to Sudan.",
    &[
        ("Iran", "iran", L),
        ("American", "american", N),
        ("Sudan", "sudan", L),
        ("United States", "united-states", L)
    ],
    [("iran", D), ("united-states", A)]
);
t!(
    the_statement_is_the_speakers_own_not_a_cited_claim,
    "A Cuban official denied the charge. The denial followed reports from Washington \
     that Cuba had hosted troops. \"We never did,\" the statement said.",
    &[
        ("Cuban", "cuban", N),
        ("Washington", "united-states", L),
        ("Cuba", "cuba", L)
    ],
    [
        ("cuban-official", D),
        ("united-states", A),
        ("cuban-official", D)
    ]
);
t!(
    a_warning_noun_attributes_nothing,
    "Chile's latest warning to Peru came a day after its last protest.",
    &[("Chile", "chile", L), ("Peru", "peru", L)],
    []
);
t!(
    with_x_vowing,
    "The warning came a day after the vote, with Chile on Monday vowing a firm response.",
    &[("Chile", "chile", L)],
    [("chile", A)]
);
t!(
    found_no_denies,
    "\"Our inspectors found no cracks in the dam,\" Ana Lopes said.",
    &[("Ana Lopes", "ana-lopes", P)],
    [("ana-lopes", D)]
);

#[test]
fn an_entity_is_found_by_id_in_the_sorted_part_and_after_it() {
    let list: Vec<Entity> = ["ana", "bo", "cy", "zed", "al", "bo"]
        .iter()
        .enumerate()
        .map(|(i, id)| Entity {
            id: id.to_string(),
            name: format!("{id} {i}"),
            kind: EntityType::Person,
            aliases: Vec::new(),
        })
        .collect();
    let sorted = 4; // ana bo cy zed, then al and a second bo
    for id in ["ana", "bo", "cy", "zed", "al", "dee", ""] {
        let want = list.iter().find(|e| e.id == id).map(|e| &e.name);
        for s in [0, 1, sorted] {
            assert_eq!(
                entity_by_id(&list, s, id).map(|e| &e.name),
                want,
                "{id:?} with {s} sorted"
            );
        }
    }
}
