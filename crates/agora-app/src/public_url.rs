//! The address people reach Agora at (`agora serve --public-url`), so that whatever is read
//! outside a page — JSON-LD, feeds, calendars, mails, one-time links — can write absolute links.

/// A base URL: `http://` or `https://`, a host, perhaps a port and a path prefix; no query, no
/// fragment, no trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl Default for PublicUrl {
    fn default() -> PublicUrl {
        PublicUrl("http://127.0.0.1:8080".to_owned())
    }
}

impl PublicUrl {
    /// A public URL as given, refused with the reason when it is not one.
    pub fn parse(s: &str) -> Result<PublicUrl, String> {
        let s = s.trim().trim_end_matches('/');
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| format!("'{s}' is not an http:// or https:// address"))?;
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() || host.contains('@') {
            return Err(format!("'{s}' names no host (or carries a user name)"));
        }
        if rest.contains(['?', '#', ' ']) {
            return Err(format!(
                "'{s}' has a query, a fragment or a space: give the base address only"
            ));
        }
        Ok(PublicUrl(s.to_owned()))
    }

    /// Served over TLS.
    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }

    /// The absolute link to a path of the site (`/fora/rcm`).
    pub fn link(&self, path: &str) -> String {
        format!("{}/{}", self.0, path.trim_start_matches('/'))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_base_addresses_that_make_absolute_links() {
        let u = PublicUrl::parse("https://agora.example.org/hub/").unwrap();
        assert!(u.is_https());
        assert_eq!(
            u.link("/fora/rcm"),
            "https://agora.example.org/hub/fora/rcm"
        );
        assert_eq!(
            PublicUrl::default().link("areas/SWE"),
            "http://127.0.0.1:8080/areas/SWE"
        );
        for bad in [
            "ftp://x",
            "agora.example.org",
            "https://",
            "https://a@b",
            "http://x/?q=1",
        ] {
            assert!(PublicUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
