//! Where the user is, as a URL fragment, so a reload (or the back button)
//! lands on the same page.

/// A page of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Route {
    #[default]
    Home,
    NewAssessment,
    /// Pick or add the person who answers.
    Respondents {
        assessment: String,
    },
    /// One theme's statements; `theme` counts from 0.
    Question {
        assessment: String,
        respondent: String,
        theme: usize,
    },
    /// What is still unanswered.
    Overview {
        assessment: String,
        respondent: String,
    },
    /// The team's combined picture: radar, table and focus areas.
    Results {
        assessment: String,
    },
    /// The action plan for the chosen focus areas.
    Plan {
        assessment: String,
    },
    /// Starting the next round from this one.
    FollowUp {
        assessment: String,
    },
    /// The workshop on a wall screen: slide `slide` (from 1), revealed up
    /// to `step` on a theme slide.
    Presenter {
        assessment: String,
        slide: usize,
        step: u8,
    },
    /// Bringing answers in from files, CSV and links.
    Import,
    /// A consultant's own models: load, preview, keep, delete.
    Models,
    /// The device's data: storage, backup, restore, deleting everything.
    Data,
    /// What is stored, where, for how long, and what leaves the device.
    Privacy,
    /// A share link being opened: its answers wait on the import page.
    OpenLink {
        payload: String,
    },
    /// An invitation being opened: who invites, to what, by when.
    Invitation {
        payload: String,
    },
}

impl Route {
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::NewAssessment => "#/ny".into(),
            Route::Respondents { assessment } => format!("#/a/{assessment}"),
            Route::Question {
                assessment,
                respondent,
                theme,
            } => format!("#/a/{assessment}/r/{respondent}/t/{}", theme + 1),
            Route::Overview {
                assessment,
                respondent,
            } => format!("#/a/{assessment}/r/{respondent}/oversigt"),
            Route::Results { assessment } => format!("#/a/{assessment}/resultater"),
            Route::Plan { assessment } => format!("#/a/{assessment}/handleplan"),
            Route::FollowUp { assessment } => format!("#/a/{assessment}/opfoelgning"),
            Route::Presenter {
                assessment,
                slide,
                step,
            } => format!("#/a/{assessment}/praesentation/{slide}/{step}"),
            Route::Import => "#/saml".into(),
            Route::Models => "#/modeller".into(),
            Route::Data => "#/data".into(),
            Route::Privacy => "#/privatliv".into(),
            Route::OpenLink { payload } => format!("#/i/{payload}"),
            Route::Invitation { payload } => format!("#/inv/{payload}"),
        }
    }

    /// Anything unrecognised is the start page.
    pub fn from_fragment(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        let id = |s: &str| {
            (!s.is_empty()
                && s.len() <= 64
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
            .then(|| s.to_owned())
        };
        match parts.as_slice() {
            ["ny"] => Route::NewAssessment,
            ["saml"] => Route::Import,
            ["modeller"] => Route::Models,
            ["data"] => Route::Data,
            ["privatliv"] => Route::Privacy,
            // The payload is base64url with a version: checked when read.
            ["i", payload] if !payload.is_empty() => Route::OpenLink {
                payload: (*payload).to_owned(),
            },
            ["inv", payload] if !payload.is_empty() => Route::Invitation {
                payload: (*payload).to_owned(),
            },
            ["a", a] => id(a).map_or(Route::Home, |assessment| Route::Respondents { assessment }),
            ["a", a, "resultater"] => {
                id(a).map_or(Route::Home, |assessment| Route::Results { assessment })
            }
            ["a", a, "handleplan"] => {
                id(a).map_or(Route::Home, |assessment| Route::Plan { assessment })
            }
            ["a", a, "opfoelgning"] => {
                id(a).map_or(Route::Home, |assessment| Route::FollowUp { assessment })
            }
            ["a", a, "r", r, "t", n] => match (id(a), id(r), n.parse::<usize>()) {
                (Some(assessment), Some(respondent), Ok(n)) if n >= 1 => Route::Question {
                    assessment,
                    respondent,
                    theme: n - 1,
                },
                _ => Route::Home,
            },
            ["a", a, "praesentation", n, step] => {
                match (id(a), n.parse::<usize>(), step.parse::<u8>()) {
                    (Some(assessment), Ok(slide), Ok(step)) if slide >= 1 && step >= 1 => {
                        Route::Presenter {
                            assessment,
                            slide,
                            step,
                        }
                    }
                    _ => Route::Home,
                }
            }
            ["a", a, "r", r, "oversigt"] => match (id(a), id(r)) {
                (Some(assessment), Some(respondent)) => Route::Overview {
                    assessment,
                    respondent,
                },
                _ => Route::Home,
            },
            _ => Route::Home,
        }
    }

    pub fn assessment_id(&self) -> Option<&str> {
        match self {
            Route::Home
            | Route::NewAssessment
            | Route::Import
            | Route::Models
            | Route::Data
            | Route::Privacy
            | Route::OpenLink { .. }
            | Route::Invitation { .. } => None,
            Route::Respondents { assessment }
            | Route::Results { assessment }
            | Route::Presenter { assessment, .. }
            | Route::Plan { assessment }
            | Route::FollowUp { assessment }
            | Route::Question { assessment, .. }
            | Route::Overview { assessment, .. } => Some(assessment),
        }
    }
}
