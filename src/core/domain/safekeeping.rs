//! When to remind the user to save a backup. Browsers evict site data
//! (Safari after seven days without a visit, any browser when the disk
//! fills), so answers kept only in one browser for long are at risk.

use serde::{Deserialize, Serialize};

use crate::core::domain::assessment::Millis;

pub const DAY: Millis = 24 * 60 * 60 * 1000;
/// How long changes may live only in this browser before the reminder.
pub const NUDGE_AFTER: Millis = 7 * DAY;
/// Safari (and every browser on an iPad, all WebKit) may delete what a site
/// stored after 7 days without a visit: the reminder comes after 3, well
/// before that.
pub const NUDGE_AFTER_WEBKIT: Millis = 3 * DAY;

/// What the device remembers about its backups (stored as JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupRecord {
    /// When the user last saved a backup file.
    pub last_backup: Option<Millis>,
    /// The first change not in any backup since; none when all is backed up.
    pub changed_since: Option<Millis>,
    /// When the user last waved the reminder away.
    pub dismissed_at: Option<Millis>,
}

impl BackupRecord {
    /// A change was stored at `now`.
    pub fn note_change(&mut self, now: Millis) {
        self.changed_since.get_or_insert(now);
    }

    /// A backup of everything was saved at `now`.
    pub fn note_backup(&mut self, now: Millis) {
        self.last_backup = Some(now);
        self.changed_since = None;
    }

    pub fn dismiss(&mut self, now: Millis) {
        self.dismissed_at = Some(now);
    }

    /// Whether to show the reminder: only in a session that changed
    /// something, only when some change is in no backup, and only when the
    /// last backup (or, with none, the first such change) is a week old. A
    /// dismissed reminder stays away for a week.
    pub fn should_nudge(&self, changed_this_session: bool, now: Millis) -> bool {
        self.should_nudge_after(changed_this_session, now, NUDGE_AFTER)
    }

    /// The same rule with another interval: `NUDGE_AFTER_WEBKIT` where the
    /// engine may delete a site's data after a week without a visit.
    pub fn should_nudge_after(
        &self,
        changed_this_session: bool,
        now: Millis,
        after: Millis,
    ) -> bool {
        let Some(first_change) = self.changed_since else {
            return false;
        };
        let since = self.last_backup.unwrap_or(first_change);
        changed_this_session
            && now - since >= after
            && self.dismissed_at.is_none_or(|d| now - d >= after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Millis = 1_800_000_000_000;

    #[test]
    fn a_week_of_changes_in_no_backup_is_nudged_in_a_session_that_changed_something() {
        let mut record = BackupRecord::default();
        record.note_change(NOW - 8 * DAY);
        assert!(record.should_nudge(true, NOW));
        assert!(
            !record.should_nudge(false, NOW),
            "not in a session that only looked"
        );
    }

    #[test]
    fn recent_changes_or_a_recent_backup_are_not_nudged() {
        let mut record = BackupRecord::default();
        record.note_change(NOW - DAY);
        assert!(!record.should_nudge(true, NOW));
        record.note_backup(NOW - 2 * DAY);
        record.note_change(NOW - DAY);
        assert!(!record.should_nudge(true, NOW));
    }

    #[test]
    fn an_old_backup_with_new_changes_is_nudged() {
        let mut record = BackupRecord::default();
        record.note_backup(NOW - 10 * DAY);
        record.note_change(NOW - DAY);
        assert!(record.should_nudge(true, NOW));
    }

    #[test]
    fn everything_backed_up_is_never_nudged() {
        let mut record = BackupRecord::default();
        record.note_change(NOW - 30 * DAY);
        record.note_backup(NOW - 20 * DAY);
        assert!(!record.should_nudge(true, NOW));
    }

    #[test]
    fn a_dismissed_reminder_waits_a_week() {
        let mut record = BackupRecord::default();
        record.note_change(NOW - 30 * DAY);
        record.dismiss(NOW - DAY);
        assert!(!record.should_nudge(true, NOW));
        assert!(record.should_nudge(true, NOW + 7 * DAY));
    }

    #[test]
    fn on_webkit_the_reminder_comes_after_three_days() {
        let mut record = BackupRecord::default();
        record.note_change(NOW - 4 * DAY);
        assert!(!record.should_nudge(true, NOW));
        assert!(record.should_nudge_after(true, NOW, NUDGE_AFTER_WEBKIT));
        record.dismiss(NOW);
        assert!(!record.should_nudge_after(true, NOW + 2 * DAY, NUDGE_AFTER_WEBKIT));
        assert!(record.should_nudge_after(true, NOW + 3 * DAY, NUDGE_AFTER_WEBKIT));
    }

    #[test]
    fn the_first_change_after_a_backup_is_the_one_remembered() {
        let mut record = BackupRecord::default();
        record.note_change(NOW - 3 * DAY);
        record.note_change(NOW);
        assert_eq!(record.changed_since, Some(NOW - 3 * DAY));
    }
}
