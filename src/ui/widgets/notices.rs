use yew::prelude::*;

use crate::browser;
use crate::core::domain::merge::Conflict;
use crate::core::formats::files::assessment_to_storage_json;
use crate::i18n::{DataKey, Key, error_message, storage_error_message, tr, tr_with};
use crate::state::{Action, AppState, Notice, SaveStatus};
use crate::storage::Store;
use crate::ui::hooks::use_app;
use crate::ui::widgets::backup::{BackupNudge, UpdateNotice};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// Where set-aside copies are kept: the app's own store.
    pub store: Store,
}

/// Warnings that must not be missed: storage blocked or full, data set
/// aside, answers changed in two windows at once.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let storage_warning = match (&app.save, app.persistent) {
        (_, false) => Some(tr(lang, Key::StorageBlocked).to_owned()),
        (SaveStatus::Failed { error }, true) => Some(match error {
            crate::storage::StorageError::QuotaExceeded => tr(lang, Key::StorageFull).to_owned(),
            other => tr_with(
                lang,
                Key::StorageFailed,
                &[("detail", &storage_error_message(lang, other))],
            ),
        }),
        _ => None,
    };
    let export = {
        let app = app.clone();
        Callback::from(move |_| export_assessments(&app))
    };
    html! {
        <div class="notices">
            <UpdateNotice />
            <BackupNudge />
            if let Some(text) = storage_warning {
                <div class="notice warn" role="alert">
                    <p>{ text }</p>
                    <button type="button" class="button" onclick={export}>{ tr(lang, Key::ExportFile) }</button>
                </div>
            }
            { for app.notices.iter().enumerate().map(|(index, notice)| notice_view(&app, &props.store, index, notice)) }
        </div>
    }
}

fn notice_view(
    app: &crate::state::AppContext,
    store: &Store,
    index: usize,
    notice: &Notice,
) -> Html {
    let lang = app.lang;
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::DismissNotice(index)))
    };
    let (class, body) = match notice {
        Notice::SetAsideEarlier { key } => {
            let delete = {
                let (app, store, key) = (app.clone(), store.clone(), key.clone());
                Callback::from(move |_| {
                    let question = tr_with(app.lang, Key::ConfirmDeleteCopy, &[("key", &key)]);
                    if browser::confirm(&question) && store.0.remove(&key).is_ok() {
                        app.dispatch(Action::DismissNotice(index));
                    }
                })
            };
            (
                "notice warn",
                html! {
                    <>
                        <p>{ tr_with(lang, Key::SetAsideEarlier, &[("key", key)]) }</p>
                        <button type="button" class="button" onclick={download_copy(store, key)}>{ tr(lang, Key::DownloadCopy) }</button>
                        <button type="button" class="button" onclick={delete}>{ tr(lang, Key::DeleteCopy) }</button>
                    </>
                },
            )
        }
        Notice::Quarantined(q) => {
            let download = download_copy(store, &q.key);
            (
                "notice error",
                html! {
                    <>
                        <p>{ tr_with(lang, Key::Quarantined, &[("key", &q.key), ("reason", &error_message(lang, &q.error))]) }</p>
                        <button type="button" class="button" onclick={download}>{ tr(lang, Key::DownloadCopy) }</button>
                    </>
                },
            )
        }
        Notice::Conflicts {
            assessment,
            conflicts,
        } => (
            "notice warn",
            html! { <p>{ tr_with(lang, Key::Conflict, &[("n", &conflicts.len().to_string()), ("list", &statements(app, assessment, conflicts))]) }</p> },
        ),
        Notice::RestoreDifferences {
            assessment,
            conflicts,
        } => (
            "notice warn",
            html! { <p>{ tr_with(lang, DataKey::RestoreDifferences, &[("n", &conflicts.len().to_string()), ("list", &statements(app, assessment, conflicts))]) }</p> },
        ),
        Notice::UpdatedElsewhere { .. } => (
            "notice info",
            html! { <p>{ tr(lang, Key::UpdatedElsewhere) }</p> },
        ),
    };
    html! {
        <div class={class} role={if class == "notice info" { "status" } else { "alert" }}>
            { body }
            <button type="button" class="button subtle" onclick={dismiss}>{ tr(lang, Key::Dismiss) }</button>
        </div>
    }
}

/// The statements answered differently, each with its theme: "T1.2 (Retning)".
fn statements(app: &AppState, assessment: &str, conflicts: &[Conflict]) -> String {
    let model = app
        .assessment(assessment)
        .and_then(|a| app.catalog.find(&a.model_id, a.model_version));
    conflicts
        .iter()
        .map(
            |c| match model.as_ref().and_then(|m| m.statement(&c.statement_id)) {
                Some((theme, _)) => format!("{} ({})", c.statement_id, theme.short.get(app.lang)),
                None => c.statement_id.clone(),
            },
        )
        .collect::<Vec<_>>()
        .join(", ")
}

/// Offers the copy under `key`, byte for byte, as a file.
fn download_copy(store: &Store, key: &str) -> Callback<MouseEvent> {
    let (store, key) = (store.clone(), key.to_owned());
    Callback::from(move |_| {
        if let Ok(Some(text)) = store.0.get(&key) {
            let _ = browser::download(&format!("{key}.json"), "application/json", &text);
        }
    })
}

/// Downloads the assessment on screen, or every assessment from the start
/// page, as files the user keeps.
fn export_assessments(state: &AppState) {
    let chosen: Vec<_> = match state.route.assessment_id() {
        Some(id) => state.assessment(id).into_iter().collect(),
        None => state.assessments.values().collect(),
    };
    for assessment in chosen {
        let name = browser::file_name(
            &[&assessment.school, &assessment.team, &assessment.date],
            "json",
        );
        let text = browser::pretty_json(&assessment_to_storage_json(assessment));
        let _ = browser::download(&name, "application/json", &text);
    }
}
