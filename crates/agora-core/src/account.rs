//! Accounts: e-mail addresses and the password rules (OWASP ASVS level 2: at least 15
//! characters, long passphrases welcome, no composition rules, common passwords refused, and a
//! strength estimate — zxcvbn — so that repeats, sequences and keyboard walks are refused too).

use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

use agora_i18n::Said;
use serde::{Deserialize, Serialize};

use crate::policy::AccessRole;

/// An e-mail address, lower-cased, as the account's login name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailError(pub String);

impl EmailError {
    /// What is wrong, to be written in the reader's language.
    pub fn said(&self) -> Said {
        Said::new("account-not-an-email").with("input", self.0.as_str())
    }
}

crate::words::said_error!(EmailError);

impl Email {
    pub fn parse(s: &str) -> Result<Email, EmailError> {
        let s = s.trim();
        let bad = || EmailError(s.chars().take(80).collect());
        let (local, domain) = s.split_once('@').ok_or_else(bad)?;
        let ok = !local.is_empty()
            && local.len() <= 64
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && s.len() <= 254
            && !domain.contains('@')
            && s.chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>');
        if ok {
            Ok(Email(s.to_lowercase()))
        } else {
            Err(bad())
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;
    fn try_from(s: String) -> Result<Email, EmailError> {
        Email::parse(&s)
    }
}
impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}
impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The least and most characters a password may have.
pub const PASSWORD_MIN_CHARS: usize = 15;
pub const PASSWORD_MAX_CHARS: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordError {
    TooShort,
    TooLong,
    Common,
    IsEmail,
    Guessable,
}

impl PasswordError {
    /// What is wrong, to be written in the reader's language.
    pub fn said(&self) -> Said {
        match self {
            PasswordError::TooShort => {
                Said::new("password-too-short").with("least", PASSWORD_MIN_CHARS)
            }
            PasswordError::TooLong => {
                Said::new("password-too-long").with("most", PASSWORD_MAX_CHARS)
            }
            PasswordError::Common => Said::new("password-common"),
            PasswordError::IsEmail => Said::new("password-is-email"),
            PasswordError::Guessable => Said::new("password-guessable"),
        }
    }
}

crate::words::said_error!(PasswordError);

/// The least zxcvbn score accepted: "safely unguessable" (about 10^10 guesses or more).
const MIN_STRENGTH: zxcvbn::Score = zxcvbn::Score::Three;
/// zxcvbn's matching grows quickly with length: its authors advise estimating the first 100
/// characters, and a passphrase whose first 100 are strong is strong.
const STRENGTH_CHARS: usize = 100;

const COMMON: &str = include_str!("../../../data/common-passwords.txt");

fn common() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
}

/// A password that satisfies the rules. It is never stored: only its Argon2id hash is.
pub struct NewPassword(String);

impl NewPassword {
    pub fn check(password: &str, email: &Email) -> Result<NewPassword, PasswordError> {
        let n = password.chars().count();
        if n < PASSWORD_MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if n > PASSWORD_MAX_CHARS {
            return Err(PasswordError::TooLong);
        }
        let lower = password.to_lowercase();
        if common().contains(lower.as_str()) {
            return Err(PasswordError::Common);
        }
        if lower.trim() == email.as_str() {
            return Err(PasswordError::IsEmail);
        }
        let head: String = password.chars().take(STRENGTH_CHARS).collect();
        let (local, domain) = email
            .as_str()
            .split_once('@')
            .unwrap_or((email.as_str(), ""));
        if zxcvbn::zxcvbn(&head, &[email.as_str(), local, domain, "agora"]).score() < MIN_STRENGTH {
            return Err(PasswordError::Guessable);
        }
        Ok(NewPassword(password.to_owned()))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// An account's id: the number the store gave it, never reused; written as that number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AccountId(i64);

impl AccountId {
    pub fn new(n: i64) -> AccountId {
        AccountId(n)
    }
    pub fn get(self) -> i64 {
        self.0
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A text that is no account's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountIdError(pub String);

impl AccountIdError {
    /// What is wrong, to be written in the reader's language.
    pub fn said(&self) -> Said {
        Said::new("account-not-an-id").with("input", self.0.as_str())
    }
}

crate::words::said_error!(AccountIdError);

impl std::str::FromStr for AccountId {
    type Err = AccountIdError;
    fn from_str(s: &str) -> Result<AccountId, AccountIdError> {
        match s.parse::<i64>() {
            Ok(n) if n > 0 && !s.starts_with('+') => Ok(AccountId(n)),
            _ => Err(AccountIdError(s.chars().take(40).collect())),
        }
    }
}

/// An account as the store keeps it (without its password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: AccountId,
    pub email: Email,
    pub roles: Vec<AccessRole>,
    pub has_password: bool,
    pub disabled: bool,
    pub created_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_and_lower_cased() {
        assert_eq!(
            Email::parse(" Focal.Point@Example.ORG ").unwrap().as_str(),
            "focal.point@example.org"
        );
        for bad in [
            "",
            "nobody",
            "a@b",
            "a@.org",
            "a b@c.org",
            "a@b@c.org",
            "<a@b.org>",
            "@x.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn password_rules() {
        let email = Email::parse("sec@example.org").unwrap();
        assert_eq!(
            NewPassword::check("short one", &email).err(),
            Some(PasswordError::TooShort)
        );
        assert!(NewPassword::check("correct horse battery staple", &email).is_ok());
        assert!(
            NewPassword::check(
                "the tide at Söderköping turns twice; ask the ferryman about the archive of 1998",
                &email
            )
            .is_ok(),
            "64+ characters are welcome"
        );
        assert!(
            NewPassword::check("ünïcödé passwörd", &email).is_ok(),
            "characters, not bytes"
        );
        // Long enough and not on the list, but guessed at once: repeats, runs, walks, the
        // e-mail's own words.
        for weak in [
            "               ",
            "bbbbbbbbbbbbbbb",
            "abcdefghijklmno",
            "asdfghjklasdfghjkl",
            "123456789012345678",
            "secsecsecsecsecsec",
            &"x".repeat(64),
        ] {
            assert_eq!(
                NewPassword::check(weak, &email).err(),
                Some(PasswordError::Guessable),
                "{weak:?}"
            );
        }
        // Only the first 100 characters are estimated: a long strong password is not slow.
        let long = format!("{}{}", "orchard lantern pebble viaduct ", "z".repeat(220));
        assert!(NewPassword::check(&long, &email).is_ok());
        assert_eq!(
            NewPassword::check(&"x".repeat(257), &email).err(),
            Some(PasswordError::TooLong)
        );
        assert_eq!(
            NewPassword::check("1qaz2wsx3edc4rfv", &email).err(),
            Some(PasswordError::Common)
        );
        assert_eq!(
            NewPassword::check("1QAZ2WSX3EDC4RFV", &email).err(),
            Some(PasswordError::Common)
        );
        assert_eq!(
            NewPassword::check("SEC@example.org", &email).err(),
            Some(PasswordError::IsEmail)
        );
        assert!(common().len() > 9000);
        assert_eq!(
            format!(
                "{:?}",
                NewPassword::check("correct horse battery staple", &email).unwrap()
            ),
            "NewPassword(***)"
        );
    }

    #[test]
    fn account_ids_are_positive_numbers_written_as_such() {
        let id: AccountId = "7".parse().unwrap();
        assert_eq!((id.get(), id.to_string()), (7, "7".to_owned()));
        for bad in ["0", "-3", "+7", "seven", "", "99999999999999999999"] {
            assert!(bad.parse::<AccountId>().is_err(), "{bad}");
        }
    }
}
