//! The language of a page.
//!
//! The language is in the URL: `/fr/fora/rcm` is the French page of `/fora/rcm`, and English is
//! at the unprefixed URLs. [`layer`], outside the router, takes the prefix off (so every route is
//! written once), keeps the request's [`Here`] (its locale and unprefixed address) for the
//! handlers and for every template rendered while answering it, and sends a first visit to `/`
//! (an address typed, a bookmark: no referrer) to the language its browser prefers. [`links`], inside the response cache, puts the prefix
//! back on every link and redirect of a page in another language than English, so a reader stays
//! in their language whichever link they follow.
//!
//! Templates take their words from the catalogues through the [`filters`]: `{{ "key"|t }}`,
//! `{{ "key"|t1("count", n) }}`.

use std::any::Any;

use agora_i18n::{Arg, Locale, catalogue};
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

tokio::task_local! {
    static HERE: Here;
}

/// Where a request is: in which language, at which unprefixed address.
#[derive(Debug, Clone, Default)]
pub struct Here {
    pub locale: Locale,
    /// The path without its language prefix (`/fora/rcm`).
    pub path: String,
    /// The query, without `?`.
    pub query: Option<String>,
}

/// A language a page is also in: the switcher's and `hreflang` links.
pub struct Alternate {
    pub locale: Locale,
    pub href: String,
    pub current: bool,
}

impl Here {
    /// The language of the request being answered (English outside a request).
    pub fn current() -> Here {
        HERE.try_with(Clone::clone).unwrap_or_default()
    }

    /// The page's address in every language, in the UN's order.
    pub fn alternates(&self) -> Vec<Alternate> {
        Locale::ALL
            .into_iter()
            .map(|locale| Alternate {
                locale,
                href: self.address_in(locale),
                current: locale == self.locale,
            })
            .collect()
    }

    /// This page's address in a language, query included (so a date stays).
    pub fn address_in(&self, locale: Locale) -> String {
        let path = match (locale.prefix(), self.path.as_str()) {
            ("", p) => p.to_owned(),
            (prefix, "/") => prefix.to_owned(),
            (prefix, p) => format!("{prefix}{p}"),
        };
        match &self.query {
            Some(q) if !q.is_empty() => format!("{path}?{q}"),
            _ => path,
        }
    }

    /// A message in this page's language, as plain text.
    pub fn text(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        catalogue().text(self.locale, key, args)
    }
}

/// A message in the language of the request being answered, as plain text.
pub fn text(key: &str) -> String {
    Here::current().text(key, &[])
}

/// A message with arguments in the language of the request being answered, as plain text.
pub fn text_with(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    Here::current().text(key, args)
}

/// What the domain or a use-case said (why an input was refused), in the language of the
/// request being answered.
pub fn said(s: &agora_core::Said) -> String {
    s.text(Here::current().locale)
}

/// An ISO 8601 date (day, month or year) as the language of the request writes it.
pub fn date(iso: impl std::fmt::Display) -> String {
    written_date(Here::current().locale, &iso.to_string())
}

/// The languages a record's content is looked for in, for the request being answered.
pub fn chain() -> [&'static str; 3] {
    Here::current().locale.content_chain()
}

/// Record content (a name, a summary) in the reader's language when the record has it, else in
/// the first of the fallback chain it has. Shown in a page, content in another language than
/// the page's carries its own `lang`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Localised {
    pub text: String,
    /// The content's language when it is not the page's.
    pub lang: Option<String>,
}

impl Localised {
    /// Content in `lang`, for the request being answered.
    pub fn new(text: impl Into<String>, lang: &str) -> Localised {
        let page = Here::current().locale;
        Localised {
            text: text.into(),
            lang: (!lang.is_empty() && lang != page.code()).then(|| lang.to_owned()),
        }
    }

    /// A record's name from its names, in the reader's language or the fallback chain's.
    pub fn name(names: &agora_core::Names) -> Localised {
        let (n, l) = agora_core::name_in(names, &chain());
        Localised::new(n, l)
    }
}

impl std::fmt::Display for Localised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = agora_i18n::catalogue::escape_html(&self.text);
        match &self.lang {
            Some(l) => write!(
                f,
                "<span lang=\"{}\">{text}</span>",
                agora_i18n::catalogue::escape_html(l)
            ),
            None => f.write_str(&text),
        }
    }
}

/// A [`Localised`] writes its own HTML (its text escaped).
impl askama::filters::HtmlSafe for Localised {}

impl askama::Values for Here {
    fn get_value<'a>(&'a self, key: &str) -> Option<&'a dyn Any> {
        (key == "here").then_some(self as &dyn Any)
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Here {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Here, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Here>()
            .cloned()
            .unwrap_or_else(|| Here {
                locale: Locale::En,
                path: parts.uri.path().to_owned(),
                query: parts.uri.query().map(str::to_owned),
            }))
    }
}

/// Renders a template in the language of the request being answered.
pub fn render<T: askama::Template>(t: &T) -> askama::Result<String> {
    t.render_with_values(&Here::current())
}

/// The paths that exist in one language only: the API (but its documentation page), the static
/// files and the operators' checks.
fn is_unlocalised(path: &str) -> bool {
    (path.starts_with("/api/") && path != "/api/docs")
        || path == "/api/openapi.json"
        || path.starts_with("/static/")
        || path == "/healthz"
        || path == "/readyz"
        || path == "/metrics"
}

/// Reads the language prefix off the URL (outside the router), and answers the request in that
/// language.
pub async fn layer(mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let (locale, rest) = split_prefix(&path);
    if locale == Some(Locale::En) {
        // English is at the unprefixed URLs: `/en/fora` is `/fora`.
        let query = req
            .uri()
            .query()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let to = format!("{}{query}", if rest.is_empty() { "/" } else { rest });
        return redirect(StatusCode::MOVED_PERMANENTLY, &to);
    }
    if locale.is_none() && path == "/" && first_visit(&req) {
        let wanted = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(Locale::negotiate)
            .unwrap_or_default();
        if wanted != Locale::En {
            let query = req
                .uri()
                .query()
                .map(|q| format!("?{q}"))
                .unwrap_or_default();
            let mut res = redirect(
                StatusCode::SEE_OTHER,
                &format!("{}{query}", wanted.prefix()),
            );
            res.headers_mut()
                .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
            return res;
        }
    }
    let here = Here {
        locale: locale.unwrap_or_default(),
        path: if rest.is_empty() {
            "/".to_owned()
        } else {
            rest.to_owned()
        },
        query: req.uri().query().map(str::to_owned),
    };
    if locale.is_some() && is_unlocalised(rest) {
        // The API and the files exist in one language: no page here, said in the language asked.
        return HERE
            .scope(here, async { crate::pages::no_route(&path) })
            .await;
    }
    if locale.is_some() {
        let mut uri = here.path.clone();
        if let Some(q) = &here.query {
            uri.push('?');
            uri.push_str(q);
        }
        match uri.parse() {
            Ok(u) => *req.uri_mut() = u,
            Err(_) => return crate::pages::no_route(&path),
        }
    }
    req.extensions_mut().insert(here.clone());
    let mut res = HERE.scope(here, next.run(req)).await;
    if path == "/" {
        res.headers_mut()
            .append(header::VARY, HeaderValue::from_static("Accept-Language"));
    }
    res
}

/// The locale a path starts with (`/fr/...`, or `/fr` alone), and the rest of the path.
fn split_prefix(path: &str) -> (Option<Locale>, &str) {
    let Some(after) = path.strip_prefix('/') else {
        return (None, path);
    };
    let (first, rest) = match after.find('/') {
        Some(i) => (&after[..i], &after[i..]),
        None => (after, ""),
    };
    match Locale::from_code(first) {
        Some(l) => (Some(l), rest),
        None => (None, path),
    }
}

/// Whether a request for `/` is a first visit: it comes from no page at all (an address typed, a
/// bookmark). A reader following a link (our language switcher's English link among them: the
/// pages' referrer policy sends the page's address to the same site) chose their page.
fn first_visit(req: &Request) -> bool {
    !req.headers().contains_key(header::REFERER)
}

fn redirect(status: StatusCode, to: &str) -> Response {
    match HeaderValue::from_str(to) {
        Ok(v) => (status, [(header::LOCATION, v)]).into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// Puts the language prefix back on the links and redirects of a page in another language than
/// English (inside the response cache, so what is kept is what is sent).
pub async fn links(req: Request, next: Next) -> Response {
    let locale = req
        .extensions()
        .get::<Here>()
        .map(|h| h.locale)
        .unwrap_or_default();
    let mut res = next.run(req).await;
    if locale == Locale::En {
        return res;
    }
    let prefix = locale.prefix();
    if let Some(to) = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        && let Some(prefixed) = prefixed(prefix, to)
        && let Ok(v) = HeaderValue::from_str(&prefixed)
    {
        res.headers_mut().insert(header::LOCATION, v);
    }
    let is_markup = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("image/svg+xml"));
    if !is_markup {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut parts = parts;
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(prefix_links(prefix, &bytes)))
}

/// A site path with the language prefix, or `None` when it stays as it is (another site, the
/// API, a static file, a fragment).
fn prefixed(prefix: &str, to: &str) -> Option<String> {
    let rest = unprefixed_rest(to)?;
    Some(format!("{prefix}{rest}"))
}

/// What follows the language prefix in a site path that takes one (`/fora?x` → `/fora?x`, `/`
/// → empty, `/?x` → `?x`), or `None` when the path stays as it is (another site, the API, a
/// static file, a fragment, a path already in a language).
fn unprefixed_rest(to: &str) -> Option<&str> {
    if !to.starts_with('/') || to.starts_with("//") {
        return None;
    }
    let path = &to[..to
        .bytes()
        .position(|b| b == b'?' || b == b'#')
        .unwrap_or(to.len())];
    if is_unlocalised(path) || split_prefix(path).0.is_some() {
        return None;
    }
    Some(if path == "/" { &to[1..] } else { to })
}

/// Every `href="/…"` and `action="/…"` of a page, prefixed.
///
/// This runs on every page in a language other than English, so it works on bytes: `memchr`
/// finds each attribute value that starts with `/` (`="/`; a quote inside an attribute's value
/// is escaped, so these are attributes), and only `href` and `action` values that are a path of
/// the site change. The page's bytes are copied between those places as they are; as the prefix
/// and every place cut at are ASCII, UTF-8 in stays UTF-8 out, so no check of the whole page is
/// needed.
pub fn prefix_links(prefix: &str, html: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(html.len() + 1024);
    let mut done = 0;
    for eq in memchr::memmem::find_iter(html, b"=\"/") {
        let name = &html[..eq];
        if !(name.ends_with(b" href") || name.ends_with(b" action")) {
            continue;
        }
        let open = eq + 2;
        let end = memchr::memchr(b'"', &html[open..]).map_or(html.len(), |e| open + e);
        let Some(rest) = std::str::from_utf8(&html[open..end])
            .ok()
            .and_then(unprefixed_rest)
        else {
            continue;
        };
        // A link to the page in another language (`hreflang` before its `href`) stays.
        let tag = &name[memchr::memrchr(b'<', name).unwrap_or(0)..];
        if tag.windows(b"hreflang=".len()).any(|w| w == b"hreflang=") {
            continue;
        }
        out.extend_from_slice(&html[done..open]);
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(rest.as_bytes());
        done = end;
    }
    out.extend_from_slice(&html[done..]);
    out
}

/// The filters templates take their words through. Each reads the page's language from the
/// values the page is rendered with ([`render`]); `t` gives a message escaped for HTML (a
/// message whose key ends in `-html` may hold links, its arguments escaped), the `t1`...`t4`
/// forms take named arguments.
pub mod filters {
    use super::*;

    /// A value a template passes to a message.
    pub trait ToArg {
        fn to_arg(&self) -> Arg<'_>;
    }

    impl ToArg for str {
        fn to_arg(&self) -> Arg<'_> {
            Arg::from(self)
        }
    }
    impl ToArg for String {
        fn to_arg(&self) -> Arg<'_> {
            Arg::from(self.as_str())
        }
    }
    macro_rules! number_to_arg {
        ($($t:ty),*) => {$(
            impl ToArg for $t {
                fn to_arg(&self) -> Arg<'_> {
                    Arg::from(*self)
                }
            }
        )*};
    }
    number_to_arg!(u8, u16, i32, i64, u32, u64, usize);
    impl<T: ToArg + ?Sized> ToArg for &T {
        fn to_arg(&self) -> Arg<'_> {
            (**self).to_arg()
        }
    }

    /// Text joined in the template (`"/fora/" ~ id`).
    impl<L: std::fmt::Display, R: std::fmt::Display> ToArg for askama::helpers::Concat<L, R> {
        fn to_arg(&self) -> Arg<'_> {
            Arg::from(self.to_string())
        }
    }

    /// A message given as an argument of another (already escaped: only for plain words).
    impl<T: std::fmt::Display> ToArg for askama::filters::Safe<T> {
        fn to_arg(&self) -> Arg<'_> {
            Arg::from(self.0.to_string())
        }
    }

    impl ToArg for Localised {
        fn to_arg(&self) -> Arg<'_> {
            Arg::from(self.text.as_str())
        }
    }

    /// HTML to put into a `-html` message as it is (a link).
    pub struct Markup(pub String);
    impl ToArg for Markup {
        fn to_arg(&self) -> Arg<'_> {
            Arg::Html(self.0.as_str().into())
        }
    }

    fn locale(values: &dyn askama::Values) -> askama::Result<Locale> {
        askama::get_value::<Here>(values, "here").map(|h| h.locale)
    }

    fn html(
        values: &dyn askama::Values,
        key: &str,
        args: &[(&str, Arg<'_>)],
    ) -> askama::Result<askama::filters::Safe<String>> {
        Ok(askama::filters::Safe(catalogue().html(
            locale(values)?,
            key,
            args,
        )))
    }

    #[askama::filter_fn]
    pub fn t(
        key: &str,
        values: &dyn askama::Values,
    ) -> askama::Result<askama::filters::Safe<String>> {
        html(values, key, &[])
    }

    /// The filters with arguments: `t1("count", n)` ... `t6(...)`, each a name and a value.
    macro_rules! with_arguments {
        ($($filter:ident: $(($name:ident, $value:ident, $Value:ident)),+;)*) => {$(
            #[askama::filter_fn]
            pub fn $filter<$($Value: ToArg),+>(
                key: &str,
                values: &dyn askama::Values,
                $($name: &str, $value: $Value),+
            ) -> askama::Result<askama::filters::Safe<String>> {
                html(values, key, &[$(($name, $value.to_arg())),+])
            }
        )*};
    }

    with_arguments! {
        t1: (n1, a1, A);
        t2: (n1, a1, A), (n2, a2, B);
        t3: (n1, a1, A), (n2, a2, B), (n3, a3, C);
        t4: (n1, a1, A), (n2, a2, B), (n3, a3, C), (n4, a4, D);
        t5: (n1, a1, A), (n2, a2, B), (n3, a3, C), (n4, a4, D), (n5, a5, E);
        t6: (n1, a1, A), (n2, a2, B), (n3, a3, C), (n4, a4, D), (n5, a5, E), (n6, a6, F);
    }

    /// A date written as ISO 8601 does (`2009-06-04`, `2009-06`, `2009`), as the page's locale
    /// writes it: "4 juin 2009", "juin 2009", "2009". Anything else is shown as it is.
    #[askama::filter_fn]
    pub fn date<D: std::fmt::Display>(d: D, values: &dyn askama::Values) -> askama::Result<String> {
        Ok(written_date(locale(values)?, &d.to_string()))
    }

    /// A number as the page's locale writes it.
    #[askama::filter_fn]
    pub fn num<N: ToArg>(n: N, values: &dyn askama::Values) -> askama::Result<String> {
        let l = locale(values)?;
        Ok(match n.to_arg() {
            Arg::Number(n) => agora_i18n::format::number(l, n),
            Arg::Text(s) | Arg::Html(s) => s.into_owned(),
        })
    }
}

/// An ISO 8601 date (a day, a month or a year) as a locale writes it; anything else as it is.
pub fn written_date(locale: Locale, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    };
    if !ok {
        return iso.to_owned();
    }
    let n: Vec<u16> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let year = i32::from(n[0]);
    match n[1..] {
        [] => agora_i18n::format::year(locale, year),
        [m] if (1..=12).contains(&m) => agora_i18n::format::month(locale, year, m as u8),
        [m, d] => agora_i18n::format::day(locale, year, m as u8, d as u8),
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_read_off() {
        assert_eq!(
            split_prefix("/fr/fora/rcm"),
            (Some(Locale::Fr), "/fora/rcm")
        );
        assert_eq!(split_prefix("/ar"), (Some(Locale::Ar), ""));
        assert_eq!(split_prefix("/fora"), (None, "/fora"));
        assert_eq!(split_prefix("/frx/a"), (None, "/frx/a"));
    }

    #[test]
    fn links_keep_the_language() {
        let html = r##"<a href="/fora?as_of=2010">x</a> <a href="/">h</a> <form action="/search">
<a href="/api/v1/fora">api</a> <a href="/api/docs">docs</a> <link href="/static/style.css">
<a href="https://example.org/">o</a> <a href="#main">m</a> <a href="/fr/fora">f</a>
<link rel="alternate" hreflang="en" href="/fora">"##;
        let out = String::from_utf8(prefix_links("/fr", html.as_bytes())).unwrap();
        assert!(out.contains(r#"href="/fr/fora?as_of=2010""#), "{out}");
        assert!(out.contains(r#"href="/fr""#), "{out}");
        assert!(out.contains(r#"action="/fr/search""#), "{out}");
        assert!(out.contains(r#"href="/api/v1/fora""#), "{out}");
        assert!(out.contains(r#"href="/fr/api/docs""#), "{out}");
        assert!(out.contains(r#"href="/static/style.css""#), "{out}");
        assert!(out.contains(r#"href="https://example.org/""#), "{out}");
        assert!(out.contains(r##"href="#main""##), "{out}");
        assert!(out.contains(r#"href="/fr/fora">f"#), "{out}");
        assert!(out.contains(r#"hreflang="en" href="/fora""#), "{out}");
        assert_eq!(
            prefixed("/ar", "/?as_of=2010").as_deref(),
            Some("/ar?as_of=2010")
        );
    }

    #[test]
    fn alternates_keep_the_page_and_its_date() {
        let here = Here {
            locale: Locale::Fr,
            path: "/fora/rcm".into(),
            query: Some("as_of=2010-06-01".into()),
        };
        let a = here.alternates();
        assert_eq!(a.len(), 6);
        assert_eq!(a[0].href, "/ar/fora/rcm?as_of=2010-06-01");
        assert_eq!(a[2].href, "/fora/rcm?as_of=2010-06-01");
        assert!(a[3].current);
        let home = Here {
            locale: Locale::En,
            path: "/".into(),
            query: None,
        };
        assert_eq!(home.address_in(Locale::Zh), "/zh");
    }
}

#[cfg(test)]
mod scan;
