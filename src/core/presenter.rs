//! The presenter view's order of slides and reveal steps: a title slide,
//! one slide per theme that reveals its picture step by step, an overview
//! radar and a closing slide with the chosen focus areas. Pure, so the
//! keyboard's every move is tested natively.

/// What a theme slide shows, one step more at each press.
pub const THEME_STEPS: u8 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    Title,
    /// Theme `index` (from 0), revealed up to `step` (1–4): 1 each
    /// respondent's score as a dot, 2 the mean and spread, 3 the role
    /// groups side by side, 4 the agreed score and its rationale.
    Theme {
        index: usize,
        step: u8,
    },
    Overview,
    Closing,
}

/// The slides for a model of `themes` themes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deck {
    pub themes: usize,
}

impl Deck {
    pub fn count(&self) -> usize {
        self.themes + 3
    }

    /// The slide's place in the deck, from 1, as the counter shows it.
    pub fn number(&self, slide: Slide) -> usize {
        match slide {
            Slide::Title => 1,
            Slide::Theme { index, .. } => index.min(self.themes.saturating_sub(1)) + 2,
            Slide::Overview => self.themes + 2,
            Slide::Closing => self.themes + 3,
        }
    }

    /// The slide at place `number` (1 = the title), a theme at its first
    /// step; out of range clamps to the first or last slide.
    pub fn at(&self, number: usize) -> Slide {
        match number {
            0 | 1 => Slide::Title,
            n if n <= self.themes + 1 => Slide::Theme {
                index: n - 2,
                step: 1,
            },
            n if n == self.themes + 2 => Slide::Overview,
            _ => Slide::Closing,
        }
    }

    /// → / Space / PgDn: the next step of a theme, else the next slide.
    pub fn next(&self, slide: Slide) -> Slide {
        match slide {
            Slide::Theme { index, step } if step < THEME_STEPS => Slide::Theme {
                index,
                step: step + 1,
            },
            other => self.at(self.number(other) + 1),
        }
    }

    /// ← / PgUp: the previous step of a theme, else the previous slide
    /// (a theme slide fully revealed, as it was left).
    pub fn previous(&self, slide: Slide) -> Slide {
        match slide {
            Slide::Theme { index, step } if step > 1 => Slide::Theme {
                index,
                step: step - 1,
            },
            other => match self.at(self.number(other).saturating_sub(1)) {
                Slide::Theme { index, .. } => Slide::Theme {
                    index,
                    step: THEME_STEPS,
                },
                earlier => earlier,
            },
        }
    }

    pub fn first(&self) -> Slide {
        Slide::Title
    }

    pub fn last(&self) -> Slide {
        Slide::Closing
    }

    /// A number key: 1–9 are themes 1–9, 0 is theme 10. `None` for a theme
    /// the model doesn't have.
    pub fn theme_for_key(&self, digit: u32) -> Option<Slide> {
        let index = match digit {
            0 => 9,
            d @ 1..=9 => d as usize - 1,
            _ => return None,
        };
        (index < self.themes).then_some(Slide::Theme { index, step: 1 })
    }
}
