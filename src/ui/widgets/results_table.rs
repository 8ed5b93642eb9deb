use yew::prelude::*;

use crate::core::domain::aggregate::Summary;
use crate::core::domain::catalog::ModelRef;
use crate::core::domain::model::{Audience, Localized};
use crate::core::domain::scale::Score;
use crate::i18n::{Key, format_number, score_label, tr};
use crate::ui::hooks::use_app;
use crate::ui::widgets::agreed_editor::half;
use crate::ui::widgets::theme_guide::ThemeGuide;

#[derive(Properties, PartialEq)]
pub struct ResultsTableProps {
    pub summary: Summary,
    pub model: ModelRef,
    /// The assessment's focal initiative, named in the statements.
    #[prop_or_default]
    pub initiative: String,
    /// Statements new since the round compared with (another model
    /// version): marked as such.
    #[prop_or_default]
    pub new_statements: Vec<String>,
}

/// The chart's numbers as a table, with each theme's statements (their
/// distribution and comments) one click away.
#[component]
pub fn ResultsTable(props: &ResultsTableProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let open = use_state(Vec::<String>::new);
    let model = &props.model;
    let say = |text: &Localized| model.with_initiative(text.get(lang), &props.initiative, lang);
    let num = |v: f64| format_number(lang, v, 1);
    let dash = || "–".to_owned();
    let percent = |part: usize, whole: usize| match whole {
        0 => dash(),
        whole => format!(
            "{} %",
            format_number(lang, 100.0 * part as f64 / whole as f64, 0)
        ),
    };

    html! {
        <table class="results-table">
            <caption>{ tr(lang, Key::TableCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ tr(lang, Key::ColTheme) }</th>
                    <th scope="col">{ tr(lang, Key::ColMean) }</th>
                    <th scope="col">{ tr(lang, Key::ColMedian) }</th>
                    <th scope="col">{ tr(lang, Key::ColRange) }</th>
                    <th scope="col">{ tr(lang, Key::ColSpread) }</th>
                    <th scope="col"><abbr title={tr(lang, Key::ColRespondentsLong)}>{ "n" }</abbr></th>
                    <th scope="col"><abbr title={tr(lang, Key::ColAnswersLong)}>{ tr(lang, Key::ColAnswers) }</abbr></th>
                    <th scope="col"><abbr title={tr(lang, Key::ColHighLong)}>{ tr(lang, Key::ColHigh) }</abbr></th>
                    <th scope="col">{ tr(lang, Key::ColAgreed) }</th>
                </tr>
            </thead>
            <tbody>
                { for props.summary.themes.iter().zip(model.themes.iter()).enumerate().map(|(i, (t, theme))| {
                    let expanded = open.contains(&t.theme_id);
                    let toggle = {
                        let (open, id) = (open.clone(), t.theme_id.clone());
                        Callback::from(move |_| {
                            let mut list = (*open).clone();
                            match list.iter().position(|x| *x == id) {
                                Some(i) => { list.remove(i); }
                                None => list.push(id.clone()),
                            }
                            open.set(list);
                        })
                    };
                    let stats = t.scores;
                    let statements = theme.statements.iter().filter_map(|s| {
                        props.summary.statement(&s.id).map(|sum| (s, sum))
                    });
                    html! {
                        <>
                            <tr class={classes!(t.disagreement.then_some("disagree"))}>
                                <th scope="row">
                                    <button type="button" class="row-toggle no-print" aria-expanded={expanded.to_string()} onclick={toggle}>
                                        <span aria-hidden="true">{ if expanded { "▾ " } else { "▸ " } }</span>
                                        <span class="visually-hidden">{ format!("{}: ", tr(lang, Key::ShowStatements)) }</span>
                                    </button>
                                    // The radar's axes carry these numbers on a phone.
                                    <span class="theme-no">{ i + 1 }</span>
                                    { theme.title.get(lang) }
                                    if t.disagreement {
                                        <span class="flag">{ format!(" ⚑ {}", tr(lang, Key::Disagree)) }</span>
                                    }
                                </th>
                                <td>{ stats.map_or_else(dash, |s| num(s.mean)) }</td>
                                <td>{ stats.map_or_else(dash, |s| num(s.median)) }</td>
                                <td>{ stats.map_or_else(dash, |s| format!("{}–{}", num(s.min), num(s.max))) }</td>
                                <td>{ stats.map_or_else(dash, |s| format_number(lang, s.sd, 2)) }</td>
                                <td>{ stats.map_or(0, |s| s.n) }</td>
                                <td>{ t.answered }</td>
                                <td>{ t.share_high().map_or_else(dash, |share| percent((share * 1000.0).round() as usize, 1000)) }</td>
                                <td>{ t.agreed.map_or_else(dash, |s| half(lang, s)) }</td>
                            </tr>
                            if expanded {
                                <tr class="statement-rows">
                                    <td colspan="9">
                                        <ThemeGuide theme={theme.clone()} disagreement={t.disagreement} model={model.clone()} initiative={props.initiative.clone()} />
                                        <ul class="statement-details">
                                            { for statements.map(|(s, sum)| {
                                                let given = sum.scores.map_or(0, |st| st.n) + sum.dont_know + sum.not_applicable;
                                                html! {
                                                <li>
                                                    <p class="statement-text">
                                                        if s.audience == Audience::Staff {
                                                            <span class="tag">{ tr(lang, Key::StaffSet) }</span>{ " " }
                                                        }
                                                        if props.new_statements.contains(&s.id) {
                                                            <span class="tag">{ tr(lang, Key::NewStatement) }</span>{ " " }
                                                        }
                                                        { say(&s.text) }
                                                    </p>
                                                    <p class="meta">
                                                        { format!("{}: ", tr(lang, Key::Distribution)) }
                                                        { for Score::all().into_iter().map(|score| html! {
                                                            <span class="dist" title={score_label(lang, score)}>
                                                                { format!("{}: {}", score.value(), sum.distribution[usize::from(score.value() - 1)]) }
                                                            </span>
                                                        }) }
                                                        { sum.scores.map(|st| html! { <span class="dist">{ format!("{} {}", tr(lang, Key::ColMean), num(st.mean)) }</span> }) }
                                                        { sum.share_high().map(|share| html! { <span class="dist">{ format!("{}: {}", tr(lang, Key::ColHigh), percent((share * 1000.0).round() as usize, 1000)) }</span> }) }
                                                    </p>
                                                    <p class="meta">
                                                        <span class="dist">{ format!("{}: {} ({})", tr(lang, Key::ColDontKnow), sum.dont_know, percent(sum.dont_know, given)) }</span>
                                                        <span class="dist">{ format!("{}: {} ({})", tr(lang, Key::ColNotApplicable), sum.not_applicable, percent(sum.not_applicable, given)) }</span>
                                                    </p>
                                                    if !sum.comments.is_empty() {
                                                        <ul class="comments" aria-label={tr(lang, Key::Comments)}>
                                                            { for sum.comments.iter().map(|c| html! { <li>{ &c.text }</li> }) }
                                                        </ul>
                                                    }
                                                </li>
                                            }}) }
                                        </ul>
                                    </td>
                                </tr>
                            }
                        </>
                    }
                }) }
            </tbody>
        </table>
    }
}
