//! The action plan as a spreadsheet (CSV, one row per action) and as a
//! calendar (iCalendar, RFC 5545: an all-day event at each deadline and on
//! the follow-up date) that Outlook and Google Calendar import. The words
//! come from `crate::i18n`.

use ics::parameters::Value;
use ics::properties::{Description, DtStart, Summary};
use ics::{Event, ICalendar, escape_text};

use crate::core::domain::assessment::{Assessment, Millis};
use crate::core::domain::model::Model;
use crate::core::domain::plan::Status;
use crate::core::time::utc_parts;

/// The plan's words in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanWords {
    /// Column headers: theme, what, owner, start, deadline, success, status.
    pub headers: [String; 7],
    /// Not started, under way, done.
    pub statuses: [String; 3],
    /// "Frist: {what}" as a calendar event's summary.
    pub deadline: String,
    /// "Opfølgning: {title}" for the follow-up assessment's date.
    pub follow_up: String,
    /// The calendar's and the anchoring's labels: who follows up, how.
    pub anchoring: [String; 2],
}

fn status(words: &PlanWords, status: Status) -> &str {
    &words.statuses[Status::ALL.iter().position(|s| *s == status).unwrap_or(0)]
}

/// One row per action, focus theme by focus theme; semicolons and a
/// byte-order mark, so Excel in Danish opens it in columns.
pub fn plan_to_csv(
    assessment: &Assessment,
    model: &Model,
    lang: crate::core::lang::Lang,
    words: &PlanWords,
) -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = writer.write_record(&words.headers);
    for (_, action) in assessment.plan.ordered(&plan_themes(assessment)) {
        let theme = model
            .theme(&action.theme)
            .map_or(action.theme.as_str(), |t| t.title.get(lang));
        let row = [
            theme,
            &action.what,
            &action.owner,
            &action.start,
            &action.deadline,
            &action.success,
            status(words, action.status),
        ];
        // A leading =, +, - or @ would make a spreadsheet run it as a formula.
        let row: Vec<String> = row.iter().map(|cell| defuse(cell)).collect();
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The themes the plan covers, the chosen focus areas first, then any other
/// theme an action names (a focus area unchosen later keeps its actions).
pub fn plan_themes(assessment: &Assessment) -> Vec<String> {
    let mut themes = assessment.focus.clone();
    for action in assessment.plan.actions.values() {
        if !themes.contains(&action.theme) {
            themes.push(action.theme.clone());
        }
    }
    themes
}

/// `YYYY-MM-DD` as iCalendar's `YYYYMMDD`.
fn ical_date(date: &str) -> String {
    date.replace('-', "")
}

/// An all-day event at each action's deadline and on the follow-up date.
/// UIDs are stable (the action's id and the assessment's), so importing an
/// updated calendar again updates the events rather than doubling them.
pub fn plan_to_ics(
    assessment: &Assessment,
    model: &Model,
    lang: crate::core::lang::Lang,
    words: &PlanWords,
    now: Millis,
) -> String {
    let (day, hour, minute) = utc_parts(now);
    let stamp = format!("{}T{hour:02}{minute:02}00Z", ical_date(&day));
    let mut calendar = ICalendar::new("2.0", "-//Kapacitetsradar//Handleplan//DA");
    let title = assessment.title();
    for (id, action) in assessment.plan.ordered(&plan_themes(assessment)) {
        if action.deadline.is_empty() {
            continue;
        }
        let mut event = Event::new(
            format!("{id}@{}.kapacitetsradar", assessment.id),
            stamp.clone(),
        );
        let mut start = DtStart::new(ical_date(&action.deadline));
        start.add(Value::DATE);
        event.push(start);
        let summary = words.deadline.replace("{what}", &action.what);
        event.push(Summary::new(escape_text(summary)));
        let theme = model
            .theme(&action.theme)
            .map_or(action.theme.as_str(), |t| t.title.get(lang));
        let description = [
            format!("{}: {theme}", words.headers[0]),
            format!("{}: {}", words.headers[2], action.owner),
            format!("{}: {}", words.headers[5], action.success),
            format!("{}: {}", words.headers[6], status(words, action.status)),
            title.clone(),
        ]
        .join("\n");
        event.push(Description::new(escape_text(description)));
        calendar.add_event(event);
    }
    if !assessment.plan.follow_up.is_empty() {
        let mut event = Event::new(
            format!("follow-up@{}.kapacitetsradar", assessment.id),
            stamp,
        );
        let mut start = DtStart::new(ical_date(&assessment.plan.follow_up));
        start.add(Value::DATE);
        event.push(start);
        event.push(Summary::new(escape_text(
            words.follow_up.replace("{title}", &title),
        )));
        let anchoring = &assessment.plan.anchoring;
        if !anchoring.who.is_empty() || !anchoring.how.is_empty() {
            let text = format!(
                "{}: {}\n{}: {}",
                words.anchoring[0], anchoring.who, words.anchoring[1], anchoring.how
            );
            event.push(Description::new(escape_text(text)));
        }
        calendar.add_event(event);
    }
    calendar.to_string()
}
