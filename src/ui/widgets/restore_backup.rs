//! Restoring a backup: pick the file, unlock it if it is locked, see what
//! it holds and what it would change, and only then restore.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::core::error::ImportError;
use crate::core::formats::backup::{Backup, MAX_BACKUP_BYTES, parse_backup};
use crate::core::formats::locked::{LOCKED_FORMAT, Sealed, parse_locked_file};
use crate::core::formats::read::envelope;
use crate::core::gathering::restore::{Change, RestorePreview, preview};
use crate::i18n::{DataKey, Lang, error_message, format_date, round_label, tr, tr_with};
use crate::state::Action;
use crate::storage;
use crate::ui::hooks::{use_app, use_store};
use crate::ui::widgets::unlock_form::UnlockForm;

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Locked {
        source: String,
        sealed: Sealed,
        error: Option<ImportError>,
        busy: bool,
    },
    Ready(Rc<Backup>),
    Refused(ImportError),
}

/// A backup's text as what it holds, or a locked file waiting for its
/// passphrase.
fn read(source: String, text: &str) -> Stage {
    match envelope(text, LOCKED_FORMAT, 1) {
        Ok(_) => match parse_locked_file(text) {
            Ok(sealed) => Stage::Locked {
                source,
                sealed,
                error: None,
                busy: false,
            },
            Err(error) => Stage::Refused(error),
        },
        Err(ImportError::WrongFormat { .. }) => match parse_backup(text) {
            Ok(backup) => Stage::Ready(Rc::new(backup)),
            Err(error) => Stage::Refused(error),
        },
        Err(error) => Stage::Refused(error),
    }
}

#[component]
pub fn RestoreBackup() -> Html {
    let app = use_app();
    let store = use_store();
    let lang = app.lang;
    let stage = use_state(|| Stage::Idle);

    let on_pick = {
        let stage = stage.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let stage = stage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let source = file.name();
                stage.set(match browser::read_file(&file, MAX_BACKUP_BYTES).await {
                    Ok(text) => read(source, &text),
                    Err(error) => Stage::Refused(error),
                });
            });
        })
    };
    let on_unlock = {
        let stage = stage.clone();
        Callback::from(move |passphrase: String| {
            let Stage::Locked { source, sealed, .. } = (*stage).clone() else {
                return;
            };
            stage.set(Stage::Locked {
                source: source.clone(),
                sealed: sealed.clone(),
                error: None,
                busy: true,
            });
            let stage = stage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::crypto::unlock(&passphrase, &sealed, MAX_BACKUP_BYTES).await {
                    Ok(text) => stage.set(read(source, &text)),
                    Err(error) => stage.set(Stage::Locked {
                        source,
                        sealed,
                        error: Some(error),
                        busy: false,
                    }),
                }
            });
        })
    };
    let cancel = {
        let stage = stage.clone();
        Callback::from(move |_| stage.set(Stage::Idle))
    };

    let body = match &*stage {
        Stage::Idle => Html::default(),
        Stage::Refused(error) => html! {
            <div class="notice error" role="alert">
                <p>{ tr(lang, DataKey::RestoreRefused) }</p>
                <p>{ error_message(lang, error) }</p>
            </div>
        },
        Stage::Locked {
            source,
            error,
            busy,
            ..
        } => html! {
            <UnlockForm source={source.clone()} id="restore" error={error.clone()} busy={*busy} on_unlock={on_unlock} />
        },
        Stage::Ready(backup) => {
            let shown = preview(backup, |id| app.assessment(id).map(|a| &**a), &app.catalog);
            let restore = {
                let (app, store, stage, backup) =
                    (app.clone(), store.clone(), stage.clone(), backup.clone());
                Callback::from(move |_| {
                    for model in &backup.models {
                        if app.catalog.find(&model.id, model.model_version).is_none() {
                            let _ = storage::save_model(store.0.as_ref(), model);
                            app.dispatch(Action::AddModel(model.clone()));
                        }
                    }
                    app.dispatch(Action::RestoreBackup {
                        assessments: backup.assessments.clone(),
                        now: browser::now(),
                    });
                    stage.set(Stage::Idle);
                })
            };
            preview_view(lang, &shown, restore, cancel)
        }
    };

    html! {
        <section class="card restore" aria-labelledby="restore-heading">
            <h2 id="restore-heading">{ tr(lang, DataKey::RestoreHeading) }</h2>
            <p>{ tr(lang, DataKey::RestoreIntro) }</p>
            <p>
                <label for="restore-file" class="button">{ tr(lang, DataKey::ChooseBackup) }</label>
                <input id="restore-file" class="visually-hidden" type="file"
                    accept=".json,application/json" onchange={on_pick} />
            </p>
            { body }
            if let (Stage::Idle, Some(outcomes)) = (&*stage, &app.last_restore) {
                <div class="notice ok" role="status">
                    <p>{ tr(lang, DataKey::Restored) }</p>
                    <ul>
                        { for outcomes.iter().map(|o| html! {
                            <li>
                                <strong>{ &o.title }</strong>{ ": " }
                                { change_text(lang, &o.change) }
                                if o.differences > 0 {
                                    { " · " }{ tr_with(lang, DataKey::Differences, &[("n", &o.differences.to_string())]) }
                                }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}

fn change_text(lang: Lang, change: &Change) -> String {
    match change {
        Change::New => tr(lang, DataKey::ChangeNew).to_owned(),
        Change::Unchanged => tr(lang, DataKey::ChangeUnchanged).to_owned(),
        Change::Adds {
            respondents,
            answers,
            other,
        } => {
            let count = |n: usize, one: DataKey, many: DataKey| match n {
                0 => None,
                1 => Some(tr(lang, one).to_owned()),
                n => Some(tr_with(lang, many, &[("n", &n.to_string())])),
            };
            let parts: Vec<String> = [
                count(*respondents, DataKey::OneRespondent, DataKey::Respondents),
                count(*answers, DataKey::OneAnswer, DataKey::Answers),
                count(*other, DataKey::OneOther, DataKey::Others),
            ]
            .into_iter()
            .flatten()
            .collect();
            let list = match parts.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("{} {} {last}", rest.join(", "), tr(lang, DataKey::And))
                }
                _ => parts.concat(),
            };
            tr_with(lang, DataKey::ChangeAdds, &[("list", &list)])
        }
    }
}

fn preview_view(
    lang: Lang,
    shown: &RestorePreview,
    restore: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
) -> Html {
    let when = |at| browser::format_moment(lang, at);
    html! {
        <div class="restore-preview">
            <h3 id="restore-preview-heading">{ tr_with(lang, DataKey::BackupFrom, &[("when", &when(shown.created))]) }</h3>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="restore-preview-heading">
                <table class="staged">
                    <thead><tr>
                        <th scope="col">{ tr(lang, DataKey::ColAssessment) }</th>
                        <th scope="col">{ tr(lang, DataKey::ColDate) }</th>
                        <th scope="col" class="num">{ tr(lang, DataKey::ColRespondents) }</th>
                        <th scope="col">{ tr(lang, DataKey::ColChanged) }</th>
                        <th scope="col">{ tr(lang, DataKey::ColWhatHappens) }</th>
                    </tr></thead>
                    <tbody>
                        { for shown.items.iter().map(|item| html! {
                            <tr>
                                <th scope="row">{ &item.title }</th>
                                <td>{ format_date(lang, &item.date) }{ " · " }{ round_label(lang, item.round) }</td>
                                <td class="num">{ item.respondents }</td>
                                <td>
                                    { when(item.backup_changed) }{ " / " }
                                    { item.device_changed.map_or_else(|| "–".to_owned(), when) }
                                </td>
                                <td>
                                    { change_text(lang, &item.change) }
                                    if item.differences > 0 {
                                        <br />{ tr_with(lang, DataKey::Differences, &[("n", &item.differences.to_string())]) }
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if !shown.new_models.is_empty() {
                <p>{ tr_with(lang, DataKey::NewModels, &[("models", &shown.new_models.iter()
                    .map(|(title, version)| format!("{} (v{version})", title.get(lang)))
                    .collect::<Vec<_>>().join(", "))]) }</p>
            }
            <p class="card-actions">
                if shown.changes_anything() {
                    <button type="button" class="button primary" onclick={restore}>{ tr(lang, DataKey::RestoreButton) }</button>
                } else {
                    <span class="meta">{ tr(lang, DataKey::NothingToRestore) }</span>
                }
                <button type="button" class="button subtle" onclick={cancel}>{ tr(lang, DataKey::Cancel) }</button>
            </p>
        </div>
    }
}
