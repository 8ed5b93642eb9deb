use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::{Respondent, Role};
use crate::core::error::ImportError;
use crate::core::formats::invitation_link::decode_invitation;
use crate::i18n::{
    InviteKey, Key, error_message, format_date, role_label, round_label, tr, tr_with,
};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct InvitationPageProps {
    pub payload: String,
}

/// An invitation opened on a leader's device: who invites, to what and by
/// when; the leader picks their name (or types it) and goes straight to the
/// first statement. No school or team to type.
#[component]
pub fn InvitationPage(props: &InvitationPageProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let decoded = use_memo(props.payload.clone(), |payload| decode_invitation(payload));
    // The invitee picked ("" for a name typed), the name typed, its role.
    let picked = use_state(|| None::<String>);
    let typed = use_state(String::new);
    let role = use_state(|| Role::Leader);
    let tried = use_state(|| false);

    let document = match &*decoded {
        Ok(document) => document.clone(),
        Err(error) => return refused(lang, error),
    };
    if app
        .catalog
        .find(&document.model_id, document.model_version)
        .is_none()
    {
        let error = ImportError::UnknownModel {
            id: document.model_id.clone(),
            version: document.model_version,
        };
        return refused(lang, &error);
    }
    let invitation = &document.invitation;
    let reference = &document.assessment;
    let already = app.assessment(&reference.id).is_some();
    let typing = picked.as_deref() == Some("") || invitation.invited.is_empty();
    let missing_name = typing && typed.trim().is_empty() || picked.is_none() && !typing;
    let show_error = *tried && missing_name;

    let on_type = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let onsubmit = {
        let (app, picked, typed, role, tried, document) = (
            app.clone(),
            picked.clone(),
            typed.clone(),
            role.clone(),
            tried.clone(),
            document.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let now = browser::now();
            let invitee = picked
                .as_deref()
                .and_then(|id| document.invitation.invited.iter().find(|i| i.id == id));
            let respondent = match invitee {
                Some(i) => Respondent::new(i.id.clone(), i.name.clone(), i.role, now),
                None if !typed.trim().is_empty() => {
                    Respondent::new(browser::new_id("r"), typed.trim(), *role, now)
                }
                None => {
                    tried.set(true);
                    browser::focus_first_invalid();
                    return;
                }
            };
            app.dispatch(Action::AcceptInvitation {
                document: Box::new(document.clone()),
                respondent,
                now,
            });
        })
    };
    let inviter = if invitation.inviter.trim().is_empty() {
        tr(lang, InviteKey::SomeoneInvites).to_owned()
    } else {
        invitation.inviter.clone()
    };
    let title = [reference.school.as_str(), reference.team.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");

    html! {
        <section class="form-page invitation" aria-labelledby="page-heading">
            <p class="eyebrow">{ tr(lang, InviteKey::Eyebrow) }</p>
            <h1 id="page-heading" tabindex="-1">{ tr_with(lang, InviteKey::Heading, &[("title", &title)]) }</h1>
            <p class="lead">
                { tr_with(lang, InviteKey::WhoInvites, &[
                    ("inviter", &inviter),
                    ("round", round_label(lang, reference.round)),
                    ("date", &format_date(lang, &reference.date)),
                ]) }
            </p>
            if !invitation.answer_by.is_empty() {
                <p class="answer-by"><strong>{ tr_with(lang, InviteKey::AnswerBy, &[("date", &format_date(lang, &invitation.answer_by))]) }</strong></p>
            }
            <p>{ tr(lang, InviteKey::Privacy) }</p>
            if already {
                <p class="notice info">{ tr(lang, InviteKey::AlreadyHere) }</p>
            }
            <form {onsubmit} novalidate=true>
                if !invitation.invited.is_empty() {
                    <fieldset class="field choice-group" aria-invalid={show_error.to_string()}
                        aria-describedby={show_error.then_some("who-error")}>
                        <legend>{ tr(lang, InviteKey::WhoAreYou) }</legend>
                        { for invitation.invited.iter().map(|invitee| {
                            let id = format!("invitee-{}", invitee.id);
                            let value = invitee.id.clone();
                            let picked_now = picked.clone();
                            let onchange = Callback::from(move |_| picked_now.set(Some(value.clone())));
                            html! {
                                <label class="choice" for={id.clone()}>
                                    <input type="radio" name="invitee" {id} checked={picked.as_deref() == Some(invitee.id.as_str())} {onchange} />
                                    <span>{ &invitee.name }{ " – " }{ role_label(lang, invitee.role) }</span>
                                </label>
                            }
                        }) }
                        <label class="choice" for="invitee-other">
                            <input type="radio" name="invitee" id="invitee-other" checked={picked.as_deref() == Some("")}
                                onchange={{ let picked = picked.clone(); Callback::from(move |_| picked.set(Some(String::new()))) }} />
                            <span>{ tr(lang, InviteKey::NotOnList) }</span>
                        </label>
                    </fieldset>
                }
                if typing {
                    <div class="field">
                        <label for="respondent-name">{ tr(lang, Key::NameLabel) }</label>
                        <input id="respondent-name" type="text" autocomplete="name" maxlength="120" required=true
                            value={(*typed).clone()} oninput={on_type}
                            aria-invalid={show_error.to_string()}
                            aria-describedby={show_error.then_some("who-error")} />
                    </div>
                    <fieldset class="field choice-group">
                        <legend>{ tr(lang, Key::RoleLabel) }</legend>
                        { for Role::ALL.into_iter().map(|r| {
                            let id = format!("invited-role-{}", r as u8);
                            let role_now = role.clone();
                            let onchange = Callback::from(move |_| role_now.set(r));
                            html! {
                                <label class="choice" for={id.clone()}>
                                    <input type="radio" name="invited-role" {id} checked={*role == r} {onchange} />
                                    <span>{ role_label(lang, r) }</span>
                                </label>
                            }
                        }) }
                    </fieldset>
                }
                if show_error {
                    <p id="who-error" class="field-error">{ tr(lang, InviteKey::PickName) }</p>
                }
                <div class="actions">
                    <button type="submit" class="button primary large">{ tr(lang, Key::StartAnswering) }</button>
                </div>
            </form>
        </section>
    }
}

/// A damaged invitation, or one for a model this device lacks.
fn refused(lang: crate::i18n::Lang, error: &ImportError) -> Html {
    html! {
        <section class="form-page" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, InviteKey::BrokenHeading) }</h1>
            <p class="notice error" role="alert">{ error_message(lang, error) }</p>
            <p>{ tr(lang, InviteKey::BrokenHelp) }</p>
            <p><a class="button" href="#/">{ tr(lang, Key::BackToStart) }</a></p>
        </section>
    }
}
