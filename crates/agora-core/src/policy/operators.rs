//! What only the installation's operators read: `/metrics` (request counts and latencies,
//! positions, connection-pool use), from the networks the operator names (`agora serve
//! --metrics-from`), by default this machine's loopback addresses only. The client is the one
//! the web finds (a trusted proxy's `X-Forwarded-For`, else the peer), so a proxy in front
//! never lends its own address to the public.

use std::net::IpAddr;

use ipnet::IpNet;

/// The networks allowed to read the operators' endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorNetworks(Vec<IpNet>);

impl Default for OperatorNetworks {
    /// This machine: 127.0.0.1 and ::1.
    fn default() -> OperatorNetworks {
        OperatorNetworks(vec![
            IpNet::from(IpAddr::from([127, 0, 0, 1])),
            IpNet::from(IpAddr::from(std::net::Ipv6Addr::LOCALHOST)),
        ])
    }
}

impl OperatorNetworks {
    /// Addresses (`10.0.0.5`) and networks (`10.0.0.0/24`, `fd00::/8`).
    pub fn parse<S: AsRef<str>>(list: &[S]) -> Result<OperatorNetworks, String> {
        list.iter()
            .map(|s| {
                let s = s.as_ref().trim();
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("'{s}' is neither an IP address nor a network"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(OperatorNetworks)
    }

    /// Whether a client may read `/metrics`.
    pub fn may_read_metrics(&self, client: IpAddr) -> bool {
        let client = match client {
            IpAddr::V6(a) => a.to_ipv4_mapped().map_or(client, IpAddr::V4),
            v4 => v4,
        };
        self.0.iter().any(|n| n.contains(&client))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_named_networks_read_the_metrics() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let here = OperatorNetworks::default();
        assert!(here.may_read_metrics(ip("127.0.0.1")));
        assert!(here.may_read_metrics(ip("::1")));
        assert!(here.may_read_metrics(ip("::ffff:127.0.0.1")));
        assert!(!here.may_read_metrics(ip("127.0.0.2")));
        assert!(!here.may_read_metrics(ip("10.0.0.5")));
        let lan = OperatorNetworks::parse(&["10.0.0.0/24", "192.0.2.7", "fd00::/8"]).unwrap();
        assert!(lan.may_read_metrics(ip("10.0.0.200")));
        assert!(!lan.may_read_metrics(ip("10.0.1.1")));
        assert!(lan.may_read_metrics(ip("192.0.2.7")));
        assert!(!lan.may_read_metrics(ip("192.0.2.8")));
        assert!(lan.may_read_metrics(ip("fd12::1")));
        assert!(!lan.may_read_metrics(ip("127.0.0.1")));
        assert!(OperatorNetworks::parse(&["10.0.0.0/33"]).is_err());
        assert!(OperatorNetworks::parse(&["metrics.example.org"]).is_err());
    }
}
