use std::rc::Rc;

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::{Assessment, Role};
use crate::core::domain::invitation::{Invitation, Invitee, Status, round_status};
use crate::core::formats::invitation_link::{InvitationDocument, invitation_link};
use crate::core::formats::qr::qr_for;
use crate::i18n::{InviteKey, Key, Lang, format_date, role_label, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;
use crate::ui::widgets::share_answers::qr_view;

#[derive(Properties, PartialEq)]
pub struct InvitePanelProps {
    pub assessment: Rc<Assessment>,
}

/// The consultant's round: who is invited and by when, one link (and its
/// QR code) for all, an e-mail to send it with, who has answered, and a
/// reminder for those still missing.
#[component]
pub fn InvitePanel(props: &InvitePanelProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let a = &props.assessment;
    let new_name = use_state(String::new);
    let new_role = use_state(|| Role::Leader);
    let copied = use_state(|| None::<(&'static str, bool)>);
    let document = InvitationDocument::of(a);
    let shared = use_memo(document.clone(), |document| {
        let link = invitation_link(&browser::app_base(), document);
        let qr = qr_for(&link);
        (link, qr)
    });
    let (link, qr) = (*shared).clone();

    let set = {
        let (app, id) = (app.clone(), a.id.clone());
        Rc::new(move |invitation: Invitation| {
            app.dispatch(Action::SetInvitation {
                assessment: id.clone(),
                invitation,
                now: browser::now(),
            });
        })
    };
    let edit = |change: fn(&mut Invitation, String)| {
        let (set, current) = (set.clone(), a.invitation.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = current.clone();
            change(&mut next, input.value());
            set(next);
        })
    };
    let on_inviter = edit(|i, v| i.inviter = v.trim().to_owned());
    let on_answer_by = edit(|i, v| i.answer_by = v);
    let add = {
        let (set, current, new_name, new_role) = (
            set.clone(),
            a.invitation.clone(),
            new_name.clone(),
            new_role.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = new_name.trim();
            if name.is_empty() {
                browser::focus_element("invitee-name");
                return;
            }
            let mut next = current.clone();
            next.invited.push(Invitee {
                id: browser::new_id("r"),
                name: name.to_owned(),
                role: *new_role,
            });
            set(next);
            new_name.set(String::new());
            browser::focus_element("invitee-name");
        })
    };
    let copy = |what: &'static str, text: String| {
        let copied = copied.clone();
        Callback::from(move |_| {
            let (copied, text) = (copied.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some((what, browser::copy_text(&text).await)));
            });
        })
    };
    let copied_note = |what: &'static str| match *copied {
        Some((w, true)) if w == what => tr(lang, Key::Copied),
        Some((w, false)) if w == what => tr(lang, Key::CopyFailed),
        _ => "",
    };

    let title = a.title();
    let inviter = a.invitation.inviter.clone();
    // The answer-by sentence, framed by `before` and `after`, or nothing.
    let by = |key, before: &str, after: &str| {
        if a.invitation.answer_by.is_empty() {
            String::new()
        } else {
            let date = format_date(lang, &a.invitation.answer_by);
            format!("{before}{}{after}", tr_with(lang, key, &[("date", &date)]))
        }
    };
    let subject = tr_with(lang, InviteKey::MailSubject, &[("title", &title)]);
    let body = tr_with(
        lang,
        InviteKey::MailBody,
        &[
            ("link", &link),
            ("answer_by", &by(InviteKey::MailAnswerBy, "\n", "\n")),
            ("inviter", &inviter),
        ],
    );
    let mail = format!("{subject}\n\n{body}");
    let mailto = format!(
        "mailto:?subject={}&body={}",
        utf8_percent_encode(&subject, NON_ALPHANUMERIC),
        utf8_percent_encode(&body, NON_ALPHANUMERIC)
    );
    let status = round_status(a);
    let missing: Vec<String> = status.missing().iter().map(|i| i.name.clone()).collect();
    let reminder = tr_with(
        lang,
        InviteKey::ReminderBody,
        &[
            ("names", &missing.join(", ")),
            ("answer_by", &by(InviteKey::ReminderBy, " ", "")),
            ("link", &link),
            ("inviter", &inviter),
        ],
    );

    html! {
        <details class="card invite-panel" open={!a.invitation.is_empty()}>
            <summary><h2>{ tr(lang, InviteKey::PanelHeading) }</h2></summary>
            <p>{ tr(lang, InviteKey::PanelIntro) }</p>
            <div class="field">
                <label for="inviter">{ tr(lang, InviteKey::InviterLabel) }</label>
                <input id="inviter" type="text" maxlength="200" value={inviter.clone()} onchange={on_inviter} />
            </div>
            <div class="field">
                <label for="answer-by">{ tr(lang, InviteKey::AnswerByLabel) }</label>
                <input id="answer-by" type="date" value={a.invitation.answer_by.clone()} onchange={on_answer_by} />
            </div>
            <h3>{ tr(lang, InviteKey::InvitedHeading) }</h3>
            if a.invitation.invited.is_empty() {
                <p class="meta">{ tr(lang, InviteKey::NoneInvited) }</p>
            } else {
                <ul class="invited">
                    { for status.invited.iter().enumerate().map(|(i, (invitee, state))| {
                        let remove = {
                            let (set, current) = (set.clone(), a.invitation.clone());
                            Callback::from(move |_| {
                                let mut next = current.clone();
                                next.invited.remove(i);
                                set(next);
                            })
                        };
                        let (class, text) = status_text(lang, state);
                        html! {
                            <li>
                                <span class="invitee">{ &invitee.name }{ " – " }{ role_label(lang, invitee.role) }</span>
                                <span class={classes!("status", class)}>{ text }</span>
                                <button type="button" class="button subtle small no-print" onclick={remove}
                                    aria-label={tr_with(lang, InviteKey::RemoveInvitee, &[("name", &invitee.name)])}>
                                    { tr(lang, Key::Remove) }
                                </button>
                            </li>
                        }
                    }) }
                    { for status.uninvited.iter().map(|(name, role, at, answered)| html! {
                        <li>
                            <span class="invitee">{ name }{ " – " }{ role_label(lang, *role) }</span>
                            <span class="status uninvited">{ tr_with(lang, InviteKey::Uninvited, &[
                                ("when", &browser::format_moment(lang, *at)),
                                ("answered", &answered.to_string()),
                            ]) }</span>
                        </li>
                    }) }
                </ul>
                <p class="meta" role="status">{ tr_with(lang, InviteKey::StatusSummary, &[
                    ("received", &status.received().to_string()),
                    ("invited", &status.invited.len().to_string()),
                ]) }</p>
            }
            <form class="add-invitee" onsubmit={add}>
                <div class="field">
                    <label for="invitee-name">{ tr(lang, InviteKey::InviteeName) }</label>
                    <input id="invitee-name" type="text" maxlength="120" value={(*new_name).clone()}
                        oninput={{ let n = new_name.clone(); Callback::from(move |e: InputEvent| n.set(e.target_unchecked_into::<HtmlInputElement>().value())) }} />
                </div>
                <div class="field">
                    <label for="invitee-role">{ tr(lang, InviteKey::InviteeRole) }</label>
                    <select id="invitee-role" onchange={{ let r = new_role.clone(); Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                        r.set(Role::ALL.into_iter().find(|role| role.json_name() == value).unwrap_or(Role::Leader));
                    }) }}>
                        { for Role::ALL.into_iter().map(|r| html! {
                            <option value={r.json_name()} selected={*new_role == r}>{ role_label(lang, r) }</option>
                        }) }
                    </select>
                </div>
                <button type="submit" class="button">{ tr(lang, InviteKey::AddInvitee) }</button>
            </form>

            <h3>{ tr(lang, InviteKey::LinkLabel) }</h3>
            <div class="share-grid">
                <div>
                    <label for="invitation-link" class="visually-hidden">{ tr(lang, InviteKey::LinkLabel) }</label>
                    <div class="link-row">
                        <input id="invitation-link" type="text" readonly=true value={link.clone()} />
                        <button type="button" class="button" onclick={copy("link", link.clone())}>{ tr(lang, Key::CopyLink) }</button>
                    </div>
                    <p class="meta" role="status">{ copied_note("link") }</p>
                    <h3>{ tr(lang, InviteKey::MailHeading) }</h3>
                    <label for="invitation-mail" class="visually-hidden">{ tr(lang, InviteKey::MailHeading) }</label>
                    <textarea id="invitation-mail" readonly=true rows="10" value={mail.clone()} />
                    <p class="card-actions">
                        <button type="button" class="button" onclick={copy("mail", mail)}>{ tr(lang, InviteKey::CopyMail) }</button>
                        <a class="button subtle" href={mailto}>{ tr(lang, InviteKey::OpenMail) }</a>
                    </p>
                    <p class="meta" role="status">{ copied_note("mail") }</p>
                </div>
                { qr_view(lang, qr.as_ref()) }
            </div>
            if !a.invitation.invited.is_empty() {
                <h3>{ tr(lang, InviteKey::ReminderHeading) }</h3>
                if missing.is_empty() {
                    <p>{ tr(lang, InviteKey::AllAnswered) }</p>
                } else {
                    <label for="reminder" class="visually-hidden">{ tr(lang, InviteKey::ReminderHeading) }</label>
                    <textarea id="reminder" readonly=true rows="8" value={reminder.clone()} />
                    <p><button type="button" class="button" onclick={copy("reminder", reminder)}>{ tr(lang, InviteKey::CopyReminder) }</button></p>
                    <p class="meta" role="status">{ copied_note("reminder") }</p>
                }
            }
        </details>
    }
}

fn status_text(lang: Lang, status: &Status) -> (&'static str, String) {
    match status {
        Status::NotHeardFrom => ("missing", tr(lang, InviteKey::NotHeardFrom).to_owned()),
        Status::Received { at, answered } => (
            "received",
            tr_with(
                lang,
                InviteKey::Received,
                &[
                    ("when", &browser::format_moment(lang, *at)),
                    ("answered", &answered.to_string()),
                ],
            ),
        ),
    }
}
