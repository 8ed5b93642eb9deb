//! The UI's strings in Danish, Norwegian bokmål and English.
//!
//! Every string is one row of the table below, so a key without all three
//! languages does not compile; the tests check what the compiler cannot
//! (empty text, mismatched `{placeholders}`, an untranslated copy).

pub use crate::core::lang::Lang;

macro_rules! strings {
    ($($key:ident => [$da:expr, $nb:expr, $en:expr $(,)?]),* $(,)?) => {
        /// A UI string's name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        fn texts(key: Key) -> [&'static str; 3] {
            match key { $(Key::$key => [$da, $nb, $en]),* }
        }
    };
}

strings! {
    AppName => ["Kapacitetsradar", "Kapacitetsradar", "Kapacitetsradar"],
    Tagline => [
        "Skoleledelsens selvevaluering af kapaciteten til at udvikle skolen",
        "Skoleledelsens egenvurdering av kapasiteten til å utvikle skolen",
        "A school leadership team's self-assessment of its capacity to develop the school",
    ],
    LanguageLabel => ["Sprog", "Språk", "Language"],
    SkipToContent => ["Gå til indhold", "Gå til innhold", "Skip to content"],
    StartHeading => [
        "Hvor står jeres ledelse – og hvad skal I arbejde med?",
        "Hvor står ledelsen deres – og hva skal dere jobbe med?",
        "Where does your leadership team stand – and what should you work on?",
    ],
    StartIntro => [
        "I scorer jer selv på temaerne i en model for kapacitetsopbygning. Svarene samles i et radardiagram med forslag til fokusområder.",
        "Dere vurderer dere selv på temaene i en modell for kapasitetsbygging. Svarene samles i et radardiagram med forslag til fokusområder.",
        "You score yourselves on the themes of a capacity-building model. The answers come together in a radar chart with suggested focus areas.",
    ],
    MomentBeforeTitle => ["Før første møde", "Før første møte", "Before the first meeting"],
    MomentBeforeText => [
        "Hver leder udfylder vurderingen alene, på sin egen enhed.",
        "Hver leder fyller ut vurderingen alene, på sin egen enhet.",
        "Each leader fills in the assessment alone, on their own device.",
    ],
    MomentWorkshopTitle => ["På workshoppen", "På workshopen", "At the workshop"],
    MomentWorkshopText => [
        "Konsulenten viser teamets samlede billede på storskærm. I bliver enige om billedet, vælger 2–3 fokusområder og går derfra med en handleplan.",
        "Konsulenten viser teamets samlede bilde på storskjerm. Dere blir enige om bildet, velger 2–3 fokusområder og går derfra med en handlingsplan.",
        "The consultant projects the team's combined picture. You agree on the picture, pick 2–3 focus areas and leave with an action plan.",
    ],
    PrivacyTitle => ["Dine data bliver hos dig", "Dataene dine blir hos deg", "Your data stays with you"],
    PrivacyText => [
        "Alt gemmes kun i denne browser. Intet sendes til en server – heller ikke til os. Svar deles kun, når du selv eksporterer en fil eller et link.",
        "Alt lagres bare i denne nettleseren. Ingenting sendes til en server – heller ikke til oss. Svar deles bare når du selv eksporterer en fil eller en lenke.",
        "Everything is stored in this browser only. Nothing is sent to a server – not even to us. Answers are shared only when you export a file or a link yourself.",
    ],
    FooterText => [
        "Bygget på evalueringer af læringskonsulenternes forløb, KOMPAS 2 og et norsk kompetanseprogram.",
        "Bygget på evalueringer av læringskonsulentenes forløp i Danmark, KOMPAS 2 og et norsk kompetanseprogram.",
        "Built on evaluations of the Danish learning consultants' programmes, KOMPAS 2 and a Norwegian competence programme.",
    ],
}

/// The string for `key` in `lang`.
pub fn tr(lang: Lang, key: Key) -> &'static str {
    texts(key)[lang.index()]
}

/// The string for `key` with each `{name}` replaced by its value.
pub fn tr_with(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    args.iter()
        .fold(tr(lang, key).to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// The `{placeholder}` names in a string, sorted, for the completeness test.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}
