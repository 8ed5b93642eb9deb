use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::core::error::ImportError;
use crate::core::route::Route;
use crate::device;
use crate::i18n::{DataKey, error_message, format_bytes, storage_error_message, tr, tr_with};
use crate::state::Action;
use crate::storage;
use crate::ui::hooks::{use_app, use_store};
use crate::ui::widgets::backup::save_backup;
use crate::ui::widgets::restore_backup::RestoreBackup;

/// Passphrases shorter than this are refused: they fall to guessing.
pub const MIN_PASSPHRASE: usize = 8;

/// What the browser says about keeping this site's data.
#[derive(Clone, Default, PartialEq)]
struct Keeping {
    persistent: Option<bool>,
    estimate: Option<(f64, f64)>,
}

/// The device's data: whether the browser keeps it, how much there is,
/// the last backup; saving a backup, restoring one, deleting everything.
#[component]
pub fn DataPage() -> Html {
    let app = use_app();
    let store = use_store();
    let lang = app.lang;
    let keeping = use_state(Keeping::default);
    let asked = use_state(|| 0u32);
    {
        let keeping = keeping.clone();
        use_effect_with(*asked, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                keeping.set(Keeping {
                    persistent: device::is_persistent().await,
                    estimate: device::estimate().await,
                });
            });
        });
    }
    let ask = {
        let asked = asked.clone();
        Callback::from(move |_| {
            let asked = asked.clone();
            wasm_bindgen_futures::spawn_local(async move {
                device::request_persistence().await;
                asked.set(*asked + 1);
            });
        })
    };

    let passphrase = use_state(String::new);
    let backup_status = use_state(|| None::<Result<String, ImportError>>);
    let on_passphrase = {
        let passphrase = passphrase.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            passphrase.set(input.value());
        })
    };
    let too_short = !passphrase.is_empty() && passphrase.chars().count() < MIN_PASSPHRASE;
    let backup = {
        let (app, passphrase, status) = (app.clone(), passphrase.clone(), backup_status.clone());
        Callback::from(move |_| {
            if !passphrase.is_empty() && passphrase.chars().count() < MIN_PASSPHRASE {
                return;
            }
            let lock = (!passphrase.is_empty()).then(|| (*passphrase).clone());
            let status = status.clone();
            save_backup(&app, lock, Callback::from(move |r| status.set(Some(r))));
        })
    };

    let deleted = use_state(|| None::<Result<(), String>>);
    let delete = {
        let (app, store, deleted) = (app.clone(), store.clone(), deleted.clone());
        Callback::from(move |_| {
            if !browser::confirm(tr(app.lang, DataKey::DeleteConfirm)) {
                return;
            }
            let (app, store, deleted) = (app.clone(), store.clone(), deleted.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = device::delete_everything(store.0.as_ref()).await;
                app.dispatch(Action::ForgetEverything);
                deleted.set(Some(
                    result.map_err(|e| storage_error_message(app.lang, &e)),
                ));
            });
        })
    };

    let respondents: usize = app.assessments.values().map(|a| a.respondents.len()).sum();
    let holds = tr_with(
        lang,
        DataKey::HoldsValue,
        &[
            ("assessments", &app.assessments.len().to_string()),
            ("respondents", &respondents.to_string()),
            ("models", &app.catalog.own.len().to_string()),
        ],
    );
    let app_usage = storage::app_usage(store.0.as_ref())
        .map(|bytes| format_bytes(lang, bytes as f64))
        .unwrap_or_else(|_| tr(lang, DataKey::Unknown).to_owned());
    let to_privacy = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            app.dispatch(Action::Navigate(Route::Privacy));
        })
    };

    html! {
        <section class="form-page data-page" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, DataKey::DataHeading) }</h1>
            <p>{ tr(lang, DataKey::DataIntro) }</p>

            <section class="card" aria-labelledby="storage-heading">
                <h2 id="storage-heading">{ tr(lang, DataKey::StorageHeading) }</h2>
                <dl class="facts">
                    <dt>{ tr(lang, DataKey::Persistence) }</dt>
                    <dd id="persistence">
                        { tr(lang, match keeping.persistent {
                            Some(true) => DataKey::Persistent,
                            Some(false) => DataKey::NotPersistent,
                            None => DataKey::PersistenceUnknown,
                        }) }
                        if keeping.persistent == Some(false) && device::can_ask_persistence() {
                            <div><button type="button" class="button" onclick={ask}>{ tr(lang, DataKey::AskPersistence) }</button></div>
                        }
                    </dd>
                    <dt>{ tr(lang, DataKey::Holds) }</dt>
                    <dd>{ holds }</dd>
                    <dt>{ tr(lang, DataKey::AppUsage) }</dt>
                    <dd id="app-usage">{ tr_with(lang, DataKey::AppUsageValue, &[("size", &app_usage)]) }</dd>
                    <dt>{ tr(lang, DataKey::SiteUsage) }</dt>
                    <dd id="site-usage">
                        { match keeping.estimate {
                            Some((used, quota)) => tr_with(lang, DataKey::SiteUsageValue, &[
                                ("used", &format_bytes(lang, used)),
                                ("quota", &format_bytes(lang, quota)),
                            ]),
                            None => tr(lang, DataKey::Unknown).to_owned(),
                        } }
                    </dd>
                    <dt>{ tr(lang, DataKey::LastBackup) }</dt>
                    <dd id="last-backup">
                        { app.backup.last_backup.map_or_else(
                            || tr(lang, DataKey::NoBackupYet).to_owned(),
                            |at| browser::format_moment(lang, at),
                        ) }
                    </dd>
                </dl>
            </section>

            <section class="card" aria-labelledby="backup-heading">
                <h2 id="backup-heading">{ tr(lang, DataKey::BackupHeading) }</h2>
                <p>{ tr(lang, DataKey::BackupIntro) }</p>
                <div class="field">
                    <label for="backup-passphrase">{ tr(lang, DataKey::BackupPassphraseLabel) }</label>
                    <input id="backup-passphrase" type="password" autocomplete="new-password"
                        value={(*passphrase).clone()} oninput={on_passphrase}
                        aria-invalid={too_short.to_string()}
                        aria-describedby={too_short.then_some("backup-passphrase-error")} />
                    if too_short {
                        <p id="backup-passphrase-error" class="field-error">{ tr(lang, DataKey::PassphraseTooShort) }</p>
                    }
                </div>
                <p><button type="button" class="button primary" onclick={backup}>{ tr(lang, DataKey::SaveBackup) }</button></p>
                <p class="meta" role="status">
                    { match &*backup_status {
                        Some(Ok(name)) => tr_with(lang, DataKey::BackupSaved, &[("name", name)]),
                        Some(Err(error)) => error_message(lang, error),
                        None => String::new(),
                    } }
                </p>
            </section>

            <RestoreBackup />

            <section class="card danger" aria-labelledby="delete-heading">
                <h2 id="delete-heading">{ tr(lang, DataKey::DeleteHeading) }</h2>
                <p>{ tr(lang, DataKey::DeleteIntro) }</p>
                <p><button type="button" class="button danger" onclick={delete}>{ tr(lang, DataKey::DeleteAll) }</button></p>
                <p role="status">
                    { match &*deleted {
                        Some(Ok(())) => tr(lang, DataKey::Deleted).to_owned(),
                        Some(Err(error)) => tr_with(lang, DataKey::DeleteFailed, &[("error", error)]),
                        None => String::new(),
                    } }
                </p>
            </section>

            <p><a href={Route::Privacy.to_fragment()} onclick={to_privacy}>{ tr(lang, DataKey::ReadMorePrivacy) }</a></p>
        </section>
    }
}
