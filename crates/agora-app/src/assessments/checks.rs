//! The checks the steps share: words of closed sets, texts, the objectives named, states, and
//! the public documents a report may cite. Each refusal names the field it is about.

use agora_core::assessment::Body;
use agora_core::{AreaCode, Said};

use crate::{App, Caller, Error, Result};

/// A word of a closed set, or a refusal naming the field and the words it may be.
pub(super) fn word<T>(
    field: &str,
    typed: &str,
    parse: fn(&str) -> Option<T>,
    all: &[&str],
) -> Result<T> {
    parse(typed.trim()).ok_or_else(|| {
        Error::bad(
            field,
            Said::new("assessment-not-one-of")
                .with("typed", Said::as_given(typed.trim()))
                .with("words", all.join(", ")),
        )
    })
}

macro_rules! words {
    ($t:ty) => {
        (
            <$t>::parse as fn(&str) -> Option<$t>,
            &<$t>::ALL.map(<$t>::as_str)[..],
        )
    };
}
pub(super) use words;

/// A text that must be given, of at most `most` characters.
pub(super) fn text(field: &str, s: &str, most: usize) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(Error::bad(field, Said::new("assessment-empty")));
    }
    if t.chars().count() > most {
        return Err(Error::bad(
            field,
            Said::new("at-most-characters").with("most", most),
        ));
    }
    Ok(t.to_owned())
}

/// The objectives named must exist in the body, once each.
pub(super) fn objectives_exist(field: &str, body: &Body, ns: &[u32]) -> Result<()> {
    for (i, n) in ns.iter().enumerate() {
        if body.objective(*n).is_none() || ns[..i].contains(n) {
            return Err(Error::bad(
                &format!("{field}[{i}]"),
                Said::new("assessment-no-objective").with("number", *n),
            ));
        }
    }
    Ok(())
}

pub(super) async fn known_state(app: &App, field: &str, s: &str) -> Result<AreaCode> {
    let r = app.registry().await?;
    r.area(s.trim())
        .map(|a| a.code.clone())
        .ok_or_else(|| Error::bad(field, Said::new("check-unknown-area").with("id", s.trim())))
}

/// A document of the library that anyone may read, with its texts: what a public report cites.
pub(super) async fn public_document(
    app: &App,
    who: &Caller<'_>,
    field: &str,
    id: &str,
) -> Result<(agora_core::document::Document, Vec<(String, String)>)> {
    let (doc, texts) = crate::documents::visible_with_texts(app, who, id.trim())
        .await
        .map_err(|_| {
            Error::bad(
                field,
                Said::new("check-unknown-document").with("id", id.trim()),
            )
        })?;
    if doc.visibility != agora_core::policy::Visibility::Public {
        return Err(Error::bad(
            field,
            Said::new("assessment-document-not-public").with("id", id.trim()),
        ));
    }
    Ok((doc, texts))
}
