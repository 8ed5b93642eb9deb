//! Calendar arithmetic without a clock: the browser supplies the time.

use crate::core::domain::assessment::Millis;

/// The UTC date (`YYYY-MM-DD`), hour and minute of a timestamp.
pub fn utc_parts(at: Millis) -> (String, u32, u32) {
    let days = at.div_euclid(86_400_000);
    let minutes_of_day = at.rem_euclid(86_400_000) / 60_000;
    let (year, month, day) = civil_from_days(days);
    (
        format!("{year:04}-{month:02}-{day:02}"),
        (minutes_of_day / 60) as u32,
        (minutes_of_day % 60) as u32,
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        assert_eq!(utc_parts(0), ("1970-01-01".into(), 0, 0));
        // 2026-11-24 09:15 UTC
        assert_eq!(utc_parts(1_795_511_700_000), ("2026-11-24".into(), 9, 15));
        assert_eq!(utc_parts(951_782_400_000), ("2000-02-29".into(), 0, 0));
    }
}
