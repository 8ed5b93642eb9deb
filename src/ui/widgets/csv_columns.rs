use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::domain::model::Model;
use crate::core::formats::csv::Column;
use crate::core::gathering::staging::PendingCsv;
use crate::i18n::{Key, tr, tr_with};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct CsvColumnsProps {
    pub csv: PendingCsv,
    /// A column (by index) was given a meaning.
    pub on_column: Callback<(usize, Column)>,
    pub on_use: Callback<()>,
}

/// Asks what each column of a CSV that was not recognised holds.
#[component]
pub fn CsvColumns(props: &CsvColumnsProps) -> Html {
    let lang = use_app().lang;
    let model = Model::builtin();
    let csv = &props.csv;
    let encode = |c: &Column| match c {
        Column::Ignore => String::new(),
        Column::Name => "name".into(),
        Column::Role => "role".into(),
        Column::Statement(id) => id.clone(),
    };
    let on_use = props.on_use.reform(|_: MouseEvent| ());
    html! {
        <section class="card csv-map" aria-labelledby="csv-heading">
            <h2 id="csv-heading">{ tr_with(lang, Key::CsvMapHeading, &[("file", &csv.file)]) }</h2>
            <p>{ tr(lang, Key::CsvMapIntro) }</p>
            { for csv.sheet.headers.iter().enumerate().filter(|(i, _)| csv.guessed[*i].is_none()).map(|(i, header)| {
                let id = format!("csv-col-{i}");
                let onchange = props.on_column.reform(move |e: Event| {
                    let value = e
                        .target()
                        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                        .map(|s| s.value())
                        .unwrap_or_default();
                    let column = match value.as_str() {
                        "" => Column::Ignore,
                        "name" => Column::Name,
                        "role" => Column::Role,
                        statement => Column::Statement(statement.to_owned()),
                    };
                    (i, column)
                });
                let current = encode(&csv.chosen[i]);
                html! {
                    <div class="field">
                        <label for={id.clone()}>
                            if header.trim().is_empty() {
                                { tr_with(lang, Key::CsvColumnUntitled, &[("n", &(i + 1).to_string())]) }
                            } else {
                                { header }
                            }
                        </label>
                        <select {id} {onchange}>
                            <option value="" selected={current.is_empty()}>{ tr(lang, Key::CsvIgnore) }</option>
                            <option value="name" selected={current == "name"}>{ tr(lang, Key::ColName) }</option>
                            <option value="role" selected={current == "role"}>{ tr(lang, Key::ColRole) }</option>
                            { for model.statements().map(|s| html! {
                                <option value={s.id.clone()} selected={current == s.id}>
                                    { format!("{} {}", s.id, s.text.get(lang)) }
                                </option>
                            }) }
                        </select>
                    </div>
                }
            }) }
            <button type="button" class="button primary" onclick={on_use}>{ tr(lang, Key::UseCsv) }</button>
        </section>
    }
}
