//! The import page's list of what has been brought in and not yet stored:
//! respondents staged from files and links, a CSV waiting for the user to
//! say what its unknown columns hold, and what could not be read. Pure, so
//! every step is tested natively; the page only renders it.

use crate::core::domain::assessment::{MergeOutcome, Millis};
use crate::core::domain::catalog::Catalog;
use crate::core::domain::model::Model;
use crate::core::error::ImportError;
use crate::core::formats::csv::{Column, Sheet, Vocabulary, guess_columns, respondents_from_sheet};
use crate::core::formats::locked::Sealed;
use crate::core::gathering::{FileContent, Incoming, stage};

/// A CSV file waiting for the user to say what its unknown columns hold.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingCsv {
    pub file: String,
    pub sheet: Sheet,
    /// What each column was recognised as; `None` for the user to say.
    pub guessed: Vec<Option<Column>>,
    pub chosen: Vec<Column>,
}

/// A file or link that waits for its passphrase.
#[derive(Clone, Debug, PartialEq)]
pub struct LockedItem {
    pub source: String,
    pub sealed: Sealed,
    /// Why the last try failed (a wrong passphrase, say).
    pub error: Option<ImportError>,
}

/// What the page has gathered so far; nothing here is stored until the
/// user adds it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Staging {
    pub staged: Vec<Incoming>,
    /// Names whose earlier copy in the list was kept or replaced.
    pub duplicates: Vec<String>,
    /// Each source that could not be used, and why.
    pub problems: Vec<(String, ImportError)>,
    pub csv: Option<PendingCsv>,
    pub locked: Vec<LockedItem>,
    /// Each CSV read: how many rows it gave and how many statements its
    /// columns matched.
    pub csv_read: Vec<CsvRead>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CsvRead {
    pub file: String,
    pub rows: usize,
    pub statements: usize,
}

pub enum Step {
    /// A file or link was read (or failed to be).
    Read {
        source: String,
        content: Result<FileContent, ImportError>,
        now: Millis,
    },
    /// The user said what a CSV column holds.
    SetColumn(usize, Column),
    /// The user is done mapping: the CSV's rows are staged.
    UseCsv { now: Millis },
    /// Adding was refused; what is staged stays.
    Refuse(ImportError),
    /// A locked item was opened: what it held is read in its place.
    Unlocked {
        index: usize,
        content: Result<FileContent, ImportError>,
    },
    /// A locked item could not be opened; it stays, with the reason.
    UnlockFailed { index: usize, error: ImportError },
    /// Added, or thrown away.
    Clear,
}

impl Staging {
    /// Applies one step. `model` is the one a CSV's columns are matched to;
    /// answers from files and links must be to a model in `catalog`.
    pub fn apply(&mut self, step: Step, model: &Model, catalog: &Catalog, words: &Vocabulary) {
        match step {
            Step::Read {
                source,
                content,
                now,
            } => match content {
                Ok(FileContent::Respondents(list)) => {
                    match list
                        .iter()
                        .find(|i| catalog.find(&i.model_id, i.model_version).is_none())
                    {
                        Some(unknown) => self.problems.push((
                            source,
                            ImportError::UnknownModel {
                                id: unknown.model_id.clone(),
                                version: unknown.model_version,
                            },
                        )),
                        None => self.stage_all(list),
                    }
                }
                Ok(FileContent::Csv(sheet)) => {
                    let guessed = guess_columns(&sheet.headers, model, words);
                    let chosen = guessed
                        .iter()
                        .map(|c| c.clone().unwrap_or(Column::Ignore))
                        .collect();
                    let recognised = guessed.iter().all(Option::is_some);
                    self.csv = Some(PendingCsv {
                        file: source,
                        sheet,
                        guessed,
                        chosen,
                    });
                    // Nothing to ask: straight to the list.
                    if recognised {
                        self.apply(Step::UseCsv { now }, model, catalog, words);
                    }
                }
                Ok(FileContent::Locked(sealed)) => self.locked.push(LockedItem {
                    source,
                    sealed,
                    error: None,
                }),
                Err(error) => self.problems.push((source, error)),
            },
            Step::Unlocked { index, content } => {
                if index < self.locked.len() {
                    let item = self.locked.remove(index);
                    let source = item.source;
                    // A locked file holds no CSV, so no time is needed.
                    let read = Step::Read {
                        source,
                        content,
                        now: 0,
                    };
                    self.apply(read, model, catalog, words);
                }
            }
            Step::UnlockFailed { index, error } => {
                if let Some(item) = self.locked.get_mut(index) {
                    item.error = Some(error);
                }
            }
            Step::SetColumn(i, column) => {
                if let Some(slot) = self.csv.as_mut().and_then(|c| c.chosen.get_mut(i)) {
                    *slot = column;
                }
            }
            Step::UseCsv { now } => {
                let Some(csv) = self.csv.take() else { return };
                let statements = csv
                    .chosen
                    .iter()
                    .filter_map(|c| match c {
                        Column::Statement(id) => Some(id),
                        _ => None,
                    })
                    .collect::<std::collections::BTreeSet<_>>()
                    .len();
                if statements == 0 {
                    self.problems
                        .push((csv.file, ImportError::NoStatementColumns));
                    return;
                }
                match respondents_from_sheet(&csv.sheet, &csv.chosen, words, now) {
                    Ok(people) => {
                        self.csv_read.push(CsvRead {
                            file: csv.file.clone(),
                            rows: people.len(),
                            statements,
                        });
                        let incoming = people.into_iter().map(|respondent| Incoming {
                            source: csv.file.clone(),
                            respondent,
                            assessment: None,
                            model_id: model.id.clone(),
                            model_version: model.model_version,
                        });
                        self.stage_all(incoming.collect());
                    }
                    Err(error) => self.problems.push((csv.file, error)),
                }
            }
            Step::Refuse(error) => self.problems.push((String::new(), error)),
            Step::Clear => *self = Staging::default(),
        }
    }

    fn stage_all(&mut self, list: Vec<Incoming>) {
        for incoming in list {
            let name = incoming.respondent.name.clone();
            if stage(&mut self.staged, incoming) != MergeOutcome::Added {
                self.duplicates.push(name);
            }
        }
    }
}
