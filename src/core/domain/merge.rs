//! Three-way merge of two copies of the same assessment, for two browser
//! tabs (or devices) editing it at once.
//!
//! `base` is the copy both sides started from. A field changed on only one
//! side takes that side's value; a field changed on both sides to different
//! values is a conflict: `ours` (the tab the user is looking at) is kept and
//! the conflict is reported, so no answer is ever replaced without the user
//! being told.

use crate::core::domain::assessment::{Assessment, Respondent, Response};
use crate::core::domain::plan::{Anchoring, Plan};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub respondent_id: String,
    pub statement_id: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub assessment: Assessment,
    pub conflicts: Vec<Conflict>,
}

fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours == base {
        theirs.clone()
    } else {
        ours.clone()
    }
}

pub fn merge3(base: &Assessment, ours: &Assessment, theirs: &Assessment) -> Merged {
    let mut conflicts = Vec::new();
    let respondents = merge_respondents(base, ours, theirs, &mut conflicts);
    let assessment = Assessment {
        id: ours.id.clone(),
        model_id: pick(&base.model_id, &ours.model_id, &theirs.model_id),
        model_version: pick(
            &base.model_version,
            &ours.model_version,
            &theirs.model_version,
        ),
        initiative: pick(&base.initiative, &ours.initiative, &theirs.initiative),
        school: pick(&base.school, &ours.school, &theirs.school),
        team: pick(&base.team, &ours.team, &theirs.team),
        date: pick(&base.date, &ours.date, &theirs.date),
        round: pick(&base.round, &ours.round, &theirs.round),
        respondents,
        agreed: merge_map(&base.agreed, &ours.agreed, &theirs.agreed),
        targets: merge_map(&base.targets, &ours.targets, &theirs.targets),
        focus: pick(&base.focus, &ours.focus, &theirs.focus),
        plan: Plan {
            actions: merge_map(&base.plan.actions, &ours.plan.actions, &theirs.plan.actions),
            anchoring: Anchoring {
                who: pick(
                    &base.plan.anchoring.who,
                    &ours.plan.anchoring.who,
                    &theirs.plan.anchoring.who,
                ),
                how: pick(
                    &base.plan.anchoring.how,
                    &ours.plan.anchoring.how,
                    &theirs.plan.anchoring.how,
                ),
            },
            follow_up: pick(
                &base.plan.follow_up,
                &ours.plan.follow_up,
                &theirs.plan.follow_up,
            ),
        },
        baseline: pick(&base.baseline, &ours.baseline, &theirs.baseline),
        themes: pick(&base.themes, &ours.themes, &theirs.themes),
        invitation: pick(&base.invitation, &ours.invitation, &theirs.invitation),
        updated_at: ours.updated_at.max(theirs.updated_at),
    };
    Merged {
        assessment,
        conflicts,
    }
}

fn merge_map<V: PartialEq + Clone>(
    base: &BTreeMap<String, V>,
    ours: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
) -> BTreeMap<String, V> {
    let mut merged = BTreeMap::new();
    for k in base.keys().chain(ours.keys()).chain(theirs.keys()) {
        if merged.contains_key(k) {
            continue;
        }
        if let Some(v) = pick(&base.get(k), &ours.get(k), &theirs.get(k)) {
            merged.insert(k.clone(), v.clone());
        }
    }
    merged
}

fn merge_respondents(
    base: &Assessment,
    ours: &Assessment,
    theirs: &Assessment,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Respondent> {
    // Ours first in our order, then any that only the other side added.
    let mut ids: Vec<&str> = ours.respondents.iter().map(|r| r.id.as_str()).collect();
    for r in theirs.respondents.iter().chain(base.respondents.iter()) {
        if !ids.contains(&r.id.as_str()) {
            ids.push(&r.id);
        }
    }
    ids.into_iter()
        .filter_map(|id| {
            let (b, o, t) = (
                base.respondent(id),
                ours.respondent(id),
                theirs.respondent(id),
            );
            match (b, o, t) {
                (_, Some(o), Some(t)) => Some(merge_respondent(b, o, t, conflicts)),
                // Removed on one side and untouched on the other: removed.
                (Some(b), Some(o), None) if o == b => None,
                (Some(b), None, Some(t)) if t == b => None,
                // Removed on one side but edited on the other: the edits win,
                // since removing is easy to redo and lost answers are not.
                (_, Some(o), None) => Some(o.clone()),
                (_, None, Some(t)) => Some(t.clone()),
                (_, None, None) => None,
            }
        })
        .collect()
}

fn merge_respondent(
    base: Option<&Respondent>,
    ours: &Respondent,
    theirs: &Respondent,
    conflicts: &mut Vec<Conflict>,
) -> Respondent {
    let empty = BTreeMap::new();
    let base_answers = base.map_or(&empty, |b| &b.answers);
    let mut answers = BTreeMap::new();
    let mut seen: Vec<&String> = Vec::new();
    for key in base_answers
        .keys()
        .chain(ours.answers.keys())
        .chain(theirs.answers.keys())
    {
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let (b, o, t): (Option<&Response>, _, _) = (
            base_answers.get(key),
            ours.answers.get(key),
            theirs.answers.get(key),
        );
        let chosen = if o == b {
            t
        } else if t == b || t == o {
            o
        } else {
            conflicts.push(Conflict {
                respondent_id: ours.id.clone(),
                statement_id: key.clone(),
            });
            o
        };
        if let Some(response) = chosen {
            answers.insert(key.clone(), response.clone());
        }
    }
    let (base_name, base_role) = match base {
        Some(b) => (&b.name, b.role),
        None => (&ours.name, ours.role),
    };
    Respondent {
        id: ours.id.clone(),
        name: pick(base_name, &ours.name, &theirs.name),
        role: pick(&base_role, &ours.role, &theirs.role),
        answers,
        updated_at: ours.updated_at.max(theirs.updated_at),
    }
}
