use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::{Assessment, MergeOutcome, Round};
use crate::core::domain::model::Model;
use crate::core::error::ImportError;
use crate::core::formats::csv::{Column, Sheet, guess_columns, respondents_from_sheet};
use crate::core::formats::files::MAX_ASSESSMENT_BYTES;
use crate::core::gathering::{
    FileContent, Incoming, check_room, default_target, merge_all, new_target, read_file_text,
    read_link_text, stage,
};
use crate::core::route::Route;
use crate::i18n::words::csv_vocabulary;
use crate::i18n::{Key, Lang, error_message, role_label, tr, tr_with};
use crate::state::{Action, use_app};

/// A CSV file waiting for the user to say what its unknown columns hold.
#[derive(Clone, PartialEq)]
struct PendingCsv {
    file: String,
    sheet: Sheet,
    guessed: Vec<Option<Column>>,
    chosen: Vec<Column>,
}

/// What the page has gathered so far; nothing here is stored until "Add".
#[derive(Clone, Default, PartialEq)]
struct Gathering {
    staged: Vec<Incoming>,
    /// Names whose earlier copy in the list was kept or replaced.
    duplicates: Vec<String>,
    problems: Vec<(String, ImportError)>,
    csv: Option<PendingCsv>,
}

enum Step {
    Read {
        source: String,
        content: Result<FileContent, ImportError>,
    },
    SetColumn(usize, Column),
    UseCsv(i64),
    /// Adding was refused; what is staged stays.
    Refuse(ImportError),
    Clear,
}

impl Reducible for Gathering {
    type Action = Step;

    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut next = (*self).clone();
        match step {
            Step::Read { source, content } => match content {
                Ok(FileContent::Respondents(list)) => {
                    for incoming in list {
                        let name = incoming.respondent.name.clone();
                        if stage(&mut next.staged, incoming) != MergeOutcome::Added {
                            next.duplicates.push(name);
                        }
                    }
                }
                Ok(FileContent::Csv(sheet)) => {
                    let guessed =
                        guess_columns(&sheet.headers, Model::builtin(), &csv_vocabulary(Lang::Da));
                    let chosen = guessed
                        .iter()
                        .map(|c| c.clone().unwrap_or(Column::Ignore))
                        .collect();
                    next.csv = Some(PendingCsv {
                        file: source,
                        sheet,
                        guessed,
                        chosen,
                    });
                }
                Err(error) => next.problems.push((source, error)),
            },
            Step::SetColumn(i, column) => {
                if let Some(slot) = next.csv.as_mut().and_then(|c| c.chosen.get_mut(i)) {
                    *slot = column;
                }
            }
            Step::UseCsv(now) => {
                if let Some(csv) = next.csv.take() {
                    match respondents_from_sheet(
                        &csv.sheet,
                        &csv.chosen,
                        &csv_vocabulary(Lang::Da),
                        now,
                    ) {
                        Ok(people) => {
                            for respondent in people {
                                let incoming = Incoming {
                                    source: csv.file.clone(),
                                    respondent,
                                    assessment: None,
                                    model_id: Model::builtin().id.to_string(),
                                };
                                stage(&mut next.staged, incoming);
                            }
                        }
                        Err(error) => next.problems.push((csv.file, error)),
                    }
                }
            }
            Step::Refuse(error) => next.problems.push((String::new(), error)),
            Step::Clear => next = Gathering::default(),
        }
        Rc::new(next)
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
    let gathering = use_reducer(Gathering::default);
    let links = use_state(String::new);
    let target = use_state(|| None::<String>);
    let outcome = use_state(|| None::<(String, String, Vec<(String, MergeOutcome)>)>);

    {
        // An opened share link: its answers wait here, and the address
        // becomes this page's own.
        let (gathering, app) = (gathering.dispatcher(), app.dispatcher());
        use_effect_with(props.link.clone(), move |link| {
            if let Some(link) = link {
                let source = tr(lang, Key::LinkSource).to_owned();
                gathering.dispatch(Step::Read {
                    content: read_link_text(&source, link),
                    source,
                });
                browser::replace_route(&Route::Import);
                app.dispatch(Action::Navigate(Route::Import));
            }
        });
    }

    let read_files = {
        let gathering = gathering.dispatcher();
        Rc::new(move |files: Option<web_sys::FileList>| {
            let Some(files) = files else { return };
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                let gathering = gathering.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let source = file.name();
                    let content = browser::read_file(&file, MAX_ASSESSMENT_BYTES)
                        .await
                        .and_then(|text| read_file_text(&source, &text));
                    gathering.dispatch(Step::Read { source, content });
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
    let on_drop = {
        let read_files = read_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            read_files(e.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_links_input = {
        let links = links.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            links.set(area.value());
        })
    };
    let on_read_links = {
        let (links, gathering) = (links.clone(), gathering.dispatcher());
        Callback::from(move |_| {
            for (n, line) in links.lines().filter(|l| !l.trim().is_empty()).enumerate() {
                let source = format!("{} {}", tr(lang, Key::LinkSource), n + 1);
                gathering.dispatch(Step::Read {
                    content: read_link_text(&source, line),
                    source,
                });
            }
            links.set(String::new());
        })
    };

    let stored = app.assessments_by_recency();
    let proposed = new_target(&gathering.staged, &Model::builtin().id, 0);
    let chosen_target = (*target)
        .clone()
        .or_else(|| default_target(&gathering.staged, stored.iter().copied()))
        .unwrap_or_else(|| NEW.to_owned());
    let new_title = proposed.as_ref().map_or_else(
        // A CSV alone names no assessment: its file name, less ".csv".
        || {
            let source = gathering.staged.first().map_or("", |i| i.source.as_str());
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
        let (app, gathering, outcome, target) = (
            app.clone(),
            gathering.clone(),
            outcome.clone(),
            target.clone(),
        );
        let (chosen_target, new_title) = (chosen_target.clone(), new_title.clone());
        Callback::from(move |_| {
            let now = browser::now();
            let (mut assessment, create) = match app.assessment(&chosen_target) {
                Some(existing) => (existing.clone(), false),
                None => (
                    new_target(&gathering.staged, &Model::builtin().id, now).unwrap_or_else(|| {
                        Assessment::new(
                            browser::new_id("a"),
                            Model::builtin().id.as_str(),
                            &new_title,
                            "",
                            &browser::today(),
                            Round::Baseline,
                            now,
                        )
                    }),
                    true,
                ),
            };
            if let Err(error) = check_room(&assessment, &gathering.staged) {
                gathering.dispatch(Step::Refuse(error));
                return;
            }
            let respondents: Vec<_> = gathering
                .staged
                .iter()
                .map(|i| i.respondent.clone())
                .collect();
            let before = assessment.clone();
            // The same merge the reducer makes, on a copy, for the report.
            let report = merge_all(&mut assessment, respondents.clone(), now);
            app.dispatch(Action::ImportRespondents {
                target: assessment.id.clone(),
                create: create.then_some(before),
                respondents,
                now,
            });
            outcome.set(Some((assessment.id.clone(), assessment.title(), report)));
            gathering.dispatch(Step::Clear);
            target.set(None);
        })
    };
    let on_clear = {
        let gathering = gathering.dispatcher();
        Callback::from(move |_| gathering.dispatch(Step::Clear))
    };

    html! {
        <section class="form-page import" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::GatherHeading) }</h1>
            <p>{ tr(lang, Key::GatherIntro) }</p>

            if let Some((id, title, report)) = &*outcome {
                { outcome_view(lang, id, title, report, &app) }
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

            if !gathering.problems.is_empty() {
                <div class="notice error" role="alert">
                    <h2>{ tr(lang, Key::ProblemsHeading) }</h2>
                    <ul>
                        { for gathering.problems.iter().map(|(source, error)| html! {
                            <li>
                                if !source.is_empty() { <strong>{ source }</strong>{ ": " } }
                                { error_message(lang, error) }
                            </li>
                        }) }
                    </ul>
                </div>
            }

            if let Some(csv) = &gathering.csv {
                { csv_view(lang, csv, &gathering) }
            }

            <section aria-labelledby="staged-heading">
                <h2 id="staged-heading">{ tr(lang, Key::StagedHeading) }</h2>
                if gathering.staged.is_empty() {
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
                            { for gathering.staged.iter().map(|i| html! {
                                <tr>
                                    <th scope="row">{ &i.respondent.name }</th>
                                    <td>{ role_label(lang, i.respondent.role) }</td>
                                    <td>{ i.respondent.answers.len() }</td>
                                    <td>{ &i.source }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    { for gathering.duplicates.iter().map(|name| html! {
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
                            { tr_with(lang, Key::AddStaged, &[("n", &gathering.staged.len().to_string())]) }
                        </button>
                        <button type="button" class="button subtle" onclick={on_clear}>{ tr(lang, Key::ClearStaged) }</button>
                    </div>
                }
            </section>
        </section>
    }
}

fn outcome_view(
    lang: Lang,
    id: &str,
    title: &str,
    report: &[(String, MergeOutcome)],
    app: &crate::state::AppContext,
) -> Html {
    let show = {
        let (app, id) = (app.clone(), id.to_owned());
        Callback::from(move |_| {
            app.dispatch(Action::Navigate(Route::Results {
                assessment: id.clone(),
            }))
        })
    };
    html! {
        <div class="notice ok" role="status">
            <h2>{ tr_with(lang, Key::OutcomeHeading, &[("title", title)]) }</h2>
            <ul>
                { for report.iter().map(|(name, outcome)| {
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

fn csv_view(lang: Lang, csv: &PendingCsv, gathering: &UseReducerHandle<Gathering>) -> Html {
    let model = Model::builtin();
    let use_csv = {
        let gathering = gathering.dispatcher();
        Callback::from(move |_| gathering.dispatch(Step::UseCsv(browser::now())))
    };
    let encode = |c: &Column| match c {
        Column::Ignore => String::new(),
        Column::Name => "name".into(),
        Column::Role => "role".into(),
        Column::Statement(id) => id.clone(),
    };
    html! {
        <section class="card csv-map" aria-labelledby="csv-heading">
            <h2 id="csv-heading">{ tr_with(lang, Key::CsvMapHeading, &[("file", &csv.file)]) }</h2>
            <p>{ tr(lang, Key::CsvMapIntro) }</p>
            { for csv.sheet.headers.iter().enumerate().filter(|(i, _)| csv.guessed[*i].is_none()).map(|(i, header)| {
                let id = format!("csv-col-{i}");
                let onchange = {
                    let gathering = gathering.dispatcher();
                    Callback::from(move |e: Event| {
                        let Some(select) = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) else { return };
                        let column = match select.value().as_str() {
                            "" => Column::Ignore,
                            "name" => Column::Name,
                            "role" => Column::Role,
                            statement => Column::Statement(statement.to_owned()),
                        };
                        gathering.dispatch(Step::SetColumn(i, column));
                    })
                };
                let current = encode(&csv.chosen[i]);
                html! {
                    <div class="field">
                        <label for={id.clone()}>{ header }</label>
                        <select {id} {onchange}>
                            <option value="" selected={current.is_empty()}>{ tr(lang, Key::CsvIgnore) }</option>
                            <option value="name" selected={current == "name"}>{ tr(lang, Key::ColName) }</option>
                            <option value="role" selected={current == "role"}>{ tr(lang, Key::ColRole) }</option>
                            { for model.themes.iter().flat_map(|t| t.statements.iter()).map(|s| html! {
                                <option value={s.id.to_string()} selected={current == s.id.as_str()}>
                                    { format!("{} {}", s.id, s.text.get(lang)) }
                                </option>
                            }) }
                        </select>
                    </div>
                }
            }) }
            <button type="button" class="button primary" onclick={use_csv}>{ tr(lang, Key::UseCsv) }</button>
        </section>
    }
}
