//! The core's refusals, said in the user's language. The core hands over a
//! kind and its facts (`ImportError`, `Problem`, `Kind`); the sentence is
//! made here.

use crate::core::error::{ImportError, Kind, NotText, Problem};
use crate::i18n::{Lang, tr, tr_with};

strings! {
    ErrorKey,
    TooLarge => [
        "Filen fylder {actual} byte; grænsen er {limit} byte.",
        "Filen er på {actual} byte; grensen er {limit} byte.",
        "The file is {actual} bytes; the limit is {limit} bytes.",
    ],
    NotJson => [
        "Filen er ikke gyldig JSON (linje {line}, kolonne {column}).",
        "Filen er ikke gyldig JSON (linje {line}, kolonne {column}).",
        "This is not valid JSON (line {line}, column {column}).",
    ],
    TooDeep => [
        "JSON-indholdet er indlejret for dybt (mere end {max} niveauer). Det er ikke en fil fra Kapacitetsradar.",
        "JSON-innholdet er nøstet for dypt (mer enn {max} nivåer). Det er ikke en fil fra Kapacitetsradar.",
        "The JSON is nested too deeply (more than {max} levels). It is not a Kapacitetsradar file.",
    ],
    WrongFormat => [
        "Det er en «{found}»-fil, men der skulle være en «{expected}»-fil.",
        "Dette er en «{found}»-fil, men det skulle vært en «{expected}»-fil.",
        "This is a \"{found}\" file, but a \"{expected}\" file was expected.",
    ],
    TooNew => [
        "Filen er i version {found}, som er nyere end denne app kan læse (op til {supported}). Opdatér appen.",
        "Filen er i versjon {found}, som er nyere enn denne appen kan lese (opp til {supported}). Oppdater appen.",
        "Version {found} is newer than this app understands (up to {supported}): update the app.",
    ],
    UnknownVersion => [
        "Version {found} af formatet findes ikke.",
        "Versjon {found} av formatet finnes ikke.",
        "Version {found} of this format does not exist.",
    ],
    BrokenLink => [
        "Linket er ufuldstændigt eller beskadiget. Kopiér hele linket igen, eller brug filen.",
        "Lenken er ufullstendig eller skadet. Kopier hele lenken på nytt, eller bruk filen.",
        "The link is incomplete or damaged. Copy the whole link again, or use the file.",
    ],
    UnknownLabel => [
        "Række {row}, kolonnen «{column}»: «{value}» er hverken et tal fra 1 til 5, en betegnelse fra skalaen eller «Ved ikke».",
        "Rad {row}, kolonnen «{column}»: «{value}» er verken et tall fra 1 til 5, en betegnelse fra skalaen eller «Vet ikke».",
        "Row {row}, column \"{column}\": \"{value}\" is neither a number from 1 to 5, a label from the scale nor \"Don't know\".",
    ],
    UnknownRole => [
        "Række {row}: «{value}» er ikke en rolle (leder, medarbejderrepræsentant, konsulent, forvaltning).",
        "Rad {row}: «{value}» er ikke en rolle (leder, ansattrepresentant, konsulent, skoleeier).",
        "Row {row}: \"{value}\" is not a role (leader, staff representative, consultant, municipality).",
    ],
    NoRows => [
        "CSV-filen har ingen rækker med svar.",
        "CSV-filen har ingen rader med svar.",
        "The CSV file has no rows of answers.",
    ],
    Unreadable => [
        "Filen kunne ikke læses. Er den flyttet eller slettet, siden den blev valgt? Prøv at vælge den igen.",
        "Filen kunne ikke leses. Er den flyttet eller slettet siden den ble valgt? Prøv å velge den på nytt.",
        "The file could not be read. Was it moved or deleted after it was picked? Try picking it again.",
    ],
    UnknownModel => [
        "Svarene er givet til modellen «{id}» version {version}, som ikke findes på denne enhed. Bed om modelfilen, og indlæs den under «Brug egen model» – så kan svarene læses.",
        "Svarene er gitt til modellen «{id}» versjon {version}, som ikke finnes på denne enheten. Be om modellfilen, og last den inn under «Bruk egen modell» – så kan svarene leses.",
        "The answers were given to the model \"{id}\" version {version}, which this device doesn't have. Ask for the model file and load it under \"Use your own model\"; then the answers can be read.",
    ],
    OtherModel => [
        "Svarene er givet til modellen «{found}» version {found_version}, men vurderingen bruger «{expected}» version {expected_version}. Vælg en vurdering med samme model, eller en ny.",
        "Svarene er gitt til modellen «{found}» versjon {found_version}, men vurderingen bruker «{expected}» versjon {expected_version}. Velg en vurdering med samme modell, eller en ny.",
        "The answers were given to the model \"{found}\" version {found_version}, but the assessment uses \"{expected}\" version {expected_version}. Choose an assessment with the same model, or a new one.",
    ],
    WrongPassphrase => [
        "Adgangskoden passer ikke – eller filen er blevet ændret undervejs. Intet er gemt eller ændret. Prøv igen.",
        "Passordet stemmer ikke – eller filen er endret underveis. Ingenting er lagret eller endret. Prøv igjen.",
        "The passphrase doesn't match – or the file was changed on the way. Nothing was stored or changed. Try again.",
    ],
    LockingUnavailable => [
        "Denne browser kan ikke låse eller låse op her: det kræver en sikker forbindelse (https).",
        "Denne nettleseren kan ikke låse eller låse opp her: det krever en sikker forbindelse (https).",
        "This browser can't lock or unlock here: it needs a secure connection (https).",
    ],
    IsBackup => [
        "Det er en sikkerhedskopi af en hel enhed. Gendan den under «Data på denne enhed».",
        "Dette er en sikkerhetskopi av en hel enhet. Gjenopprett den under «Data på denne enheten».",
        "This is a backup of a whole device. Restore it under \"Data on this device\".",
    ],
    EmptyFile => ["Filen er tom.", "Filen er tom.", "The file is empty."],
    NotUtf16 => [
        "Filen er ikke UTF-8-tekst (den ligner UTF-16). Gem den igen som «CSV UTF-8» eller UTF-8-tekst.",
        "Filen er ikke UTF-8-tekst (den ligner UTF-16). Lagre den på nytt som «CSV UTF-8» eller UTF-8-tekst.",
        "The file is not UTF-8 text (it looks like UTF-16). Save it again as \"CSV UTF-8\" or UTF-8 text.",
    ],
    NotEightBit => [
        "Filen er ikke UTF-8-tekst (den ligner Windows-1252/Latin-1, som Excels almindelige CSV). Gem den som «CSV UTF-8».",
        "Filen er ikke UTF-8-tekst (den ligner Windows-1252/Latin-1, som Excels vanlige CSV). Lagre den som «CSV UTF-8».",
        "The file is not UTF-8 text (it looks like Windows-1252/Latin-1, as Excel's plain CSV). Save it as \"CSV UTF-8\".",
    ],
    NotZip => [
        "Filen er et zip-arkiv eller et Office-dokument (fx et Excel-regneark), ikke tekst. Gem arket som «CSV UTF-8».",
        "Filen er et zip-arkiv eller et Office-dokument (f.eks. et Excel-regneark), ikke tekst. Lagre arket som «CSV UTF-8».",
        "The file is a zip archive or an Office document (such as an Excel workbook), not text. Save the sheet as \"CSV UTF-8\".",
    ],
    NotPdf => [
        "Filen er en PDF, ikke en fil fra Kapacitetsradar eller en CSV.",
        "Dette er en PDF-fil, ikke en fil fra Kapacitetsradar eller en CSV-fil.",
        "The file is a PDF, not a Kapacitetsradar file or a CSV.",
    ],
    NotBinary => [
        "Filen er ikke tekst (den ligner binære data). Det er ikke en fil fra Kapacitetsradar.",
        "Filen er ikke tekst (den ser ut som binære data). Det er ikke en fil fra Kapacitetsradar.",
        "The file is not text (it looks like binary data). It is not a Kapacitetsradar file.",
    ],
    NotOurs => [
        "Det er ikke en fil fra Kapacitetsradar (og ikke en CSV med svar).",
        "Dette er ikke en fil fra Kapacitetsradar (og heller ikke en CSV-fil med svar).",
        "This is not a Kapacitetsradar file (nor a CSV of answers).",
    ],
    CsvQuote => [
        "CSV-filen har et anførselstegn på linje {line}, som aldrig lukkes.",
        "CSV-filen har et anførselstegn på linje {line} som aldri lukkes.",
        "The CSV file has a quotation mark on line {line} that is never closed.",
    ],
    NoStatementColumns => [
        "Ingen kolonne i CSV-filen er sat til et udsagn, så der er ingen svar at hente.",
        "Ingen kolonne i CSV-filen er satt til en påstand, så det er ingen svar å hente.",
        "No column of the CSV file is set to a statement, so there are no answers to take.",
    ],
    NotSupported => ["«{value}» understøttes ikke", "«{value}» støttes ikke", "\"{value}\" is not supported"],
    Field => ["Feltet «{path}» {problem}.", "Feltet «{path}» {problem}.", "The field \"{path}\" {problem}."],
    Empty => ["er tomt", "er tomt", "is empty"],
    TooLong => ["er længere end {max} tegn", "er lengre enn {max} tegn", "is longer than {max} characters"],
    TooMany => ["har flere end {max} elementer", "har flere enn {max} elementer", "has more than {max} entries"],
    TooFew => ["har færre end {min} elementer", "har færre enn {min} elementer", "has fewer than {min} entries"],
    DuplicateId => [
        "bruger «{id}» to gange; id'er skal være unikke",
        "bruker «{id}» to ganger; id-er må være unike",
        "\"{id}\" is used twice; ids must be unique",
    ],
    BadId => [
        "«{id}» må kun bestå af bogstaver, tal, '.', '_' og '-' (højst 64 tegn)",
        "«{id}» kan bare bestå av bokstaver, tall, '.', '_' og '-' (høyst 64 tegn)",
        "\"{id}\" may only use letters, digits, '.', '_' and '-' (at most 64)",
    ],
    BadDate => [
        "«{date}» er ikke en dato på formen ÅÅÅÅ-MM-DD",
        "«{date}» er ikke en dato i formatet ÅÅÅÅ-MM-DD",
        "\"{date}\" is not a date of the form YYYY-MM-DD",
    ],
    UnknownReference => [
        "henviser til «{r}», som modellen ikke kender",
        "viser til «{r}», som modellen ikke kjenner",
        "refers to \"{r}\", which the model does not list",
    ],
    BadLines => [
        "linje {from}–{to} ligger ikke inden for kildens {max} linjer",
        "linje {from}–{to} ligger ikke innenfor kildens {max} linjer",
        "lines {from}–{to} are not within the source's {max} lines",
    ],
    Expected => ["skal være {kind}", "skal være {kind}", "should be {kind}"],
    Missing => ["mangler", "mangler", "is missing"],
    NotInFormat => ["hører ikke til formatet", "hører ikke til formatet", "is not part of this format"],
    Twice => ["står der to gange", "står der to ganger", "appears twice"],
    Placeholder => [
        "bruger {name} på nogle sprog, men ikke på alle",
        "bruker {name} på noen språk, men ikke på alle",
        "uses {name} in some languages but not in all",
    ],
    Malformed => ["kan ikke læses: {detail}", "kan ikke leses: {detail}", "cannot be read: {detail}"],
    KindText => ["tekst", "tekst", "text"],
    KindWholeNumber => ["et helt tal", "et heltall", "a whole number"],
    KindPositive => ["et helt tal fra 1 og op", "et heltall fra 1 og oppover", "a whole number from 1 up"],
    KindNumber => ["et tal", "et tall", "a number"],
    KindBool => ["true eller false", "true eller false", "true or false"],
    KindObject => ["et objekt {…}", "et objekt {…}", "an object {…}"],
    KindList => ["en liste […]", "en liste […]", "a list […]"],
    KindScore => ["et point fra 1 til 5", "et poeng fra 1 til 5", "a score from 1 to 5"],
    KindHalfScore => [
        "et point fra 1 til 5 i halve trin",
        "et poeng fra 1 til 5 i halve trinn",
        "a score from 1 to 5 in half steps",
    ],
    KindAnswer => [
        "et point fra 1 til 5, \"dont_know\" eller \"not_applicable\"",
        "et poeng fra 1 til 5, \"dont_know\" eller \"not_applicable\"",
        "a score from 1 to 5, \"dont_know\" or \"not_applicable\"",
    ],
    KindLegacyAnswer => [
        "0 (ved ikke) eller et point fra 1 til 5",
        "0 (vet ikke) eller et poeng fra 1 til 5",
        "0 (don't know) or a score from 1 to 5",
    ],
    KindRole => [
        "leader, staff_representative, consultant eller municipality",
        "leader, staff_representative, consultant eller municipality",
        "leader, staff_representative, consultant or municipality",
    ],
    KindRound => ["baseline eller follow_up", "baseline eller follow_up", "baseline or follow_up"],
    StorageUnavailable => [
        "Browseren tillader ikke, at siden gemmer data.",
        "Nettleseren tillater ikke at siden lagrer data.",
        "The browser does not let this page store data.",
    ],
    StorageOther => [
        "Browserens lager svarede med en fejl ({name}).",
        "Nettleserens lager svarte med en feil ({name}).",
        "The browser's storage answered with an error ({name}).",
    ],
}

/// An import's refusal as one sentence.
pub fn error_message(lang: Lang, error: &ImportError) -> String {
    use ImportError as E;
    let n = |v: &dyn ToString| v.to_string();
    match error {
        E::TooLarge { actual, limit } => tr_with(
            lang,
            ErrorKey::TooLarge,
            &[("actual", &n(actual)), ("limit", &n(limit))],
        ),
        E::NotJson { line, column } => tr_with(
            lang,
            ErrorKey::NotJson,
            &[("line", &n(line)), ("column", &n(column))],
        ),
        E::TooDeep { max } => tr_with(lang, ErrorKey::TooDeep, &[("max", &n(max))]),
        E::WrongFormat { found, expected } => tr_with(
            lang,
            ErrorKey::WrongFormat,
            &[("found", found), ("expected", expected)],
        ),
        E::TooNew { found, supported } => tr_with(
            lang,
            ErrorKey::TooNew,
            &[("found", &n(found)), ("supported", &n(supported))],
        ),
        E::UnknownVersion { found } => {
            tr_with(lang, ErrorKey::UnknownVersion, &[("found", &n(found))])
        }
        E::BrokenLink => tr(lang, ErrorKey::BrokenLink).to_owned(),
        E::UnknownLabel { row, column, value } => tr_with(
            lang,
            ErrorKey::UnknownLabel,
            &[("row", &n(row)), ("column", column), ("value", value)],
        ),
        E::UnknownRole { row, value } => tr_with(
            lang,
            ErrorKey::UnknownRole,
            &[("row", &n(row)), ("value", value)],
        ),
        E::NoRows => tr(lang, ErrorKey::NoRows).to_owned(),
        E::Unreadable => tr(lang, ErrorKey::Unreadable).to_owned(),
        E::WrongPassphrase => tr(lang, ErrorKey::WrongPassphrase).to_owned(),
        E::LockingUnavailable => tr(lang, ErrorKey::LockingUnavailable).to_owned(),
        E::IsBackup => tr(lang, ErrorKey::IsBackup).to_owned(),
        E::Empty => tr(lang, ErrorKey::EmptyFile).to_owned(),
        E::NotText(kind) => tr(
            lang,
            match kind {
                NotText::Utf16 => ErrorKey::NotUtf16,
                NotText::EightBit => ErrorKey::NotEightBit,
                NotText::Zip => ErrorKey::NotZip,
                NotText::Pdf => ErrorKey::NotPdf,
                NotText::Binary => ErrorKey::NotBinary,
            },
        )
        .to_owned(),
        E::NotOurs => tr(lang, ErrorKey::NotOurs).to_owned(),
        E::CsvQuote { line } => tr_with(lang, ErrorKey::CsvQuote, &[("line", &n(line))]),
        E::NoStatementColumns => tr(lang, ErrorKey::NoStatementColumns).to_owned(),
        E::UnknownModel { id, version } => tr_with(
            lang,
            ErrorKey::UnknownModel,
            &[("id", id), ("version", &n(version))],
        ),
        E::OtherModel {
            found,
            found_version,
            expected,
            expected_version,
        } => tr_with(
            lang,
            ErrorKey::OtherModel,
            &[
                ("found", found),
                ("found_version", &n(found_version)),
                ("expected", expected),
                ("expected_version", &n(expected_version)),
            ],
        ),
        E::Invalid { path, problem } => tr_with(
            lang,
            ErrorKey::Field,
            &[("path", path), ("problem", &problem_message(lang, problem))],
        ),
    }
}

fn problem_message(lang: Lang, problem: &Problem) -> String {
    use Problem as P;
    let n = |v: &dyn ToString| v.to_string();
    match problem {
        P::Empty => tr(lang, ErrorKey::Empty).to_owned(),
        P::TooLong { max } => tr_with(lang, ErrorKey::TooLong, &[("max", &n(max))]),
        P::TooMany { max } => tr_with(lang, ErrorKey::TooMany, &[("max", &n(max))]),
        P::TooFew { min } => tr_with(lang, ErrorKey::TooFew, &[("min", &n(min))]),
        P::DuplicateId(id) => tr_with(lang, ErrorKey::DuplicateId, &[("id", id)]),
        P::BadId(id) => tr_with(lang, ErrorKey::BadId, &[("id", id)]),
        P::BadDate(date) => tr_with(lang, ErrorKey::BadDate, &[("date", date)]),
        P::UnknownReference(r) => tr_with(lang, ErrorKey::UnknownReference, &[("r", r)]),
        P::BadLines { from, to, max } => tr_with(
            lang,
            ErrorKey::BadLines,
            &[("from", &n(from)), ("to", &n(to)), ("max", &n(max))],
        ),
        P::Expected(kind) => tr_with(
            lang,
            ErrorKey::Expected,
            &[("kind", kind_name(lang, *kind))],
        ),
        P::Missing => tr(lang, ErrorKey::Missing).to_owned(),
        P::NotInFormat => tr(lang, ErrorKey::NotInFormat).to_owned(),
        P::Twice => tr(lang, ErrorKey::Twice).to_owned(),
        P::Placeholder(name) => tr_with(lang, ErrorKey::Placeholder, &[("name", name)]),
        P::NotSupported(value) => tr_with(lang, ErrorKey::NotSupported, &[("value", value)]),
        P::Malformed(detail) => tr_with(lang, ErrorKey::Malformed, &[("detail", detail)]),
    }
}

fn kind_name(lang: Lang, kind: Kind) -> &'static str {
    tr(
        lang,
        match kind {
            Kind::Text => ErrorKey::KindText,
            Kind::WholeNumber => ErrorKey::KindWholeNumber,
            Kind::Positive => ErrorKey::KindPositive,
            Kind::Number => ErrorKey::KindNumber,
            Kind::Bool => ErrorKey::KindBool,
            Kind::Object => ErrorKey::KindObject,
            Kind::List => ErrorKey::KindList,
            Kind::Score => ErrorKey::KindScore,
            Kind::HalfScore => ErrorKey::KindHalfScore,
            Kind::Answer => ErrorKey::KindAnswer,
            Kind::LegacyAnswer => ErrorKey::KindLegacyAnswer,
            Kind::Role => ErrorKey::KindRole,
            Kind::Round => ErrorKey::KindRound,
        },
    )
}

/// A storage failure, said plainly (the notices add what to do about it).
pub fn storage_error_message(lang: Lang, error: &crate::storage::StorageError) -> String {
    use crate::storage::StorageError as S;
    match error {
        S::QuotaExceeded => tr(lang, crate::i18n::Key::StorageFull).to_owned(),
        S::Unavailable => tr(lang, ErrorKey::StorageUnavailable).to_owned(),
        S::Other(name) => tr_with(lang, ErrorKey::StorageOther, &[("name", name)]),
    }
}
