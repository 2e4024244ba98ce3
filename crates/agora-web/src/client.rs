//! Who is at the other end: the client's address, as the sign-in throttle and the audit log
//! count it. Behind a reverse proxy every request comes from the proxy; `agora serve
//! --trusted-proxy ADDR` names the proxies whose `X-Forwarded-For` is believed (the address
//! they were asked by), and no other peer's. An IPv6 client is counted by its /64, the network
//! one subscriber is usually given: its addresses are as many as it likes.

use std::net::IpAddr;

use axum::http::HeaderMap;

/// The client's address: the peer's, or, when the peer is a trusted proxy, the last address of
/// `X-Forwarded-For` that is not itself a trusted proxy (the peer when that cannot be told: see
/// [`forwarded_client`]).
pub fn address(trusted: &[IpAddr], peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    forwarded_client(trusted, peer, headers).unwrap_or(peer)
}

/// [`address`], or None when it cannot be told: a trusted proxy's `X-Forwarded-For` is read
/// from the right (what the proxy appended, then what it was told), trusted proxies skipped,
/// and an entry that is not an address before the client is found makes the client unknown
/// (a client may write anything in front of what the proxy appends, never after).
pub fn forwarded_client(trusted: &[IpAddr], peer: IpAddr, headers: &HeaderMap) -> Option<IpAddr> {
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    for entry in entries.iter().rev() {
        match entry.parse::<IpAddr>() {
            Ok(a) if trusted.contains(&a) => continue,
            Ok(a) => return Some(a),
            Err(_) => return None,
        }
    }
    // Trusted proxies all the way (or no header): the request is the proxy's own.
    Some(peer)
}

/// Whether a request came through a proxy that is not trusted: a peer that is no trusted proxy
/// but says who it forwards for. Such a request's client is unknown (it may be anyone).
pub fn relayed_by_a_stranger(trusted: &[IpAddr], peer: IpAddr, headers: &HeaderMap) -> bool {
    !trusted.contains(&peer)
        && (headers.contains_key("x-forwarded-for")
            || headers.contains_key(axum::http::header::FORWARDED))
}

/// The address as the throttle and the audit log count it: IPv4 as it is, IPv6 by its /64.
pub fn key(address: IpAddr) -> String {
    match address {
        IpAddr::V4(a) => a.to_string(),
        IpAddr::V6(a) => match a.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = a.segments();
                let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{net}/64")
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    #[test]
    fn only_a_trusted_proxy_is_believed() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let stranger: IpAddr = "192.0.2.9".parse().unwrap();
        let h = headers(&["203.0.113.5"]);
        assert_eq!(address(&[proxy], proxy, &h).to_string(), "203.0.113.5");
        assert_eq!(
            address(&[proxy], stranger, &h),
            stranger,
            "anyone can send the header"
        );
        assert_eq!(
            address(&[], proxy, &h),
            proxy,
            "no proxy trusted unless named"
        );
        // The client may put anything first; the proxy appends what it saw, last.
        let h = headers(&["198.51.100.1, 203.0.113.5"]);
        assert_eq!(address(&[proxy], proxy, &h).to_string(), "203.0.113.5");
        // A chain of trusted proxies is walked back to the first address that is not one.
        let inner: IpAddr = "10.0.0.3".parse().unwrap();
        let h = headers(&["203.0.113.5", "10.0.0.3"]);
        assert_eq!(
            address(&[proxy, inner], proxy, &h).to_string(),
            "203.0.113.5"
        );
        // Nothing usable: the proxy itself.
        for bad in [&[][..], &["not an address"], &["10.0.0.2"]] {
            assert_eq!(address(&[proxy], proxy, &headers(bad)), proxy, "{bad:?}");
        }
        // Whatever the client wrote in front of what the proxy appended is never reached; an
        // entry that is no address between the proxy and the client makes the client unknown.
        let h = headers(&["x, 203.0.113.5"]);
        assert_eq!(
            forwarded_client(&[proxy], proxy, &h).unwrap().to_string(),
            "203.0.113.5"
        );
        let h = headers(&["203.0.113.5, x"]);
        assert_eq!(forwarded_client(&[proxy], proxy, &h), None);
        assert_eq!(address(&[proxy], proxy, &h), proxy);
        // A stranger that forwards: its client is anyone.
        assert!(relayed_by_a_stranger(
            &[proxy],
            stranger,
            &headers(&["10.0.0.9"])
        ));
        assert!(!relayed_by_a_stranger(&[proxy], stranger, &headers(&[])));
        assert!(!relayed_by_a_stranger(
            &[proxy],
            proxy,
            &headers(&["10.0.0.9"])
        ));
    }

    #[test]
    fn ipv6_clients_count_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::7".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(key(a), key(b));
        assert_eq!(key(a), "2001:db8:1:2::/64");
        assert_ne!(key(a), key(c));
        assert_eq!(key("192.0.2.1".parse().unwrap()), "192.0.2.1");
        assert_eq!(key("::ffff:192.0.2.1".parse().unwrap()), "192.0.2.1");
    }
}
