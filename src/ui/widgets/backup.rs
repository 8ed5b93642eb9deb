//! Saving a backup of everything, and the reminder to do so.

use yew::prelude::*;

use crate::browser;
use crate::core::domain::safekeeping::{NUDGE_AFTER, NUDGE_AFTER_WEBKIT};
use crate::core::error::ImportError;
use crate::core::formats::backup::backup_to_json;
use crate::core::formats::locked::locked_file_json;
use crate::i18n::{DataKey, tr};
use crate::state::{Action, AppContext};
use crate::ui::hooks::use_app;

/// Downloads every assessment and own model as one file, locked when a
/// passphrase is given, and records the backup. `done` hears the file's
/// name, or why it could not be made.
pub fn save_backup(
    app: &AppContext,
    passphrase: Option<String>,
    done: Callback<Result<String, ImportError>>,
) {
    let now = browser::now();
    let text = backup_to_json(
        now,
        app.assessments.values().map(|a| &**a),
        app.catalog.own.iter().map(|m| &**m),
    );
    let word = tr(app.lang, DataKey::BackupHeading);
    let name = browser::file_name(&[word, &browser::today()], "json");
    let dispatcher = app.dispatcher();
    wasm_bindgen_futures::spawn_local(async move {
        let text = match passphrase {
            None => text,
            Some(passphrase) => match crate::crypto::lock(&passphrase, &text).await {
                Ok(sealed) => locked_file_json(&sealed),
                Err(error) => {
                    done.emit(Err(error));
                    return;
                }
            },
        };
        if browser::download(&name, "application/json", &text).is_ok() {
            dispatcher.dispatch(Action::RecordBackup { at: now });
            done.emit(Ok(name));
        } else {
            done.emit(Err(ImportError::Unreadable));
        }
    });
}

/// A polite reminder, after a session with changes, when nothing has been
/// backed up for a week (the rule is `BackupRecord::should_nudge`).
#[component]
pub fn BackupNudge() -> Html {
    let app = use_app();
    let lang = app.lang;
    let webkit = browser::is_webkit();
    let after = if webkit {
        NUDGE_AFTER_WEBKIT
    } else {
        NUDGE_AFTER
    };
    if !app
        .backup
        .should_nudge_after(app.changed_this_session, browser::now(), after)
    {
        return Html::default();
    }
    let save = {
        let app = app.clone();
        Callback::from(move |_| save_backup(&app, None, Callback::noop()))
    };
    let later = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::DismissBackupNudge { at: browser::now() }))
    };
    html! {
        <div class="notice info nudge" role="status">
            <p>{ tr(lang, if webkit { DataKey::NudgeWebKit } else { DataKey::NudgeText }) }</p>
            <p class="card-actions">
                <button type="button" class="button primary" onclick={save}>{ tr(lang, DataKey::SaveBackup) }</button>
                <button type="button" class="button subtle" onclick={later}>{ tr(lang, DataKey::NotNow) }</button>
            </p>
        </div>
    }
}

/// A new version has been downloaded: the user reloads when they like.
#[component]
pub fn UpdateNotice() -> Html {
    let app = use_app();
    if !app.update_ready {
        return Html::default();
    }
    let reload = Callback::from(|_| crate::device::apply_update());
    html! {
        <div class="notice info update" role="status">
            <p>{ tr(app.lang, DataKey::UpdateReady) }</p>
            <button type="button" class="button" onclick={reload}>{ tr(app.lang, DataKey::Reload) }</button>
        </div>
    }
}
