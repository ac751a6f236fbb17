"""The address policy, category by category, IPv4 and IPv6: what is refused, in which words, what may be allowed."""

import pytest

from webhooks.addresses import refusal, refusal_message

LOOPBACK = "a loopback address"
PRIVATE = "a private address"
LINK_LOCAL = "a link-local address"
MULTICAST = "a multicast address"
RESERVED = "a reserved address"
UNSPECIFIED = "an unspecified address"
DOCUMENTATION = "a documentation address"
SHARED = "a shared (carrier-grade NAT) address"
NOT_GLOBAL = "not a globally routable address"

REFUSED = [
    # IPv4
    ("127.0.0.1", LOOPBACK),
    ("127.255.255.254", LOOPBACK),
    ("10.0.0.5", PRIVATE),
    ("172.16.0.1", PRIVATE),
    ("172.31.255.255", PRIVATE),
    ("192.168.1.1", PRIVATE),
    ("169.254.169.254", LINK_LOCAL),
    ("169.254.0.1", LINK_LOCAL),
    ("224.0.0.1", MULTICAST),
    ("239.255.255.250", MULTICAST),
    ("240.0.0.1", RESERVED),
    ("255.255.255.255", RESERVED),
    ("192.88.99.1", RESERVED),
    ("0.0.0.0", UNSPECIFIED),  # noqa: S104 - an address refused, not one bound to
    ("0.1.2.3", NOT_GLOBAL),
    ("100.64.0.1", SHARED),
    ("100.127.255.255", SHARED),
    ("192.0.2.1", DOCUMENTATION),
    ("198.51.100.7", DOCUMENTATION),
    ("203.0.113.9", DOCUMENTATION),
    ("198.18.0.1", NOT_GLOBAL),
    ("192.0.0.8", NOT_GLOBAL),
    # IPv6
    ("::1", LOOPBACK),
    ("::", UNSPECIFIED),
    ("fc00::1", PRIVATE),
    ("fd12:3456::1", PRIVATE),
    ("fec0::1", PRIVATE),
    ("fe80::1", LINK_LOCAL),
    ("fe80::1%eth0", LINK_LOCAL),
    ("ff02::1", MULTICAST),
    ("ff05::2", MULTICAST),
    ("2001:db8::1", DOCUMENTATION),
    ("3fff::1", DOCUMENTATION),
    ("2001::1", NOT_GLOBAL),  # Teredo
    ("2001:10::1", NOT_GLOBAL),
    ("100::1", NOT_GLOBAL),
    ("64:ff9b:1::1", NOT_GLOBAL),
    ("5f00::1", NOT_GLOBAL),
    ("::7f00:1", RESERVED),  # the deprecated IPv4-compatible form
    ("4000::1", RESERVED),
    ("fe00::1", RESERVED),
    # IPv6 forms that reach an IPv4 address
    ("::ffff:127.0.0.1", "an IPv4-mapped form of 127.0.0.1, a loopback address"),
    ("::ffff:169.254.169.254", "an IPv4-mapped form of 169.254.169.254, a link-local address"),
    ("::ffff:10.0.0.5", "an IPv4-mapped form of 10.0.0.5, a private address"),
    ("2002:7f00:1::", "a 6to4 form of 127.0.0.1, a loopback address"),
    ("2002:a00:5::1", "a 6to4 form of 10.0.0.5, a private address"),
    ("64:ff9b::7f00:1", "a NAT64 form of 127.0.0.1, a loopback address"),
    ("64:ff9b::a9fe:a9fe", "a NAT64 form of 169.254.169.254, a link-local address"),
]

ALLOWED = [
    "8.8.8.8",
    "93.184.215.14",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "2a00:1450:4001::1",
    "::ffff:8.8.8.8",
    "2002:808:808::1",
    "64:ff9b::808:808",
]


@pytest.mark.parametrize(("address", "reason"), REFUSED, ids=[address for address, _ in REFUSED])
def test_address_not_globally_routable_is_refused(settings, address, reason):
    settings.WEBHOOK_ALLOWED_NETWORKS = []

    assert refusal(address) == reason


@pytest.mark.parametrize("address", ALLOWED)
def test_globally_routable_address_is_allowed(settings, address):
    settings.WEBHOOK_ALLOWED_NETWORKS = []

    assert refusal(address) is None


@pytest.mark.parametrize(
    ("networks", "address", "reason"),
    [
        (["127.0.0.0/8"], "127.0.0.1", None),
        (["127.0.0.0/8"], "127.8.9.10", None),
        (["127.0.0.0/8"], "::ffff:127.0.0.1", None),
        (["127.0.0.0/8"], "::1", LOOPBACK),
        (["127.0.0.0/8"], "10.0.0.5", PRIVATE),
        (["::1/128"], "::1", None),
        (["10.20.0.0/16"], "10.20.3.4", None),
        (["10.20.0.0/16"], "10.21.0.1", PRIVATE),
        (["10.20.0.0/16", "fd00:20::/32"], "fd00:20::7", None),
        (["10.20.0.0/16", "fd00:20::/32"], "fd00:21::7", PRIVATE),
        (["127.0.0.1/32"], "127.0.0.2", LOOPBACK),
    ],
)
def test_listed_network_is_allowed_and_nothing_else(settings, networks, address, reason):
    settings.WEBHOOK_ALLOWED_NETWORKS = networks

    assert refusal(address) == reason


def test_refusal_message_names_the_setting():
    assert refusal_message("127.0.0.1 is a loopback address") == (
        "Refused: 127.0.0.1 is a loopback address; list its network in WEBHOOK_ALLOWED_NETWORKS to allow it."
    )
