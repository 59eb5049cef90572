//! A synthetic news corpus for benchmarks and tests: deterministic for a
//! seed (a splitmix64 generator, the same natively and in wasm), articles
//! of about 3.7 KB (headline and body, the seed articles' size) on made-up
//! stories about floods, strikes, elections, tenders and the like in a
//! general set of countries, with named people who assert, deny and
//! qualify the same claims across outlets, so the analysis finds
//! speakers, stances and propositions. Nothing in it is about the seed
//! story.
//!
//! The web app never calls this module, so it adds nothing to its wasm.
//!
//! ```
//! use crossread_core::synth;
//! let a = synth::corpus(20, 7);
//! assert_eq!(a, synth::corpus(20, 7));
//! assert_ne!(a, synth::corpus(20, 8));
//! assert_eq!(a.articles.len(), 20);
//! assert!(a.validate().is_ok());
//! let mean = synth::mean_bytes(&a);
//! assert!((3000.0..4500.0).contains(&mean), "{mean}");
//! ```

use crate::corpus::ingest::{ArticleMeta, RawFile, SourceMeta};
use crate::corpus::{Article, Basis, Document};

/// splitmix64: small, fast, and good enough for text.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// One item of a non-empty list.
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Country, capital, demonym.
const COUNTRIES: &str = "Kenya/Nairobi/Kenyan; Ghana/Accra/Ghanaian; Brazil/Brasilia/Brazilian; \
    Chile/Santiago/Chilean; Peru/Lima/Peruvian; Norway/Oslo/Norwegian; \
    Finland/Helsinki/Finnish; Portugal/Lisbon/Portuguese; Vietnam/Hanoi/Vietnamese; \
    Indonesia/Jakarta/Indonesian; Morocco/Rabat/Moroccan; Argentina/Buenos Aires/Argentine; \
    Colombia/Bogotá/Colombian; Ireland/Dublin/Irish; Senegal/Dakar/Senegalese; \
    Malaysia/Kuala Lumpur/Malaysian; Austria/Vienna/Austrian; Denmark/Copenhagen/Danish; \
    Uruguay/Montevideo/Uruguayan; Iceland/Reykjavík/Icelandic";

const GIVEN: &str =
    "Ana Maria José Lucia Tomas Priya Kofi Amina Søren Ingrid Mateo Camila Omar Fatima Jonas \
    Elena Diego Sofia Pedro Aisha Kwame Leila Hugo Clara Rafael Nadia Emil Zoë Françoise \
    Łukasz Mária Ólafur Renée Tariq Yusuf Hana Grace Samuel Irene Victor";

const FAMILY: &str =
    "Ruiz Mensah Okafor Silva Costa Haugen Virtanen Santos Pereira Rahman Benali Diallo \
    Ndiaye Murphy Byrne Gruber Jensen Larsen Álvarez Núñez Gonçalves Müller Kowalski \
    Hosseini Otieno Kamau Mwangi Herrera Castillo Morales Ortiz Fischer Lindqvist Novak \
    Horvat Osei Boateng Andersen Salazar Guðmundsson";

/// Titles before a name, and the same role after one (`the ...`).
const TITLES: &str = "Finance Minister/finance minister; Transport Minister/transport minister; \
    Health Minister/health minister; Interior Minister/interior minister; \
    Prime Minister/prime minister; President/president; Governor/governor; Mayor/mayor; \
    spokeswoman/government spokeswoman; spokesman/government spokesman; \
    union leader/union leader; chief executive/chief executive; \
    opposition leader/opposition leader; police chief/police chief; \
    economist/senior economist";

const OUTLETS: &str =
    "The Morning Ledger; Coastal Herald; Metro Tribune; The Daily Courier; Valley Gazette; \
    The Continental; Riverside Times; Capital Observer; The Evening Chronicle; \
    Harbour Post; Plains Review; The National Record";

const AGENCIES: &str = "dpa; EFE; ANSA; Kyodo; Lusa; PA Media; Anadolu; Bernama; Antara; NTB";

/// The stories, separated by blank lines, each on four lines: the
/// organisation its people speak for; headline patterns (`{D}` demonym,
/// `{C}` country, `{K}` capital); words of its topic; the claims its
/// speakers argue about.
const STORIES: &str = "
the Port Authority
{D} dock workers extend strike as talks stall; Port strike in {K} enters second week; Exporters count the cost of {D} port shutdown
strike; port; dock workers; container terminal; cargo backlog
the strike at the port would end by Friday; dock workers had been offered a nine percent raise; the shutdown was costing exporters millions every day; the union had broken the wage agreement

the Water Board
Floods force thousands from homes in {C}; {D} towns brace for more rain as rivers rise; Anger grows over flood warnings in {C}
floods; river; rainfall; evacuation; relief camps
the dams had been opened without warning; relief funds had reached fewer than half of the families; the river would crest again within days; the flood warning system had failed

the Central Bank
{D} central bank holds rates as prices climb; Inflation in {C} eases for a third month; Currency slides after surprise decision in {K}
interest rates; inflation; currency; bond market; consumer prices
interest rates would rise again in the autumn; inflation had peaked in the spring; the currency was undervalued; the bank had acted too late

the Electoral Commission
Vote count delayed in {C} as both sides claim victory; {D} opposition demands recount; Observers praise turnout in {C} election
election; ballots; recount; polling stations; turnout
the vote count had been tampered with; turnout had reached a record high; the commission would publish the full results; observers had been blocked from polling stations

the Fire Service
Wildfire near {K} forces evacuations; {D} firefighters battle blaze for fifth day; Questions mount over wildfire response in {C}
wildfire; blaze; firefighters; evacuation orders; scorched hillsides
the fire had been started deliberately; firefighters had contained the blaze; the evacuation orders had come too late; the forest service had cut its budget

the National Rail Company
Rail tender in {C} under scrutiny; {D} minister defends high-speed line; Bidders cry foul over {D} rail contract
rail line; tender; contract; bidders; construction costs
the tender for the new rail line had been rigged; the contract would create four thousand jobs; the cost of the line had doubled; the minister had met the bidders in private

the Health Ministry
Hospitals in {C} stretched as winter virus spreads; {D} doctors warn of staff shortages; Waiting lists fall in {C}, ministry says
hospitals; waiting lists; nurses; clinics; vaccination campaign
the hospitals were running out of beds; the new vaccine had been tested on too few patients; waiting lists had fallen by a third; the clinics would stay open over the holidays

the Fisheries Agency
{D} fishing fleet protests quota cut; Trawlers spotted in protected waters off {C}; Fish stocks recover along {D} coast
fishing quota; trawlers; fish stocks; protected zone; harbour
the fishing quota would be cut by a fifth; foreign trawlers had entered the protected zone; fish stocks were recovering; the fleet had ignored the seasonal ban

the Mining Council
Villagers sue copper miner in {C}; {D} mine halts work after spill; Copper exports surge in {C}
copper mine; spill; villagers; mining licence; compensation
the mine had polluted the river; the company would pay compensation to the villages; the mining licence had expired; exports of copper had doubled

the Water Board
Drought tightens grip on {C}; {D} farmers face water rationing; Reservoirs near {K} hit record low
drought; reservoirs; water rationing; harvest; pipeline
the reservoirs were at their lowest level in decades; water rationing would begin next month; farmers had drained the wetlands; the new pipeline would be finished by December

the Civil Aviation Authority
{D} airline seeks rescue as losses mount; New terminal at {K} airport delayed again; Controllers threaten strike at {D} airports
airline; terminal; air traffic controllers; flights; passengers
the national airline was close to bankruptcy; the new terminal would open in March; air traffic controllers would strike over the holidays; safety checks had been skipped

the Trade Ministry
Trade talks resume in {K}; {D} exporters hope for tariff relief; Trade deal stalls over farm subsidies
trade talks; tariffs; exporters; farm subsidies; negotiators
the trade agreement would be signed next week; tariffs on steel would be lifted; the talks had collapsed; farm subsidies were blocking a deal

the Data Protection Office
Millions of customers hit by data breach in {C}; {D} regulator opens inquiry into telecom leak; Telecom firm apologises for breach
data breach; customers; regulator; passwords; telecom firm
the data of two million customers had been stolen; the company had hidden the breach for months; the regulator would fine the company; no payment details had been exposed

the Housing Agency
Rents soar in {K} as housing shortage bites; {D} government unveils housing plan; Tenants march against evictions in {C}
rents; housing plan; tenants; evictions; public land
rents had risen by twelve percent; the city would build ten thousand homes; the housing agency had sold public land cheaply; evictions had doubled since the spring

the Meteorological Office
Storm bears down on {D} coast; Power cuts after storm lashes {C}; Shelters fill as storm nears {K}
storm; power grid; shelters; coastal villages; emergency crews
the storm would make landfall on Sunday; the power grid would be restored within a week; the shelters were overcrowded; the warnings had reached every village

the Anti-Corruption Commission
{D} governor questioned in bribery probe; Auditors find missing funds in {C}; Corruption inquiry widens in {K}
bribery probe; auditors; missing funds; investigation; prosecutors
the governor had taken bribes; the investigation had been closed under pressure; the auditor had found missing funds; the documents had been forged
";

const WEEKDAYS: &str = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

const MONTHS: &str = "January February March April May June July August September October \
    November December";

const ADJECTIVES: &str = "new local regional national public private rural urban economic \
    political senior former official independent annual emergency temporary major small large \
    recent growing difficult sharp steady cautious formal joint coastal northern southern \
    eastern western central industrial agricultural financial legal municipal parliamentary";

const NOUNS: &str = "government ministry parliament council committee report budget plan \
    policy programme proposal decision agreement dispute inquiry review market economy industry \
    company workers families residents farmers officials lawmakers analysts experts critics \
    investors prices costs wages taxes subsidies loans exports imports roads bridges schools \
    hospitals courts police unions businesses households region province district city capital \
    border coast highway factory warehouse office statement interview briefing meeting summit \
    session vote law bill reform strategy forecast survey figures data records documents";

const VERBS_PAST: &str = "approved rejected delayed announced reviewed expanded reduced \
    extended suspended launched criticised welcomed questioned examined postponed funded \
    blocked backed opposed revised";

const VERBS_BASE: &str = "approve reject delay announce review expand reduce extend suspend \
    launch support fund block revise improve protect restore limit";

const METRICS: &str = "industrial output; retail sales; unemployment; food prices; fuel prices; \
    tourist arrivals; factory orders; household spending; public debt; rail traffic";

/// Syllables of made-up names of towns and firms.
const SYLLABLES: &str = "ka lo ri ve mun dor sa ti bel an quo ez ol ra ne vi";

/// A story of [`STORIES`].
struct Story {
    org: &'static str,
    headlines: Vec<&'static str>,
    topic: Vec<&'static str>,
    claims: Vec<&'static str>,
}

/// The items of a `;`-separated list.
fn list(text: &'static str) -> Vec<&'static str> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every list, split once.
struct Vocab {
    countries: Vec<(&'static str, &'static str, &'static str)>,
    titles: Vec<(&'static str, &'static str)>,
    given: Vec<&'static str>,
    family: Vec<&'static str>,
    outlets: Vec<&'static str>,
    agencies: Vec<&'static str>,
    stories: Vec<Story>,
    weekdays: Vec<&'static str>,
    months: Vec<&'static str>,
    adjectives: Vec<&'static str>,
    nouns: Vec<&'static str>,
    verbs_past: Vec<&'static str>,
    verbs_base: Vec<&'static str>,
    metrics: Vec<&'static str>,
    syllables: Vec<&'static str>,
}

impl Vocab {
    fn new() -> Self {
        let words = |s: &'static str| s.split_whitespace().collect::<Vec<_>>();
        let parts = |s: &'static str| {
            let mut p = s.split('/');
            let mut next = || p.next().unwrap_or("");
            (next(), next(), next())
        };
        Vocab {
            countries: list(COUNTRIES).into_iter().map(parts).collect(),
            titles: list(TITLES)
                .into_iter()
                .map(parts)
                .map(|(a, b, _)| (a, b))
                .collect(),
            given: words(GIVEN),
            family: words(FAMILY),
            outlets: list(OUTLETS),
            agencies: list(AGENCIES),
            stories: STORIES
                .split("\n\n")
                .filter_map(|block| {
                    let mut lines = block.trim().lines().map(list);
                    Some(Story {
                        org: lines.next()?.first().copied()?,
                        headlines: lines.next()?,
                        topic: lines.next()?,
                        claims: lines.next()?,
                    })
                })
                .collect(),
            weekdays: words(WEEKDAYS),
            months: words(MONTHS),
            adjectives: words(ADJECTIVES),
            nouns: words(NOUNS),
            verbs_past: words(VERBS_PAST),
            verbs_base: words(VERBS_BASE),
            metrics: list(METRICS),
            syllables: words(SYLLABLES),
        }
    }

    /// A made-up name: one of 65,536, drawn about log-uniformly (a number
    /// below a random power of two) so that a few are common and most are
    /// rare, as the names in real news are. Integers only, so natively and
    /// in wasm alike.
    fn name(&self, rng: &mut Rng) -> String {
        let bits = 1 + rng.below(16);
        let mut k = rng.below(1 << bits);
        let n = self.syllables.len().max(1);
        let mut s = String::new();
        for i in 0..4 {
            if i < 3 || k > 0 {
                s.push_str(self.syllables.get(k % n).copied().unwrap_or(""));
                k /= n;
            }
        }
        capitalise(&s)
    }
}

/// Fills `{D}`, `{C}` and `{K}` in a pattern.
fn fill(pattern: &str, place: (&str, &str, &str)) -> String {
    pattern
        .replace("{C}", place.0)
        .replace("{K}", place.1)
        .replace("{D}", place.2)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One article's story, place and people.
struct Scene<'v> {
    story: &'v Story,
    /// Country, capital, demonym.
    place: (&'v str, &'v str, &'v str),
    /// Titles (before and after a name) and names.
    people: Vec<((&'v str, &'v str), String)>,
}

/// One sentence in which someone takes a stance on one of the claims.
fn statement(rng: &mut Rng, v: &Vocab, s: &Scene) -> String {
    let claim = rng.pick(&s.story.claims);
    let ((title, role), name) = &s.people[rng.below(s.people.len())];
    let day = rng.pick(&v.weekdays);
    let org = capitalise(s.story.org);
    let title = capitalise(title);
    match rng.below(9) {
        0 => format!("{title} {name} said on {day} that {claim}."),
        1 => format!("{name}, the {role}, denied that {claim}."),
        2 => format!("{org} rejected claims that {claim}, calling them unfounded."),
        3 => format!(
            "\"{},\" {name} told reporters in {}.",
            capitalise(claim),
            s.place.1
        ),
        4 => format!("{name} said it was not clear whether {claim}."),
        5 => format!("{org} confirmed on {day} that {claim}."),
        6 => format!("{title} {name} warned that {claim}."),
        7 => format!("{name} dismissed reports that {claim} as false."),
        _ => format!("{} {role} insisted that {claim}.", s.place.2),
    }
}

/// One sentence of narration.
fn narration(rng: &mut Rng, v: &Vocab, s: &Scene) -> String {
    let (country, capital, demonym) = s.place;
    let topic = rng.pick(&s.story.topic);
    let noun = rng.pick(&v.nouns);
    let adj = rng.pick(&v.adjectives);
    let month = rng.pick(&v.months);
    let day = rng.pick(&v.weekdays);
    let past = rng.pick(&v.verbs_past);
    let base = rng.pick(&v.verbs_base);
    match rng.below(11) {
        0 => format!(
            "The {adj} {noun} in {capital} {past} the {} on {day}, in a move backed by {}.",
            rng.pick(&v.nouns),
            s.story.org
        ),
        1 => format!("{demonym} officials have {past} the {adj} {noun} since {month}."),
        2 => format!(
            "Figures released on {day} showed that {} {} {}.{} percent in {month}.",
            rng.pick(&v.metrics),
            if rng.chance(50) { "rose" } else { "fell" },
            rng.below(12),
            rng.below(10)
        ),
        3 => format!(
            "Residents of {} near {capital} described {adj} scenes as the {topic} dominated the {noun}.",
            v.name(rng)
        ),
        4 => format!(
            "The {topic} is expected to {base} the {adj} {noun} over the coming {}.",
            if rng.chance(50) { "weeks" } else { "months" }
        ),
        5 => format!("Analysts said the {topic} could {base} {adj} {noun} across {country}."),
        6 => format!("In {month}, the government announced a {adj} plan to {base} the {topic}."),
        7 => {
            let ((_, role), name) = &s.people[rng.below(s.people.len())];
            format!(
                "{name}, who has been {role} since {}, is due to visit the {} next {day}.",
                2010 + rng.below(13),
                rng.pick(&["region", "coast", "capital", "border towns", "north"])
            )
        }
        8 => format!(
            "More than {},{:03} people in {} and {} were affected by the {topic} this year.",
            1 + rng.below(40),
            rng.below(1000),
            v.name(rng),
            v.name(rng)
        ),
        9 => format!(
            "The {topic} has become a {adj} test for the {} {noun}.",
            rng.pick(&v.adjectives)
        ),
        _ => format!(
            "{} {}, a {adj} firm based in {}, {past} the {noun} in {month}.",
            v.name(rng),
            rng.pick(&["Holdings", "Group", "Logistics", "Partners", "Energy", "Foods"]),
            v.name(rng)
        ),
    }
}

/// One article; `i` numbers it.
fn article(rng: &mut Rng, v: &Vocab, i: usize, width: usize) -> Article {
    let story = &v.stories[rng.below(v.stories.len())];
    let place = v.countries[rng.below(v.countries.len())];
    let people = (0..3 + rng.below(3))
        .map(|_| {
            let title = v.titles[rng.below(v.titles.len())];
            (
                title,
                format!("{} {}", rng.pick(&v.given), rng.pick(&v.family)),
            )
        })
        .collect();
    let scene = Scene {
        story,
        place,
        people,
    };
    let mut a = Article::empty(&format!("synth-{i:0width$}"));
    a.source_file = format!("{}.txt", a.id);
    a.headline = fill(rng.pick(&story.headlines), place);
    a.outlet = Some(rng.pick(&v.outlets).to_string());
    a.outlet_basis = Some(Basis::Sidecar);
    if rng.chance(45) {
        a.wire_agency = Some(rng.pick(&v.agencies).to_string());
    }
    a.published = Some(format!(
        "2023-{:02}-{:02}",
        1 + rng.below(12),
        1 + rng.below(28)
    ));
    a.dateline = Some(place.1.to_uppercase());
    // Lengths spread evenly around the mean.
    let target = 1_960 + rng.below(3_300);
    let mut body = String::with_capacity(target + 300);
    while body.len() + a.headline.len() < target {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        for k in 0..2 + rng.below(3) {
            if k > 0 {
                body.push(' ');
            }
            let s = if rng.chance(12) {
                statement(rng, v, &scene)
            } else {
                narration(rng, v, &scene)
            };
            body.push_str(&s);
        }
    }
    a.body = body;
    a
}

/// A corpus of `articles` synthetic articles, the same for the same seed.
/// Ids are `synth-0…` numbered in order (so sorted), the analysis arrays
/// are empty: run [`crate::analyze`] for them.
pub fn corpus(articles: usize, seed: u64) -> Document {
    let mut rng = Rng::new(seed);
    let vocab = Vocab::new();
    let width = articles.saturating_sub(1).to_string().len();
    Document {
        articles: (0..articles)
            .map(|i| article(&mut rng, &vocab, i, width))
            .collect(),
        ..Document::default()
    }
}

/// The articles of `doc` as raw pages, the way a reader would import them:
/// one `<id>.txt` per article (headline, blank line, body), and a sidecar
/// with what a page does not say (outlet, date, wire agency).
///
/// ```
/// use crossread_core::synth;
/// let doc = synth::corpus(3, 1);
/// let (files, meta) = synth::raw_pages(&doc);
/// assert_eq!(files.len(), 3);
/// assert_eq!(files[0].name, format!("{}.txt", doc.articles[0].id));
/// assert!(files[0].text.starts_with(&doc.articles[0].headline));
/// assert_eq!(meta.articles.keys().count(), 3);
/// ```
pub fn raw_pages(doc: &Document) -> (Vec<RawFile>, SourceMeta) {
    let mut meta = SourceMeta::default();
    let files = doc
        .articles
        .iter()
        .map(|a| {
            meta.articles.insert(
                a.id.clone(),
                ArticleMeta {
                    outlet: a.outlet.clone(),
                    published: a.published.clone(),
                    url: None,
                    wire_agency: a.wire_agency.clone(),
                },
            );
            RawFile::new(
                &format!("{}.txt", a.id),
                &format!("{}\n\n{}\n", a.headline, a.body),
            )
        })
        .collect();
    (files, meta)
}

/// [`crate::analyze`] run on `batch` articles at a time (in id order), the
/// results merged: entities by id, propositions by label, statements and
/// propositions numbered afresh. The analysis groups statements into
/// propositions by comparing every pair, which takes minutes for the
/// 70,000 statements of 10,000 synthetic articles; in batches it takes
/// seconds, and since the synthetic claims repeat word for word, merging
/// by label joins what one run would have joined.
pub fn analyze_in_batches(mut doc: Document, batch: usize) -> Document {
    use std::collections::BTreeMap;
    crate::sort::by(&mut doc.articles, &|a, b| a.id.cmp(&b.id));
    let mut out = Document::default();
    let mut entities: BTreeMap<String, crate::corpus::Entity> = BTreeMap::new();
    let mut by_label: BTreeMap<String, usize> = BTreeMap::new();
    let articles = std::mem::take(&mut doc.articles);
    for chunk in articles.chunks(batch.max(1)) {
        let part = crate::analyze(Document {
            articles: chunk.to_vec(),
            ..Document::default()
        });
        for e in part.entities {
            entities.entry(e.id.clone()).or_insert(e);
        }
        let labels: BTreeMap<&str, &str> = part
            .propositions
            .iter()
            .map(|p| (p.id.as_str(), p.label.as_str()))
            .collect();
        for mut st in part.statements {
            st.id = format!("s{}", out.statements.len() + 1);
            if let Some(label) = st.proposition.as_deref().and_then(|p| labels.get(p)) {
                let next = out.propositions.len();
                let k = *by_label.entry(label.to_string()).or_insert(next);
                if k == next {
                    out.propositions.push(crate::corpus::Proposition {
                        id: format!("p{}", k + 1),
                        label: label.to_string(),
                        statements: Vec::new(),
                    });
                }
                out.propositions[k].statements.push(st.id.clone());
                st.proposition = Some(out.propositions[k].id.clone());
            }
            out.statements.push(st);
        }
        out.articles.extend(part.articles);
    }
    out.entities = entities.into_values().collect();
    out
}

/// The mean length of an article, headline plus body, in bytes (0 for no
/// article).
pub fn mean_bytes(doc: &Document) -> f64 {
    let total: usize = doc
        .articles
        .iter()
        .map(|a| a.headline.len() + a.body.len())
        .sum();
    total as f64 / doc.articles.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_of_the_seed_story() {
        let doc = corpus(300, 1);
        let json = doc.to_json().to_lowercase();
        for word in [
            "korea",
            "russia",
            "pyongyang",
            "kcna",
            "artillery",
            "shell",
            "ammunition",
            "weapon",
            "arms",
            "ukraine",
            "kirby",
            "kim ",
            "washington",
            "groundless",
            "moscow",
            "seoul",
            "putin",
            "reuters",
            "afp",
            "yonhap",
        ] {
            assert!(!json.contains(word), "{word}");
        }
    }

    #[test]
    fn batches_give_a_valid_analysis_with_facets() {
        let doc = analyze_in_batches(corpus(60, 3), 25);
        assert!(doc.validate().is_ok());
        assert_eq!(doc.articles.len(), 60);
        assert!(doc.statements.len() > 60, "{}", doc.statements.len());
        assert!(doc
            .statements
            .iter()
            .any(|s| s.stance == crate::corpus::Stance::Denies));
        assert!(doc.statements.iter().any(|s| s.speaker.is_some()));
        let props = doc.propositions.len();
        assert!(props > 10 && props < doc.statements.len(), "{props}");
        assert!(doc
            .propositions
            .iter()
            .any(|p| p.label.contains("had been rigged")));
    }

    #[test]
    fn mean_length_is_near_the_seeds() {
        let mean = mean_bytes(&corpus(1000, 42));
        assert!((3500.0..3900.0).contains(&mean), "{mean}");
    }
}
