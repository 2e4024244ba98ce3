//! Who is at the other end: the client's address, as the sign-in throttle and the audit log
//! count it. Behind a reverse proxy every request comes from the proxy; `agora serve
//! --trusted-proxy ADDR` names the proxies whose `X-Forwarded-For` is believed (the address
//! they were asked by), and no other peer's. An IPv6 client is counted by its /64, the network
//! one subscriber is usually given: its addresses are as many as it likes.

use std::net::IpAddr;

use axum::http::HeaderMap;

/// The client's address: the peer's, or, when the peer is a trusted proxy, the last address of
/// `X-Forwarded-For` that is not itself a trusted proxy.
pub fn address(trusted: &[IpAddr], peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|a| a.trim().parse::<IpAddr>())
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    forwarded
        .into_iter()
        .rev()
        .find(|a| !trusted.contains(a))
        .unwrap_or(peer)
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
