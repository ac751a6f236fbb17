"""Which addresses a webhook may be sent to: globally routable ones, and the networks an operator lists.

An endpoint's URL is typed by an administrator, and the worker POSTs to it from inside our
network. Without a rule, "http://127.0.0.1:6379/" or "http://169.254.169.254/" makes the
worker a way into services that only trust the machine or the private network (Redis, the
cloud metadata service), and shows their answers in the admin. So every address the worker
would connect to is checked here, after DNS resolution (targets.py), and refused unless it is
globally routable or inside a network of settings.WEBHOOK_ALLOWED_NETWORKS.

The table is written out from the IANA IPv4 and IPv6 special-purpose registries rather than
taken from ipaddress.is_global, whose answer differs between Python patch releases and which
calls multicast addresses global.
"""

import ipaddress

from django.conf import settings

SETTING = "WEBHOOK_ALLOWED_NETWORKS"

LOOPBACK = "a loopback address"
PRIVATE = "a private address"
LINK_LOCAL = "a link-local address"
MULTICAST = "a multicast address"
RESERVED = "a reserved address"
UNSPECIFIED = "an unspecified address"
DOCUMENTATION = "a documentation address"
SHARED = "a shared (carrier-grade NAT) address"
NOT_GLOBAL = "not a globally routable address"

# First match names the refusal, so narrower networks come before the ones that contain them.
_REFUSED_V4 = [
    ("0.0.0.0/32", UNSPECIFIED),
    ("0.0.0.0/8", NOT_GLOBAL),  # "this network"
    ("127.0.0.0/8", LOOPBACK),
    ("10.0.0.0/8", PRIVATE),
    ("172.16.0.0/12", PRIVATE),
    ("192.168.0.0/16", PRIVATE),
    ("100.64.0.0/10", SHARED),
    # 169.254.169.254 is the metadata service (credentials) of most clouds.
    ("169.254.0.0/16", LINK_LOCAL),
    ("192.0.0.0/24", NOT_GLOBAL),  # IETF protocol assignments
    ("192.0.2.0/24", DOCUMENTATION),
    ("198.51.100.0/24", DOCUMENTATION),
    ("203.0.113.0/24", DOCUMENTATION),
    ("198.18.0.0/15", NOT_GLOBAL),  # benchmarking
    ("192.88.99.0/24", RESERVED),  # the retired 6to4 relay anycast
    ("224.0.0.0/4", MULTICAST),
    ("240.0.0.0/4", RESERVED),  # 255.255.255.255, the broadcast address, included
]
_REFUSED_V6 = [
    ("::/128", UNSPECIFIED),
    ("::1/128", LOOPBACK),
    ("64:ff9b:1::/48", NOT_GLOBAL),  # local-use NAT64
    ("100::/64", NOT_GLOBAL),  # discard-only
    ("2001::/23", NOT_GLOBAL),  # IETF protocol assignments, Teredo included
    ("2001:db8::/32", DOCUMENTATION),
    ("3fff::/20", DOCUMENTATION),
    ("5f00::/16", NOT_GLOBAL),  # segment routing
    ("fc00::/7", PRIVATE),  # unique local
    ("fe80::/10", LINK_LOCAL),
    ("fec0::/10", PRIVATE),  # the deprecated site-local
    ("ff00::/8", MULTICAST),
]
_REFUSED = [(ipaddress.ip_network(network), reason) for network, reason in _REFUSED_V4 + _REFUSED_V6]

# Everything else outside global unicast (::/8, 4000::/3...) is unassigned or reserved.
_GLOBAL_UNICAST_V6 = ipaddress.ip_network("2000::/3")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def allowed_networks():
    """The networks of WEBHOOK_ALLOWED_NETWORKS (validated when the settings load)."""
    return [ipaddress.ip_network(network) for network in getattr(settings, SETTING)]


def _embedded_ipv4(address):
    """The IPv4 address an IPv6 form stands for, and what the form is called; or (None, None).

    A packet to one of these reaches the IPv4 address: ::ffff:127.0.0.1 is 127.0.0.1 on a
    dual-stack socket, and 6to4 and NAT64 gateways forward to the address they embed.
    """
    if address.version != 6:
        return None, None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped, "an IPv4-mapped form"
    if address.sixtofour is not None:
        return address.sixtofour, "a 6to4 form"
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF), "a NAT64 form"
    return None, None


def _category(address):
    """Why `address` is not globally routable (LOOPBACK, PRIVATE...), or None when it is."""
    for network, reason in _REFUSED:
        if address.version == network.version and address in network:
            return reason
    if address.version == 6 and address not in _GLOBAL_UNICAST_V6:
        return RESERVED
    return None


def refusal(address):
    """Why a webhook may not be sent to `address` ("a loopback address"...), or None when it may.

    `address` is a string or an ipaddress object; an operator's WEBHOOK_ALLOWED_NETWORKS win.
    """
    address = ipaddress.ip_address(address)
    # A zone ("fe80::1%eth0") says which interface, not which address.
    if address.version == 6 and address.scope_id:
        address = ipaddress.IPv6Address(str(address).split("%", 1)[0])
    listed = allowed_networks()
    embedded, form = _embedded_ipv4(address)
    if any(address in network for network in listed if network.version == address.version):
        return None
    if embedded is not None:
        if any(embedded in network for network in listed if network.version == 4):
            return None
        reason = _category(embedded)
        return f"{form} of {embedded}, {reason}" if reason else None
    return _category(address)


def is_allowed(address):
    """True when a webhook may be sent to `address`."""
    return refusal(address) is None


def refusal_message(what):
    """The error an administrator reads: `what` was refused and why, and which setting would allow it."""
    return f"Refused: {what}; list its network in {SETTING} to allow it."
