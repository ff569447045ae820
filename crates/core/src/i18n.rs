//! The languages Sesame speaks: which one the person gets (their choice, else their system's),
//! and the words Rust shows itself (the tray, quick copy's messages), from the same Fluent
//! catalogues as the web UI (`locales/`, one `sesame.ftl` per language).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// Every language with a catalogue, English first (the fallback and the source).
pub const LANGUAGES: [&str; 9] = ["en", "ru", "es", "pt-BR", "fr", "de", "pl", "zh-CN", "ar"];

fn source(language: &str) -> &'static str {
    match language {
        "ru" => include_str!("../../../locales/ru/sesame.ftl"),
        "es" => include_str!("../../../locales/es/sesame.ftl"),
        "pt-BR" => include_str!("../../../locales/pt-BR/sesame.ftl"),
        "fr" => include_str!("../../../locales/fr/sesame.ftl"),
        "de" => include_str!("../../../locales/de/sesame.ftl"),
        "pl" => include_str!("../../../locales/pl/sesame.ftl"),
        "zh-CN" => include_str!("../../../locales/zh-CN/sesame.ftl"),
        "ar" => include_str!("../../../locales/ar/sesame.ftl"),
        _ => include_str!("../../../locales/en/sesame.ftl"),
    }
}

/// The language to speak: `chosen` (from Settings) when Sesame has it, else the first of the
/// system's languages it has, else English. Tags may be BCP 47 (`pt-BR`) or POSIX
/// (`pt_BR.UTF-8`); a language Sesame has in one variant only matches any region of it
/// (`es-MX` → `es`, `pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`).
pub fn resolve<S: AsRef<str>>(chosen: &str, system: &[S]) -> &'static str {
    std::iter::once(chosen)
        .chain(system.iter().map(AsRef::as_ref))
        .find_map(matching)
        .unwrap_or("en")
}

fn matching(tag: &str) -> Option<&'static str> {
    // "pt_BR.UTF-8@euro" → "pt-BR"; "C" and "POSIX" are no language.
    let tag = tag.split(['.', '@']).next()?.replace('_', "-");
    let primary = tag.split('-').next()?.to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| l.eq_ignore_ascii_case(&tag))
        .or_else(|| {
            LANGUAGES
                .iter()
                .find(|l| l.split('-').next() == Some(&primary))
        })
        .copied()
}

/// The system's preferred languages, most preferred first.
pub fn system_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// Whether the language is written right to left (the window is mirrored).
pub fn right_to_left(language: &str) -> bool {
    language == "ar"
}

/// One language's catalogue, for the words Rust formats itself.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

fn bundle(language: &str) -> FluentBundle<FluentResource> {
    let id = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Names and titles inside a message are isolated where the text runs right to left, so that
    // a Latin name keeps its place; elsewhere the marks would only get in the way of copying.
    bundle.set_use_isolating(right_to_left(language));
    // The catalogues are the project's own, checked by tests: a syntax error cannot ship.
    let resource = FluentResource::try_new(source(language).to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

impl Catalogue {
    pub fn new(language: &str) -> Self {
        Catalogue {
            bundle: bundle(language),
            english: bundle("en"),
        }
    }

    /// The message `id` with its arguments; English where the language lacks it, the id itself
    /// where no catalogue has it.
    pub fn get(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        [&self.bundle, &self.english]
            .into_iter()
            .find_map(|b| {
                let pattern = b.get_message(id)?.value()?;
                let mut errors = vec![];
                Some(
                    b.format_pattern(pattern, Some(&fluent_args), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_then_the_system_then_english() {
        assert_eq!(resolve("", &["ru_RU.UTF-8"]), "ru");
        assert_eq!(resolve("", &["ar_EG.UTF-8"]), "ar");
        assert_eq!(resolve("de", &["ru_RU.UTF-8"]), "de");
        assert_eq!(resolve("", &["pt_BR.UTF-8"]), "pt-BR");
        assert_eq!(resolve("", &["pt-PT"]), "pt-BR");
        assert_eq!(resolve("", &["zh-Hans-CN"]), "zh-CN");
        assert_eq!(resolve("", &["es-MX", "en-US"]), "es");
        // A language Sesame lacks gives way to the next the person reads.
        assert_eq!(resolve("", &["nl-NL", "fr-FR"]), "fr");
        assert_eq!(resolve("", &["C.UTF-8"]), "en");
        assert_eq!(resolve::<&str>("", &[]), "en");
        assert_eq!(resolve("xx", &["POSIX"]), "en");
    }

    #[test]
    fn plurals_follow_the_language() {
        let count =
            |lang: &str, n: i64| Catalogue::new(lang).get("accounts-added", &[("count", n.into())]);
        assert_eq!(count("en", 1), "Added 1 account.");
        assert_eq!(count("en", 5), "Added 5 accounts.");
        // Russian: one, few, many.
        assert!(count("ru", 1).contains("аккаунт."), "{}", count("ru", 1));
        assert!(count("ru", 3).contains("аккаунта"), "{}", count("ru", 3));
        assert!(count("ru", 5).contains("аккаунтов"), "{}", count("ru", 5));
        assert!(count("ru", 21).contains("аккаунт."), "{}", count("ru", 21));
    }

    #[test]
    fn every_language_names_the_tray_items_in_its_own_words() {
        let english = Catalogue::new("en");
        for language in LANGUAGES.into_iter().skip(1) {
            let catalogue = Catalogue::new(language);
            for id in ["tray-open", "tray-quick-copy", "tray-lock", "tray-quit"] {
                let (theirs, ours) = (catalogue.get(id, &[]), english.get(id, &[]));
                assert!(theirs != id && theirs != ours, "{language} {id}: {theirs}");
            }
        }
        // A message no catalogue has shows its id rather than nothing.
        assert_eq!(english.get("no-such-message", &[]), "no-such-message");
    }
}
