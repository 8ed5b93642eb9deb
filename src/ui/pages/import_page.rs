use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::{Assessment, MergeOutcome, Round};
use crate::core::domain::catalog::Catalog;
use crate::core::domain::model::Model;
use crate::core::formats::files::MAX_ASSESSMENT_BYTES;
use crate::core::gathering::staging::{Staging, Step};
use crate::core::gathering::{
    check_fits, default_target, new_target, read_file_text, read_link_text,
};
use crate::core::route::Route;
use crate::i18n::words::csv_vocabulary;
use crate::i18n::{Key, error_message, role_label, tr, tr_with};
use crate::state::{Action, ImportReport};
use crate::ui::hooks::use_app;
use crate::ui::widgets::csv_columns::CsvColumns;
use crate::ui::widgets::unlock_form::UnlockForm;

/// The import list as the page's own small state (`core::gathering::staging`
/// holds the logic).
#[derive(Default, PartialEq)]
pub struct StagingState(pub Staging);

/// A step, with the models the device knows when it is taken.
pub struct Staged(Step, Catalog);

impl Reducible for StagingState {
    type Action = Staged;

    fn reduce(self: Rc<Self>, Staged(step, catalog): Staged) -> Rc<Self> {
        let mut next = self.0.clone();
        // The words are the same in every language; only an unnamed CSV
        // row's name is in Danish, as the file's own language is unknown.
        let words = csv_vocabulary(crate::i18n::Lang::Da);
        next.apply(step, Model::builtin(), &catalog, &words);
        Rc::new(StagingState(next))
    }
}

const NEW: &str = "__new";

#[derive(Properties, PartialEq)]
pub struct ImportPageProps {
    /// A share link being opened (the part after `#/i/`).
    #[prop_or_default]
    pub link: Option<String>,
}

/// Brings respondents in from files (picked or dropped), pasted links, an
/// opened share link or a survey tool's CSV; shows who will be added where;
/// adds them only when the user says so.
#[component]
pub fn ImportPage(props: &ImportPageProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let staging = use_reducer(StagingState::default);
    // Each step carries the models known at the time it is taken.
    let stage = {
        let (staging, catalog) = (staging.dispatcher(), app.catalog.clone());
        Callback::from(move |step: Step| staging.dispatch(Staged(step, catalog.clone())))
    };
    let links = use_state(String::new);
    let target = use_state(|| None::<String>);

    {
        // An opened share link: its answers wait here, and the address
        // becomes this page's own.
        let (stage, app) = (stage.clone(), app.dispatcher());
        use_effect_with(props.link.clone(), move |link| {
            if let Some(link) = link {
                let source = tr(lang, Key::LinkSource).to_owned();
                stage.emit(Step::Read {
                    content: read_link_text(&source, link),
                    source,
                    now: browser::now(),
                });
                browser::replace_route(&Route::Import);
                app.dispatch(Action::Navigate(Route::Import));
            }
        });
    }

    let read_files = {
        let stage = stage.clone();
        Rc::new(move |files: Option<web_sys::FileList>| {
            let Some(files) = files else { return };
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                let stage = stage.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let source = file.name();
                    let content = browser::read_file(&file, MAX_ASSESSMENT_BYTES)
                        .await
                        .and_then(|text| read_file_text(&source, &text));
                    stage.emit(Step::Read {
                        source,
                        content,
                        now: browser::now(),
                    });
                });
            }
        })
    };
    let on_pick = {
        let read_files = read_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            read_files(input.files());
            // The same file can be picked again after a fix.
            input.set_value("");
        })
    };
    let on_drop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        read_files(e.data_transfer().and_then(|d| d.files()));
    });
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_links_input = {
        let links = links.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            links.set(area.value());
        })
    };
    let on_read_links = {
        let (links, stage) = (links.clone(), stage.clone());
        Callback::from(move |_| {
            for (n, line) in links.lines().filter(|l| !l.trim().is_empty()).enumerate() {
                let source = format!("{} {}", tr(lang, Key::LinkSource), n + 1);
                stage.emit(Step::Read {
                    content: read_link_text(&source, line),
                    source,
                    now: browser::now(),
                });
            }
            links.set(String::new());
        })
    };

    let unlocking = use_state(|| None::<usize>);
    let unlock = |index: usize| {
        let (stage, unlocking) = (stage.clone(), unlocking.clone());
        let item = staging.0.locked.get(index).cloned();
        Callback::from(move |passphrase: String| {
            let Some(item) = item.clone() else { return };
            let (stage, unlocking) = (stage.clone(), unlocking.clone());
            unlocking.set(Some(index));
            wasm_bindgen_futures::spawn_local(async move {
                let opened =
                    crate::crypto::unlock(&passphrase, &item.sealed, MAX_ASSESSMENT_BYTES).await;
                unlocking.set(None);
                stage.emit(match opened {
                    Ok(text) => Step::Unlocked {
                        index,
                        content: read_file_text(&item.source, &text),
                    },
                    Err(error) => Step::UnlockFailed { index, error },
                });
            });
        })
    };

    let list = &staging.0;
    let stored = app.assessments_by_recency();
    let proposed = new_target(&list.staged, 0);
    let chosen_target = (*target)
        .clone()
        .or_else(|| default_target(&list.staged, stored.iter().map(|a| a.as_ref())))
        .unwrap_or_else(|| NEW.to_owned());
    let new_title = proposed.as_ref().map_or_else(
        // A CSV alone names no assessment: its file name, less ".csv".
        || {
            let source = list.staged.first().map_or("", |i| i.source.as_str());
            source
                .rsplit_once('.')
                .map_or(source, |(stem, _)| stem)
                .to_owned()
        },
        Assessment::title,
    );
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            target.set(Some(select.value()));
        })
    };
    let on_add = {
        let (app, staging, stage, target) =
            (app.clone(), staging.clone(), stage.clone(), target.clone());
        let (chosen_target, new_title) = (chosen_target.clone(), new_title.clone());
        Callback::from(move |_| {
            let now = browser::now();
            let staged = &staging.0.staged;
            let (assessment, create) = match app.assessment(&chosen_target) {
                Some(existing) => (Assessment::clone(existing), false),
                None => {
                    let made = new_target(staged, now);
                    let made = made.unwrap_or_else(|| {
                        Assessment::new(
                            browser::new_id("a"),
                            Model::builtin(),
                            &new_title,
                            "",
                            &browser::today(),
                            Round::Baseline,
                            now,
                        )
                    });
                    (made, true)
                }
            };
            if let Err(error) = check_fits(&assessment, staged) {
                stage.emit(Step::Refuse(error));
                return;
            }
            app.dispatch(Action::ImportRespondents {
                target: assessment.id.clone(),
                create: create.then_some(assessment),
                respondents: staged.iter().map(|i| i.respondent.clone()).collect(),
                now,
            });
            stage.emit(Step::Clear);
            target.set(None);
        })
    };
    let on_clear = {
        let stage = stage.clone();
        Callback::from(move |_| stage.emit(Step::Clear))
    };
    let on_column = {
        let stage = stage.clone();
        Callback::from(move |(i, column)| stage.emit(Step::SetColumn(i, column)))
    };
    let on_use_csv = {
        let stage = stage.clone();
        Callback::from(move |_| {
            stage.emit(Step::UseCsv {
                now: browser::now(),
            })
        })
    };

    html! {
        <section class="form-page import" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::GatherHeading) }</h1>
            <p>{ tr(lang, Key::GatherIntro) }</p>

            if let Some(report) = &app.last_import {
                <ImportOutcome report={report.clone()} />
            }

            <div class="drop-zone" ondragover={on_drag_over} ondrop={on_drop}>
                <label for="import-files" class="button">{ tr(lang, Key::ChooseFiles) }</label>
                <input id="import-files" class="visually-hidden" type="file" multiple=true
                    accept=".json,.csv,application/json,text/csv" onchange={on_pick} />
                <span class="meta">{ tr(lang, Key::DropHint) }</span>
            </div>

            <div class="field">
                <label for="import-links">{ tr(lang, Key::PasteLinks) }</label>
                <textarea id="import-links" rows="3" value={(*links).clone()} oninput={on_links_input} />
                <p><button type="button" class="button" onclick={on_read_links}>{ tr(lang, Key::ReadLinks) }</button></p>
            </div>

            if !list.problems.is_empty() {
                <div class="notice error" role="alert">
                    <h2>{ tr(lang, Key::ProblemsHeading) }</h2>
                    <ul>
                        { for list.problems.iter().map(|(source, error)| html! {
                            <li>
                                if !source.is_empty() { <strong>{ source }</strong>{ ": " } }
                                { error_message(lang, error) }
                            </li>
                        }) }
                    </ul>
                </div>
            }

            { for list.locked.iter().enumerate().map(|(i, item)| html! {
                <UnlockForm source={item.source.clone()} id={format!("locked-{i}")}
                    error={item.error.clone()} busy={unlocking.is_some()} on_unlock={unlock(i)} />
            }) }

            if let Some(csv) = &list.csv {
                <CsvColumns csv={csv.clone()} on_column={on_column} on_use={on_use_csv} />
            }

            <section aria-labelledby="staged-heading">
                <h2 id="staged-heading">{ tr(lang, Key::StagedHeading) }</h2>
                { for list.csv_read.iter().map(|read| html! {
                    <p class="meta csv-read">{ tr_with(lang, Key::CsvRead, &[
                        ("file", &read.file),
                        ("rows", &read.rows.to_string()),
                        ("statements", &read.statements.to_string()),
                    ]) }</p>
                }) }
                if list.staged.is_empty() {
                    <p>{ tr(lang, Key::NothingStaged) }</p>
                } else {
                    <table class="staged">
                        <thead><tr>
                            <th scope="col">{ tr(lang, Key::ColName) }</th>
                            <th scope="col">{ tr(lang, Key::ColRole) }</th>
                            <th scope="col">{ tr(lang, Key::ColAnswers) }</th>
                            <th scope="col">{ tr(lang, Key::ColSource) }</th>
                        </tr></thead>
                        <tbody>
                            { for list.staged.iter().map(|i| html! {
                                <tr>
                                    <th scope="row">{ &i.respondent.name }</th>
                                    <td>{ role_label(lang, i.respondent.role) }</td>
                                    <td>{ i.respondent.answers.len() }</td>
                                    <td>{ &i.source }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    { for list.duplicates.iter().map(|name| html! {
                        <p class="meta">{ tr_with(lang, Key::StagedKept, &[("name", name)]) }</p>
                    }) }
                    <div class="field">
                        <label for="import-target">{ tr(lang, Key::TargetLabel) }</label>
                        <select id="import-target" onchange={on_target}>
                            { for stored.iter().map(|a| html! {
                                <option value={a.id.clone()} selected={chosen_target == a.id}>{ a.title() }{ " · " }{ &a.date }</option>
                            }) }
                            if !stored.iter().any(|a| Some(&a.id) == proposed.as_ref().map(|p| &p.id)) {
                                <option value={NEW} selected={chosen_target == NEW}>
                                    { tr_with(lang, Key::NewTarget, &[("title", &new_title)]) }
                                </option>
                            }
                        </select>
                    </div>
                    <div class="actions">
                        <button type="button" class="button primary" onclick={on_add}>
                            { tr_with(lang, Key::AddStaged, &[("n", &list.staged.len().to_string())]) }
                        </button>
                        <button type="button" class="button subtle" onclick={on_clear}>{ tr(lang, Key::ClearStaged) }</button>
                    </div>
                }
            </section>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ImportOutcomeProps {
    report: ImportReport,
}

/// What the last "add" did to each respondent, and the way to the results.
#[component]
fn ImportOutcome(props: &ImportOutcomeProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let report = &props.report;
    let show = {
        let id = report.assessment.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Navigate(Route::Results {
                assessment: id.clone(),
            }))
        })
    };
    html! {
        <div class="notice ok" role="status">
            <h2>{ tr_with(lang, Key::OutcomeHeading, &[("title", &report.title)]) }</h2>
            <ul>
                { for report.outcomes.iter().map(|(name, outcome)| {
                    let key = match outcome {
                        MergeOutcome::Added => Key::OutcomeAdded,
                        MergeOutcome::Replaced => Key::OutcomeReplaced,
                        MergeOutcome::KeptExisting => Key::OutcomeKept,
                    };
                    html! { <li>{ tr_with(lang, key, &[("name", name)]) }</li> }
                }) }
            </ul>
            <button type="button" class="button primary" onclick={show}>{ tr(lang, Key::ShowResults) }</button>
        </div>
    }
}
