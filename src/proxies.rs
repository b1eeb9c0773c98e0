//! `TRUSTED_PROXIES`: the peers whose `Forwarded` / `X-Forwarded-For` are
//! believed. From anyone else those headers are whatever a client wrote, so
//! the client is the peer itself (rate limits and logs must not be fooled).

use std::net::IpAddr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Net {
    addr: IpAddr,
    prefix: u8,
}

impl Net {
    fn parse(text: &str) -> Result<Net, String> {
        let (addr, prefix) = match text.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (text, None),
        };
        let addr: IpAddr = addr
            .trim()
            .parse()
            .map_err(|_| format!("{text:?} is not an address or CIDR"))?;
        let most = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => most,
            Some(p) => p
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= most)
                .ok_or_else(|| format!("{text:?} has no valid prefix length"))?,
        };
        Ok(Net { addr, prefix })
    }

    fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// An IPv4 peer seen through an IPv6 socket (`::ffff:10.0.0.1`) is that IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Net>);

impl TrustedProxies {
    /// Comma-separated addresses or CIDRs (`10.0.0.1, 192.168.0.0/16, ::1`).
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(Net::parse)
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|n| n.contains(ip))
    }

    /// The client's address. The peer, unless the peer is a trusted proxy:
    /// then the hops it reports (`Forwarded`, else `X-Forwarded-For`) are
    /// walked from the nearest, and the first that is not a trusted proxy is
    /// the client. A hop that cannot be read stops the walk at the last one
    /// that could.
    pub fn client(
        &self,
        peer: IpAddr,
        forwarded: Option<&str>,
        x_forwarded_for: Option<&str>,
    ) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        let hops: Vec<Option<IpAddr>> = match (forwarded, x_forwarded_for) {
            (Some(f), _) => f.split(',').map(forwarded_for).collect(),
            (None, Some(x)) => x.split(',').map(|h| address(h.trim())).collect(),
            (None, None) => return peer,
        };
        let mut client = peer;
        for hop in hops.into_iter().rev() {
            match hop {
                Some(ip) if self.contains(ip) => client = ip,
                Some(ip) => return ip,
                None => return client,
            }
        }
        client
    }
}

/// The `for=` of one `Forwarded` element (RFC 7239).
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element.split(';').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("for")
            .then(|| address(value.trim().trim_matches('"')))
            .flatten()
    })
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]` or `[2001:db8::1]:4711`.
fn address(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok().map(canonical);
    }
    let (host, _port) = text.rsplit_once(':')?;
    host.parse().ok().map(canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Result<IpAddr, std::net::AddrParseError> {
        s.parse()
    }

    #[test]
    fn nets_hold_what_they_say() -> Result<(), Box<dyn std::error::Error>> {
        let t = TrustedProxies::parse("10.0.0.0/8, 192.168.1.7, ::1, 2001:db8::/32")?;
        assert!(t.contains(ip("10.200.3.4")?));
        assert!(!t.contains(ip("11.0.0.1")?));
        assert!(t.contains(ip("192.168.1.7")?));
        assert!(!t.contains(ip("192.168.1.8")?));
        assert!(t.contains(ip("::1")?));
        assert!(t.contains(ip("2001:db8:ffff::9")?));
        assert!(t.contains(ip("::ffff:10.1.1.1")?));
        assert!(TrustedProxies::parse("")?.0.is_empty());
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.internal").is_err());
        assert!(TrustedProxies::parse("0.0.0.0/0")?.contains(ip("8.8.8.8")?));
        Ok(())
    }

    #[test]
    fn only_a_trusted_peer_is_believed() -> Result<(), Box<dyn std::error::Error>> {
        let t = TrustedProxies::parse("10.0.0.1, 10.0.0.2")?;
        let client = ip("203.0.113.9")?;
        // An untrusted peer's headers are ignored.
        assert_eq!(t.client(client, None, Some("198.51.100.1")), client);
        // A trusted peer: the nearest untrusted hop.
        assert_eq!(
            t.client(
                ip("10.0.0.1")?,
                None,
                Some("198.51.100.1, 203.0.113.9, 10.0.0.2")
            ),
            client
        );
        assert_eq!(
            t.client(
                ip("10.0.0.1")?,
                Some("for=198.51.100.1, for=\"[2001:db8::7]:4711\";proto=https"),
                Some("1.2.3.4")
            ),
            ip("2001:db8::7")?
        );
        assert_eq!(
            t.client(
                ip("10.0.0.1")?,
                Some("for=\"203.0.113.9:80\";by=10.0.0.1"),
                None
            ),
            client
        );
        // Nothing forwarded, or nothing readable: the nearest hop known.
        assert_eq!(t.client(ip("10.0.0.1")?, None, None), ip("10.0.0.1")?);
        assert_eq!(
            t.client(ip("10.0.0.1")?, Some("for=unknown"), None),
            ip("10.0.0.1")?
        );
        assert_eq!(
            t.client(ip("10.0.0.1")?, None, Some("10.0.0.2")),
            ip("10.0.0.2")?
        );
        Ok(())
    }
}
