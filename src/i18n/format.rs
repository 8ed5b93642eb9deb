//! Numbers, dates and times as each language writes them.

use crate::core::domain::assessment::is_iso_date;
use crate::i18n::{Lang, tr, words::Word};

/// A number with `decimals` decimals and the language's decimal mark
/// ("3,7" in Danish and Norwegian, "3.7" in English).
/// Halves round away from zero, as people do ("1,25" is "1,3").
pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    let rounded = (value * scale).round() / scale;
    let text = format!("{rounded:.decimals$}");
    // "-0,0" says nothing a "0,0" doesn't.
    let text = match text.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_owned(),
        _ => text,
    };
    match lang {
        Lang::Da | Lang::Nb => text.replace('.', ","),
        Lang::En => text,
    }
}

const MONTHS: [Word; 12] = [
    Word::January,
    Word::February,
    Word::March,
    Word::April,
    Word::May,
    Word::June,
    Word::July,
    Word::August,
    Word::September,
    Word::October,
    Word::November,
    Word::December,
];

/// `2026-11-24` as "24. november 2026" (da, nb) or "24 November 2026" (en).
/// Anything that is not such a date is returned as it is.
pub fn format_date(lang: Lang, iso: &str) -> String {
    if !is_iso_date(iso) {
        return iso.to_owned();
    }
    let (year, month, day) = (&iso[0..4], &iso[5..7], &iso[8..10]);
    let month = tr(
        lang,
        MONTHS[month.parse::<usize>().unwrap_or(1).clamp(1, 12) - 1],
    );
    let day = day.trim_start_matches('0');
    match lang {
        Lang::Da | Lang::Nb => format!("{day}. {month} {year}"),
        Lang::En => format!("{day} {month} {year}"),
    }
}

/// A clock time: "kl. 10.32" (da), "kl. 10:32" (nb), "10:32" (en).
pub fn format_time(lang: Lang, hour: u32, minute: u32) -> String {
    match lang {
        Lang::Da => format!("kl. {hour:02}.{minute:02}"),
        Lang::Nb => format!("kl. {hour:02}:{minute:02}"),
        Lang::En => format!("{hour:02}:{minute:02}"),
    }
}

/// A size in bytes as people read it: "840 B", "12 kB", "1,2 MB", "120 GB"
/// (decimal units, as the browsers' own settings pages show them).
pub fn format_bytes(lang: Lang, bytes: f64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    let mut value = bytes.max(0.0);
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let decimals = usize::from(unit > 0 && value < 10.0);
    format!("{} {}", format_number(lang, value, decimals), UNITS[unit])
}
