//! Table-driven tests of the entity rules on small made-up sentences (none
//! from the seed articles): each case lists the mentions expected as
//! `text=type:entity`, in order.

use crossread_core::corpus::{Article, Document};
use crossread_core::entity::{self, role_descriptions};

fn doc_of(bodies: &[&str]) -> Document {
    let mut doc = Document::default();
    for (i, b) in bodies.iter().enumerate() {
        let mut a = Article::empty(&format!("a{i}"));
        a.body = b.to_string();
        doc.articles.push(a);
    }
    entity::annotate(&mut doc);
    doc
}

fn tags(doc: &Document, i: usize) -> Vec<String> {
    doc.articles[i]
        .mentions
        .iter()
        .map(|m| format!("{}={}:{}", m.text, m.kind.word(), m.entity))
        .collect()
}

/// Only the person/org/place/nationality mentions of one text.
fn core_tags(body: &str) -> Vec<String> {
    tags(&doc_of(&[body]), 0)
        .into_iter()
        .filter(|t| !t.contains("=date:") && !t.contains("=quantity:") && !t.contains("=event:"))
        .collect()
}

macro_rules! t {
    ($name:ident, $input:expr, $expected:expr) => {
        #[test]
        fn $name() {
            let expected: &[&str] = &$expected;
            assert_eq!(core_tags($input), expected, "input: {}", $input);
        }
    };
}

// Titles and roles stay outside a person's span.
t!(
    title_lowercase_before_name,
    "Later, spokesman Ana Ruiz declined to comment.",
    ["Ana Ruiz=person:ana-ruiz"]
);
t!(
    title_capitalised_before_name,
    "Foreign Minister Sergei Lavrov flew home.",
    ["Sergei Lavrov=person:sergei-lavrov"]
);
t!(
    title_with_org_before,
    "UN Secretary-General Ban Ki-moon spoke.",
    ["UN=org:united-nations", "Ban Ki-moon=person:ban-ki-moon"]
);
t!(
    office_of_state,
    "Secretary of State Hillary Clinton arrived.",
    ["Hillary Clinton=person:hillary-clinton"]
);
t!(capitalised_modifiers_before_lower_title,
   "Pentagon Press Secretary Pat Ryder and White House National Security spokesperson Dana Ortiz spoke.",
   ["Pentagon=org:pentagon", "Pat Ryder=person:pat-ryder", "White House=org:white-house", "Dana Ortiz=person:dana-ortiz"]);
t!(
    abbreviated_title,
    "Mr. Okafor and Dr. Lena Vogt met.",
    ["Okafor=person:okafor", "Lena Vogt=person:lena-vogt"]
);

// Possessives stay outside the span.
t!(
    possessive_outside,
    "Chile's president and Peru\u{2019}s army met Amos Oz's son.",
    [
        "Chile=place:chile",
        "Peru=place:peru",
        "Amos Oz=person:amos-oz"
    ]
);
t!(
    possessive_s_apostrophe,
    "Marcus Reyes' remarks angered Paraguay.",
    [
        "Marcus Reyes=person:marcus-reyes",
        "Paraguay=place:paraguay"
    ]
);

// Hyphenated compounds split into their parts.
t!(
    hyphen_country_demonym,
    "the U.S.-Japanese drills and Franco-German ties",
    [
        "U.S.=place:united-states",
        "Japanese=nationality:japanese",
        "German=nationality:german"
    ]
);
t!(
    hyphen_two_countries,
    "the Russia-Ukraine talks and Moscow-backed rebels",
    [
        "Russia=place:russia",
        "Ukraine=place:ukraine",
        "Moscow=place:russia"
    ]
);
t!(
    hyphen_made_and_era,
    "Turkish-made drones and Soviet-era tanks",
    ["Turkish=nationality:turkish", "Soviet=nationality:soviet"]
);

// Acronyms.
t!(
    known_acronyms,
    "The IAEA and NATO briefed the EU.",
    [
        "IAEA=org:international-atomic-energy-agency",
        "NATO=org:nato",
        "EU=org:european-union"
    ]
);
t!(
    unknown_acronym_spelled_out,
    "The Federal Aviation Administration (FAA) grounded jets; the FAA said so.",
    [
        "Federal Aviation Administration=org:federal-aviation-administration",
        "FAA=org:federal-aviation-administration",
        "FAA=org:federal-aviation-administration"
    ]
);
t!(not_acronyms, "GDP rose as TV ratings fell.", []);

// Sentence-initial capitals that are not names.
t!(
    sentence_initial_common,
    "Officials said the plan failed. Earlier this month, Analysts warned.",
    []
);
t!(
    sentence_initial_participle,
    "Speaking in Lima, the mayor agreed. Asked why, she left.",
    ["Lima=place:peru"]
);
t!(
    headline_line_is_not_names,
    "Floods Ravage Coastal Towns\n\nRain fell in Kenya.",
    ["Kenya=place:kenya"]
);

// Name shapes.
t!(
    korean_names,
    "Kim Yo Jong and Lee Jae-myung traded barbs.",
    [
        "Kim Yo Jong=person:kim-yo-jong",
        "Lee Jae-myung=person:lee-jae-myung"
    ]
);
t!(
    russian_names,
    "Sergei Lavrov met Maria Zakharova and Dmitry Peskov.",
    [
        "Sergei Lavrov=person:sergei-lavrov",
        "Maria Zakharova=person:maria-zakharova",
        "Dmitry Peskov=person:dmitry-peskov"
    ]
);
t!(
    arabic_names,
    "Abdel Fattah al-Sisi hosted Mohammed bin Salman.",
    [
        "Abdel Fattah al-Sisi=person:abdel-fattah-al-sisi",
        "Mohammed bin Salman=person:mohammed-bin-salman"
    ]
);
t!(
    persian_names,
    "Mohammad Javad Zarif and Hassan Rouhani disagreed.",
    [
        "Mohammad Javad Zarif=person:mohammad-javad-zarif",
        "Hassan Rouhani=person:hassan-rouhani"
    ]
);

// Capitals acting as governments, datelines as cities.
t!(
    capital_as_government,
    "Beijing said it would retaliate, and Ottawa agreed.",
    ["Beijing=place:china", "Ottawa=place:canada"]
);
t!(
    dateline_is_city,
    "NAIROBI, Kenya \u{2014} Protests spread.",
    ["NAIROBI=place:nairobi", "Kenya=place:kenya"]
);
t!(
    official_names,
    "The DPRK, the ROK and the People's Republic of China met.",
    [
        "DPRK=place:north-korea",
        "ROK=place:south-korea",
        "People's Republic of China=place:china"
    ]
);
t!(
    us_spellings,
    "U.S. and US troops; the United States and America",
    [
        "U.S.=place:united-states",
        "US=place:united-states",
        "United States=place:united-states",
        "America=place:united-states"
    ]
);

// Organisations.
t!(
    ministry_of,
    "the Ministry of Foreign Affairs and the Russian Ministry of Defence",
    [
        "Ministry of Foreign Affairs=org:ministry-of-foreign-affairs",
        "Russian=nationality:russian",
        "Ministry of Defence=org:ministry-of-defence"
    ]
);
t!(
    org_heads,
    "He cited the Brookings Institution and Kenya Airways and Goldman Sachs analyst Ida Holm.",
    [
        "Brookings Institution=org:brookings-institution",
        "Kenya Airways=org:kenya-airways",
        "Goldman Sachs=org:goldman-sachs",
        "Ida Holm=person:ida-holm"
    ]
);
t!(
    outlets,
    "according to The Washington Post and the Guardian",
    [
        "The Washington Post=org:the-washington-post",
        "Guardian=org:the-guardian"
    ]
);

// Demonyms are nationality.
t!(
    demonyms,
    "Iraqi and Kurdish fighters joined Western and Arab envoys.",
    [
        "Iraqi=nationality:iraqi",
        "Kurdish=nationality:kurdish",
        "Western=nationality:western",
        "Arab=nationality:arab"
    ]
);

// Places that no gazetteer lists, found by their context.
t!(
    dateline_unknown_city,
    "TRELLSBORG, Norway (AP) \u{2014} Ferries stopped running.",
    [
        "TRELLSBORG=place:trellsborg",
        "Norway=place:norway",
        "AP=org:associated-press"
    ]
);
t!(
    place_after_preposition,
    "Shelling hit villages around Velmora and near Oskand overnight.",
    ["Velmora=place:velmora", "Oskand=place:oskand"]
);
t!(
    preposition_before_a_full_names_surname_is_a_person,
    "Governor Lena Marsh met voters. Support in Marsh's party held, and trust in Marsh rose.",
    [
        "Lena Marsh=person:lena-marsh",
        "Marsh=person:lena-marsh",
        "Marsh=person:lena-marsh"
    ]
);
t!(
    object_of_confidence_is_no_place,
    "Voters showed little confidence in Harlow.",
    []
);
t!(
    list_before_plural_place_noun,
    "Floods hit Dravik, Ostrel and Kanevo regions.",
    [
        "Dravik=place:dravik",
        "Ostrel=place:ostrel",
        "Kanevo=place:kanevo"
    ]
);
t!(
    x_based,
    "The Quorra-based maker Lindel Aero grew.",
    ["Quorra=place:quorra", "Lindel Aero=org:lindel-aero"]
);
t!(
    place_and_its_state,
    "The plant in Cedar Flats, Oregon, closed; Marlow, Texas-based staff moved.",
    [
        "Cedar Flats=place:cedar-flats",
        "Oregon=place:oregon",
        "Marlow=place:marlow",
        "Texas=place:texas"
    ]
);
t!(
    street_first_word,
    "Crowds filled Rua Augusta and Calle Ancha.",
    [
        "Rua Augusta=place:rua-augusta",
        "Calle Ancha=place:calle-ancha"
    ]
);
t!(
    apposition_to_a_place_noun,
    "Only one port, Sedra al-Bahr, stayed open.",
    ["Sedra al-Bahr=place:sedra-al-bahr"]
);
t!(
    capital_where_something_was_said_is_the_city,
    "Ministers said in Lisbon that Madrid agreed; Lisbon denied it.",
    [
        "Lisbon=place:lisbon",
        "Madrid=place:spain",
        "Lisbon=place:portugal"
    ]
);
t!(
    capital_told_reporters_in,
    "The envoy told reporters in Nairobi that talks would resume.",
    ["Nairobi=place:nairobi"]
);
t!(
    capital_attacked_is_the_city,
    "A drone strike on Kyiv killed two.",
    ["Kyiv=place:kyiv"]
);

// Organisations found by their context.
t!(
    country_possessive_company,
    "Norway's Kvelstad and Chile's Andora bid.",
    [
        "Norway=place:norway",
        "Kvelstad=org:kvelstad",
        "Chile=place:chile",
        "Andora=org:andora"
    ]
);
t!(
    country_possessive_surname_stays_person,
    "Prime Minister Ida Halvorsen spoke. Norway's Halvorsen later left.",
    [
        "Ida Halvorsen=person:ida-halvorsen",
        "Norway=place:norway",
        "Halvorsen=person:ida-halvorsen"
    ]
);
t!(
    such_as_list,
    "It undercut lenders such as Brightwell and Cobaltis.",
    ["Brightwell=org:brightwell", "Cobaltis=org:cobaltis"]
);
t!(
    org_noun_before_and_after,
    "The pollster Vantix and the Orlan institute disagreed with broadcaster Telenord.",
    [
        "Vantix=org:vantix",
        "Orlan=org:orlan",
        "Telenord=org:telenord"
    ]
);
t!(
    company_role_of,
    "Its founder, Ines Varga, left. The chief executive of Talvane, Omar Reyes, stayed. Talvane fell.",
    [
        "Ines Varga=person:ines-varga",
        "Talvane=org:talvane",
        "Omar Reyes=person:omar-reyes",
        "Talvane=org:talvane"
    ]
);
t!(
    shares_on_the_exchange,
    "Its shares fell 3.5% on the Borsa after the report.",
    ["Borsa=org:borsa"]
);
t!(
    the_plural_name_is_a_group,
    "Volunteers from the Blue Lanterns rescue group helped.",
    ["Blue Lanterns=org:blue-lanterns"]
);
t!(
    law_names_are_no_mention,
    "The Clean Harbours Act passed.",
    []
);
t!(
    ordinal_before_court,
    "The 5th Circuit Court of Appeals ruled.",
    ["5th Circuit Court of Appeals=org:5th-circuit-court-of-appeals"]
);
t!(
    mission_to_an_organisation,
    "The Korea Chamber of Commerce to the EU objected.",
    ["Korea Chamber of Commerce to the EU=org:korea-chamber-of-commerce-to-the-eu"]
);
t!(
    demonyms_before_a_national_society,
    "The Kenyan Red Cross and the Lebanese Red Cross helped.",
    [
        "Kenyan Red Cross=org:kenyan-red-cross",
        "Lebanese Red Cross=org:lebanese-red-cross"
    ]
);
t!(
    head_of_chain_takes_it,
    "The Union of Growers met.",
    ["Union of Growers=org:union-of-growers"]
);

// Short forms resolve to the full name given earlier.
t!(
    company_short_form,
    "Morrell Technologies lost. Morrell said it would appeal, and Morrell shares fell.",
    [
        "Morrell Technologies=org:morrell-technologies",
        "Morrell=org:morrell-technologies",
        "Morrell=org:morrell-technologies"
    ]
);
t!(
    org_head_short_form,
    "The Caribbean Commission met. The Commission said no.",
    [
        "Caribbean Commission=org:caribbean-commission",
        "Commission=org:caribbean-commission"
    ]
);
t!(
    bracketed_acronym_is_an_alias,
    "The Green Left Alliance (GLA) and the Farmers' League (BVL) split; the BVL left.",
    [
        "Green Left Alliance=org:green-left-alliance",
        "GLA=org:green-left-alliance",
        "Farmers' League=org:farmers-league",
        "BVL=org:farmers-league",
        "BVL=org:farmers-league"
    ]
);
t!(
    generic_party_name_is_not_a_country_s,
    "She joined the Workers' Party in Recife.",
    ["Workers' Party=org:workers-party", "Recife=place:recife"]
);
t!(
    inner_name_as_short_form,
    "Maria Helena Dantas da Costa won. Dantas thanked voters.",
    [
        "Maria Helena Dantas da Costa=person:maria-helena-dantas-da-costa",
        "Dantas=person:maria-helena-dantas-da-costa"
    ]
);

// "the North" / "the South" after North/South-named countries.
t!(
    the_north_and_south,
    "South Sudan and Sudan clashed; the South blamed Khartoum.",
    [
        "South Sudan=place:south-sudan",
        "Sudan=place:sudan",
        "South=place:south-sudan",
        "Khartoum=place:sudan"
    ]
);
t!(
    the_north_without_country_is_nothing,
    "They drove to the North by train.",
    []
);

#[test]
fn surname_resolves_to_full_name_in_article() {
    let doc = doc_of(&[
        "Prime Minister Nadia Okoro spoke. Okoro later left. Later, Okoro's aide said no.",
    ]);
    assert_eq!(
        tags(&doc, 0),
        [
            "Nadia Okoro=person:nadia-okoro",
            "Okoro=person:nadia-okoro",
            "Okoro=person:nadia-okoro"
        ]
    );
    let e = doc
        .entities
        .iter()
        .find(|e| e.id == "nadia-okoro")
        .expect("entity");
    assert_eq!(e.name, "Nadia Okoro");
    assert_eq!(e.aliases, ["Nadia Okoro", "Okoro"]);
}

#[test]
fn surname_across_articles_only_when_unambiguous() {
    // One Petrov in the corpus: the bare surname elsewhere resolves to him.
    let doc = doc_of(&["Envoy Ivan Petrov arrived.", "Petrov said talks went well."]);
    assert_eq!(tags(&doc, 1), ["Petrov=person:ivan-petrov"]);
    // Two different Lees in two outlets: a bare "Lee" in a third is neither.
    let doc = doc_of(&[
        "Finance Minister Lee Min-ho spoke.",
        "Opposition leader Lee Jun-seok spoke.",
        "Lee said the budget was sound.",
    ]);
    assert_eq!(tags(&doc, 0), ["Lee Min-ho=person:lee-min-ho"]);
    assert_eq!(tags(&doc, 1), ["Lee Jun-seok=person:lee-jun-seok"]);
    assert_eq!(tags(&doc, 2), ["Lee=person:lee"]);
    // Within an article the surname goes to that article's full name.
    let doc = doc_of(&[
        "Finance Minister Lee Min-ho spoke. Lee said growth would pick up.",
        "Opposition leader Lee Jun-seok spoke. Lee disagreed.",
    ]);
    assert_eq!(tags(&doc, 0)[1], "Lee=person:lee-min-ho");
    assert_eq!(tags(&doc, 1)[1], "Lee=person:lee-jun-seok");
}

#[test]
fn unresolved_bare_capitals_are_dropped() {
    // A sentence-initial word with no full name behind it is not a person.
    let doc = doc_of(&["Slapped by fines, Acme Widgets shrugged."]);
    assert!(tags(&doc, 0).iter().all(|t| !t.starts_with("Slapped")));
}

#[test]
fn dates_and_quantities() {
    let doc =
        doc_of(&["On Nov. 2, 2021 and on Friday, 3,000 troops and $4.5 billion arrived in May."]);
    let t = tags(&doc, 0);
    assert!(
        t.contains(&"Nov. 2, 2021=date:nov-2-2021".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"Friday=date:friday".to_string()), "{t:?}");
    assert!(
        t.contains(&"3,000 troops=quantity:3-000-troops".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"$4.5 billion=quantity:4-5-billion".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"May=date:may".to_string()), "{t:?}");
    let doc = doc_of(&["You may go, she said."]);
    assert!(tags(&doc, 0).is_empty());
}

#[test]
fn events() {
    let doc =
        doc_of(&["After the Cold War and Hurricane Katrina, the Iron Shield exercise began."]);
    let t = tags(&doc, 0);
    assert_eq!(
        t,
        [
            "Cold War=event:cold-war",
            "Hurricane Katrina=event:hurricane-katrina",
            "Iron Shield=event:iron-shield"
        ]
    );
}

#[test]
fn unnamed_actors_by_role() {
    let text = "A senior Brazilian defense official said so. An unidentified deputy director of the ministry agreed, \
                and spokesman Ana Ruiz did not.";
    let roles: Vec<String> = role_descriptions(text).into_iter().map(|r| r.id).collect();
    assert_eq!(
        roles,
        [
            "senior-brazilian-defense-official",
            "unidentified-deputy-director"
        ]
    );
    // They are not mentions, and not entities until a statement needs them.
    let doc = doc_of(&[text]);
    assert!(doc.entities.iter().all(|e| !e.id.contains("official")));
    let e = role_descriptions(text)[0].entity();
    assert_eq!(e.name, "senior Brazilian defense official");
}

#[test]
fn output_is_valid_sorted_and_deterministic() {
    let bodies = [
        "SEOUL \u{2014} Kim Jong Un's sister Kim Yo Jong warned Washington. Kim said the U.S.-South Korean drills must stop.",
        "President Emmanuel Macron of France met Olaf Scholz in Berlin. Macron said Europe must act.",
    ];
    let a = doc_of(&bodies);
    let b = doc_of(&bodies);
    assert_eq!(a, b);
    assert!(a.validate().is_ok());
    for art in &a.articles {
        for w in art.mentions.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }
    assert!(a.entities.windows(2).all(|w| w[0].id < w[1].id));
    for e in &a.entities {
        assert!(e.aliases.windows(2).all(|w| w[0] < w[1]));
        assert!(e
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
    }
}
