//! Roles compared, as leadership evaluations do it (self–other agreement):
//! each role group's mean per theme, and the largest gap between the
//! leaders and another group. A group smaller than `MIN_GROUP` is left out
//! while answers are shown anonymously, so no single person's answers can
//! be read off a wall screen.

use crate::core::domain::aggregate::{Stats, ThemeSummary};
use crate::core::domain::assessment::Role;

/// The smallest group shown while the picture is anonymous.
pub const MIN_GROUP: usize = 3;
/// A gap between leaders and another group this large is flagged.
pub const NOTABLE_GAP: f64 = 1.0;

/// One theme's groups and their largest gap from the leaders.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleComparison {
    /// The groups with answers (and, while anonymous, big enough), in
    /// `Role::ALL` order.
    pub groups: Vec<(Role, Stats)>,
    /// Another group's mean minus the leaders', for the group furthest from
    /// the leaders: positive when the others see the theme more favourably.
    pub largest_gap: Option<(Role, f64)>,
}

impl RoleComparison {
    pub fn of(theme: &ThemeSummary, anonymous: bool) -> RoleComparison {
        let groups: Vec<(Role, Stats)> = theme
            .by_role
            .iter()
            .filter(|(_, stats)| !anonymous || stats.n >= MIN_GROUP)
            .copied()
            .collect();
        let leaders = groups
            .iter()
            .find(|(role, _)| role.is_self())
            .map(|(_, s)| s.mean);
        let largest_gap = leaders.and_then(|leaders| {
            groups
                .iter()
                .filter(|(role, _)| !role.is_self())
                .map(|(role, stats)| (*role, stats.mean - leaders))
                .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))
        });
        RoleComparison {
            groups,
            largest_gap,
        }
    }

    pub fn mean(&self, role: Role) -> Option<f64> {
        self.groups
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, stats)| stats.mean)
    }

    /// The largest gap is 1 point or more.
    pub fn notable(&self) -> bool {
        self.largest_gap
            .is_some_and(|(_, gap)| gap.abs() >= NOTABLE_GAP - 1e-9)
    }
}
