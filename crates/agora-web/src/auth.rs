//! Secrets: one-time tokens (random, stored only as SHA-256 hashes: `agora_app::accounts`), the sign-in form's tokens
//! (a MAC of the form cookie under the installation's key, so a client cannot choose one), and
//! password hashes (Argon2id, m=19 MiB, t=2, p=1, computed off the async runtime, at most a few
//! at a time: see [`Hashing`]).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub use agora_app::accounts::{SETUP_LINK_HOURS, hex, is_token, new_token, token_hash};

/// Compare two secrets without stopping at the first difference.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The form token that goes with a form cookie: HMAC-SHA256 of the cookie under the
/// installation's key (hex). The cookie is random and only the server knows the key, so a token
/// cannot be made for a cookie of the client's choosing.
pub fn form_mac(key: &[u8], cookie: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(b"agora form token\0");
    mac.update(cookie.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// Password hashing with bounded concurrency. Each Argon2id run takes 19 MiB and tens of
/// milliseconds of a core: without a bound, a burst of sign-ins (no account needed) takes the
/// server's memory. At most `running` hashes run at once (one per core), at most `waiting` more
/// wait their turn; beyond that a request is refused at once ([`Busy`]: 503 with Retry-After)
/// rather than queued without end.
/// The working memory of each run (Argon2's blocks) is kept and reused: allocated per run, and
/// freed on whichever thread ran it, it stays with the allocator's per-thread arenas, and the
/// server's resident memory grows by 19 MiB per arena long after the burst.
///
/// A run's permit, place and memory belong to the blocking task that computes, not to the
/// request: a client that disconnects drops its request, but the hash it started runs on, and
/// still counts, until it ends.
#[derive(Debug)]
pub struct Hashing {
    permits: Arc<tokio::sync::Semaphore>,
    /// Running and waiting.
    admitted: Arc<AtomicUsize>,
    cap: usize,
    /// Working memory not in use (at most one per running hash).
    memory: Arc<Mutex<Vec<Vec<Block>>>>,
}

/// Too many passwords are being checked right now: try again shortly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("too many passwords are being checked at once; try again in a moment")]
pub struct Busy;

/// Seconds a refused request is told to wait.
pub const BUSY_RETRY_SECONDS: u64 = 2;

/// A place among the admitted; given back when dropped.
struct Admitted(Arc<AtomicUsize>);

impl Drop for Admitted {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The list of spare working memory, whatever a panic elsewhere left behind (it is only pushed
/// to and popped from, so it is never half-changed).
fn spare(memory: &Mutex<Vec<Vec<Block>>>) -> std::sync::MutexGuard<'_, Vec<Vec<Block>>> {
    memory.lock().unwrap_or_else(|e| e.into_inner())
}

impl Hashing {
    pub fn new(running: usize, waiting: usize) -> Hashing {
        let running = running.max(1);
        Hashing {
            permits: Arc::new(tokio::sync::Semaphore::new(running)),
            admitted: Arc::new(AtomicUsize::new(0)),
            cap: running + waiting,
            memory: Arc::new(Mutex::new(Vec::new())),
        }
    }

    /// One running hash per core, and four times as many waiting.
    pub fn for_this_machine() -> Hashing {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Hashing::new(cores, 4 * cores)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Result<T, Busy> {
        if self.admitted.fetch_add(1, Ordering::AcqRel) >= self.cap {
            self.admitted.fetch_sub(1, Ordering::AcqRel);
            return Err(Busy);
        }
        let admitted = Admitted(self.admitted.clone());
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Busy)?;
        let pool = self.memory.clone();
        tokio::task::spawn_blocking(move || {
            let mut memory = spare(&pool).pop().unwrap_or_default();
            let out = work(&mut memory);
            spare(&pool).push(memory);
            drop((permit, admitted));
            out
        })
        .await
        .map_err(|_| Busy)
    }

    /// [`hash_password`], within the bound.
    pub async fn hash(&self, password: String) -> Result<Result<String, String>, Busy> {
        self.run(move |memory| hash_with(&password, memory)).await
    }

    /// A new password's hash as the store keeps it: busy (503) when too many are being hashed,
    /// unavailable if hashing itself fails.
    pub async fn hash_new(&self, password: &str) -> Result<String, crate::error::AppError> {
        self.hash(password.to_owned()).await?.map_err(|e| {
            crate::error::AppError::Store(agora_store::StoreError::Unavailable(format!(
                "hashing failed: {e}"
            )))
        })
    }

    /// [`verify_password`], within the bound.
    pub async fn verify(&self, password: String, stored: String) -> Result<bool, Busy> {
        self.run(move |memory| verify_with(&password, &stored, memory))
            .await
    }
}

/// Our parameters: Argon2id, m = 19 MiB, t = 2, p = 1 (OWASP's minimum).
fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("constant Argon2 parameters are valid")
}

/// The most memory a stored hash may ask for (ours ask for 19 MiB).
const MAX_M_COST: u32 = 64 * 1024;

/// Argon2id's output for a password and salt, computed in `memory` (grown to what `params`
/// need).
fn compute(
    version: Version,
    params: Params,
    password: &[u8],
    salt: &[u8],
    output_len: usize,
    memory: &mut Vec<Block>,
) -> Result<Output, String> {
    memory.resize(params.block_count(), Block::default());
    let argon2 = Argon2::new(Algorithm::Argon2id, version, params);
    Output::init_with(output_len, |out| {
        argon2
            .hash_password_into_with_memory(password, salt, out, &mut memory[..])
            .map_err(|_| argon2::password_hash::Error::Crypto)
    })
    .map_err(|e| e.to_string())
}

/// A new PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) for a password.
fn hash_with(password: &str, memory: &mut Vec<Block>) -> Result<String, String> {
    let mut raw = [0u8; 16];
    getrandom::fill(&mut raw).map_err(|e| e.to_string())?;
    let salt = SaltString::encode_b64(&raw).map_err(|e| e.to_string())?;
    let params = params();
    let output = compute(
        Version::V0x13,
        params.clone(),
        password.as_bytes(),
        &raw,
        Params::DEFAULT_OUTPUT_LEN,
        memory,
    )?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| e.to_string())?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(phc.to_string())
}

/// Whether a password is the one a stored PHC string was made from (Argon2id only, at most
/// [`MAX_M_COST`]).
fn verify_with(password: &str, stored: &str, memory: &mut Vec<Block>) -> bool {
    let Ok(hash) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return false;
    };
    let Ok(params) = Params::try_from(&hash) else {
        return false;
    };
    let version = hash
        .version
        .map_or(Ok(Version::V0x13), Version::try_from)
        .ok();
    let mut salt_bytes = [0u8; 64];
    match (version, salt.decode_b64(&mut salt_bytes)) {
        (Some(version), Ok(salt))
            if hash.algorithm == Algorithm::Argon2id.ident() && params.m_cost() <= MAX_M_COST =>
        {
            // `Output`'s comparison takes the same time wherever the outputs differ.
            compute(
                version,
                params,
                password.as_bytes(),
                salt,
                expected.len(),
                memory,
            )
            .is_ok_and(|computed| computed == expected)
        }
        _ => false,
    }
}

/// Hash a password with Argon2id, on a blocking thread (it takes tens of milliseconds), without
/// a bound: for tools and tests. The server goes through [`Hashing`].
pub async fn hash_password(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || hash_with(&password, &mut Vec::new()))
        .await
        .map_err(|e| e.to_string())?
}

/// Check a password against a stored hash, on a blocking thread, without a bound (see
/// [`hash_password`]).
pub async fn verify_password(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || verify_with(&password, &stored, &mut Vec::new()))
        .await
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_tokens_are_a_mac_of_the_cookie_under_the_key() {
        let (cookie, _) = new_token();
        let a = form_mac(b"key one", &cookie);
        assert_eq!(a, form_mac(b"key one", &cookie));
        assert_ne!(a, form_mac(b"key two", &cookie));
        assert_ne!(a, form_mac(b"key one", &new_token().0));
        assert!(is_token(&a), "64 hex digits, like every token");
        assert_ne!(a, cookie);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hashing_runs_a_few_at_a_time_and_refuses_the_rest_at_once() {
        let hashing = std::sync::Arc::new(Hashing::new(1, 2));
        let mut tasks = Vec::new();
        for _ in 0..12 {
            let h = hashing.clone();
            tasks.push(tokio::spawn(async move {
                h.hash("correct horse battery staple".into()).await
            }));
        }
        let mut done = 0;
        let mut busy = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(Ok(h)) => {
                    assert!(h.starts_with("$argon2id$"));
                    done += 1;
                }
                Ok(Err(e)) => panic!("{e}"),
                Err(Busy) => busy += 1,
            }
        }
        assert!(done >= 3, "one running and two waiting at least: {done}");
        assert!(busy >= 1, "the rest are refused: {busy}");
        assert_eq!(done + busy, 12);
        assert_eq!(
            hashing.admitted.load(Ordering::Acquire),
            0,
            "every place given back"
        );
        // Free again once the burst is over.
        assert!(hashing.verify("x".into(), "not a hash".into()).await == Ok(false));
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
        // What the argon2 crate makes and checks, we check and make: the same PHC strings.
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, params());
        let salt = SaltString::encode_b64(b"sixteen bytes!!!").unwrap();
        let made = theirs
            .hash_password(b"ours and theirs", &salt)
            .unwrap()
            .to_string();
        assert!(verify_password("ours and theirs".into(), made.clone()).await);
        assert!(!verify_password("ours and theirs!".into(), made).await);
        let ours = hash_password("ours and theirs".into()).await.unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(theirs.verify_password(b"ours and theirs", &parsed).is_ok());
        assert!(theirs.verify_password(b"not ours", &parsed).is_err());
        // Other algorithms, and costs beyond ours, are refused without running them.
        let argon2i = Argon2::new(Algorithm::Argon2i, Version::V0x13, params())
            .hash_password(b"ours and theirs", &salt)
            .unwrap()
            .to_string();
        assert!(!verify_password("ours and theirs".into(), argon2i).await);
        let costly = "$argon2id$v=19$m=4194304,t=2,p=1$c2l4dGVlbiBieXRlcyEhIQ$\
                      AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assert!(!verify_password("x".into(), costly.into()).await);
    }
}
