//! CSV in and out: a survey tool's export (Microsoft Forms, Google Forms:
//! one row per respondent, one column per statement, answers as 1–5 or the
//! scale's labels), and all of an assessment's responses in the same shape.
//!
//! The words a CSV may use (scale labels, "don't know", header and role
//! names) come in as a `Vocabulary` from `crate::i18n`, so the core holds
//! no language of its own.

use std::collections::BTreeMap;

use crate::core::domain::assessment::{Assessment, Millis, Respondent, Response, Role};
use crate::core::domain::model::Model;
use crate::core::domain::scale::{Answer, Score};
use crate::core::error::{ImportError, Problem, invalid};
use crate::core::formats::files::{MAX_NAME, MAX_RESPONDENTS};
use crate::core::formats::read::check_size;
use crate::core::lang::Lang;

pub const MAX_CSV_BYTES: usize = 2_000_000;

/// A CSV file's header and rows, every row as long as the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    Statement(String),
    Name,
    Role,
    Ignore,
}

/// The words a CSV may use, folded (see `fold`) for comparing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vocabulary {
    /// Per score 1–5, its label in every language.
    scores: Vec<Vec<String>>,
    dont_know: Vec<String>,
    not_applicable: Vec<String>,
    name_headers: Vec<String>,
    role_headers: Vec<String>,
    roles: Vec<(String, Role)>,
    /// What a respondent without a name is called, before their number.
    pub unnamed: String,
}

impl Vocabulary {
    pub fn new(
        scores: [Vec<String>; 5],
        dont_know: Vec<String>,
        not_applicable: Vec<String>,
        name_headers: Vec<String>,
        role_headers: Vec<String>,
        roles: Vec<(String, Role)>,
    ) -> Self {
        let all = |words: Vec<String>| words.iter().map(|w| fold(w)).collect();
        Vocabulary {
            scores: scores.into_iter().map(all).collect(),
            dont_know: all(dont_know),
            not_applicable: all(not_applicable),
            name_headers: all(name_headers),
            role_headers: all(role_headers),
            roles: roles.iter().map(|(w, r)| (fold(w), *r)).collect(),
            unnamed: String::new(),
        }
    }
}

/// The export's header words, in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headers {
    pub name: String,
    pub role: String,
    pub dont_know: String,
    pub not_applicable: String,
}

/// Reads CSV with a comma, semicolon (Excel in Danish) or tab between
/// fields, quoted fields, and an optional byte-order mark. The delimiter is
/// the one whose parsed records agree best: most rows as wide as a header
/// of more than one column (a comma inside a quoted header can't fool it).
pub fn parse_sheet(text: &str) -> Result<Sheet, ImportError> {
    check_size(text, MAX_CSV_BYTES)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut best: Option<(usize, usize, u8, Vec<Vec<String>>)> = None;
    for delimiter in [b';', b'\t', b','] {
        let records = records(text, delimiter)?;
        let width = records.first().map_or(0, Vec::len);
        let agreeing = records.iter().filter(|r| r.len() == width).count();
        let score = (usize::from(width > 1), agreeing * width);
        if best
            .as_ref()
            .is_none_or(|(w, a, _, _)| score > (usize::from(*w > 1), a * w))
        {
            best = Some((width, agreeing, delimiter, records));
        }
    }
    let (delimiter, records) = best.map(|(_, _, d, r)| (d, r)).unwrap_or_default();
    // The reader would take the rest of the file into the open field.
    if let Some(line) = unclosed_quote(text, delimiter) {
        return Err(ImportError::CsvQuote { line });
    }
    let mut records = records.into_iter();
    let headers = records.next().ok_or(ImportError::NoRows)?;
    let rows: Vec<Vec<String>> = records
        .map(|mut row| {
            row.resize(headers.len(), String::new());
            row
        })
        .collect();
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    Ok(Sheet { headers, rows })
}

/// The line of a quotation mark that opens a field and is never closed.
/// A quote opens a field only at its start; inside, `""` is a quote.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let (mut line, mut opened_on) = (1, None);
    let mut field_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(byte) = bytes.next() {
        match (opened_on, byte) {
            (Some(_), b'"') if bytes.peek() == Some(&b'"') => {
                bytes.next();
            }
            (Some(_), b'"') => opened_on = None,
            (None, b'"') if field_start => opened_on = Some(line),
            _ => {}
        }
        if byte == b'\n' {
            line += 1;
        }
        field_start = opened_on.is_none()
            && (byte == delimiter || byte == b'\n' || (field_start && byte == b' '));
    }
    opened_on
}

/// Every non-blank record, trimmed. At most one header and 300 rows.
fn records(text: &str, delimiter: u8) -> Result<Vec<Vec<String>>, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        // A CSV the csv crate can't read at all (invalid UTF-8 can't occur
        // in a `&str`) leaves what was read so far.
        let Ok(record) = record else { break };
        let fields: Vec<String> = record.iter().map(|f| f.trim().to_owned()).collect();
        // Blank lines are not respondents.
        if fields.iter().all(String::is_empty) {
            continue;
        }
        out.push(fields);
        if out.len() > MAX_RESPONDENTS + 1 {
            return Err(invalid(
                "CSV",
                Problem::TooMany {
                    max: MAX_RESPONDENTS,
                },
            ));
        }
    }
    Ok(out)
}

/// Lower case, and every run of characters that are not letters or digits
/// as one space, for comparing headers and labels however a survey tool
/// wrote them.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The column each header most likely is: a statement when the header is
/// its id or holds its text in any language (survey tools add numbers and
/// brackets around it), the respondent's name or role, or `None` when the
/// user must say.
pub fn guess_columns(headers: &[String], model: &Model, words: &Vocabulary) -> Vec<Option<Column>> {
    let statements: Vec<(&str, Vec<String>)> = model
        .statements()
        .map(|s| {
            let texts = Lang::ALL.iter().map(|l| fold(s.text.get(*l))).collect();
            (s.id.as_str(), texts)
        })
        .collect();
    headers
        .iter()
        .map(|header| {
            let folded = fold(header);
            if words.name_headers.contains(&folded) {
                return Some(Column::Name);
            }
            if words.role_headers.contains(&folded) {
                return Some(Column::Role);
            }
            let id = header.split_whitespace().next().unwrap_or("");
            statements
                .iter()
                .find(|(sid, texts)| {
                    *sid == id
                        || texts
                            .iter()
                            .any(|t| !t.is_empty() && folded.contains(t.as_str()))
                })
                .map(|(sid, _)| Column::Statement((*sid).to_owned()))
        })
        .collect()
}

/// A cell that is neither empty, a score nor "don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAnAnswer;

/// Reads an answer cell: empty (no answer), 1–5 (also "4 - I høj grad"),
/// a scale label, "don't know" or "doesn't apply" in any language, in
/// any case.
pub fn read_cell(text: &str, words: &Vocabulary) -> Result<Option<Answer>, NotAnAnswer> {
    let folded = fold(text);
    if folded.is_empty() {
        return Ok(None);
    }
    let digits: String = folded.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        // "4" alone, or "4 - I høj grad" with the label of the same score.
        let rest = folded[digits.len()..].trim_start();
        return match digits.parse::<u8>().ok().and_then(Score::new) {
            Some(score)
                if rest.is_empty()
                    || words.scores[usize::from(score.value() - 1)]
                        .iter()
                        .any(|l| l == rest) =>
            {
                Ok(Some(Answer::Score(score)))
            }
            _ => Err(NotAnAnswer),
        };
    }
    if words.dont_know.contains(&folded) {
        return Ok(Some(Answer::DontKnow));
    }
    if words.not_applicable.contains(&folded) {
        return Ok(Some(Answer::NotApplicable));
    }
    Score::all()
        .into_iter()
        .find(|s| words.scores[usize::from(s.value() - 1)].contains(&folded))
        .map(|s| Some(Answer::Score(s)))
        .ok_or(NotAnAnswer)
}

fn read_role(text: &str, words: &Vocabulary) -> Option<Role> {
    let folded = fold(text);
    if folded.is_empty() {
        // A survey of the leadership alone often has no role column.
        return Some(Role::Leader);
    }
    words
        .roles
        .iter()
        .find(|(word, _)| *word == folded)
        .map(|(_, role)| *role)
}

/// Turns a sheet into respondents, using `columns` (one per header). Every
/// cell is checked before anything is returned: one unknown label refuses
/// the whole file, naming its row and column.
pub fn respondents_from_sheet(
    sheet: &Sheet,
    columns: &[Column],
    words: &Vocabulary,
    now: Millis,
) -> Result<Vec<Respondent>, ImportError> {
    let mut respondents: Vec<Respondent> = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        // Row 1 is the header, as a spreadsheet shows it.
        let row_number = i + 2;
        let mut name = String::new();
        let mut role = Role::Leader;
        let mut answers = BTreeMap::new();
        for ((cell, column), header) in row.iter().zip(columns).zip(&sheet.headers) {
            match column {
                Column::Name => name = cell.chars().take(MAX_NAME).collect(),
                Column::Role => {
                    role = read_role(cell, words).ok_or_else(|| ImportError::UnknownRole {
                        row: row_number,
                        value: cell.chars().take(60).collect(),
                    })?;
                }
                Column::Statement(id) => match read_cell(cell, words) {
                    Ok(Some(answer)) => {
                        let response = Response {
                            answer: Some(answer),
                            comment: String::new(),
                        };
                        answers.insert(id.clone(), response);
                    }
                    Ok(None) => {}
                    Err(NotAnAnswer) => {
                        return Err(ImportError::UnknownLabel {
                            row: row_number,
                            column: header.chars().take(60).collect(),
                            value: cell.chars().take(60).collect(),
                        });
                    }
                },
                Column::Ignore => {}
            }
        }
        if name.trim().is_empty() {
            name = format!("{} {}", words.unnamed, i + 1).trim().to_owned();
        }
        // The same person's row imported again gets the same id, so it
        // replaces rather than doubles them.
        let slug: String = fold(&name)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .take(50)
            .collect();
        let mut id = format!("csv-{slug}");
        if respondents.iter().any(|r| r.id == id) {
            id = format!("csv-{slug}-{row_number}");
        }
        respondents.push(Respondent {
            id,
            name,
            role,
            answers,
            updated_at: now,
        });
    }
    Ok(respondents)
}

fn csv_field(text: &str) -> String {
    // A leading =, +, - or @ would make a spreadsheet run it as a formula.
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Every response, one row per respondent: name, role, then one column per
/// statement (`T1.1 <its text>`) holding 1–5, "don't know" or nothing.
/// Semicolons and a byte-order mark, so Excel in Danish opens it in columns;
/// the importer above reads it back.
pub fn responses_to_csv(
    assessment: &Assessment,
    model: &Model,
    lang: Lang,
    headers: &Headers,
) -> String {
    let statements: Vec<_> = model.statements().collect();
    let mut out = String::from("\u{feff}");
    let mut header = vec![headers.name.clone(), headers.role.clone()];
    header.extend(
        statements
            .iter()
            .map(|s| format!("{} {}", s.id, s.text.get(lang))),
    );
    let header: Vec<String> = header.iter().map(|h| csv_field(h)).collect();
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for r in &assessment.respondents {
        let mut row = vec![csv_field(&r.name), r.role.json_name().to_owned()];
        row.extend(statements.iter().map(|s| match r.answer(&s.id) {
            Some(Answer::Score(score)) => score.value().to_string(),
            Some(Answer::DontKnow) => csv_field(&headers.dont_know),
            Some(Answer::NotApplicable) => csv_field(&headers.not_applicable),
            None => String::new(),
        }));
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}
