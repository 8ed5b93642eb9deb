//! CSV in and out: a survey tool's export (Microsoft Forms, Google Forms:
//! one row per respondent, one column per statement, answers as 1–5 or the
//! scale's labels), and all of an assessment's responses in the same shape.

use csv_core::{ReadRecordResult, ReaderBuilder};

use crate::core::domain::assessment::{Assessment, Millis, Respondent, Role};
use crate::core::domain::model::Model;
use crate::core::domain::scale::{Answer, Score, dont_know_label};
use crate::core::error::{ImportError, check_size};
use crate::core::formats::files::{MAX_NAME, MAX_RESPONDENTS};
use crate::core::lang::Lang;
use crate::core::map::Map;

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

/// Reads CSV with a comma, semicolon (Excel in Danish) or tab between
/// fields, quoted fields, and an optional byte-order mark.
pub fn parse_sheet(text: &str) -> Result<Sheet, ImportError> {
    check_size(text, MAX_CSV_BYTES)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
    let mut input = text.as_bytes();
    let (mut out, mut ends) = (vec![0u8; 4096], vec![0usize; 64]);
    let (mut out_len, mut ends_len) = (0, 0);
    let mut records: Vec<Vec<String>> = Vec::new();
    loop {
        let (result, read, written, ended) =
            reader.read_record(input, &mut out[out_len..], &mut ends[ends_len..]);
        input = &input[read..];
        out_len += written;
        ends_len += ended;
        match result {
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let mut start = 0;
                let record = ends[..ends_len]
                    .iter()
                    .map(|&end| {
                        let field = String::from_utf8_lossy(&out[start..end]).trim().to_owned();
                        start = end;
                        field
                    })
                    .collect::<Vec<_>>();
                // Blank lines are not respondents.
                if record.iter().any(|f| !f.is_empty()) {
                    records.push(record);
                }
                if records.len() > MAX_RESPONDENTS + 1 {
                    return Err(ImportError::Invalid {
                        path: "CSV".into(),
                        problem: crate::core::error::Problem::TooMany {
                            max: MAX_RESPONDENTS,
                        },
                    });
                }
                out_len = 0;
                ends_len = 0;
            }
            ReadRecordResult::End => break,
        }
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

/// Lower case for ASCII and the Latin-1 letters (Æ Ø Å and friends), every
/// run of other characters as one space. Not `str::to_lowercase`: its
/// Unicode tables would add about 11 kB to the bundle for letters a Danish,
/// Norwegian or English survey doesn't use.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        let c = match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
            _ => c,
        };
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

const NAME_HEADERS: [&str; 8] = [
    "navn",
    "name",
    "dit navn",
    "ditt navn",
    "your name",
    "fulde navn",
    "full name",
    "respondent",
];
const ROLE_HEADERS: [&str; 4] = ["rolle", "role", "din rolle", "your role"];

/// The column each header most likely is: a statement when the header is
/// its id or holds its text in any language (survey tools add numbers and
/// brackets around it), the respondent's name or role, or `None` when the
/// user must say.
pub fn guess_columns(headers: &[String], model: &Model) -> Vec<Option<Column>> {
    let statements: Vec<(String, Vec<String>)> = model
        .themes
        .iter()
        .flat_map(|t| t.statements.iter())
        .map(|s| {
            let texts = Lang::ALL.iter().map(|l| fold(s.text.get(*l))).collect();
            (s.id.to_string(), texts)
        })
        .collect();
    headers
        .iter()
        .map(|header| {
            let folded = fold(header);
            if NAME_HEADERS.contains(&folded.as_str()) {
                return Some(Column::Name);
            }
            if ROLE_HEADERS.contains(&folded.as_str()) {
                return Some(Column::Role);
            }
            let id = header.split_whitespace().next().unwrap_or("");
            statements
                .iter()
                .find(|(sid, texts)| {
                    sid == id
                        || texts
                            .iter()
                            .any(|t| !t.is_empty() && folded.contains(t.as_str()))
                })
                .map(|(sid, _)| Column::Statement(sid.clone()))
        })
        .collect()
}

/// A cell that is neither empty, a score nor "don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAnAnswer;

/// Reads an answer cell: empty (no answer), 1–5 (also "4 - I høj grad"),
/// a scale label or "don't know" in Danish, Norwegian or English, in any
/// case.
pub fn read_cell(text: &str) -> Result<Option<Answer>, NotAnAnswer> {
    let folded = fold(text);
    if folded.is_empty() {
        return Ok(None);
    }
    let digits: String = folded.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let rest = &folded[digits.len()..];
        // "4" alone, or "4 - I høj grad" with the label of the same score.
        let rest = rest.trim_start();
        return match digits.parse::<u8>().ok().and_then(Score::new) {
            Some(score)
                if rest.is_empty() || Lang::ALL.iter().any(|l| fold(score.label(*l)) == rest) =>
            {
                Ok(Some(Answer::Score(score)))
            }
            _ => Err(NotAnAnswer),
        };
    }
    for lang in Lang::ALL {
        if fold(dont_know_label(lang)) == folded {
            return Ok(Some(Answer::DontKnow));
        }
        if let Some(score) = Score::all()
            .into_iter()
            .find(|s| fold(s.label(lang)) == folded)
        {
            return Ok(Some(Answer::Score(score)));
        }
    }
    Err(NotAnAnswer)
}

fn read_role(text: &str) -> Option<Role> {
    let folded = fold(text);
    let words: [(&[&str], Role); 4] = [
        (
            &["", "leder", "leader", "skoleleder", "ledelse", "ledelsen"],
            Role::Leader,
        ),
        (
            &[
                "medarbejderrepræsentant",
                "medarbejder",
                "tillidsrepræsentant",
                "ansattrepresentant",
                "ansatt",
                "staff representative",
                "staff",
                "staff_representative",
            ],
            Role::StaffRepresentative,
        ),
        (
            &["konsulent", "læringskonsulent", "consultant"],
            Role::Consultant,
        ),
        (
            &["forvaltning", "kommune", "skoleeier", "municipality"],
            Role::Municipality,
        ),
    ];
    words
        .iter()
        .find(|(names, _)| names.contains(&folded.as_str()))
        .map(|(_, role)| *role)
}

/// Turns a sheet into respondents, using `columns` (one per header). Every
/// cell is checked before anything is returned: one unknown label refuses
/// the whole file, naming its row and column.
pub fn respondents_from_sheet(
    sheet: &Sheet,
    columns: &[Column],
    now: Millis,
) -> Result<Vec<Respondent>, ImportError> {
    let mut respondents: Vec<Respondent> = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        // Row 1 is the header, as a spreadsheet shows it.
        let row_number = i + 2;
        let mut name = String::new();
        let mut role = Role::Leader;
        let mut answers = Map::new();
        for ((cell, column), header) in row.iter().zip(columns).zip(&sheet.headers) {
            match column {
                Column::Name => name = cell.chars().take(MAX_NAME).collect(),
                Column::Role => {
                    role = read_role(cell).ok_or_else(|| ImportError::UnknownRole {
                        row: row_number,
                        value: cell.chars().take(60).collect(),
                    })?;
                }
                Column::Statement(id) => match read_cell(cell) {
                    Ok(Some(answer)) => {
                        answers.insert(
                            id.clone(),
                            crate::core::domain::assessment::Response {
                                answer: Some(answer),
                                comment: String::new(),
                            },
                        );
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
            name = format!("Besvarelse {}", i + 1);
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
/// statement (`T1.1 <its Danish text>`) holding 1–5, "Ved ikke" or nothing.
/// Semicolons and a byte-order mark, so Excel in Danish opens it in columns;
/// the importer above reads it back.
pub fn responses_to_csv(assessment: &Assessment, model: &Model, lang: Lang) -> String {
    let statements: Vec<_> = model
        .themes
        .iter()
        .flat_map(|t| t.statements.iter())
        .collect();
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        ["Navn", "Navn", "Name"][lang.index()].to_owned(),
        ["Rolle", "Rolle", "Role"][lang.index()].to_owned(),
    ];
    header.extend(
        statements
            .iter()
            .map(|s| format!("{} {}", s.id, s.text.get(lang))),
    );
    out.push_str(
        &header
            .iter()
            .map(|h| csv_field(h))
            .collect::<Vec<_>>()
            .join(";"),
    );
    out.push_str("\r\n");
    for r in &assessment.respondents {
        let mut row = vec![csv_field(&r.name), r.role.json_name().to_owned()];
        row.extend(statements.iter().map(|s| match r.answer(&s.id) {
            Some(Answer::Score(score)) => score.value().to_string(),
            Some(Answer::DontKnow) => csv_field(dont_know_label(lang)),
            None => String::new(),
        }));
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}
