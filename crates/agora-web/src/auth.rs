//! Secrets: one-time tokens (random, stored only as SHA-256 hashes) and password hashes
//! (Argon2id, m=19 MiB, t=2, p=1, computed off the async runtime).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use sha2::{Digest, Sha256};

/// How long a one-time link to set a password stays valid.
pub const SETUP_LINK_HOURS: u64 = 72;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random token (256 bits, hex) and the hash under which it is stored.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    let token = hex(&bytes);
    let hash = token_hash(&token);
    (token, hash)
}

/// The stored form of a token. Tokens are long random strings, so a plain SHA-256 suffices.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether a string can be a token (64 hex digits): anything else is refused before any lookup.
pub fn is_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// Compare two secrets without stopping at the first difference.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("constant Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hash a password with Argon2id, on a blocking thread (it takes tens of milliseconds).
pub async fn hash_password(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| e.to_string())?;
        let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// Check a password against a stored hash, on a blocking thread.
pub async fn verify_password(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
    })
    .await
    .unwrap_or(false)
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
}

/// A time in the store's format (ISO 8601 UTC, milliseconds).
fn format_secs(t: u64) -> String {
    let day = agora_core::Day::from_days_since_epoch((t / 86_400) as i64);
    let s = t % 86_400;
    format!(
        "{day}T{:02}:{:02}:{:02}.000Z",
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

/// Seconds since the epoch of a time in the store's format; None if it is not one.
fn parse_secs(ts: &str) -> Option<u64> {
    let day: agora_core::Day = ts.get(..10)?.parse().ok()?;
    let h: u64 = ts.get(11..13)?.parse().ok()?;
    let m: u64 = ts.get(14..16)?.parse().ok()?;
    let s: u64 = ts.get(17..19)?.parse().ok()?;
    // Days since the epoch from the civil date (the inverse of Day::from_days_since_epoch).
    let (y, mo, d) = (
        i64::from(day.year()),
        i64::from(day.month()),
        i64::from(day.day()),
    );
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if mo > 2 { mo - 3 } else { mo + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days as u64 * 86_400 + h * 3600 + m * 60 + s)
}

/// An ISO 8601 UTC time `hours` from now, in the store's format.
pub fn hours_from_now(hours: u64) -> String {
    format_secs(now_secs() + hours * 3600)
}

/// An ISO 8601 UTC time `minutes` ago, in the store's format.
pub fn minutes_ago(minutes: u64) -> String {
    format_secs(now_secs().saturating_sub(minutes * 60))
}

/// Seconds from now until `window` seconds after `since` (0 if that is past).
pub fn seconds_until(since: &str, window: u64) -> u64 {
    parse_secs(since).map_or(window, |t| (t + window).saturating_sub(now_secs()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, ha) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert!(is_token(&a) && !is_token("../etc") && !is_token(&a.to_uppercase()));
        assert_eq!(ha, token_hash(&a));
        assert_ne!(ha, a);
    }

    #[test]
    fn times_round_trip() {
        for t in [0u64, 951_782_400, 1_795_000_123] {
            assert_eq!(parse_secs(&format_secs(t)), Some(t));
        }
        assert!(
            seconds_until(&minutes_ago(5), 900) <= 600
                && seconds_until(&minutes_ago(5), 900) >= 598
        );
    }

    #[tokio::test]
    async fn passwords_hash_with_argon2id_and_verify() {
        let h = hash_password("correct horse battery staple".into())
            .await
            .unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password("correct horse battery staple".into(), h.clone()).await);
        assert!(!verify_password("correct horse battery stapler".into(), h).await);
        assert!(!verify_password("x".into(), "not a hash".into()).await);
    }
}
