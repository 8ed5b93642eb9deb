use yew::prelude::*;

use crate::core::domain::aggregate::{Summary, compare_rounds};
use crate::core::domain::catalog::ModelRef;
use crate::i18n::{Key, format_number, tr};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct ChangeTableProps {
    pub summary: Summary,
    /// The earlier round, laid onto this round's themes.
    pub previous: Summary,
    pub model: ModelRef,
}

/// Each theme then and now: the team score's change ("+0,8") and the
/// spread before and after.
#[component]
pub fn ChangeTable(props: &ChangeTableProps) -> Html {
    let lang = use_app().lang;
    let num = |v: f64| format_number(lang, v, 1);
    let dash = || "–".to_owned();
    let deltas = compare_rounds(&props.previous, &props.summary);
    html! {
        <section class="change" aria-labelledby="change-heading">
            <h2 id="change-heading">{ tr(lang, Key::ChangeHeading) }</h2>
            <table class="change-table">
                <thead>
                    <tr>
                        <th scope="col">{ tr(lang, Key::ColTheme) }</th>
                        <th scope="col">{ tr(lang, Key::ColBefore) }</th>
                        <th scope="col">{ tr(lang, Key::ColNow) }</th>
                        <th scope="col">{ tr(lang, Key::ColChange) }</th>
                        <th scope="col">{ tr(lang, Key::ColSpreadBefore) }</th>
                        <th scope="col">{ tr(lang, Key::ColSpreadNow) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for deltas.iter().enumerate().filter(|(_, d)| d.after.is_some() || d.before.is_some()).map(|(i, d)| {
                        let title = props.model.theme(&d.theme_id).map_or(d.theme_id.as_str(), |t| t.title.get(lang));
                        let sd = |s: &Summary| s.theme(&d.theme_id).and_then(|t| t.scores).map_or_else(dash, |s| format_number(lang, s.sd, 2));
                        html! {
                            <tr>
                                <th scope="row"><span class="theme-no">{ i + 1 }</span>{ title }</th>
                                <td>{ d.before.map_or_else(dash, num) }</td>
                                <td>{ d.after.map_or_else(dash, num) }</td>
                                <td class="change-value">{ d.delta().map_or_else(dash, |v| format!("{}{}", if v > 0.0 { "+" } else { "" }, num(v))) }</td>
                                <td>{ sd(&props.previous) }</td>
                                <td>{ sd(&props.summary) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
