//! Mail: one component for the whole project. Agora hands its messages to an SMTP server the
//! operator names (`agora serve --smtp HOST:PORT`), in plain SMTP: a relay on the same machine or
//! network (Postfix, an MTA of the organisation) that delivers them onwards. Without one, nothing
//! is sent and people read the same news on their account page. The words of each message are
//! in the message catalogues (`mail.ftl`), in the recipient's language as far as Agora knows it.

use agora_i18n::{Locale, catalogue};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Where mail goes and whom it is from.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// host:port, for the log.
    server: String,
}

/// Why a mail could not be sent (logged; the action that caused it stands).
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the mail could not be written: {0}")]
    Message(String),
    #[error("the SMTP server {server} refused or could not be reached: {error}")]
    Smtp { server: String, error: String },
}

impl Mailer {
    /// A mailer for `server` (`host:port`, plain SMTP) sending as `from` (an address, perhaps
    /// with a name: `Agora <agora@example.org>`).
    pub fn new(server: &str, from: &str) -> Result<Mailer, String> {
        let (host, port) = server
            .rsplit_once(':')
            .and_then(|(h, p)| Some((h, p.parse::<u16>().ok()?)))
            .filter(|(h, _)| !h.is_empty())
            .ok_or_else(|| format!("'{server}' is not HOST:PORT"))?;
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("'{from}' is not a mail address: {e}"))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        Ok(Mailer {
            transport,
            from,
            server: server.to_owned(),
        })
    }

    /// Sends one message.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), MailError> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| MailError::Message(format!("'{to}': {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| MailError::Message(e.to_string()))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| MailError::Smtp {
                server: self.server.clone(),
                error: e.to_string(),
            })
    }

    /// Sends in the background: the action that caused the mail does not wait for the SMTP
    /// server, and a failure is logged, not returned.
    pub fn send_later(&self, to: String, subject: String, body: String) {
        let mailer = self.clone();
        tokio::spawn(async move {
            if let Err(e) = mailer.send(&to, &subject, body).await {
                tracing::warn!(error = %e, "a mail was not sent");
            }
        });
    }
}

/// The mail telling an author that their contribution moved.
pub struct Moved<'a> {
    pub title: &'a str,
    pub forum: &'a str,
    /// The new status as stored (published, changes_requested...).
    pub status: &'a str,
    pub comment: &'a str,
    pub link: String,
}

impl Moved<'_> {
    /// The subject and the body, in a language.
    pub fn write(&self, locale: Locale) -> (String, String) {
        let c = catalogue();
        let subject = c.text(
            locale,
            "mail-moved-subject",
            &[("title", self.title.into())],
        );
        let body = c.text(
            locale,
            "mail-moved",
            &[
                ("title", self.title.into()),
                ("forum", self.forum.into()),
                ("status", self.status.into()),
                ("comment", self.comment.into()),
                (
                    "commented",
                    if self.comment.is_empty() { "no" } else { "yes" }.into(),
                ),
                ("link", (&self.link).into()),
            ],
        );
        (subject, body)
    }
}

/// The mail with a link to set a new password.
pub struct Reset<'a> {
    pub email: &'a str,
    pub link: String,
    pub hours: i64,
}

impl Reset<'_> {
    /// The subject and the body, in a language.
    pub fn write(&self, locale: Locale) -> (String, String) {
        let c = catalogue();
        let body = c.text(
            locale,
            "mail-reset",
            &[
                ("email", self.email.into()),
                ("link", (&self.link).into()),
                ("hours", self.hours.into()),
            ],
        );
        (c.text(locale, "mail-reset-subject", &[]), body)
    }
}

/// The mail reminding a state's focal point of reports owed in a reporting cycle.
pub struct Overdue<'a> {
    pub title: &'a str,
    /// The deadline that passed (YYYY-MM-DD).
    pub deadline: &'a str,
    /// How many reports the state owes.
    pub owed: usize,
    pub link: String,
}

impl Overdue<'_> {
    /// The subject and the body, in a language.
    pub fn write(&self, locale: Locale) -> (String, String) {
        let c = catalogue();
        let deadline = self
            .deadline
            .parse::<agora_core::Day>()
            .map(|d| agora_i18n::format::day(locale, d.year(), d.month(), d.day()))
            .unwrap_or_else(|_| self.deadline.to_owned());
        let body = c.text(
            locale,
            "mail-overdue",
            &[
                ("title", self.title.into()),
                ("deadline", deadline.as_str().into()),
                ("owed", (self.owed as i64).into()),
                ("link", (&self.link).into()),
            ],
        );
        (
            c.text(
                locale,
                "mail-overdue-subject",
                &[("title", self.title.into())],
            ),
            body,
        )
    }
}

/// The mail asking a reviewer to review the practices of a call: on being invited, or when a
/// practice's first two reviews lie far apart and a third reviewer is asked.
pub struct ReviewAsked<'a> {
    pub title: &'a str,
    /// `invited` or `third`.
    pub why: &'a str,
    pub link: String,
}

impl ReviewAsked<'_> {
    /// The subject and the body, in a language.
    pub fn write(&self, locale: Locale) -> (String, String) {
        let c = catalogue();
        let args = [
            ("title", self.title.into()),
            ("why", self.why.into()),
            ("link", (&self.link).into()),
        ];
        (
            c.text(locale, "mail-review-asked-subject", &args),
            c.text(locale, "mail-review-asked", &args),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_is_host_and_port_and_the_sender_an_address() {
        assert!(Mailer::new("127.0.0.1:2525", "Agora <agora@example.org>").is_ok());
        assert!(Mailer::new("localhost", "agora@example.org").is_err());
        assert!(Mailer::new(":25", "agora@example.org").is_err());
        assert!(Mailer::new("127.0.0.1:25", "not an address").is_err());
    }

    #[test]
    fn the_messages_say_what_happened_and_where_to_look() {
        let moved = Moved {
            title: "Japan observer",
            forum: "Colombo Process",
            status: "published",
            comment: "Checked against the ministerial declaration.",
            link: "https://agora.example/contributions/7".into(),
        };
        let (subject, m) = moved.write(Locale::En);
        assert_eq!(subject, "Agora: Japan observer");
        assert!(m.contains("Your proposal “Japan observer” to Colombo Process was published"));
        assert!(m.contains("Checked against the ministerial declaration."));
        assert!(m.contains("https://agora.example/contributions/7"));
        let (_, quiet) = Moved {
            comment: "",
            ..moved
        }
        .write(Locale::En);
        assert!(!quiet.contains("The editor wrote"), "{quiet}");
        let r = Reset {
            email: "a@example.org",
            link: "https://agora.example/account/setup/x".into(),
            hours: 24,
        };
        assert!(
            r.write(Locale::En)
                .1
                .contains("it works once, within 24 hours")
        );
        // In French, with the French plural and the same link.
        let (subject, fr) = r.write(Locale::Fr);
        assert!(fr.contains("https://agora.example/account/setup/x"), "{fr}");
        assert!(!fr.contains("Someone asked"), "{fr}");
        assert_ne!(subject, "Agora: set a new password");
    }
}
