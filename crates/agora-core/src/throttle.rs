//! Limits on guessing passwords (OWASP ASVS 5.0 V6.3; the device cookies of OWASP's "Slow Down
//! Online Guessing Attacks with Device Cookies"). Sign-in attempts are counted under keys — the
//! account asked for, the client's address, or a device that signed in to the account before —
//! each with a [`Rule`]. An attempt is *reserved* (counted) in the same step that decides whether
//! it may go ahead, before its password is checked, so parallel requests cannot slip past the
//! limit; an attempt whose password was right gives its reservation back.
//!
//! - A device that signed in to an account before is counted on its own: an attack on the
//!   account from elsewhere never locks its owner's devices out.
//! - An account asked for from a device it does not know gets [`PER_ACCOUNT`] attempts per
//!   window, then none until the window ends.
//! - An address gets [`PER_ADDRESS`] attempts, then is slowed down (a delay that doubles,
//!   capped), never locked: many people may share one address.

/// How the attempts under one key are limited. Times are seconds since the epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// At most `limit` attempts per window of `window` seconds, then none until it ends.
    Window { limit: u32, window: i64 },
    /// `free` attempts per window, then each further one only `2^n` seconds after the one
    /// before (n = 1, 2, ... for each attempt beyond the free ones), at most `max_delay`.
    Progressive {
        free: u32,
        window: i64,
        max_delay: i64,
    },
}

/// Attempts from a device the account does not know, per account.
pub const PER_ACCOUNT: Rule = Rule::Window {
    limit: 10,
    window: 15 * 60,
};

/// Attempts from a device that signed in to the account before, per device.
pub const PER_DEVICE: Rule = Rule::Window {
    limit: 10,
    window: 15 * 60,
};

/// Error reports per account: anyone signed in may report one, so that one account cannot
/// flood the editors' queue. No longer than [`PER_ACCOUNT`]'s window, which is how long the
/// server keeps a counter.
pub const REPORTS_PER_ACCOUNT: Rule = Rule::Window {
    limit: 10,
    window: 15 * 60,
};

/// Links to set a new password asked for one address (each is a mail sent to it), and by one
/// client: enough for a person who lost a mail, too few to fill an inbox. No longer than
/// [`PER_ACCOUNT`]'s window.
pub const RESETS_PER_ADDRESS: Rule = Rule::Window {
    limit: 3,
    window: 15 * 60,
};
pub const RESETS_PER_CLIENT: Rule = Rule::Window {
    limit: 10,
    window: 15 * 60,
};

/// Attempts per client address, whatever the account.
pub const PER_ADDRESS: Rule = Rule::Progressive {
    free: 10,
    window: 15 * 60,
    max_delay: 60,
};

/// The attempts counted under one key in its current window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    /// When the window began.
    pub window_start: i64,
    /// Attempts reserved in it (and not given back).
    pub attempts: u32,
    /// When the latest was reserved.
    pub last_at: i64,
}

/// What a rule says of one more attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// It may go ahead; the counter to store, with the attempt reserved.
    Go(Counter),
    /// Refused: try again in this many seconds (at least 1).
    Wait(u64),
}

impl Rule {
    /// How long a window lasts, in seconds: a counter last used longer ago than that is spent.
    pub fn window_seconds(&self) -> i64 {
        match *self {
            Rule::Window { window, .. } | Rule::Progressive { window, .. } => window,
        }
    }

    /// One more attempt at `now`, given the stored counter (if any).
    pub fn reserve(&self, stored: Option<Counter>, now: i64) -> Decision {
        let window = self.window_seconds();
        // A window that has ended (or a clock that went back) starts afresh.
        let c = match stored {
            Some(c) if c.window_start <= now && now < c.window_start + window => c,
            _ => Counter {
                window_start: now,
                attempts: 0,
                last_at: now,
            },
        };
        let go = Decision::Go(Counter {
            attempts: c.attempts.saturating_add(1),
            last_at: now,
            ..c
        });
        let window_end = c.window_start + window;
        match *self {
            Rule::Window { limit, .. } if c.attempts >= limit => wait(window_end - now),
            Rule::Window { .. } => go,
            Rule::Progressive { free, .. } if c.attempts < free => go,
            Rule::Progressive {
                free, max_delay, ..
            } => {
                let beyond = c.attempts - free + 1;
                let delay = if beyond >= 30 {
                    max_delay
                } else {
                    (1i64 << beyond).min(max_delay)
                };
                let ready = (c.last_at + delay).min(window_end);
                if now >= ready { go } else { wait(ready - now) }
            }
        }
    }
}

fn wait(seconds: i64) -> Decision {
    Decision::Wait(seconds.max(1) as u64)
}

/// The counter with one reserved attempt given back (its password was right).
pub fn release(c: Counter) -> Counter {
    Counter {
        attempts: c.attempts.saturating_sub(1),
        ..c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reserve `n` attempts at `now`, storing each result as a store would.
    fn run(rule: Rule, stored: &mut Option<Counter>, now: i64, n: usize) -> Vec<Decision> {
        (0..n)
            .map(|_| {
                let d = rule.reserve(*stored, now);
                if let Decision::Go(c) = d {
                    *stored = Some(c);
                }
                d
            })
            .collect()
    }

    /// How many of the decisions let the attempt go.
    fn goes(decisions: &[Decision]) -> usize {
        decisions
            .iter()
            .filter(|d| matches!(d, Decision::Go(_)))
            .count()
    }

    #[test]
    fn a_window_allows_its_limit_then_nothing_until_it_ends() {
        let mut c = None;
        let t = 1_000_000;
        let d = run(PER_ACCOUNT, &mut c, t, 100);
        assert_eq!(goes(&d), 10);
        assert_eq!(d[10], Decision::Wait(900));
        assert_eq!(PER_ACCOUNT.reserve(c, t + 899), Decision::Wait(1));
        // The window ends: a fresh one starts with this attempt.
        assert_eq!(
            PER_ACCOUNT.reserve(c, t + 900),
            Decision::Go(Counter {
                window_start: t + 900,
                attempts: 1,
                last_at: t + 900
            })
        );
        // A clock that went back starts afresh rather than locking for ever.
        assert!(matches!(PER_ACCOUNT.reserve(c, t - 5), Decision::Go(_)));
    }

    #[test]
    fn an_address_is_slowed_down_never_locked() {
        let mut c = None;
        let t = 2_000_000;
        let burst = run(PER_ADDRESS, &mut c, t, 100);
        assert_eq!(goes(&burst), 10, "a burst gets the free attempts only");
        assert_eq!(burst[10], Decision::Wait(2));
        // Then one attempt after 2 s, 4 s, 8 s ... up to a minute between attempts.
        let mut now = t;
        let mut gaps = Vec::new();
        for _ in 0..8 {
            let Decision::Wait(w) = PER_ADDRESS.reserve(c, now) else {
                panic!("waits first")
            };
            now += w as i64;
            gaps.push(w);
            let Decision::Go(next) = PER_ADDRESS.reserve(c, now) else {
                panic!("goes after the wait")
            };
            c = Some(next);
        }
        assert_eq!(gaps, [2, 4, 8, 16, 32, 60, 60, 60]);
        // The window's end resets the count (the waits never run past it).
        let start = c.unwrap().window_start;
        assert!(matches!(
            PER_ADDRESS.reserve(c, start + 900),
            Decision::Go(Counter { attempts: 1, .. })
        ));
    }

    #[test]
    fn a_right_password_gives_its_reservation_back() {
        let mut c = None;
        run(PER_DEVICE, &mut c, 10, 10);
        assert!(matches!(PER_DEVICE.reserve(c, 10), Decision::Wait(_)));
        let back = release(c.unwrap());
        assert_eq!(back.attempts, 9);
        assert!(matches!(
            PER_DEVICE.reserve(Some(back), 10),
            Decision::Go(_)
        ));
        assert_eq!(
            release(Counter {
                window_start: 0,
                attempts: 0,
                last_at: 0
            })
            .attempts,
            0
        );
    }

    #[test]
    fn report_counters_outlive_no_cleaning() {
        // The server forgets counters older than PER_ACCOUNT's window: a longer report window
        // would be forgotten before it ends.
        assert!(REPORTS_PER_ACCOUNT.window_seconds() <= PER_ACCOUNT.window_seconds());
        assert!(RESETS_PER_ADDRESS.window_seconds() <= PER_ACCOUNT.window_seconds());
        assert!(RESETS_PER_CLIENT.window_seconds() <= PER_ACCOUNT.window_seconds());
        let mut c = None;
        assert_eq!(goes(&run(REPORTS_PER_ACCOUNT, &mut c, 0, 11)), 10);
    }
}
