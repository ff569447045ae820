//! The languages Sesame speaks: which one the person gets (their choice, else their system's),
//! the words Rust shows itself (the tray, quick copy's messages), and its errors in the app's
//! language, from the same Fluent catalogues as the web UI (`locales/`, one `sesame.ftl` per
//! language).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::{OnceLock, RwLock};

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

/// The language the app speaks (one per process: a desktop app shows one). The CLI never sets
/// it and speaks English.
static CURRENT: RwLock<&str> = RwLock::new("en");

pub fn set_language(language: &'static str) {
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = language;
}

pub fn language() -> &'static str {
    *CURRENT.read().unwrap_or_else(|e| e.into_inner())
}

/// A message's arguments, by the names its catalogue entries use.
pub type Args = Vec<(&'static str, FluentValue<'static>)>;

/// An error or notice whose words the catalogues translate. Its English is its `Display` (also
/// the CLI's words); every other catalogue has its message id, with the same arguments.
pub trait Localize: std::fmt::Display {
    /// The message id, and its arguments.
    fn message(&self) -> (&'static str, Args);
}

/// `what` in the app's language: the catalogue's words, else its English.
pub fn localize(what: &(impl Localize + ?Sized)) -> String {
    localize_in(language(), what)
}

fn localize_in(language: &str, what: &(impl Localize + ?Sized)) -> String {
    if language == "en" {
        return what.to_string();
    }
    let (id, args) = what.message();
    Catalogue::cached(language)
        .translate(id, &args)
        .unwrap_or_else(|| what.to_string())
}

/// The message `id` of the catalogues in the app's language: words Rust shows that no error
/// of the core carries (the catalogue holds their English too).
pub fn say(id: &str, args: &[(&str, FluentValue)]) -> String {
    Catalogue::cached(language()).get(id, args)
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
    /// The language's catalogue, parsed once for the process: an import of thousands of
    /// entries says something of each, and parsing a catalogue takes far longer than that.
    pub fn cached(language: &str) -> &'static Catalogue {
        static CACHE: [OnceLock<Catalogue>; LANGUAGES.len()] =
            [const { OnceLock::new() }; LANGUAGES.len()];
        let index = LANGUAGES.iter().position(|l| *l == language).unwrap_or(0);
        CACHE[index].get_or_init(|| Catalogue::new(LANGUAGES[index]))
    }

    pub fn new(language: &str) -> Self {
        Catalogue {
            bundle: bundle(language),
            english: bundle("en"),
        }
    }

    /// The message `id` with its arguments; English where the language lacks it, the id itself
    /// where no catalogue has it.
    pub fn get(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        [&self.bundle, &self.english]
            .into_iter()
            .find_map(|b| format(b, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` in this catalogue's language alone.
    pub fn translate(&self, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
        format(&self.bundle, id, args)
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &[(&str, FluentValue)],
) -> Option<String> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = vec![];
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
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

    /// One of each error and notice the core words itself, with every argument set.
    fn everything_rust_says() -> Vec<Box<dyn Localize>> {
        use crate::account::ParamError;
        use crate::export::{ExportError, ExportFormat};
        use crate::import::{Format, ImportError, Summary};
        use crate::keystore::KeyStoreError;
        use crate::migration::{EntryError, MigrationError};
        use crate::qr::QrError;
        use crate::scan::{LinkError, MissingBatches};
        use crate::settings::SettingsError;
        use crate::uri::UriError;
        use crate::vault::VaultError;
        let s = || "x".to_owned();
        let p = || std::path::PathBuf::from("/data");
        let mut all: Vec<Box<dyn Localize>> = vec![];
        for e in [
            UriError::Empty,
            UriError::NotAUri,
            UriError::Scheme(s()),
            UriError::Migration,
            UriError::MissingType,
            UriError::Type(s()),
            UriError::LabelEncoding,
            UriError::Duplicate("secret"),
            UriError::MissingSecret,
            UriError::EmptySecret,
            UriError::SecretSymbol {
                found: '1',
                position: 8,
            },
            UriError::SecretLength(3),
            UriError::Algorithm(s()),
            UriError::NotANumber {
                name: "digits",
                value: s(),
            },
            UriError::SteamHotp,
            UriError::Param(ParamError::Digits(3)),
            UriError::Param(ParamError::Period(0)),
            UriError::Param(ParamError::EmptySecret),
            UriError::Param(ParamError::SteamParams),
        ] {
            all.push(Box::new(LinkError::Uri(e)));
        }
        for e in [
            MigrationError::Scheme(s()),
            MigrationError::MissingData,
            MigrationError::Base64,
            MigrationError::Protobuf(s()),
            MigrationError::Empty,
            MigrationError::BatchIndex { index: 3, size: 2 },
            MigrationError::BatchTooLarge(2000),
        ] {
            all.push(Box::new(e));
        }
        all.push(Box::new(EntryError {
            position: 2,
            label: s(),
            reason: s(),
        }));
        for e in [
            QrError::Empty,
            QrError::TooLarge(16),
            QrError::UnknownFormat,
            QrError::Dimensions {
                side: 8192,
                megapixels: 40,
                alloc: 200,
            },
            QrError::Damaged(s()),
        ] {
            all.push(Box::new(e));
        }
        for e in [
            VaultError::DataDir {
                path: p(),
                reason: s(),
            },
            VaultError::NotADatabase {
                path: p(),
                why: s(),
            },
            VaultError::Damaged {
                path: p(),
                why: s(),
            },
            VaultError::NewerSchema {
                path: p(),
                found: 9,
            },
            VaultError::DiskFull,
            VaultError::ReadOnly,
            VaultError::Busy,
            VaultError::Database(s()),
            VaultError::Invalid(s()),
            VaultError::NoProfile(s()),
            VaultError::ProfileExists(s()),
            VaultError::InvalidName,
            VaultError::WrongPassword(s()),
            VaultError::Locked(s()),
            VaultError::WrongRecoveryKey(s()),
            VaultError::NoSlot {
                profile: s(),
                what: "password",
            },
            VaultError::NoSlot {
                profile: s(),
                what: "password to remove",
            },
            VaultError::NoSlot {
                profile: s(),
                what: "recovery key",
            },
            VaultError::NoSlot {
                profile: s(),
                what: "keyring key",
            },
            VaultError::KeyringUnavailable {
                profile: s(),
                source: KeyStoreError::Locked,
            },
            VaultError::KeyMissing(s()),
            VaultError::DamagedSlot(s()),
            VaultError::DamagedSettings(s()),
            VaultError::LastSlot(s()),
            VaultError::NoEntry(7),
            VaultError::IntegrityUnconfirmed(s()),
            VaultError::RecoveryFormat(s()),
            VaultError::Keyring(KeyStoreError::NoService(s())),
            VaultError::Keyring(KeyStoreError::Locked),
            VaultError::Keyring(KeyStoreError::Failed(s())),
        ] {
            all.push(Box::new(e));
        }
        for e in [
            SettingsError::ClipboardClear,
            SettingsError::ShowNext,
            SettingsError::AutoLock,
            SettingsError::TimeOffset,
            SettingsError::Shortcut,
            SettingsError::Language(s()),
            SettingsError::Write(s()),
        ] {
            all.push(Box::new(e));
        }
        for e in [
            ImportError::Empty,
            ImportError::TooLarge,
            ImportError::UnknownFormat,
            ImportError::NotThisFormat {
                format: Format::Aegis,
                reason: s(),
            },
            ImportError::NeedsPassword(Format::Aegis),
            ImportError::WrongPassword,
            ImportError::Parameters(s()),
            ImportError::TooCostly(s()),
        ] {
            all.push(Box::new(e));
        }
        for e in [
            ExportError::Empty,
            ExportError::NeedsPassword(ExportFormat::Sesame),
            ExportError::OneEntry,
            ExportError::NothingFits(ExportFormat::Sesame, s()),
            ExportError::Kdf(s()),
        ] {
            all.push(Box::new(e));
        }
        for written in [true, false] {
            all.push(Box::new(Summary {
                written,
                new: 3,
                duplicates: 1,
                errors: vec![s()],
            }));
        }
        for several in [true, false] {
            all.push(Box::new(MissingBatches {
                size: 3,
                missing: "2".into(),
                several,
            }));
        }
        for e in crate::password::WeakPassword::samples() {
            all.push(Box::new(e));
        }
        {
            use crate::sync::SyncError as E;
            for e in [
                E::NotEnabled(s()),
                E::AlreadyEnabled {
                    profile: s(),
                    location: s(),
                },
                E::WrongPassphrase,
                E::Unreachable {
                    location: s(),
                    why: s(),
                },
                E::WebDavRefused(s()),
                E::SetMissing { location: s() },
                E::BadSet(s()),
                E::Integrity(s()),
                E::Invalid(s()),
            ] {
                all.push(Box::new(e));
            }
        }
        {
            use crate::mirror::MirrorError as E;
            for e in [
                E::Folder(p(), s()),
                E::Format(s()),
                E::AlreadyFollowed(p()),
                E::NotFollowed(p()),
                E::Backup {
                    file: p(),
                    source: ImportError::WrongPassword,
                },
            ] {
                all.push(Box::new(e));
            }
        }
        all.push(Box::new(crate::icon::IconError::from(QrError::Empty)));
        {
            use crate::password::Advice;
            use zxcvbn::feedback::{Suggestion as S, Warning as W};
            for w in [
                W::StraightRowsOfKeysAreEasyToGuess,
                W::ShortKeyboardPatternsAreEasyToGuess,
                W::RepeatsLikeAaaAreEasyToGuess,
                W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess,
                W::ThisIsATop10Password,
                W::ThisIsATop100Password,
                W::ThisIsACommonPassword,
                W::ThisIsSimilarToACommonlyUsedPassword,
                W::SequencesLikeAbcAreEasyToGuess,
                W::RecentYearsAreEasyToGuess,
                W::AWordByItselfIsEasyToGuess,
                W::DatesAreOftenEasyToGuess,
                W::NamesAndSurnamesByThemselvesAreEasyToGuess,
                W::CommonNamesAndSurnamesAreEasyToGuess,
            ] {
                all.push(Box::new(Advice::Warning(w)));
            }
            for s in [
                S::UseAFewWordsAvoidCommonPhrases,
                S::NoNeedForSymbolsDigitsOrUppercaseLetters,
                S::AddAnotherWordOrTwo,
                S::CapitalizationDoesntHelpVeryMuch,
                S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase,
                S::ReversedWordsArentMuchHarderToGuess,
                S::PredictableSubstitutionsDontHelpVeryMuch,
                S::UseALongerKeyboardPatternWithMoreTurns,
                S::AvoidRepeatedWordsAndCharacters,
                S::AvoidSequences,
                S::AvoidRecentYears,
                S::AvoidYearsThatAreAssociatedWithYou,
                S::AvoidDatesAndYearsThatAreAssociatedWithYou,
            ] {
                all.push(Box::new(Advice::Suggestion(s)));
            }
        }
        all
    }

    #[test]
    fn every_language_translates_everything_rust_says() {
        for language in LANGUAGES.into_iter().skip(1) {
            let catalogue = Catalogue::new(language);
            for what in everything_rust_says() {
                let (id, args) = what.message();
                let pattern = catalogue
                    .bundle
                    .get_message(id)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{language} has no {id} (“{what}”)"));
                let mut fluent_args = FluentArgs::new();
                for (name, value) in args {
                    fluent_args.set(name, value);
                }
                let mut errors = vec![];
                let said =
                    catalogue
                        .bundle
                        .format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert!(errors.is_empty(), "{language} {id}: {errors:?}");
                assert!(!said.trim().is_empty(), "{language} {id}");
            }
        }
        // English is Rust's own words: no catalogue entry shadows them.
        for what in everything_rust_says() {
            let (id, _) = what.message();
            assert!(
                Catalogue::new("en").translate(id, &[]).is_none(),
                "en has {id}"
            );
        }
    }

    #[test]
    fn errors_speak_the_apps_language() {
        // (The process's language is left alone: other tests run beside this one.)
        let wrong = crate::vault::VaultError::WrongPassword("Mum".into());
        assert_eq!(localize_in("en", &wrong), "wrong password for profile Mum");
        assert_eq!(
            localize_in("de", &wrong),
            "falsches Passwort für das Profil Mum"
        );
    }
}
