//! Every word the user sees, in Danish, Norwegian bokmål and English.
//!
//! Each area has its own table (`ui`, `errors`, `words`, `data`); every row holds
//! all three languages, so a key without them does not compile. The tests
//! check what the compiler cannot (empty text, mismatched `{placeholders}`,
//! an untranslated copy) over `all()`. The core keeps no words of its own:
//! its errors and values are data, said here.

pub use crate::core::lang::Lang;

/// A table of texts: each key has its text in every language.
pub trait Text: Copy + std::fmt::Debug + 'static {
    fn texts(self) -> [&'static str; 3];
}

macro_rules! strings {
    ($name:ident, $($key:ident => [$da:expr, $nb:expr, $en:expr $(,)?]),* $(,)?) => {
        /// A key of this table of texts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Text for $name {
            fn texts(self) -> [&'static str; 3] {
                match self { $($name::$key => [$da, $nb, $en]),* }
            }
        }
    };
}

pub mod data;
pub mod errors;
pub mod format;
pub mod invite;
mod ui;
pub mod words;

pub use data::DataKey;
pub use errors::{error_message, storage_error_message};
pub use format::{format_bytes, format_date, format_number, format_time};
pub use invite::InviteKey;
pub use ui::Key;
pub use words::{
    answer_label, layer_label, role_group_label, role_label, round_label, score_label,
};

/// The text for `key` in `lang`.
pub fn tr(lang: Lang, key: impl Text) -> &'static str {
    key.texts()[lang.index()]
}

/// The text for `key` with each `{name}` replaced by its value.
pub fn tr_with(lang: Lang, key: impl Text, args: &[(&str, &str)]) -> String {
    fill(tr(lang, key), args)
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&["{", name, "}"].concat(), value)
        })
}

/// Every row of every table, named, for the completeness tests.
pub fn all() -> Vec<(String, [&'static str; 3])> {
    fn rows<T: Text>(keys: &[T]) -> impl Iterator<Item = (String, [&'static str; 3])> + '_ {
        keys.iter().map(|k| (format!("{k:?}"), k.texts()))
    }
    rows(Key::ALL)
        .chain(rows(errors::ErrorKey::ALL))
        .chain(rows(words::Word::ALL))
        .chain(rows(DataKey::ALL))
        .chain(rows(InviteKey::ALL))
        .collect()
}

/// The `{placeholder}` names in a string, sorted, for the completeness test.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}
