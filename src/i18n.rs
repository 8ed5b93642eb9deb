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
    // Start page
    NewAssessment => ["Start en ny vurdering", "Start en ny vurdering", "Start a new assessment"],
    StoredAssessments => ["Gemte vurderinger på denne enhed", "Lagrede vurderinger på denne enheten", "Assessments stored on this device"],
    NoStoredAssessments => [
        "Der er ingen gemte vurderinger endnu.",
        "Det er ingen lagrede vurderinger ennå.",
        "There are no stored assessments yet.",
    ],
    Continue => ["Fortsæt", "Fortsett", "Continue"],
    LastChanged => ["Sidst ændret {when}", "Sist endret {when}", "Last changed {when}"],
    RespondentCount => ["{n} besvarelse(r)", "{n} besvarelse(r)", "{n} respondent(s)"],
    // New assessment
    NewAssessmentHeading => ["Ny vurdering", "Ny vurdering", "New assessment"],
    NewAssessmentIntro => [
        "Skriv, hvilken skole og hvilket ledelsesteam vurderingen gælder. Det kan rettes senere.",
        "Skriv hvilken skole og hvilket ledelsesteam vurderingen gjelder. Det kan rettes senere.",
        "Say which school and which leadership team the assessment is for. You can change it later.",
    ],
    SchoolLabel => ["Skole", "Skole", "School"],
    TeamLabel => ["Ledelsesteam", "Ledelsesteam", "Leadership team"],
    DateLabel => ["Dato", "Dato", "Date"],
    RoundLabel => ["Måling", "Måling", "Round"],
    RoundBaseline => ["Første måling", "Første måling", "Baseline"],
    RoundFollowUp => ["Opfølgning", "Oppfølging", "Follow-up"],
    Create => ["Opret og gå videre", "Opprett og gå videre", "Create and continue"],
    Cancel => ["Annullér", "Avbryt", "Cancel"],
    RequiredField => ["Skal udfyldes", "Må fylles ut", "Required"],
    // Respondent
    WhoAnswers => ["Hvem svarer?", "Hvem svarer?", "Who is answering?"],
    WhoAnswersIntro => [
        "Svar hver for sig. Deler I en enhed, så vælg dit eget navn nedenfor.",
        "Svar hver for dere. Deler dere en enhet, velg ditt eget navn nedenfor.",
        "Answer one at a time. If you share a device, pick your own name below.",
    ],
    ExistingRespondents => ["Fortsæt som", "Fortsett som", "Continue as"],
    NewRespondent => ["Ny besvarelse", "Ny besvarelse", "New respondent"],
    NameLabel => ["Dit navn", "Navnet ditt", "Your name"],
    RoleLabel => ["Din rolle", "Din rolle", "Your role"],
    RoleLeader => ["Leder", "Leder", "Leader"],
    RoleStaff => ["Medarbejderrepræsentant", "Ansattrepresentant", "Staff representative"],
    RoleConsultant => ["Konsulent", "Konsulent", "Consultant"],
    RoleMunicipality => ["Forvaltning", "Skoleeier (kommune)", "Municipality"],
    StartAnswering => ["Begynd at svare", "Begynn å svare", "Start answering"],
    AnsweredOf => ["{done} af {total} besvaret", "{done} av {total} besvart", "{done} of {total} answered"],
    // Question page
    ThemeOf => ["Tema {n} af {total}", "Tema {n} av {total}", "Theme {n} of {total}"],
    ThemesNav => ["Temaer", "Temaer", "Themes"],
    ThemeComplete => ["færdig", "ferdig", "done"],
    ShowHigh => ["Hvad kendetegner en høj score?", "Hva kjennetegner en høy skår?", "What does a high score look like?"],
    HighScoreLooksLike => ["En høj score ser sådan ud:", "En høy skår ser slik ut:", "A high score looks like this:"],
    CommentLabel => ["Kommentar (valgfri)", "Kommentar (valgfri)", "Comment (optional)"],
    Previous => ["Forrige tema", "Forrige tema", "Previous theme"],
    Next => ["Næste tema", "Neste tema", "Next theme"],
    ToOverview => ["Se overblik", "Se oversikt", "See overview"],
    AnsweringAs => ["Du svarer som {name}", "Du svarer som {name}", "You are answering as {name}"],
    // Overview
    OverviewHeading => ["Overblik over dine svar", "Oversikt over svarene dine", "Overview of your answers"],
    AllAnswered => [
        "Du har svaret på alle udsagn. Tak! Dine svar er gemt på denne enhed.",
        "Du har svart på alle utsagnene. Takk! Svarene dine er lagret på denne enheten.",
        "You have answered every statement. Thank you! Your answers are stored on this device.",
    ],
    Unanswered => ["Ubesvarede udsagn ({n})", "Ubesvarte utsagn ({n})", "Unanswered statements ({n})"],
    GoToTheme => ["Gå til temaet", "Gå til temaet", "Go to the theme"],
    BackToStart => ["Til forsiden", "Til forsiden", "To the start page"],
    // Saving
    Saved => ["Gemt {when}", "Lagret {when}", "Saved {when}"],
    NotSaved => ["Ikke gemt", "Ikke lagret", "Not saved"],
    StorageFull => [
        "Browserens lager er fuldt, så dine seneste ændringer er kun gemt i dette vindue. Eksportér en fil, så du ikke mister dem.",
        "Nettleserens lager er fullt, så de siste endringene dine er bare lagret i dette vinduet. Eksporter en fil så du ikke mister dem.",
        "The browser's storage is full, so your latest changes are kept only in this window. Export a file so you don't lose them.",
    ],
    StorageBlocked => [
        "Browseren tillader ikke, at siden gemmer data (fx i privat tilstand). Du kan arbejde videre, men svarene forsvinder, når vinduet lukkes. Eksportér en fil, før du lukker.",
        "Nettleseren tillater ikke at siden lagrer data (f.eks. i privat modus). Du kan jobbe videre, men svarene forsvinner når vinduet lukkes. Eksporter en fil før du lukker.",
        "The browser does not let this page store data (e.g. in private mode). You can keep working, but the answers disappear when the window closes. Export a file before you close it.",
    ],
    StorageFailed => [
        "Dine ændringer kunne ikke gemmes ({detail}). De er kun gemt i dette vindue. Eksportér en fil, så du ikke mister dem.",
        "Endringene dine kunne ikke lagres ({detail}). De er bare lagret i dette vinduet. Eksporter en fil så du ikke mister dem.",
        "Your changes could not be saved ({detail}). They are kept only in this window. Export a file so you don't lose them.",
    ],
    ExportFile => ["Eksportér som fil", "Eksporter som fil", "Export as a file"],
    Quarantined => [
        "Gemte data kunne ikke læses og er lagt til side urørt under nøglen «{key}» ({reason}). Appen er startet uden dem.",
        "Lagrede data kunne ikke leses og er lagt til side urørt under nøkkelen «{key}» ({reason}). Appen har startet uten dem.",
        "Stored data could not be read and has been set aside untouched under the key «{key}» ({reason}). The app started without it.",
    ],
    SetAsideEarlier => [
        "En kopi af gemte data, der ikke kunne læses, ligger stadig til side under nøglen «{key}». Hent den som fil, og slet den, når du ikke længere har brug for den.",
        "En kopi av lagrede data som ikke kunne leses, ligger fortsatt til side under nøkkelen «{key}». Last den ned som fil, og slett den når du ikke lenger trenger den.",
        "A copy of stored data that could not be read is still set aside under the key «{key}». Download it as a file, and delete it once you no longer need it.",
    ],
    DeleteCopy => ["Slet kopien", "Slett kopien", "Delete the copy"],
    ConfirmDeleteCopy => [
        "Slet kopien «{key}» fra browseren for altid?",
        "Slette kopien «{key}» fra nettleseren for alltid?",
        "Delete the copy «{key}» from the browser for good?",
    ],
    DownloadCopy => ["Hent kopien som fil", "Last ned kopien som fil", "Download the copy as a file"],
    Conflict => [
        "{n} svar blev ændret både her og i et andet vindue samtidig. Svarene i dette vindue er beholdt – tjek dem: {list}.",
        "{n} svar ble endret både her og i et annet vindu samtidig. Svarene i dette vinduet er beholdt – sjekk dem: {list}.",
        "{n} answer(s) were changed both here and in another window at the same time. This window's answers were kept – please check: {list}.",
    ],
    UpdatedElsewhere => [
        "Vurderingen blev opdateret i et andet vindue, og ændringerne er hentet ind.",
        "Vurderingen ble oppdatert i et annet vindu, og endringene er hentet inn.",
        "The assessment was updated in another window, and the changes have been brought in.",
    ],
    Dismiss => ["Luk besked", "Lukk melding", "Dismiss"],
    NotFound => [
        "Vurderingen findes ikke på denne enhed.",
        "Vurderingen finnes ikke på denne enheten.",
        "The assessment is not on this device.",
    ],
    // Results
    Chosen => ["Valgt af teamet", "Valgt av teamet", "Chosen by the team"],
    // Sending one's answers (issue 6)
    ShareHeading => ["Send dine svar", "Send svarene dine", "Send your answers"],
    ShareIntro => [
        "Dine svar ligger kun på denne enhed. Send dem til konsulenten som fil, link eller QR-kode – de går ikke gennem nogen server.",
        "Svarene dine ligger bare på denne enheten. Send dem til konsulenten som fil, lenke eller QR-kode – de går ikke gjennom noen server.",
        "Your answers are only on this device. Send them to the consultant as a file, a link or a QR code – they pass through no server.",
    ],
    DownloadAnswers => ["Hent svarene som fil", "Last ned svarene som fil", "Download the answers as a file"],
    ShareLinkLabel => ["Link til dine svar", "Lenke til svarene dine", "Link to your answers"],
    CopyLink => ["Kopiér linket", "Kopier lenken", "Copy the link"],
    Copied => ["Linket er kopieret.", "Lenken er kopiert.", "The link is copied."],
    CopyFailed => [
        "Kunne ikke kopiere. Markér linket og tryk Ctrl+C.",
        "Kunne ikke kopiere. Merk lenken og trykk Ctrl+C.",
        "Could not copy. Select the link and press Ctrl+C.",
    ],
    QrLabel => ["QR-kode med linket til dine svar", "QR-kode med lenken til svarene dine", "QR code with the link to your answers"],
    QrTooLong => [
        "Svarene er for lange til en QR-kode. Brug linket eller filen.",
        "Svarene er for lange for en QR-kode. Bruk lenken eller filen.",
        "The answers are too long for a QR code. Use the link or the file.",
    ],
    // Gathering answers (issue 6)
    GatherAnswers => ["Saml svar fra filer og links", "Samle svar fra filer og lenker", "Gather answers from files and links"],
    GatherHeading => ["Saml svar", "Samle svar", "Gather answers"],
    GatherIntro => [
        "Hent ledernes svar ind fra filer, links eller en CSV-fil fra et spørgeskemaværktøj. Intet gemmes, før du vælger »Tilføj«.",
        "Hent ledernes svar inn fra filer, lenker eller en CSV-fil fra et spørreskjemaverktøy. Ingenting lagres før du velger «Legg til».",
        "Bring in the leaders' answers from files, links or a CSV file from a survey tool. Nothing is stored until you choose “Add”.",
    ],
    ChooseFiles => ["Vælg filer (.json eller .csv)", "Velg filer (.json eller .csv)", "Choose files (.json or .csv)"],
    DropHint => ["… eller træk filerne hertil.", "… eller dra filene hit.", "… or drag the files here."],
    PasteLinks => ["Indsæt links (ét pr. linje)", "Lim inn lenker (én per linje)", "Paste links (one per line)"],
    ReadLinks => ["Læs linkene", "Les lenkene", "Read the links"],
    StagedHeading => ["Klar til at blive tilføjet", "Klar til å legges til", "Ready to add"],
    NothingStaged => ["Ingen svar endnu.", "Ingen svar ennå.", "No answers yet."],
    ColName => ["Navn", "Navn", "Name"],
    ColRole => ["Rolle", "Rolle", "Role"],
    ColSource => ["Kilde", "Kilde", "Source"],
    LinkSource => ["link", "lenke", "link"],
    StagedKept => [
        "{name} stod der allerede; den nyeste udgave er beholdt.",
        "{name} stod der allerede; den nyeste versjonen er beholdt.",
        "{name} was there already; the newest copy is kept.",
    ],
    TargetLabel => ["Læg svarene i", "Legg svarene i", "Add the answers to"],
    NewTarget => ["En ny vurdering: {title}", "Ny vurdering: {title}", "A new assessment: {title}"],
    AddStaged => ["Tilføj {n} svar", "Legg til {n} svar", "Add {n} answers"],
    ClearStaged => ["Ryd listen", "Tøm listen", "Clear the list"],
    ProblemsHeading => ["Kunne ikke læses", "Kunne ikke leses", "Could not be read"],
    OutcomeHeading => ["Tilføjet til {title}", "Lagt til i {title}", "Added to {title}"],
    OutcomeAdded => ["{name}: tilføjet", "{name}: lagt til", "{name}: added"],
    OutcomeReplaced => [
        "{name}: fandtes; erstattet af en nyere udgave",
        "{name}: fantes; erstattet av en nyere versjon",
        "{name}: was there; replaced by a newer copy",
    ],
    OutcomeKept => [
        "{name}: fandtes allerede i samme eller nyere udgave; uændret",
        "{name}: fantes allerede i samme eller nyere versjon; uendret",
        "{name}: already there in the same or a newer copy; unchanged",
    ],
    CsvMapHeading => ["Kolonner i {file}", "Kolonnene i {file}", "Columns in {file}"],
    CsvMapIntro => [
        "Vælg, hvad de kolonner, der ikke blev genkendt, indeholder.",
        "Velg hva kolonnene som ikke ble gjenkjent, inneholder.",
        "Say what the columns that were not recognised hold.",
    ],
    CsvIgnore => ["Ignorér", "Ignorer", "Ignore"],
    UseCsv => ["Brug CSV-filen", "Bruk CSV-filen", "Use the CSV file"],
    ExportCsv => ["Eksportér alle svar (CSV)", "Eksporter alle svar (CSV)", "Export all answers (CSV)"],
    Remove => ["Fjern", "Fjern", "Remove"],
    ConfirmRemove => [
        "Fjern {name} og deres svar fra vurderingen?",
        "Fjerne {name} og svarene deres fra vurderingen?",
        "Remove {name} and their answers from the assessment?",
    ],
    RespondentLimit => [
        "Vurderingen har nået grænsen på {max} besvarelser. Start en ny vurdering til flere.",
        "Vurderingen har nådd grensen på {max} besvarelser. Start en ny vurdering for flere.",
        "The assessment has reached its limit of {max} respondents. Start a new assessment for more.",
    ],
    ShowResults => ["Se resultaterne", "Se resultatene", "See the results"],
    ResultsHeading => ["Teamets samlede billede", "Teamets samlede bilde", "The team's combined picture"],
    ResultsNoData => [
        "Der er ingen svar endnu. Resultaterne vises, når mindst én har svaret.",
        "Det er ingen svar ennå. Resultatene vises når minst én har svart.",
        "There are no answers yet. The results appear once someone has answered.",
    ],
    RespondentsIncluded => ["Med i billedet ({n})", "Med i bildet ({n})", "Included ({n})"],
    ChartLabel => [
        "Radardiagram over teamets score pr. tema. De samme tal står i tabellen.",
        "Radardiagram over teamets skår per tema. De samme tallene står i tabellen.",
        "Radar chart of the team's score per theme. The same figures are in the table.",
    ],
    LayersLegend => ["Vis i diagrammet", "Vis i diagrammet", "Show in the chart"],
    LayerMean => ["Gennemsnit", "Gjennomsnitt", "Mean"],
    LayerBand => ["Spænd (laveste–højeste)", "Spenn (laveste–høyeste)", "Range (lowest–highest)"],
    LayerRespondent => ["Hver besvarelse", "Hver besvarelse", "Each respondent"],
    LayerAgreed => ["Aftalt score", "Avtalt skår", "Agreed score"],
    LayerPrevious => ["Forrige måling", "Forrige måling", "Previous round"],
    LayerTarget => ["Mål", "Mål", "Target"],
    CompareWith => ["Sammenlign med", "Sammenlign med", "Compare with"],
    CompareNone => ["Ingen sammenligning", "Ingen sammenligning", "No comparison"],
    ExportPng => ["Gem diagrammet som billede (PNG)", "Lagre diagrammet som bilde (PNG)", "Save the chart as an image (PNG)"],
    ChartNumbered => ["Tallene på diagrammet er temaerne i tabellen nedenfor.", "Tallene i diagrammet er temaene i tabellen nedenfor.", "The numbers on the chart are the themes in the table below."],
    FullScreen => ["Vis i fuld skærm", "Vis i fullskjerm", "Show full screen"],
    LeaveFullScreen => ["Afslut fuld skærm (Esc)", "Avslutt fullskjerm (Esc)", "Exit full screen (Esc)"],
    Print => ["Udskriv rapport / gem som PDF", "Skriv ut rapport / lagre som PDF", "Print report / save as PDF"],
    TableCaption => ["Tal pr. tema (skala 1–5)", "Tall per tema (skala 1–5)", "Figures per theme (scale 1–5)"],
    ColTheme => ["Tema", "Tema", "Theme"],
    ColMean => ["Gennemsnit", "Gjennomsnitt", "Mean"],
    ColMedian => ["Median", "Median", "Median"],
    ColRange => ["Laveste–højeste", "Laveste–høyeste", "Lowest–highest"],
    ColSpread => ["Spredning", "Spredning", "Spread (SD)"],
    ColAnswers => ["Svar", "Svar", "Answers"],
    ColDontKnow => ["Ved ikke", "Vet ikke", "Don't know"],
    ColAgreed => ["Aftalt", "Avtalt", "Agreed"],
    Disagree => ["Uenighed", "Uenighet", "Disagreement"],
    ShowStatements => ["Vis udsagn", "Vis utsagn", "Show statements"],
    Distribution => ["Fordeling", "Fordeling", "Distribution"],
    Comments => ["Kommentarer", "Kommentarer", "Comments"],
    FocusHeading => ["Forslag til fokusområder", "Forslag til fokusområder", "Suggested focus areas"],
    FocusIntro => [
        "De tre temaer, der ud fra jeres svar trænger mest. Vælg 2–3, som I vil arbejde med.",
        "De tre temaene som ut fra svarene deres trenger mest. Velg 2–3 som dere vil jobbe med.",
        "The three themes your answers point to most. Pick 2–3 to work on.",
    ],
    WhySuggested => ["Hvorfor:", "Hvorfor:", "Why:"],
    ActionsHeading => ["Mulige handlinger", "Mulige handlinger", "Possible actions"],
    ChooseFocus => ["Vælg som fokusområde", "Velg som fokusområde", "Choose as a focus area"],
    ChosenFocus => ["Valgte fokusområder: {n}", "Valgte fokusområder: {n}", "Chosen focus areas: {n}"],
    ReasonLow => ["Lav score: {score}", "Lav skår: {score}", "Low score: {score}"],
    ReasonDisagree => [
        "I er uenige: svarene spænder fra {min} til {max}",
        "Dere er uenige: svarene spenner fra {min} til {max}",
        "You disagree: answers range from {min} to {max}",
    ],
    ReasonGapHigher => [
        "Lederne vurderer temaet {gap} point højere end de øvrige",
        "Lederne vurderer temaet {gap} poeng høyere enn de øvrige",
        "Leaders rate it {gap} points higher than the others",
    ],
    ReasonGapLower => [
        "Lederne vurderer temaet {gap} point lavere end de øvrige",
        "Lederne vurderer temaet {gap} poeng lavere enn de øvrige",
        "Leaders rate it {gap} points lower than the others",
    ],
    ReasonTarget => ["{gap} point under jeres mål ({target})", "{gap} poeng under målet deres ({target})", "{gap} points below your target ({target})"],
    ReasonLowest => ["Blandt jeres laveste temaer ({score})", "Blant de laveste temaene deres ({score})", "Among your lowest themes ({score})"],
    ChartFailed => [
        "Diagrammet kunne ikke tegnes i denne browser. Tallene står i tabellen.",
        "Diagrammet kunne ikke tegnes i denne nettleseren. Tallene står i tabellen.",
        "The chart could not be drawn in this browser. The figures are in the table.",
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
    crate::core::lang::fill(tr(lang, key), args)
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

/// A number with `decimals` decimals (at most 3), with the language's
/// decimal mark. Done in integers: Rust's float formatting would add its
/// tables to the bundle.
pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    let decimals = decimals.min(3);
    let scale = [1i64, 10, 100, 1000][decimals];
    let scaled = (value * scale as f64).round() as i64;
    let (sign, scaled) = if scaled < 0 {
        ("-", -scaled)
    } else {
        ("", scaled)
    };
    let whole = (scaled / scale).to_string();
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let mark = match lang {
        Lang::Da | Lang::Nb => ',',
        Lang::En => '.',
    };
    let fraction = (scaled % scale).to_string();
    let padding = "0".repeat(decimals - fraction.len());
    format!("{sign}{whole}{mark}{padding}{fraction}")
}

const MONTHS: [[&str; 12]; 3] = [
    [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
];

/// `2026-11-24` as "24. november 2026" (da, nb) or "24 November 2026" (en).
/// Anything that is not such a date is returned as it is.
pub fn format_date(lang: Lang, iso: &str) -> String {
    if !crate::core::domain::assessment::is_iso_date(iso) {
        return iso.to_owned();
    }
    let (year, month, day) = (&iso[0..4], &iso[5..7], &iso[8..10]);
    let month = MONTHS[lang.index()][month.parse::<usize>().unwrap_or(1).clamp(1, 12) - 1];
    let day = day.trim_start_matches('0');
    match lang {
        Lang::Da | Lang::Nb => format!("{day}. {month} {year}"),
        Lang::En => format!("{day} {month} {year}"),
    }
}

/// A clock time: "kl. 10.32" (da), "kl. 10:32" (nb), "10:32" (en).
pub fn format_time(lang: Lang, hour: u32, minute: u32) -> String {
    match lang {
        Lang::Da => format!("kl. {hour:02}.{minute:02}"),
        Lang::Nb => format!("kl. {hour:02}:{minute:02}"),
        Lang::En => format!("{hour:02}:{minute:02}"),
    }
}

pub fn role_label(lang: Lang, role: crate::core::domain::assessment::Role) -> &'static str {
    use crate::core::domain::assessment::Role;
    tr(
        lang,
        match role {
            Role::Leader => Key::RoleLeader,
            Role::StaffRepresentative => Key::RoleStaff,
            Role::Consultant => Key::RoleConsultant,
            Role::Municipality => Key::RoleMunicipality,
        },
    )
}

pub fn round_label(lang: Lang, round: crate::core::domain::assessment::Round) -> &'static str {
    use crate::core::domain::assessment::Round;
    tr(
        lang,
        match round {
            Round::Baseline => Key::RoundBaseline,
            Round::FollowUp => Key::RoundFollowUp,
        },
    )
}
