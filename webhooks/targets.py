"""An endpoint's URL made into a target the worker may connect to, or refused with the reason.

http and https only, no credentials in the URL, and every address the host resolves to must
be allowed (addresses.py). The host is resolved once, here, and the worker connects to exactly
the addresses checked (client.py): a name whose DNS answer changes between the check and the
connection (DNS rebinding) cannot lead the worker to an address nobody checked. Any refused
address refuses the whole name: which of its addresses a connection ends up on is not ours
to choose.
"""

import dataclasses
import ipaddress
import re
import socket
import urllib.parse

from .addresses import refusal, refusal_message

SCHEMES = ("http", "https")
# http.client refuses these in a request line; say so before connecting anywhere.
_NOT_IN_A_PATH = re.compile(r"[\x00-\x20\x7f]")


class TargetRefused(Exception):
    """Never to be sent to as it stands: the URL or the settings have to change."""


class TargetUnresolved(Exception):
    """The host has no address at the moment (the resolver is down, the name not yet published)."""


@dataclasses.dataclass(frozen=True)
class Target:
    scheme: str
    # As the Host header and the TLS server name carry it: IDNA-encoded, an IPv6 address without brackets.
    host: str
    port: int
    # With the query string; the fragment is the browser's, never sent.
    path: str
    # Every address the host stood for when it was checked, each allowed, in the resolver's order.
    addresses: tuple


def _split(url):
    """(scheme, host, port, path) of `url`, or TargetRefused saying what is wrong with it."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise TargetRefused(f"Not a valid URL: {error}.") from error
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise TargetRefused(f"Only http and https URLs can receive webhooks, not “{scheme or url}”.")
    if parts.username is not None or parts.password is not None:
        raise TargetRefused("The URL must not carry a user name or password: the signature authenticates us.")
    if not parts.hostname:
        raise TargetRefused("The URL has no host.")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    if _NOT_IN_A_PATH.search(path):
        raise TargetRefused("The URL's path has spaces or control characters.")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise TargetRefused(f"Not a valid host name: {parts.hostname}.") from error
    return scheme, host, port or (443 if scheme == "https" else 80), path


def _literal_address(host):
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _resolve(host, port):
    """The host's addresses, each once, in the resolver's order."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise TargetUnresolved(f"Cannot resolve {host}: {error}.") from error
    addresses = []
    for *_, sockaddr in answers:
        if sockaddr[0] not in addresses:
            addresses.append(sockaddr[0])
    if not addresses:
        raise TargetUnresolved(f"Cannot resolve {host}: no address.")
    return addresses


def check_url(url):
    """Refuse `url` (TargetRefused) unless it may be sent to as far as can be told without DNS.

    Returns the host's literal address, or None when the host is a name.
    """
    _, host, _, _ = _split(url)
    literal = _literal_address(host)
    if literal is not None:
        reason = refusal(literal)
        if reason:
            # In the words of the URL: Python writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
            raise TargetRefused(refusal_message(f"{host} is {reason}"))
    return literal


def resolve_target(url):
    """The Target to connect to for `url`: TargetRefused, or TargetUnresolved when DNS has no answer now."""
    scheme, host, port, path = _split(url)
    literal = check_url(url)
    if literal is not None:
        return Target(scheme, host, port, path, (str(literal),))
    addresses = _resolve(host, port)
    for address in addresses:
        reason = refusal(address)
        if reason:
            raise TargetRefused(refusal_message(f"{host} resolves to {address}, {reason}"))
    return Target(scheme, host, port, path, tuple(addresses))
