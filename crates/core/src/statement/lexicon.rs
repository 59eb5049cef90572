//! Word lists: speech verbs, denial and hedge cues, role nouns. General
//! English news vocabulary only; nothing here names a story. Each list is
//! one string of words separated by spaces (phrases by `|`): a string costs
//! the wasm build less than a table of slices.

/// Finite speech verbs that open an attribution (`X said`, `X denied`).
pub(crate) const SPEECH_VERBS: &str =
    "said says told tells added adds stated accused accuses denied denies refuted refutes \
     rejected rejects dismissed dismisses repudiated warned warns confirmed confirms \
     claimed called calls vowed vows threatened threatens indicated revealed reveals \
     insisted insists argued argues announced announces noted explained stressed \
     emphasized emphasised asserted alleged alleges acknowledged admitted conceded \
     criticized criticised condemned denounced urged responded declared declares reported \
     quoted defended wrote tweeted maintained countered contended predicted promised \
     pledged reiterated reaffirmed";

/// Participles that attribute speech only when the sentence has no finite
/// speech verb (`…, saying that …`).
pub(crate) const PARTICIPLES: &str =
    "saying claiming stating warning vowing denying insisting arguing adding accusing \
     calling";

/// Verbs that say "not so" by themselves.
pub(crate) const DENIAL_VERBS: &str =
    "denied denies denying refuted refutes rejected rejects dismissed dismisses \
     repudiated";

/// Verbs of a conduit (a medium that passes words on): used only when no
/// other attribution is in the sentence.
pub(crate) const CONDUIT_VERBS: &str = "reported quoted";

/// Nouns that name a claim someone made (`claims by X that`, `X's claim that`).
pub(crate) const CLAIM_NOUNS: &str =
    "claim claims allegation allegations accusation accusations report reports assessment \
     assessments assertion assertions charge charges";

/// Single-word denial cues in the words of a statement.
pub(crate) const DENIAL_WORDS: &str =
    "never groundless baseless unfounded rumor rumors rumour rumours fake false falsehood \
     conspiracy fabricated fabrication fabrications untrue nonsense absurd lies hoax \
     denied denies deny denying refuted refuting rejected rejecting dismissed dismissing \
     smear";

/// Multi-word denial cues.
pub(crate) const DENIAL_PHRASES: &str =
    "no plan|no plans|not true|no evidence|no basis|did not happen|found no|\
     detected no|no sign|no signs|no trace|no indication|has not happened";

/// Single-word hedge cues.
pub(crate) const HEDGE_WORDS: &str =
    "may might could appears appear appeared possibly perhaps suspicion suspicions \
     suspected unclear uncertain unconfirmed reportedly apparently";

/// Multi-word hedge cues.
pub(crate) const HEDGE_PHRASES: &str =
    "not know whether|not know if|not enough to|not sure|not clear|too early|\
     no way to verify|could not confirm|would not confirm|seems to";

/// Role nouns that make an unnamed actor (`a defense official`).
pub(crate) const ROLE_OFFICIAL: &str =
    "official director spokesman spokeswoman spokesperson aide representative minister \
     secretary commander adviser advisor officer";

/// Role nouns for diplomats.
pub(crate) const ROLE_DIPLOMAT: &str = "diplomat envoy ambassador";

/// Plural role nouns.
pub(crate) const ROLE_PLURAL: &str =
    "officials authorities diplomats spokesmen ministers sources officers";

/// Nouns that stand for a speaker's earlier words (`the statement said`).
pub(crate) const STATEMENT_NOUNS: &str = "statement communique announcement release";

/// Nouns that refer back to an organisation named before (`the company
/// said`).
pub(crate) const ORG_NOUNS: &str =
    "airline bank carrier charity company conglomerate firm group insurer lender \
     manufacturer miner operator organisation organization producer retailer";

/// Words that refer back to the country of the story (`the country's
/// health ministry`).
pub(crate) const COUNTRY_NOUNS: &str = "country's nation's";

/// Vague speakers that identify nobody (`experts say`).
pub(crate) const VAGUE: &str =
    "experts observers analysts critics some many others people residents";

/// Words of an analyst's label.
pub(crate) const ANALYST_WORDS: &str =
    "analyst expert professor researcher fellow scholar center centre institute \
     university think observer";

/// Personal pronouns that refer back to a person speaker.
pub(crate) const PERSON_PRONOUNS: &str = "he she";

/// Words that end the subject phrase before a verb.
pub(crate) const SUBJECT_STOPS: &str = "that which because while as";

/// Function words left out of a claim's content.
pub(crate) const STOPWORDS: &str =
    "a an the and or but of to in on at for with by from as is are was were be been being \
     has have had do does did it its they their them he she his her we our us you i this \
     that these those which who whom what will would shall should can not no so such than \
     then there here into about over also any all some other more most once again if \
     whether very just only own s t make made clear future recently last week said says \
     told added reporters statement according after before while when up out like being \
     monday tuesday wednesday thursday friday saturday sunday now still even yet ever \
     already state media";

/// True when `w` (lower case) is in `list` (words separated by spaces: a
/// plain string costs the wasm build less than a table of slices).
///
/// Each list is made a set the first time it is asked (keyed by where it
/// lives): scanning the string on every call was most of the analysis time.
pub(crate) fn is(list: &'static str, w: &str) -> bool {
    static SETS: std::sync::Mutex<Vec<(&'static str, crate::sort::Keys)>> =
        std::sync::Mutex::new(Vec::new());
    let mut sets = SETS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let i = match sets.iter().position(|s| std::ptr::eq(s.0, list)) {
        Some(i) => i,
        None => {
            let mut set = crate::sort::Keys::default();
            for x in list.split(' ') {
                set.id(x);
            }
            sets.push((list, set));
            sets.len() - 1
        }
    };
    sets[i].1.get(w).is_some()
}

/// True when `words` (lower case) holds `phrase` (words separated by
/// spaces) as a run starting at `i`.
pub(crate) fn phrase_at(words: &[&str], i: usize, phrase: &str) -> bool {
    phrase
        .split(' ')
        .enumerate()
        .all(|(k, p)| words.get(i + k) == Some(&p))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRUIT: &str = "apple pear fig";
    const TREES: &str = "fig oak";

    #[test]
    fn is_asks_each_list_for_whole_words() {
        for (list, w, want) in [
            (FRUIT, "apple", true),
            (FRUIT, "fig", true),
            (FRUIT, "oak", false),
            (TREES, "oak", true),
            (TREES, "pear", false),
            (FRUIT, "app", false),
            (FRUIT, "apple pear", false),
            (FRUIT, "", false),
            (STOPWORDS, "the", true),
            (STOPWORDS, "river", false),
        ] {
            // Twice: the first call makes the set, the second reads it.
            assert_eq!(is(list, w), want, "{w:?}");
            assert_eq!(is(list, w), want, "{w:?} again");
            assert_eq!(
                is(list, w),
                list.split(' ').any(|x| x == w),
                "{w:?} as a scan"
            );
        }
    }
}
