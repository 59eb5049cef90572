//! General gazetteers as static tables: countries with their official and
//! short names, capitals and demonyms; world regions; major cities and US
//! states; international organisations, government bodies, news agencies
//! and outlets; group adjectives; months and weekdays; and the word lists
//! the rules use (titles, given names, name particles, organisation heads).
//!
//! Nothing here is about one story: the tables are what any English news
//! text may name. They are plain `&str` tables so the wasm build stays small.
//!
//! ```
//! use crossread_core::entity::lexicon::{gazetteer, GazKind};
//!
//! let gaz = gazetteer();
//! let seoul = gaz.iter().find(|e| e.surface == "Seoul").unwrap();
//! assert_eq!(seoul.kind, GazKind::Capital);
//! assert_eq!(seoul.canonical, "South Korea");
//! ```

/// What a gazetteer entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GazKind {
    /// A country or territory (a place, also when it acts).
    Country,
    /// A capital: its country's government when it acts, a city in a dateline.
    Capital,
    /// A region, city, state or other place.
    Place,
    /// A demonym or group adjective (`Russian`, `Western`).
    Nationality,
    /// An organisation, government body, agency or outlet.
    Org,
    /// A month name.
    Month,
    /// A day of the week.
    Weekday,
}

/// One surface form and what it refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazEntry {
    /// The text as it appears (`U.S.`).
    pub surface: &'static str,
    /// The canonical name of what it refers to (`United States`); for a
    /// capital, the name of its country.
    pub canonical: &'static str,
    /// What kind of thing it is.
    pub kind: GazKind,
}

/// Countries: `names|capitals|demonyms`, each `;`-separated, the first name
/// canonical, the first demonym the canonical nationality.
const COUNTRIES: &str = "\
Afghanistan|Kabul|Afghan;Afghans
Albania|Tirana|Albanian;Albanians
Algeria|Algiers|Algerian;Algerians
Andorra||Andorran
Angola|Luanda|Angolan;Angolans
Antigua and Barbuda||Antiguan
Argentina|Buenos Aires|Argentine;Argentinian;Argentines;Argentinians
Armenia|Yerevan|Armenian;Armenians
Australia|Canberra|Australian;Australians
Austria|Vienna|Austrian;Austrians
Azerbaijan|Baku|Azerbaijani;Azerbaijanis;Azeri;Azeris
Bahamas||Bahamian;Bahamians
Bahrain|Manama|Bahraini;Bahrainis
Bangladesh|Dhaka|Bangladeshi;Bangladeshis
Barbados|Bridgetown|Barbadian
Belarus|Minsk|Belarusian;Belarusians
Belgium||Belgian;Belgians
Belize|Belmopan|Belizean
Benin|Porto-Novo|Beninese
Bhutan|Thimphu|Bhutanese
Bolivia|La Paz|Bolivian;Bolivians
Bosnia and Herzegovina;Bosnia|Sarajevo|Bosnian;Bosnians
Botswana|Gaborone|Motswana;Batswana
Brazil|Brasilia;Brasília|Brazilian;Brazilians
Brunei|Bandar Seri Begawan|Bruneian
Bulgaria|Sofia|Bulgarian;Bulgarians
Burkina Faso|Ouagadougou|Burkinabe
Burundi|Gitega|Burundian;Burundians
Cambodia|Phnom Penh|Cambodian;Cambodians
Cameroon|Yaounde;Yaoundé|Cameroonian;Cameroonians
Canada|Ottawa|Canadian;Canadians
Cape Verde;Cabo Verde|Praia|Cape Verdean
Central African Republic|Bangui|Central African
Chad|N'Djamena|Chadian;Chadians
Chile|Santiago|Chilean;Chileans
China;People's Republic of China;PRC;P.R.C.|Beijing|Chinese
Colombia|Bogota;Bogotá|Colombian;Colombians
Comoros|Moroni|Comorian
Republic of the Congo;Congo-Brazzaville|Brazzaville|Congolese
Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo|Kinshasa|Congolese
Costa Rica|San Jose;San José|Costa Rican;Costa Ricans
Croatia|Zagreb|Croatian;Croatians;Croat;Croats
Cuba|Havana|Cuban;Cubans
Cyprus|Nicosia|Cypriot;Cypriots
Czech Republic;Czechia|Prague|Czech;Czechs
Denmark|Copenhagen|Danish;Dane;Danes
Djibouti||Djiboutian
Dominican Republic|Santo Domingo|Dominican;Dominicans
East Timor;Timor-Leste|Dili|Timorese
Ecuador|Quito|Ecuadorian;Ecuadorians
Egypt|Cairo|Egyptian;Egyptians
El Salvador|San Salvador|Salvadoran;Salvadorans
Equatorial Guinea|Malabo|Equatorial Guinean
Eritrea|Asmara|Eritrean;Eritreans
Estonia|Tallinn|Estonian;Estonians
Eswatini;Swaziland|Mbabane|Swazi
Ethiopia|Addis Ababa|Ethiopian;Ethiopians
Fiji|Suva|Fijian;Fijians
Finland|Helsinki|Finnish;Finn;Finns
France|Paris|French;Frenchman;Frenchmen
Gabon|Libreville|Gabonese
Gambia||Gambian;Gambians
Georgia|Tbilisi|Georgian;Georgians
Germany|Berlin|German;Germans
Ghana|Accra|Ghanaian;Ghanaians
Greece|Athens|Greek;Greeks
Guatemala|Guatemala City|Guatemalan;Guatemalans
Guinea|Conakry|Guinean;Guineans
Guinea-Bissau|Bissau|Bissau-Guinean
Guyana|Georgetown|Guyanese
Haiti|Port-au-Prince|Haitian;Haitians
Honduras|Tegucigalpa|Honduran;Hondurans
Hungary|Budapest|Hungarian;Hungarians
Iceland|Reykjavik|Icelandic;Icelander;Icelanders
India|New Delhi|Indian;Indians
Indonesia|Jakarta|Indonesian;Indonesians
Iran;Islamic Republic of Iran|Tehran|Iranian;Iranians;Persian;Persians
Iraq|Baghdad|Iraqi;Iraqis
Ireland;Republic of Ireland|Dublin|Irish
Israel|Jerusalem|Israeli;Israelis
Italy|Rome|Italian;Italians
Ivory Coast;Côte d'Ivoire;Cote d'Ivoire|Yamoussoukro|Ivorian;Ivorians
Jamaica|Kingston|Jamaican;Jamaicans
Japan|Tokyo|Japanese
Jordan|Amman|Jordanian;Jordanians
Kazakhstan|Astana|Kazakh;Kazakhs;Kazakhstani
Kenya|Nairobi|Kenyan;Kenyans
Korea||Korean;Koreans
Kosovo|Pristina|Kosovar;Kosovars
Kuwait|Kuwait City|Kuwaiti;Kuwaitis
Kyrgyzstan|Bishkek|Kyrgyz
Laos|Vientiane|Laotian;Laotians;Lao
Latvia|Riga|Latvian;Latvians
Lebanon|Beirut|Lebanese
Lesotho|Maseru|Basotho
Liberia|Monrovia|Liberian;Liberians
Libya|Tripoli|Libyan;Libyans
Liechtenstein|Vaduz|Liechtensteiner
Lithuania|Vilnius|Lithuanian;Lithuanians
Luxembourg||Luxembourger
Madagascar|Antananarivo|Malagasy
Malawi|Lilongwe|Malawian;Malawians
Malaysia|Kuala Lumpur|Malaysian;Malaysians
Maldives||Maldivian
Mali|Bamako|Malian;Malians
Malta|Valletta|Maltese
Mauritania|Nouakchott|Mauritanian
Mauritius|Port Louis|Mauritian
Mexico|Mexico City|Mexican;Mexicans
Moldova|Chisinau;Chișinău|Moldovan;Moldovans
Monaco||Monegasque
Mongolia|Ulaanbaatar;Ulan Bator|Mongolian;Mongolians
Montenegro|Podgorica|Montenegrin;Montenegrins
Morocco|Rabat|Moroccan;Moroccans
Mozambique|Maputo|Mozambican
Myanmar;Burma|Naypyidaw;Naypyitaw|Burmese
Namibia|Windhoek|Namibian;Namibians
Nepal|Kathmandu|Nepali;Nepalese
Netherlands;Holland|Amsterdam;The Hague|Dutch
New Zealand|Wellington|New Zealander;New Zealanders
Nicaragua|Managua|Nicaraguan;Nicaraguans
Niger|Niamey|Nigerien
Nigeria|Abuja|Nigerian;Nigerians
North Korea;DPRK;D.P.R.K.;Democratic People's Republic of Korea|Pyongyang|North Korean;North Koreans
North Macedonia;Macedonia|Skopje|Macedonian;Macedonians
Norway|Oslo|Norwegian;Norwegians
Oman|Muscat|Omani;Omanis
Pakistan|Islamabad|Pakistani;Pakistanis
Palestine;State of Palestine;Palestinian territories|Ramallah|Palestinian;Palestinians
Panama|Panama City|Panamanian;Panamanians
Papua New Guinea|Port Moresby|Papua New Guinean
Paraguay|Asuncion;Asunción|Paraguayan
Peru|Lima|Peruvian;Peruvians
Philippines|Manila|Filipino;Filipinos;Philippine
Poland|Warsaw|Polish;Pole;Poles
Portugal|Lisbon|Portuguese
Qatar|Doha|Qatari;Qataris
Romania|Bucharest|Romanian;Romanians
Russia;Russian Federation|Moscow|Russian;Russians
Rwanda|Kigali|Rwandan;Rwandans
Samoa|Apia|Samoan
San Marino||Sammarinese
Saudi Arabia;Kingdom of Saudi Arabia|Riyadh|Saudi;Saudis
Senegal|Dakar|Senegalese
Serbia|Belgrade|Serbian;Serbians;Serb;Serbs
Seychelles||Seychellois
Sierra Leone|Freetown|Sierra Leonean
Singapore||Singaporean;Singaporeans
Slovakia|Bratislava|Slovak;Slovaks
Slovenia|Ljubljana|Slovenian;Slovenians;Slovene
Solomon Islands|Honiara|Solomon Islander
Somalia|Mogadishu|Somali;Somalis
South Africa|Pretoria|South African;South Africans
South Korea;Republic of Korea;ROK|Seoul|South Korean;South Koreans
South Sudan|Juba|South Sudanese
Spain|Madrid|Spanish;Spaniard;Spaniards
Sri Lanka|Colombo|Sri Lankan;Sri Lankans
Sudan|Khartoum|Sudanese
Suriname|Paramaribo|Surinamese
Sweden|Stockholm|Swedish;Swede;Swedes
Switzerland|Bern|Swiss
Syria|Damascus|Syrian;Syrians
Taiwan|Taipei|Taiwanese
Tajikistan|Dushanbe|Tajik;Tajiks
Tanzania|Dodoma|Tanzanian;Tanzanians
Thailand|Bangkok|Thai;Thais
Togo|Lome;Lomé|Togolese
Tonga||Tongan
Trinidad and Tobago|Port of Spain|Trinidadian
Tunisia|Tunis|Tunisian;Tunisians
Turkey;Türkiye|Ankara|Turkish;Turk;Turks
Turkmenistan|Ashgabat|Turkmen
Uganda|Kampala|Ugandan;Ugandans
Ukraine|Kyiv;Kiev|Ukrainian;Ukrainians
United Arab Emirates;UAE;U.A.E.|Abu Dhabi|Emirati;Emiratis
United Kingdom;UK;U.K.;Britain;Great Britain|London|British;Briton;Britons
United States;US;U.S.;USA;U.S.A.;United States of America;America|Washington|American;Americans
Uruguay|Montevideo|Uruguayan;Uruguayans
Uzbekistan|Tashkent|Uzbek;Uzbeks
Vanuatu|Port Vila|Ni-Vanuatu
Vatican;Vatican City;Holy See||
Venezuela|Caracas|Venezuelan;Venezuelans
Vietnam;Viet Nam|Hanoi|Vietnamese
Yemen|Sanaa;Sana'a|Yemeni;Yemenis
Zambia|Lusaka|Zambian;Zambians
Zimbabwe|Harare|Zimbabwean;Zimbabweans
England||English
Scotland|Edinburgh|Scottish;Scot;Scots
Wales|Cardiff|Welsh
Northern Ireland|Belfast|Northern Irish
Hong Kong||Hong Konger;Hong Kongers
Macau;Macao||Macanese
Tibet|Lhasa|Tibetan;Tibetans
Greenland|Nuuk|Greenlandic
Puerto Rico|San Juan|Puerto Rican;Puerto Ricans
Soviet Union;USSR;U.S.S.R.||Soviet;Soviets
Yugoslavia||Yugoslav
Kurdistan||Kurdish;Kurd;Kurds
Chechnya|Grozny|Chechen;Chechens
Crimea||Crimean
Gaza;Gaza Strip||Gazan;Gazans
West Bank||
Kashmir||Kashmiri;Kashmiris
Western Sahara||Sahrawi
";

/// Regions, cities, states and other places: `canonical;alias;…`.
const PLACES: &str = "\
Africa
Asia
Europe
Oceania
Antarctica
Arctic
North America
South America
Latin America
Central America
Middle East;Mideast
Near East
Far East
North Africa
West Africa
East Africa
Southern Africa
Sub-Saharan Africa
Horn of Africa
Sahel
Central Asia
South Asia
Southeast Asia;South-East Asia
East Asia
Northeast Asia
Asia-Pacific
Indo-Pacific
Eastern Europe
Western Europe
Central Europe
Balkans
Caucasus
Scandinavia
Eurasia
Siberia
Caribbean
Mediterranean
Pacific;Pacific Ocean
Atlantic;Atlantic Ocean
Indian Ocean
Black Sea
Baltic Sea
Red Sea
Caspian Sea
South China Sea
East China Sea
Yellow Sea
Sea of Japan
Persian Gulf;Gulf
Gulf of Mexico
Strait of Hormuz
Taiwan Strait
Korean Peninsula
Arabian Peninsula
Crimean Peninsula
Donbas;Donbass
Kharkiv;Kharkov
Odesa;Odessa
Mariupol
Zaporizhzhia
Kherson
Lviv
Dnipro
Donetsk
Luhansk;Lugansk
Bakhmut
St. Petersburg;Saint Petersburg
New York;New York City
Los Angeles
Chicago
Houston
San Francisco
Boston
Miami
Seattle
Philadelphia
Atlanta
Detroit
Las Vegas
Toronto
Montreal
Vancouver
Sydney
Melbourne
Shanghai
Shenzhen
Guangzhou
Wuhan
Mumbai;Bombay
Kolkata
Bangalore;Bengaluru
Karachi
Lahore
Istanbul
Dubai
Jeddah
Mecca
Geneva
Zurich
Brussels
Davos
Munich
Frankfurt
Hamburg
Milan
Barcelona
Manchester
Osaka
Busan
Incheon
Kaesong
Vladivostok
Kaliningrad
Aleppo
Mosul
Basra
Benghazi
Gaza City
Rafah
Tel Aviv
Lagos
Johannesburg
Cape Town
Rio de Janeiro
Sao Paulo;São Paulo
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
British Columbia
Alberta
Xinjiang
Guam
Okinawa
Hokkaido
Bavaria
Catalonia
";

/// Organisations: `canonical;alias;…`.
const ORGS: &str = "\
United Nations;UN;U.N.
UN Security Council;U.N. Security Council;United Nations Security Council;Security Council
UN General Assembly;U.N. General Assembly;United Nations General Assembly;General Assembly
UN Human Rights Council;U.N. Human Rights Council;Human Rights Council
NATO;North Atlantic Treaty Organization;Nato
European Union;EU;E.U.
European Commission
European Parliament
European Central Bank;ECB
Council of Europe
International Atomic Energy Agency;IAEA
World Health Organization;WHO
World Trade Organization;WTO
International Monetary Fund;IMF
World Bank
World Food Programme;World Food Program;WFP
OPEC
ASEAN;Association of Southeast Asian Nations
African Union
Arab League
Group of Seven;G7;G-7
Group of 20;G20;G-20
BRICS
OSCE;Organization for Security and Co-operation in Europe
OECD
UNICEF
UNESCO
UNHCR
International Criminal Court;ICC
International Court of Justice;ICJ
Interpol
International Committee of the Red Cross;ICRC;Red Cross
Red Crescent
Amnesty International
Human Rights Watch
Doctors Without Borders;MSF
Greenpeace
Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO
Gulf Cooperation Council;GCC
Hamas
Hezbollah
Taliban
Islamic State;ISIS;ISIL
al-Qaeda;al Qaeda;Al-Qaeda;Al Qaeda
Houthis;Houthi
Wagner Group;Wagner
Federal Reserve
White House
State Department;US State Department;U.S. State Department;Department of State
Pentagon
Defense Department;Department of Defense;US Department of Defense
Justice Department;Department of Justice
Treasury Department;US Treasury;Treasury
Department of Homeland Security;Homeland Security
Central Intelligence Agency;CIA
Federal Bureau of Investigation;FBI
National Security Agency;NSA
National Security Council;NSC
Joint Chiefs of Staff
Congress
US Congress;U.S. Congress
Senate
House of Representatives
Supreme Court
Capitol
Kremlin
State Duma;Duma
Foreign Office
Downing Street
Élysée;Elysee;Élysée Palace;Elysee Palace
Bundestag
Knesset
Politburo
Blue House
Workers' Party of Korea
Workers' Party
Communist Party
Democratic Party
Republican Party;GOP
Labour Party
Conservative Party
Reuters
Associated Press;AP
Agence France-Presse;AFP
KCNA;Korean Central News Agency
Xinhua;Xinhua News Agency
TASS
RIA Novosti
Interfax
Yonhap;Yonhap News Agency
Kyodo;Kyodo News
Bloomberg
Anadolu;Anadolu Agency
IRNA
Press Trust of India;PTI
Agence de Presse
BBC
CNN
Al Jazeera
Fox News
NBC
CBS
NPR
The New York Times;New York Times
The Washington Post;Washington Post
The Wall Street Journal;Wall Street Journal
The Guardian
Financial Times
The Economist
Daily Mail
The Independent
The Telegraph
Le Monde
Der Spiegel
NHK
Rodong Sinmun
Global Times
People's Daily
RT;Russia Today
Sputnik
Politico
Axios
Nikkei
The Moscow Times
Korea Herald
Korea Times
Kommersant
Vedomosti
Haaretz
The Hill
Newsweek
USA Today
Los Angeles Times
Sky News
Deutsche Welle
France 24
Euronews
CNBC
MSNBC
Voice of America;VOA
Radio Free Europe
Google
Apple
Microsoft
Amazon
Meta
Facebook
Twitter
Tesla
Samsung
Huawei
Toyota
Gazprom
Rosneft
";

/// Group adjectives beyond countries: `canonical;alias;…`.
const GROUPS: &str = "\
European;Europeans
Asian;Asians
African;Africans
Arab;Arabs
Western;Westerners
Latin American;Latin Americans
Middle Eastern
Nordic
Scandinavian;Scandinavians
Baltic
Balkan
Slavic
Jewish;Jew;Jews
Muslim;Muslims
Christian;Christians
Catholic;Catholics
Protestant;Protestants
Sunni;Sunnis
Shia;Shiite;Shiites
Hindu;Hindus
Buddhist;Buddhists
Uyghur;Uyghurs;Uighur;Uighurs
Pashtun;Pashtuns
Tamil;Tamils
Rohingya
Hispanic;Hispanics
Latino;Latinos;Latina
Republican;Republicans
Democrat;Democrats
";

const MONTHS: &str = "January;Jan.
February;Feb.
March;Mar.
April;Apr.
May
June;Jun.
July;Jul.
August;Aug.
September;Sept.;Sep.
October;Oct.
November;Nov.
December;Dec.
";

const WEEKDAYS: &str = "Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
";

fn push_list(out: &mut Vec<GazEntry>, table: &'static str, kind: GazKind) {
    for line in table.lines().filter(|l| !l.is_empty()) {
        let canonical = line.split(';').next().unwrap_or(line);
        for surface in line.split(';') {
            out.push(GazEntry {
                surface,
                canonical,
                kind,
            });
        }
    }
}

/// Every gazetteer entry, in table order.
pub fn gazetteer() -> Vec<GazEntry> {
    let mut out = Vec::with_capacity(2000);
    for line in COUNTRIES.lines().filter(|l| !l.is_empty()) {
        let mut parts = line.split('|');
        let names = parts.next().unwrap_or("");
        let capitals = parts.next().unwrap_or("");
        let demonyms = parts.next().unwrap_or("");
        let canonical = names.split(';').next().unwrap_or(names);
        for surface in names.split(';').filter(|s| !s.is_empty()) {
            out.push(GazEntry {
                surface,
                canonical,
                kind: GazKind::Country,
            });
        }
        for surface in capitals.split(';').filter(|s| !s.is_empty()) {
            out.push(GazEntry {
                surface,
                canonical,
                kind: GazKind::Capital,
            });
        }
        let nat = demonyms.split(';').next().unwrap_or("");
        for surface in demonyms.split(';').filter(|s| !s.is_empty()) {
            out.push(GazEntry {
                surface,
                canonical: nat,
                kind: GazKind::Nationality,
            });
        }
    }
    push_list(&mut out, PLACES, GazKind::Place);
    push_list(&mut out, ORGS, GazKind::Org);
    push_list(&mut out, GROUPS, GazKind::Nationality);
    push_list(&mut out, MONTHS, GazKind::Month);
    push_list(&mut out, WEEKDAYS, GazKind::Weekday);
    out
}

/// Government bodies and state media that speak for one country:
/// `organisation|country`, both canonical names of the tables above. Only
/// bodies whose name alone fixes the country (no `Senate` or `Congress`).
const GOVERNMENT_BODIES: &str = "\
White House|United States
State Department|United States
Pentagon|United States
Defense Department|United States
Justice Department|United States
Treasury Department|United States
Department of Homeland Security|United States
Central Intelligence Agency|United States
Federal Bureau of Investigation|United States
National Security Agency|United States
National Security Council|United States
Joint Chiefs of Staff|United States
US Congress|United States
Capitol|United States
Kremlin|Russia
State Duma|Russia
TASS|Russia
RIA Novosti|Russia
RT|Russia
Sputnik|Russia
Foreign Office|United Kingdom
Downing Street|United Kingdom
\u{c9}lys\u{e9}e|France
Bundestag|Germany
Knesset|Israel
Blue House|South Korea
KCNA|North Korea
Rodong Sinmun|North Korea
Workers' Party of Korea|North Korea
Xinhua|China
People's Daily|China
Global Times|China
IRNA|Iran
Anadolu|Turkey
";

/// Whether two names are the same but for case and separators, so `u-s`,
/// `us` and `U.S.` (or `north-korean` and `North Korean`) compare equal.
fn same_name(a: &str, b: &str) -> bool {
    // Compared as they are read: collecting them cost an allocation per
    // name per table row.
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
    }
    letters(a).eq(letters(b))
}

/// The canonical name of the country that `name` stands for: a country's
/// name, a capital or a demonym, given as written or as a slug (`Filipino`,
/// `u-s`, `pyongyang`, `north-korean`).
///
/// ```
/// use crossread_core::entity::lexicon::country_of;
/// assert_eq!(country_of("filipino"), Some("Philippines"));
/// assert_eq!(country_of("U.S."), Some("United States"));
/// assert_eq!(country_of("lima"), Some("Peru"));
/// assert_eq!(country_of("north-korean"), Some("North Korea"));
/// assert_eq!(country_of("sydney"), None);
/// ```
pub fn country_of(name: &str) -> Option<&'static str> {
    COUNTRIES.lines().find_map(|line| {
        let canonical = line.split(['|', ';']).next()?;
        line.split(['|', ';'])
            .any(|s| !s.is_empty() && same_name(s, name))
            .then_some(canonical)
    })
}

/// The canonical demonym of a country given by its name or slug
/// (`canada` → `Canadian`).
///
/// ```
/// use crossread_core::entity::lexicon::demonym_of;
/// assert_eq!(demonym_of("canada"), Some("Canadian"));
/// assert_eq!(demonym_of("United States"), Some("American"));
/// assert_eq!(demonym_of("atlantis"), None);
/// ```
pub fn demonym_of(country: &str) -> Option<&'static str> {
    let name = country_of(country)?;
    COUNTRIES.lines().find_map(|line| {
        let mut parts = line.split('|');
        (parts.next()?.split(';').next() == Some(name))
            .then(|| parts.nth(1)?.split(';').next())
            .flatten()
            .filter(|d| !d.is_empty())
    })
}

/// The canonical name of the country whose government body or state
/// medium `name` is (`White House`, `kremlin`, `kcna`), as written or as a
/// slug of the organisation's canonical name or an alias.
///
/// ```
/// use crossread_core::entity::lexicon::government_body_of;
/// assert_eq!(government_body_of("white-house"), Some("United States"));
/// assert_eq!(government_body_of("Xinhua"), Some("China"));
/// assert_eq!(government_body_of("reuters"), None);
/// ```
pub fn government_body_of(name: &str) -> Option<&'static str> {
    // The organisations `name` may be (the first names of their rows), read
    // once per call: finding each body's row in turn was a fifth of the
    // analysis in the browser. A body matches as one of them, or by its own
    // name when the table has no row for it.
    let orgs: Vec<&str> = ORGS
        .lines()
        .filter(|l| l.split(';').any(|a| same_name(a, name)))
        .filter_map(|l| l.split(';').next())
        .collect();
    GOVERNMENT_BODIES.lines().find_map(|line| {
        let (body, country) = line.split_once('|')?;
        (orgs.contains(&body) || same_name(body, name)).then_some(country)
    })
}

/// Titles, offices and roles that may stand before a name (lower case).
pub const TITLES: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "adm",
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "assemblyman",
    "assemblywoman",
    "attorney",
    "attorney-general",
    "author",
    "ayatollah",
    "bishop",
    "boss",
    "brother",
    "businessman",
    "businesswoman",
    "candidate",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "champion",
    "chancellor",
    "chief",
    "coach",
    "col",
    "colonel",
    "columnist",
    "commander",
    "commander-in-chief",
    "commentator",
    "commissioner",
    "congressman",
    "congresswoman",
    "coordinator",
    "correspondent",
    "councillor",
    "councilman",
    "councilwoman",
    "counterpart",
    "daughter",
    "dictator",
    "diplomat",
    "director",
    "director-general",
    "dr",
    "economist",
    "editor",
    "emir",
    "envoy",
    "executive",
    "expert",
    "father",
    "fellow",
    "founder",
    "gen",
    "general",
    "gov",
    "governor",
    "head",
    "husband",
    "imam",
    "inspector",
    "journalist",
    "judge",
    "justice",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "lieutenant",
    "lt",
    "maj",
    "major",
    "marshal",
    "mayor",
    "minister",
    "mother",
    "mp",
    "mr",
    "mrs",
    "ms",
    "negotiator",
    "novelist",
    "officer",
    "ombudsman",
    "pastor",
    "player",
    "pm",
    "pope",
    "premier",
    "president",
    "president-elect",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "rapporteur",
    "rep",
    "representative",
    "researcher",
    "rev",
    "scholar",
    "scientist",
    "secretary",
    "secretary-general",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sister",
    "son",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strongman",
    "sultan",
    "superintendent",
    "supremo",
    "treasurer",
    "tsar",
    "tycoon",
    "under-secretary",
    "undersecretary",
    "vice-chairman",
    "vice-president",
    "wife",
    "writer",
];

/// Words that may stand between a title and what precedes it without
/// being a name themselves (`Foreign Minister`, `Vice President`).
pub const TITLE_MODIFIERS: &[&str] = &[
    "acting",
    "assistant",
    "associate",
    "chief",
    "defence",
    "defense",
    "deputy",
    "executive",
    "finance",
    "first",
    "foreign",
    "former",
    "general",
    "interior",
    "justice",
    "national",
    "press",
    "prime",
    "security",
    "senior",
    "supreme",
    "top",
    "vice",
];

/// Objects of an office after `of` (`Secretary of State`).
pub const OFFICE_OBJECTS: &[&str] = &[
    "Agriculture",
    "Commerce",
    "Defence",
    "Defense",
    "Education",
    "Energy",
    "Finance",
    "Foreign",
    "Health",
    "Homeland",
    "Interior",
    "Justice",
    "Labor",
    "Security",
    "Staff",
    "State",
    "Transportation",
    "Treasury",
];

/// Words that make a capitalised sequence an organisation when it ends in
/// one (`… Council`) or has one followed by `of` / `for` (`Ministry of …`).
pub const ORG_HEADS: &[&str] = &[
    "Academy",
    "Administration",
    "Aerospace",
    "Agency",
    "Airlines",
    "Airport",
    "Airways",
    "Alliance",
    "Army",
    "Assembly",
    "Associated",
    "Association",
    "Authority",
    "Bancorp",
    "Bank",
    "Board",
    "Broadcasting",
    "Bureau",
    "Cabinet",
    "Capital",
    "Center",
    "Centre",
    "Chamber",
    "Club",
    "Co",
    "Coalition",
    "College",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Conference",
    "Congress",
    "Corp",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "Directorate",
    "Dynamics",
    "Electronics",
    "Embassy",
    "Energy",
    "Examiner",
    "Exchange",
    "Federation",
    "Force",
    "Forces",
    "Foundation",
    "Front",
    "Fund",
    "Gazette",
    "Group",
    "Guard",
    "Guardian",
    "Herald",
    "Holdings",
    "Hospital",
    "Inc",
    "Industries",
    "Institute",
    "Institution",
    "Investments",
    "Journal",
    "LLC",
    "Labs",
    "League",
    "Logistics",
    "Ltd",
    "Mail",
    "Media",
    "Ministry",
    "Mission",
    "Motors",
    "Movement",
    "Navy",
    "Network",
    "News",
    "Office",
    "Organisation",
    "Organization",
    "Parliament",
    "Partners",
    "Party",
    "Petroleum",
    "Pharmaceuticals",
    "Plc",
    "Police",
    "Post",
    "Press",
    "Program",
    "Programme",
    "Regiment",
    "Reserve",
    "Robotics",
    "School",
    "Service",
    "Services",
    "Society",
    "Stadium",
    "Staff",
    "Systems",
    "Technologies",
    "Telegraph",
    "Therapeutics",
    "Times",
    "Tribune",
    "Union",
    "University",
    "Ventures",
];

/// First words of a government body that a leading demonym is kept apart
/// from (`Russian` + `Ministry of Defense`).
pub const GOVERNMENT_WORDS: &[&str] = &[
    "Air",
    "Armed",
    "Army",
    "Central",
    "Coast",
    "Defence",
    "Defense",
    "Embassy",
    "Finance",
    "Foreign",
    "Government",
    "Interior",
    "Joint",
    "Justice",
    "Military",
    "Ministry",
    "National",
    "Navy",
    "Parliament",
    "Security",
    "Unification",
];

/// Words that make a capitalised sequence a place when it ends in one.
pub const PLACE_HEADS: &[&str] = &[
    "Avenue",
    "Basin",
    "Bay",
    "Border",
    "Canal",
    "Channel",
    "City",
    "Coast",
    "County",
    "Desert",
    "District",
    "Gulf",
    "Heights",
    "Highlands",
    "Hills",
    "Island",
    "Islands",
    "Lake",
    "Mountain",
    "Mountains",
    "Oblast",
    "Ocean",
    "Peninsula",
    "Plain",
    "Plateau",
    "Prefecture",
    "Province",
    "Region",
    "Republic",
    "River",
    "Road",
    "Sea",
    "Square",
    "Strait",
    "Street",
    "Valley",
];

/// Lower-case nouns after a capitalised sequence that make it a place
/// (`Hatay province`).
pub const PLACE_NEXT: &[&str] = &[
    "cities",
    "city",
    "counties",
    "county",
    "district",
    "districts",
    "island",
    "islands",
    "oblast",
    "prefecture",
    "prefectures",
    "province",
    "provinces",
    "region",
    "regions",
    "river",
    "town",
    "towns",
    "village",
    "villages",
];

/// First words of a place name (`Avenida Paulista`, `Mount Kenya`).
pub const PLACE_FIRST: &[&str] = &[
    "Avenida", "Bab", "Calle", "Cape", "Cerro", "Fort", "Isla", "Jebel", "Lago", "Lake", "Monte",
    "Mount", "Piazza", "Plaza", "Port", "Ras", "Rua", "Rue", "Sierra", "Via", "Wadi",
];

/// Lower-case words before a capitalised word that make it a place
/// (`around Idlib`); a person only if it is the surname of a full name.
pub const PLACE_PREPS: &[&str] = &["across", "around", "in", "near", "outside"];

/// Singular place nouns before an apposition (`one crossing, Bab al-Hawa,`).
pub const PLACE_NOUNS: &[&str] = &[
    "camp",
    "city",
    "crossing",
    "district",
    "neighborhood",
    "neighbourhood",
    "port",
    "province",
    "region",
    "suburb",
    "town",
    "village",
];

/// Lower-case nouns before a name that make it an organisation
/// (`meatpacker JBS`, `think tank Bruegel`, `fitness app Stride`).
pub const ORG_BEFORE: &[&str] = &[
    "airline",
    "app",
    "automaker",
    "bank",
    "broadcaster",
    "broker",
    "brokerage",
    "carmaker",
    "chipmaker",
    "company",
    "conglomerate",
    "consultancy",
    "firm",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "meatpacker",
    "newspaper",
    "outlet",
    "pollster",
    "publisher",
    "retailer",
    "startup",
    "tank",
];

/// Lower-case nouns after a name that make it an organisation
/// (`the Datafolha institute`, `the Wagner group`).
pub const ORG_NEXT: &[&str] = &[
    "agency",
    "bank",
    "company",
    "conglomerate",
    "corporation",
    "exchange",
    "firm",
    "foundation",
    "group",
    "institute",
    "network",
    "newspaper",
    "party",
    "pollster",
    "shares",
    "stock",
];

/// Company roles before `of` that make the name after it an organisation
/// (`the chief executive of Nordlys`).
pub const COMPANY_ROLES: &[&str] = &[
    "ceo",
    "chairman",
    "chairwoman",
    "cofounder",
    "executive",
    "founder",
    "owner",
    "shareholders",
];

/// Plural nouns before `such as` that make the names listed organisations
/// (`rival payment processors such as …`).
pub const ORG_PLURALS: &[&str] = &[
    "airlines",
    "automakers",
    "banks",
    "brands",
    "broadcasters",
    "carmakers",
    "companies",
    "competitors",
    "firms",
    "giants",
    "groups",
    "insurers",
    "lenders",
    "makers",
    "manufacturers",
    "newspapers",
    "outlets",
    "platforms",
    "processors",
    "producers",
    "retailers",
    "rivals",
    "startups",
    "suppliers",
];

/// Last words of names of laws, treaties, plans and prizes: no mention.
pub const DOC_HEADS: &[&str] = &[
    "Act",
    "Agreement",
    "Amendment",
    "Award",
    "Bill",
    "Charter",
    "Convention",
    "Directive",
    "Doctrine",
    "Index",
    "Initiative",
    "Law",
    "Plan",
    "Prize",
    "Protocol",
    "Regulation",
    "Treaty",
];

/// Lexicon organisations that a demonym before them makes a national body
/// (`Syrian Arab Red Crescent`, `American Red Cross`).
pub const NATIONAL_SOCIETIES: &[&str] = &["Red Crescent", "Red Cross"];

/// Nouns before `on` that make a capital after it the city attacked
/// (`an attack on Kyiv`), not its government.
pub const ATTACK_NOUNS: &[&str] = &[
    "assault",
    "attack",
    "attacks",
    "bombardment",
    "bombing",
    "march",
    "offensive",
    "raid",
    "raids",
    "strike",
    "strikes",
];

/// Nouns before `in` whose object is rarely a place (`confidence in …`).
pub const NOT_PLACE_BEFORE_IN: &[&str] = &[
    "belief",
    "confidence",
    "faith",
    "interest",
    "investment",
    "role",
    "share",
    "shares",
    "stake",
    "trust",
];

/// Words before `in` that make a capital after it the city where
/// something was said (`said in Berlin`, `told reporters in Damascus`).
pub const SAID_IN: &[&str] = &[
    "briefing",
    "conference",
    "interview",
    "journalists",
    "reporters",
    "speaking",
    "spoke",
    "statement",
];

/// Words that make a capitalised sequence an event when it ends in one.
pub const EVENT_HEADS: &[&str] = &[
    "Accords",
    "Championship",
    "Championships",
    "Crisis",
    "Cup",
    "Election",
    "Elections",
    "Festival",
    "Games",
    "Olympics",
    "Pandemic",
    "Revolution",
    "Summit",
    "Uprising",
    "War",
];

/// Words that make a capitalised sequence an event when it starts with one.
pub const EVENT_FIRST: &[&str] = &["Cyclone", "Hurricane", "Operation", "Storm", "Typhoon"];

/// Lower-case words after a capitalised sequence that make it an event.
pub const EVENT_NEXT: &[&str] = &[
    "campaign",
    "drill",
    "drills",
    "exercise",
    "exercises",
    "offensive",
    "operation",
    "summit",
];

/// Korean, Chinese and Vietnamese family names (written first).
pub const EAST_ASIAN_SURNAMES: &[&str] = &[
    "Ahn", "An", "Bae", "Baek", "Ban", "Chae", "Chang", "Chen", "Cheng", "Cho", "Choe", "Choi",
    "Chung", "Deng", "Do", "Gao", "Guo", "Ha", "Han", "He", "Ho", "Hong", "Hu", "Huang", "Hwang",
    "Jang", "Jeon", "Jeong", "Jiang", "Jin", "Jo", "Ju", "Jung", "Kang", "Kim", "Ko", "Kwon", "Le",
    "Lee", "Li", "Liang", "Lim", "Lin", "Liu", "Lu", "Luo", "Ma", "Moon", "Nam", "Nguyen", "No",
    "Noh", "Oh", "Pak", "Park", "Pham", "Ri", "Rim", "Ryu", "Seo", "Shin", "Sin", "Son", "Song",
    "Sun", "Tang", "Tran", "Wang", "Wei", "Won", "Wu", "Xi", "Xiao", "Xu", "Yang", "Yi", "Yoo",
    "Yoon", "Yu", "Yun", "Zhang", "Zhao", "Zheng", "Zhou", "Zhu",
];

/// Name particles: lower-case words inside names (`bin`, `van`, `de`).
pub const NAME_PARTICLES: &[&str] = &[
    "abu", "al", "bin", "bint", "da", "de", "del", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "van", "von",
];

/// Given names common in news text across languages (Anglo, Romance,
/// Germanic, Slavic, Arabic, Persian, Turkish, South Asian, African).
pub const GIVEN_NAMES: &[&str] = &[
    "Aaron",
    "Abbas",
    "Abdel",
    "Abdul",
    "Abdulaziz",
    "Abdullah",
    "Abiy",
    "Abu",
    "Adam",
    "Adrian",
    "Ahmad",
    "Ahmed",
    "Akira",
    "Alan",
    "Albert",
    "Alberto",
    "Alejandro",
    "Aleksandr",
    "Aleksei",
    "Alex",
    "Alexander",
    "Alexandra",
    "Alexei",
    "Alexey",
    "Ali",
    "Alice",
    "Alicia",
    "Alina",
    "Alison",
    "Amanda",
    "Amir",
    "Amit",
    "Amy",
    "Ana",
    "Anatoly",
    "Andre",
    "Andrea",
    "Andreas",
    "Andrei",
    "Andrew",
    "Andrey",
    "Andrzej",
    "Angela",
    "Angelina",
    "Ann",
    "Anna",
    "Annalena",
    "Anne",
    "Anthony",
    "Antonio",
    "Antony",
    "Anwar",
    "Arnold",
    "Arthur",
    "Ashley",
    "Ashraf",
    "Ayman",
    "Barack",
    "Barbara",
    "Bashar",
    "Ben",
    "Benjamin",
    "Benny",
    "Bernard",
    "Bernie",
    "Beth",
    "Betty",
    "Bill",
    "Bob",
    "Boris",
    "Brad",
    "Brandon",
    "Brian",
    "Bruce",
    "Bruno",
    "Carl",
    "Carlos",
    "Carol",
    "Caroline",
    "Catherine",
    "Charles",
    "Charlie",
    "Chris",
    "Christian",
    "Christina",
    "Christine",
    "Christopher",
    "Chuck",
    "Claire",
    "Claudia",
    "Colin",
    "Cyril",
    "Dan",
    "Daniel",
    "Daniela",
    "Danny",
    "David",
    "Deborah",
    "Denis",
    "Dennis",
    "Diana",
    "Dmitri",
    "Dmitry",
    "Donald",
    "Doug",
    "Douglas",
    "Ebrahim",
    "Ed",
    "Edward",
    "Elena",
    "Elizabeth",
    "Elon",
    "Emily",
    "Emma",
    "Emmanuel",
    "Enrique",
    "Eric",
    "Erik",
    "Ethan",
    "Eva",
    "Evan",
    "Fatima",
    "Felipe",
    "Fernando",
    "Francesco",
    "Francis",
    "Francisco",
    "Frank",
    "Franz",
    "Fumio",
    "Gabriel",
    "Gary",
    "Gavin",
    "Geert",
    "George",
    "Georgy",
    "Gerald",
    "Gerhard",
    "Giorgia",
    "Giuseppe",
    "Grace",
    "Greg",
    "Gregory",
    "Hamad",
    "Hamid",
    "Hannah",
    "Hans",
    "Harry",
    "Hasan",
    "Hassan",
    "Heather",
    "Heinrich",
    "Helen",
    "Henry",
    "Hillary",
    "Hosni",
    "Hossein",
    "Howard",
    "Hugo",
    "Hussein",
    "Ian",
    "Ibrahim",
    "Igor",
    "Ilham",
    "Imran",
    "Irina",
    "Isaac",
    "Ismail",
    "Ivan",
    "Jacinda",
    "Jack",
    "Jacob",
    "Jake",
    "James",
    "Jamie",
    "Jan",
    "Jane",
    "Janet",
    "Jared",
    "Jason",
    "Javad",
    "Javier",
    "Jean",
    "Jeff",
    "Jeffrey",
    "Jen",
    "Jennifer",
    "Jens",
    "Jeremy",
    "Jerome",
    "Jessica",
    "Jill",
    "Jim",
    "Jimmy",
    "Joan",
    "Joanna",
    "Joe",
    "Johann",
    "Johannes",
    "John",
    "Johnny",
    "Jon",
    "Jonathan",
    "Jorge",
    "Jose",
    "Josep",
    "Joseph",
    "Josh",
    "Joshua",
    "José",
    "Juan",
    "Judith",
    "Julia",
    "Julian",
    "Julie",
    "Justin",
    "Kamala",
    "Karen",
    "Karim",
    "Karl",
    "Kate",
    "Katherine",
    "Kathleen",
    "Keir",
    "Kenneth",
    "Kevin",
    "Khaled",
    "Khalid",
    "Kim",
    "Kirill",
    "Klaus",
    "Kristi",
    "Kurt",
    "Lars",
    "Laura",
    "Lauren",
    "Leo",
    "Leon",
    "Linda",
    "Lisa",
    "Liz",
    "Lloyd",
    "Lorenzo",
    "Louis",
    "Luca",
    "Lucas",
    "Luis",
    "Luiz",
    "Luke",
    "Mahmoud",
    "Manuel",
    "Marco",
    "Margaret",
    "Maria",
    "Marie",
    "Marina",
    "Mario",
    "Mark",
    "Marta",
    "Martin",
    "Mary",
    "Masoud",
    "Matt",
    "Matteo",
    "Matthew",
    "Max",
    "Maxim",
    "Megan",
    "Mehmet",
    "Melissa",
    "Michael",
    "Michel",
    "Michelle",
    "Miguel",
    "Mike",
    "Mikhail",
    "Mitch",
    "Mohamad",
    "Mohamed",
    "Mohammad",
    "Mohammed",
    "Muhammad",
    "Mustafa",
    "Naftali",
    "Nancy",
    "Nasser",
    "Natalia",
    "Natalie",
    "Nathan",
    "Nicholas",
    "Nick",
    "Nicola",
    "Nicolas",
    "Nikki",
    "Nikolai",
    "Nikolay",
    "Nina",
    "Nora",
    "Olaf",
    "Oleg",
    "Oleksandr",
    "Oleksiy",
    "Olena",
    "Olga",
    "Olivia",
    "Omar",
    "Oscar",
    "Pablo",
    "Patricia",
    "Patrick",
    "Paul",
    "Paula",
    "Pedro",
    "Pete",
    "Peter",
    "Petr",
    "Petro",
    "Philip",
    "Philippe",
    "Pierre",
    "Qasem",
    "Rachel",
    "Rafael",
    "Rahul",
    "Rajesh",
    "Ralph",
    "Ramzan",
    "Ravi",
    "Raymond",
    "Recep",
    "Reza",
    "Ricardo",
    "Richard",
    "Rick",
    "Rishi",
    "Rob",
    "Robert",
    "Roberto",
    "Rodrigo",
    "Ron",
    "Ronald",
    "Rosa",
    "Ruslan",
    "Ryan",
    "Saad",
    "Saddam",
    "Saeed",
    "Said",
    "Salman",
    "Sam",
    "Samantha",
    "Samuel",
    "Sandra",
    "Sara",
    "Sarah",
    "Scott",
    "Sean",
    "Sebastian",
    "Serge",
    "Sergei",
    "Sergey",
    "Sergio",
    "Shinzo",
    "Sophie",
    "Stefan",
    "Stephen",
    "Steve",
    "Steven",
    "Sue",
    "Susan",
    "Svetlana",
    "Tamim",
    "Tatiana",
    "Ted",
    "Teresa",
    "Theresa",
    "Thomas",
    "Tim",
    "Timothy",
    "Tom",
    "Tony",
    "Tulsi",
    "Ursula",
    "Valentina",
    "Valery",
    "Vasily",
    "Victor",
    "Victoria",
    "Viktor",
    "Vitali",
    "Vitaly",
    "Vivek",
    "Vladimir",
    "Volodymyr",
    "Walter",
    "Wang",
    "William",
    "Xavier",
    "Yair",
    "Yasser",
    "Yevgeny",
    "Yoon",
    "Yulia",
    "Yuri",
    "Yusuf",
    "Zachary",
];

/// Common English words that start sentences or fill headlines in capitals
/// but are not names (lower case).
pub const COMMON_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "accusing",
    "across",
    "additionally",
    "after",
    "afterwards",
    "again",
    "against",
    "ago",
    "ahead",
    "aid",
    "air",
    "all",
    "allegations",
    "allies",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "amid",
    "among",
    "an",
    "analysts",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "are",
    "arms",
    "army",
    "around",
    "as",
    "asked",
    "at",
    "attack",
    "authorities",
    "back",
    "based",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "besides",
    "between",
    "both",
    "breaking",
    "but",
    "by",
    "can",
    "chief",
    "civilians",
    "claims",
    "could",
    "critics",
    "daily",
    "dealings",
    "denies",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "early",
    "east",
    "either",
    "even",
    "ever",
    "every",
    "everyone",
    "experts",
    "face",
    "far",
    "few",
    "first",
    "following",
    "for",
    "former",
    "from",
    "further",
    "general",
    "given",
    "global",
    "government",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "inside",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "late",
    "later",
    "latest",
    "leaders",
    "least",
    "less",
    "like",
    "live",
    "many",
    "may",
    "meanwhile",
    "military",
    "more",
    "moreover",
    "most",
    "much",
    "must",
    "my",
    "national",
    "near",
    "nearly",
    "neither",
    "never",
    "new",
    "news",
    "next",
    "no",
    "none",
    "nor",
    "north",
    "not",
    "nothing",
    "now",
    "observers",
    "of",
    "officials",
    "often",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "out",
    "over",
    "people",
    "per",
    "perhaps",
    "police",
    "president",
    "previously",
    "prime",
    "read",
    "recently",
    "related",
    "report",
    "reports",
    "residents",
    "responding",
    "right",
    "said",
    "says",
    "security",
    "see",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "soon",
    "south",
    "state",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "today",
    "together",
    "too",
    "top",
    "under",
    "unidentified",
    "unlike",
    "until",
    "up",
    "update",
    "updated",
    "upon",
    "us",
    "very",
    "was",
    "watch",
    "we",
    "well",
    "were",
    "west",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "world",
    "would",
    "yes",
    "yet",
    "you",
    "your",
];

/// Verbs of saying that follow a speaker (`… said`).
pub const SPEECH_VERBS: &[&str] = &[
    "added",
    "admitted",
    "announced",
    "argued",
    "asked",
    "asserted",
    "claimed",
    "confirmed",
    "declared",
    "denied",
    "explained",
    "insisted",
    "noted",
    "replied",
    "reported",
    "said",
    "says",
    "stated",
    "tells",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// Nouns after a single surname that make it a person (`the Kim regime`).
pub const PERSON_NEXT: &[&str] = &[
    "administration",
    "aides",
    "campaign",
    "family",
    "government",
    "regime",
];

/// Acronyms in capitals that are not organisations.
pub const NOT_ACRONYMS: &[&str] = &[
    "AM", "CEO", "COVID", "DNA", "GDP", "GMT", "HIV", "ID", "II", "III", "IV", "OK", "PM", "TV",
    "UTC", "VI", "VII", "VIII", "XI", "XX",
];

/// Role nouns heading a description of an unnamed actor (`a senior official`).
pub const ROLE_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "commander",
    "delegate",
    "deputy",
    "diplomat",
    "director",
    "envoy",
    "lawmaker",
    "minister",
    "negotiator",
    "officer",
    "official",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Number words for quantities.
pub const NUMBER_WORDS: &[&str] = &[
    "billion",
    "billions",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "hundred",
    "hundreds",
    "million",
    "millions",
    "nine",
    "nineteen",
    "ninety",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "trillion",
    "twelve",
    "twenty",
    "two",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for (name, list) in [
            ("TITLES", TITLES),
            ("TITLE_MODIFIERS", TITLE_MODIFIERS),
            ("OFFICE_OBJECTS", OFFICE_OBJECTS),
            ("ORG_HEADS", ORG_HEADS),
            ("GOVERNMENT_WORDS", GOVERNMENT_WORDS),
            ("PLACE_HEADS", PLACE_HEADS),
            ("PLACE_NEXT", PLACE_NEXT),
            ("EVENT_HEADS", EVENT_HEADS),
            ("EVENT_FIRST", EVENT_FIRST),
            ("EVENT_NEXT", EVENT_NEXT),
            ("EAST_ASIAN_SURNAMES", EAST_ASIAN_SURNAMES),
            ("NAME_PARTICLES", NAME_PARTICLES),
            ("GIVEN_NAMES", GIVEN_NAMES),
            ("COMMON_WORDS", COMMON_WORDS),
            ("SPEECH_VERBS", SPEECH_VERBS),
            ("PERSON_NEXT", PERSON_NEXT),
            ("NOT_ACRONYMS", NOT_ACRONYMS),
            ("ROLE_NOUNS", ROLE_NOUNS),
            ("NUMBER_WORDS", NUMBER_WORDS),
            ("PLACE_FIRST", PLACE_FIRST),
            ("PLACE_PREPS", PLACE_PREPS),
            ("PLACE_NOUNS", PLACE_NOUNS),
            ("ORG_BEFORE", ORG_BEFORE),
            ("ORG_NEXT", ORG_NEXT),
            ("ORG_PLURALS", ORG_PLURALS),
            ("COMPANY_ROLES", COMPANY_ROLES),
            ("DOC_HEADS", DOC_HEADS),
            ("NATIONAL_SOCIETIES", NATIONAL_SOCIETIES),
            ("SAID_IN", SAID_IN),
            ("ATTACK_NOUNS", ATTACK_NOUNS),
            ("NOT_PLACE_BEFORE_IN", NOT_PLACE_BEFORE_IN),
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} before {:?}", w[0], w[1]);
            }
        }
    }

    #[test]
    fn government_bodies_name_known_organisations_and_countries() {
        for line in GOVERNMENT_BODIES.lines() {
            let (body, country) = line.split_once('|').unwrap();
            assert!(
                ORGS.lines().any(|l| l.split(';').next() == Some(body)),
                "{body} is not an organisation's canonical name"
            );
            assert_eq!(country_of(country), Some(country), "{country}");
            assert_eq!(government_body_of(body), Some(country));
        }
        assert_eq!(
            government_body_of("Korean Central News Agency"),
            Some("North Korea")
        );
        assert_eq!(government_body_of("senate"), None);
    }

    #[test]
    fn every_country_has_a_canonical_name() {
        let gaz = gazetteer();
        assert!(gaz.len() > 900);
        assert!(gaz
            .iter()
            .all(|e| !e.surface.is_empty() && !e.canonical.is_empty()));
        let dprk = gaz.iter().find(|e| e.surface == "DPRK").unwrap();
        assert_eq!(dprk.canonical, "North Korea");
    }
}
