use yew::prelude::*;

use crate::core::domain::aggregate::Summary;
use crate::core::domain::assessment::Role;
use crate::core::domain::catalog::ModelRef;
use crate::core::domain::roles::{MIN_GROUP, RoleComparison};
use crate::i18n::{Key, format_number, role_group_label, tr, tr_with};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct RolesTableProps {
    pub summary: Summary,
    pub model: ModelRef,
}

/// Each role group's mean per theme beside the leaders' own, and the
/// largest gap between the leaders and another group, flagged from 1
/// point. While the picture is anonymous, groups under three people are
/// left out. Shows nothing unless two groups can be compared.
#[component]
pub fn RolesTable(props: &RolesTableProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let anonymous = app.anonymous;
    let rows: Vec<(&str, RoleComparison)> = props
        .model
        .themes
        .iter()
        .filter_map(|theme| {
            let summary = props.summary.theme(&theme.id)?;
            Some((
                theme.title.get(lang),
                RoleComparison::of(summary, anonymous),
            ))
        })
        .collect();
    let roles: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|role| rows.iter().any(|(_, c)| c.mean(*role).is_some()))
        .collect();
    let hidden = Role::ALL.into_iter().any(|role| {
        props
            .summary
            .themes
            .iter()
            .any(|t| t.by_role.iter().any(|(r, s)| *r == role && s.n < MIN_GROUP))
    });
    let num = |v: f64| format_number(lang, v, 1);
    html! {
        <section class="roles" aria-labelledby="roles-heading">
            <h2 id="roles-heading">{ tr(lang, Key::RolesHeading) }</h2>
            if anonymous && hidden {
                <p class="meta">{ tr_with(lang, Key::SmallGroupsHidden, &[("n", &MIN_GROUP.to_string())]) }</p>
            }
            if roles.len() < 2 {
                <p>{ tr(lang, Key::RolesNothingToCompare) }</p>
            } else {
                <table class="roles-table">
                    <caption class="visually-hidden">{ tr(lang, Key::RolesHeading) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr(lang, Key::ColTheme) }</th>
                            { for roles.iter().map(|role| html! { <th scope="col">{ role_group_label(lang, *role) }</th> }) }
                            <th scope="col">{ tr(lang, Key::LargestGap) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().enumerate().map(|(i, (title, c))| html! {
                            <tr class={classes!(c.notable().then_some("disagree"))}>
                                <th scope="row"><span class="theme-no">{ i + 1 }</span>{ *title }</th>
                                { for roles.iter().map(|role| html! {
                                    <td>{ c.mean(*role).map_or_else(|| "–".to_owned(), num) }</td>
                                }) }
                                <td>
                                    { match c.largest_gap {
                                        Some((role, gap)) => format!(
                                            "{}{} ({})",
                                            if gap > 0.0 { "+" } else { "" },
                                            num(gap),
                                            role_group_label(lang, role)
                                        ),
                                        None => "–".to_owned(),
                                    } }
                                    if c.notable() {
                                        <span class="flag">{ format!(" ⚑ {}", tr(lang, Key::NotableGap)) }</span>
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
