//! The words for the core's values (scores, answers, roles, rounds,
//! months), and the words a survey tool's CSV may use for them, which the
//! CSV reader recognises in every language.

use crate::core::domain::assessment::{Role, Round};
use crate::core::domain::scale::{Answer, Score};
use crate::core::formats::csv::Vocabulary;
use crate::core::radar::LayerKind;
use crate::i18n::{Key, Lang, tr};

strings! {
    Word,
    Score1 => ["Slet ikke", "Ikke i det hele tatt", "Not at all"],
    Score2 => ["I mindre grad", "I liten grad", "To a small extent"],
    Score3 => ["I nogen grad", "I noen grad", "To some extent"],
    Score4 => ["I høj grad", "I stor grad", "To a large extent"],
    Score5 => ["I meget høj grad", "I svært stor grad", "To a very large extent"],
    DontKnow => ["Ved ikke", "Vet ikke", "Don't know"],
    NotApplicable => ["Ikke relevant", "Ikke relevant", "Doesn't apply"],
    January => ["januar", "januar", "January"],
    February => ["februar", "februar", "February"],
    March => ["marts", "mars", "March"],
    April => ["april", "april", "April"],
    May => ["maj", "mai", "May"],
    June => ["juni", "juni", "June"],
    July => ["juli", "juli", "July"],
    August => ["august", "august", "August"],
    September => ["september", "september", "September"],
    October => ["oktober", "oktober", "October"],
    November => ["november", "november", "November"],
    December => ["december", "desember", "December"],
    CsvName => ["Navn", "Navn", "Name"],
    CsvRole => ["Rolle", "Rolle", "Role"],
    Unnamed => ["Besvarelse", "Besvarelse", "Response"],
    StatusNotStarted => ["Ikke startet", "Ikke startet", "Not started"],
    StatusUnderWay => ["I gang", "I gang", "Under way"],
    StatusDone => ["Færdig", "Ferdig", "Done"],
    CsvTheme => ["Fokusområde", "Fokusområde", "Focus area"],
    CsvWhat => ["Hvad gøres", "Hva gjøres", "What is done"],
    CsvOwner => ["Ansvarlig", "Ansvarlig", "Owner"],
    CsvStart => ["Start", "Start", "Start"],
    CsvDeadline => ["Frist", "Frist", "Deadline"],
    CsvSuccess => ["Sådan ser vi, at det virker", "Slik ser vi at det virker", "How success will be seen"],
    CsvStatus => ["Status", "Status", "Status"],
    IcsDeadline => ["Frist: {what}", "Frist: {what}", "Deadline: {what}"],
    IcsFollowUp => ["Opfølgende vurdering: {title}", "Oppfølgende vurdering: {title}", "Follow-up assessment: {title}"],
    AnchoringWhoShort => ["Hvem følger op", "Hvem følger opp", "Who follows up"],
    AnchoringHowShort => ["Sådan fortsætter praksis", "Slik fortsetter praksisen", "How the practice continues"],
}

/// A language's name in itself, so a user who can't read the current
/// language still finds their own.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "Dansk",
        Lang::Nb => "Norsk (bokmål)",
        Lang::En => "English",
    }
}

const SCORES: [Word; 5] = [
    Word::Score1,
    Word::Score2,
    Word::Score3,
    Word::Score4,
    Word::Score5,
];

pub fn score_label(lang: Lang, score: Score) -> &'static str {
    tr(lang, SCORES[usize::from(score.value() - 1)])
}

pub fn answer_label(lang: Lang, answer: Answer) -> &'static str {
    match answer {
        Answer::Score(s) => score_label(lang, s),
        Answer::DontKnow => tr(lang, Word::DontKnow),
        Answer::NotApplicable => tr(lang, Word::NotApplicable),
    }
}

pub fn role_label(lang: Lang, role: Role) -> &'static str {
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

/// A chart layer's name in its key.
pub fn layer_label(lang: Lang, kind: LayerKind) -> &'static str {
    match kind {
        LayerKind::Mean => tr(lang, Key::LayerMean),
        LayerKind::Band => tr(lang, Key::LayerBand),
        LayerKind::Respondent => tr(lang, Key::LayerRespondent),
        LayerKind::Agreed => tr(lang, Key::LayerAgreed),
        LayerKind::Previous => tr(lang, Key::LayerPrevious),
        LayerKind::Target => tr(lang, Key::LayerTarget),
        LayerKind::Leaders => role_group_label(lang, Role::Leader),
        LayerKind::Staff => role_group_label(lang, Role::StaffRepresentative),
        LayerKind::Consultants => role_group_label(lang, Role::Consultant),
        LayerKind::Municipality => role_group_label(lang, Role::Municipality),
    }
}

/// A role as a group: "Ledere", "Medarbejdere".
pub fn role_group_label(lang: Lang, role: Role) -> &'static str {
    tr(
        lang,
        match role {
            Role::Leader => Key::GroupLeaders,
            Role::StaffRepresentative => Key::GroupStaff,
            Role::Consultant => Key::GroupConsultants,
            Role::Municipality => Key::GroupMunicipality,
        },
    )
}

pub fn round_label(lang: Lang, round: Round) -> &'static str {
    tr(
        lang,
        match round {
            Round::Baseline => Key::RoundBaseline,
            Round::FollowUp => Key::RoundFollowUp,
        },
    )
}

/// Header words a survey's name and role columns go by, besides the
/// tables' own "Navn"/"Rolle" (which are added in every language).
const NAME_HEADERS: [&str; 7] = [
    "dit navn",
    "ditt navn",
    "your name",
    "fulde navn",
    "full name",
    "respondent",
    "fullt navn",
];
const ROLE_HEADERS: [&str; 3] = ["din rolle", "your role", "stilling"];

/// What people write in a role column, besides the role names themselves.
const ROLE_WORDS: [(&str, Role); 14] = [
    ("skoleleder", Role::Leader),
    ("ledelse", Role::Leader),
    ("ledelsen", Role::Leader),
    ("medarbejder", Role::StaffRepresentative),
    ("tillidsrepræsentant", Role::StaffRepresentative),
    ("ansatt", Role::StaffRepresentative),
    ("staff", Role::StaffRepresentative),
    ("lærer", Role::StaffRepresentative),
    ("teacher", Role::StaffRepresentative),
    ("læringskonsulent", Role::Consultant),
    ("kommune", Role::Municipality),
    ("skoleeier", Role::Municipality),
    ("skoleforvaltning", Role::Municipality),
    ("forvaltningen", Role::Municipality),
];

/// Everything the CSV reader recognises, in every language; respondents
/// without a name are numbered in `lang`.
pub fn csv_vocabulary(lang: Lang) -> Vocabulary {
    let every = |key: Word| Lang::ALL.map(|lang| tr(lang, key).to_owned());
    let mut names: Vec<String> = every(Word::CsvName).into();
    names.extend(NAME_HEADERS.iter().map(|s| (*s).to_owned()));
    let mut roles_header: Vec<String> = every(Word::CsvRole).into();
    roles_header.extend(ROLE_HEADERS.iter().map(|s| (*s).to_owned()));
    let mut roles: Vec<(String, Role)> = Role::ALL
        .into_iter()
        .flat_map(|role| {
            Lang::ALL
                .map(|lang| (role_label(lang, role).to_owned(), role))
                .into_iter()
                .chain([(role.json_name().to_owned(), role)])
        })
        .collect();
    roles.extend(ROLE_WORDS.iter().map(|(w, r)| ((*w).to_owned(), *r)));
    let mut words = Vocabulary::new(
        Score::all().map(|score| Lang::ALL.map(|l| score_label(l, score).to_owned()).into()),
        every(Word::DontKnow).into(),
        {
            let mut words: Vec<String> = every(Word::NotApplicable).into();
            words.extend(["n/a", "na", "not applicable", "ikke aktuelt"].map(String::from));
            words
        },
        names,
        roles_header,
        roles,
    );
    words.unnamed = tr(lang, Word::Unnamed).to_owned();
    words
}

/// The CSV export's own header words and "don't know", in `lang`.
pub fn csv_headers(lang: Lang) -> crate::core::formats::csv::Headers {
    crate::core::formats::csv::Headers {
        name: tr(lang, Word::CsvName).to_owned(),
        role: tr(lang, Word::CsvRole).to_owned(),
        dont_know: tr(lang, Word::DontKnow).to_owned(),
        not_applicable: tr(lang, Word::NotApplicable).to_owned(),
    }
}

pub fn status_label(lang: Lang, status: crate::core::domain::plan::Status) -> &'static str {
    use crate::core::domain::plan::Status;
    tr(
        lang,
        match status {
            Status::NotStarted => Word::StatusNotStarted,
            Status::UnderWay => Word::StatusUnderWay,
            Status::Done => Word::StatusDone,
        },
    )
}

/// The plan's exports' words in `lang`.
pub fn plan_words(lang: Lang) -> crate::core::formats::plan_export::PlanWords {
    use crate::core::domain::plan::Status;
    let word = |w: Word| tr(lang, w).to_owned();
    crate::core::formats::plan_export::PlanWords {
        headers: [
            Word::CsvTheme,
            Word::CsvWhat,
            Word::CsvOwner,
            Word::CsvStart,
            Word::CsvDeadline,
            Word::CsvSuccess,
            Word::CsvStatus,
        ]
        .map(word),
        statuses: Status::ALL.map(|s| status_label(lang, s).to_owned()),
        deadline: word(Word::IcsDeadline),
        follow_up: word(Word::IcsFollowUp),
        anchoring: [word(Word::AnchoringWhoShort), word(Word::AnchoringHowShort)],
    }
}
