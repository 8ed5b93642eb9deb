use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::core::domain::catalog::ModelRef;
use crate::core::domain::model::{Audience, MAX_MODEL_BYTES, Model};
use crate::core::error::ImportError;
use crate::core::route::Route;
use crate::i18n::{Key, error_message, storage_error_message, tr, tr_with};
use crate::state::Action;
use crate::storage;
use crate::ui::hooks::{use_app, use_store};
use crate::ui::pages::new_assessment::model_name;

/// What reading the chosen file gave: a model to look at, or why not.
#[derive(Clone, PartialEq)]
enum Loaded {
    Model(Rc<Model>),
    Refused { file: String, error: ImportError },
}

/// A consultant's own model: the built-in one as a template to start from,
/// a file checked by the same validator as the built-in model and shown
/// before it is kept, and the models kept on this device.
#[component]
pub fn ModelsPage() -> Html {
    let app = use_app();
    let store = use_store();
    let lang = app.lang;
    let loaded = use_state(|| None::<Loaded>);
    let status = use_state(|| None::<String>);

    let template = Callback::from(|_| {
        let text = include_str!("../../../model/kapacitetsmodel.v2.json");
        let _ = browser::download("kapacitetsmodel-skabelon.json", "application/json", text);
    });
    let on_pick = {
        let (loaded, status) = (loaded.clone(), status.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            status.set(None);
            let loaded = loaded.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let result = browser::read_file(&file, MAX_MODEL_BYTES)
                    .await
                    .and_then(|text| Model::from_json(&text));
                loaded.set(Some(match result {
                    Ok(model) => Loaded::Model(Rc::new(model)),
                    Err(error) => Loaded::Refused { file: name, error },
                }));
            });
        })
    };
    let keep = {
        let (app, store, loaded, status) =
            (app.clone(), store.clone(), loaded.clone(), status.clone());
        Callback::from(move |_| {
            let Some(Loaded::Model(model)) = &*loaded else {
                return;
            };
            match storage::save_model(store.0.as_ref(), model) {
                Ok(()) => {
                    app.dispatch(Action::AddModel(Model::clone(model)));
                    status.set(Some(tr(app.lang, Key::ModelKept).to_owned()));
                    loaded.set(None);
                }
                Err(error) => status.set(Some(storage_error_message(app.lang, &error))),
            }
        })
    };
    let new_assessment = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Route::NewAssessment)))
    };

    html! {
        <section class="form-page models" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::OwnModelHeading) }</h1>
            <p>{ tr(lang, Key::OwnModelIntro) }</p>
            <p class="card-actions">
                <button type="button" class="button" onclick={template}>{ tr(lang, Key::ModelTemplate) }</button>
            </p>
            <div class="field">
                <label for="model-file" class="button">{ tr(lang, Key::ChooseModelFile) }</label>
                <input id="model-file" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_pick} />
            </div>
            if let Some(text) = &*status {
                <p class="notice ok" role="status">{ text }</p>
            }
            { match &*loaded {
                None => Html::default(),
                Some(Loaded::Refused { file, error }) => html! {
                    <div class="notice error" role="alert">
                        <p><strong>{ file }</strong>{ ": " }{ error_message(lang, error) }</p>
                    </div>
                },
                Some(Loaded::Model(model)) => html! {
                    <section class="card model-preview" aria-labelledby="preview-heading">
                        <h2 id="preview-heading">{ tr(lang, Key::ModelPreview) }</h2>
                        <ModelFacts model={ModelRef::Own(model.clone())} />
                        <button type="button" class="button primary" onclick={keep.clone()}>{ tr(lang, Key::KeepModel) }</button>
                    </section>
                },
            } }
            <section aria-labelledby="kept-heading">
                <h2 id="kept-heading">{ tr(lang, Key::KeptModels) }</h2>
                if app.catalog.own.is_empty() {
                    <p>{ tr(lang, Key::NoOwnModels) }</p>
                } else {
                    <ul class="model-list">
                        { for app.catalog.own.iter().map(|model| {
                            let remove = {
                                let (app, store, status) = (app.clone(), store.clone(), status.clone());
                                let (id, version) = (model.id.clone(), model.model_version);
                                let name = model.title.get(lang).to_owned();
                                Callback::from(move |_| {
                                    if !browser::confirm(&tr_with(app.lang, Key::ConfirmRemoveModel, &[("name", &name)])) {
                                        return;
                                    }
                                    match storage::remove_model(store.0.as_ref(), &id, version) {
                                        Ok(()) => app.dispatch(Action::RemoveModel { id: id.clone(), version }),
                                        Err(error) => status.set(Some(storage_error_message(app.lang, &error))),
                                    }
                                })
                            };
                            let handle = ModelRef::Own(model.clone());
                            html! {
                                <li class="card">
                                    <ModelFacts model={handle} />
                                    <button type="button" class="button subtle small" onclick={remove}>
                                        { tr(lang, Key::Remove) }
                                        <span class="visually-hidden">{ format!(": {}", model.title.get(lang)) }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                    <p><button type="button" class="button primary" onclick={new_assessment}>{ tr(lang, Key::NewAssessment) }</button></p>
                }
            </section>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ModelFactsProps {
    model: ModelRef,
}

/// A model at a glance: name and version, themes, statements, languages.
#[component]
fn ModelFacts(props: &ModelFactsProps) -> Html {
    let lang = use_app().lang;
    let model = &props.model;
    let leaders = model
        .themes
        .iter()
        .map(|t| t.statements_for(Audience::Leaders).count())
        .sum::<usize>();
    let staff = model.statement_count() - leaders;
    html! {
        <dl class="model-facts">
            <dt>{ tr(lang, Key::ModelLabel) }</dt>
            <dd>{ model_name(lang, model) }{ format!(" · {}", model.id) }</dd>
            <dt>{ tr(lang, Key::ModelThemes) }</dt>
            <dd>{ model.themes.iter().map(|t| t.short.get(lang)).collect::<Vec<_>>().join(" · ") }</dd>
            <dt>{ tr(lang, Key::ModelStatements) }</dt>
            <dd>{ tr_with(lang, Key::ModelStatementCount, &[("leaders", &leaders.to_string()), ("staff", &staff.to_string())]) }</dd>
            <dt>{ tr(lang, Key::ModelLanguages) }</dt>
            <dd>{ "Dansk · Norsk (bokmål) · English" }</dd>
        </dl>
    }
}
