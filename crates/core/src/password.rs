//! How hard a new password is to guess (zxcvbn: the guesses an attacker who tries common
//! passwords, words, names, dates and keyboard patterns first would need), and the least
//! Sesame accepts for what guards secrets: a profile's password and a backup's.

/// zxcvbn's scale: 0 and 1 fall to an offline attack within minutes even through Argon2id;
/// 2 needs about 10^8 guesses, which Argon2id at 64 MiB makes years of one computer's time.
pub const MIN_SCORE: u8 = 2;

use crate::i18n;
use zxcvbn::feedback::{Suggestion, Warning};

/// Past this length a password is strong by length alone; zxcvbn's work grows with it.
const MEASURED_CHARS: usize = 64;

/// What the person sees while typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
}

impl Strength {
    pub fn acceptable(&self) -> bool {
        self.score >= MIN_SCORE
    }
}

/// How strong `password` is; `context` holds words that make it easier to guess here (the
/// profile's name, "sesame").
pub fn strength(password: &str, context: &[&str]) -> Strength {
    if password.chars().count() > MEASURED_CHARS {
        return Strength {
            score: 4,
            warning: None,
            suggestions: Vec::new(),
        };
    }
    let mut inputs = vec!["sesame", "authenticator"];
    inputs.extend_from_slice(context);
    let estimate = zxcvbn::zxcvbn(password, &inputs);
    let feedback = estimate.feedback();
    Strength {
        score: u8::from(estimate.score()),
        warning: feedback
            .and_then(|f| f.warning())
            .map(|w| i18n::localize(&Advice::Warning(w))),
        suggestions: feedback
            .map(|f| {
                f.suggestions()
                    .iter()
                    .map(|s| i18n::localize(&Advice::Suggestion(*s)))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// zxcvbn's advice, in the app's language (its English is zxcvbn's own).
#[derive(Debug, Clone, Copy)]
pub enum Advice {
    Warning(Warning),
    Suggestion(Suggestion),
}

impl std::fmt::Display for Advice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Advice::Warning(w) => w.fmt(f),
            Advice::Suggestion(s) => s.fmt(f),
        }
    }
}

impl i18n::Localize for Advice {
    fn message(&self) -> (&'static str, i18n::Args) {
        use Suggestion as S;
        use Warning as W;
        let id = match self {
            Advice::Warning(w) => match w {
                W::StraightRowsOfKeysAreEasyToGuess => "core-advice-straight-rows",
                W::ShortKeyboardPatternsAreEasyToGuess => "core-advice-short-patterns",
                W::RepeatsLikeAaaAreEasyToGuess => "core-advice-repeats-aaa",
                W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "core-advice-repeats-abcabc",
                W::ThisIsATop10Password => "core-advice-top-10",
                W::ThisIsATop100Password => "core-advice-top-100",
                W::ThisIsACommonPassword => "core-advice-common",
                W::ThisIsSimilarToACommonlyUsedPassword => "core-advice-similar",
                W::SequencesLikeAbcAreEasyToGuess => "core-advice-sequences",
                W::RecentYearsAreEasyToGuess => "core-advice-recent-years",
                W::AWordByItselfIsEasyToGuess => "core-advice-one-word",
                W::DatesAreOftenEasyToGuess => "core-advice-dates",
                W::NamesAndSurnamesByThemselvesAreEasyToGuess => "core-advice-names",
                W::CommonNamesAndSurnamesAreEasyToGuess => "core-advice-common-names",
            },
            Advice::Suggestion(s) => match s {
                S::UseAFewWordsAvoidCommonPhrases => "core-advice-few-words",
                S::NoNeedForSymbolsDigitsOrUppercaseLetters => "core-advice-no-symbols-needed",
                S::AddAnotherWordOrTwo => "core-advice-another-word",
                S::CapitalizationDoesntHelpVeryMuch => "core-advice-capitals",
                S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "core-advice-all-capitals",
                S::ReversedWordsArentMuchHarderToGuess => "core-advice-reversed",
                S::PredictableSubstitutionsDontHelpVeryMuch => "core-advice-substitutions",
                S::UseALongerKeyboardPatternWithMoreTurns => "core-advice-longer-pattern",
                S::AvoidRepeatedWordsAndCharacters => "core-advice-avoid-repeats",
                S::AvoidSequences => "core-advice-avoid-sequences",
                S::AvoidRecentYears => "core-advice-avoid-recent-years",
                S::AvoidYearsThatAreAssociatedWithYou => "core-advice-avoid-your-years",
                S::AvoidDatesAndYearsThatAreAssociatedWithYou => "core-advice-avoid-your-dates",
            },
        };
        (id, vec![])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("this password is too easy to guess ({how}): {why}")]
pub struct WeakPassword {
    how: &'static str,
    why: String,
}

#[cfg(test)]
impl WeakPassword {
    /// Each kind of refusal, for the tests of its words.
    pub(crate) fn samples() -> [WeakPassword; 2] {
        [FIRST_GUESSES, MINUTES].map(|how| WeakPassword {
            how,
            why: "a common word".into(),
        })
    }
}

const FIRST_GUESSES: &str = "it would be among the first guesses";
const MINUTES: &str = "a computer would guess it within minutes";

/// Refuses an obviously weak password, saying how weak and why.
pub fn check(password: &str, context: &[&str]) -> Result<(), WeakPassword> {
    let s = strength(password, context);
    if s.acceptable() {
        return Ok(());
    }
    Err(WeakPassword {
        how: if s.score == 0 { FIRST_GUESSES } else { MINUTES },
        why: s
            .warning
            .or_else(|| s.suggestions.into_iter().next())
            .unwrap_or_else(|| i18n::say("password-advice", &[])),
    })
}

impl crate::i18n::Localize for WeakPassword {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        // zxcvbn's advice (`why`) is English only.
        let id = if self.how == FIRST_GUESSES {
            "core-weak-password-first-guesses"
        } else {
            "core-weak-password-minutes"
        };
        (id, vec![("why", self.why.clone().into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_are_refused_and_say_why() {
        for weak in [
            "pw", "password", "123456", "qwerty", "sesame1", "Mum2024", "aaaaaaaa",
        ] {
            let e = check(weak, &["Mum"]).unwrap_err().to_string();
            assert!(
                e.starts_with("this password is too easy to guess ("),
                "{weak}: {e}"
            );
        }
        assert_eq!(
            check("password", &[]).unwrap_err().to_string(),
            "this password is too easy to guess (it would be among the first guesses): This is a top-10 common password."
        );
        for strong in [
            "correct horse battery",
            "tulip-orbit-anvil-47",
            &"x".repeat(200),
        ] {
            assert_eq!(check(strong, &[]), Ok(()), "{strong}");
        }
        assert!(strength("correct horse battery staple zebra", &[]).score >= 3);
    }
}
