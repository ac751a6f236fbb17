"""From an endpoint's URL to the addresses the worker may connect to: checked after resolution, every one of them."""

import pytest

from webhooks.targets import Target, TargetRefused, TargetUnresolved, resolve_target

pytestmark = pytest.mark.usefixtures("no_listed_networks")

SETTING_HINT = "; list its network in WEBHOOK_ALLOWED_NETWORKS to allow it."


@pytest.fixture
def no_listed_networks(settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = []


@pytest.mark.parametrize(
    ("url", "answers", "refused"),
    [
        ("http://127.0.0.1:6379/", None, "127.0.0.1 is a loopback address"),
        ("http://[::1]:8080/hooks", None, "::1 is a loopback address"),
        (
            "http://[::ffff:127.0.0.1]:8080/",
            None,
            "::ffff:127.0.0.1 is an IPv4-mapped form of 127.0.0.1, a loopback address",
        ),
        ("http://169.254.169.254/latest/meta-data/", None, "169.254.169.254 is a link-local address"),
        ("http://0.0.0.0:8000/", None, "0.0.0.0 is an unspecified address"),
        ("http://[::]:8000/", None, ":: is an unspecified address"),
        ("http://localhost:8000/", ["127.0.0.1", "::1"], "localhost resolves to 127.0.0.1, a loopback address"),
        ("https://hooks.example.org/", ["127.0.0.1"], "hooks.example.org resolves to 127.0.0.1, a loopback address"),
        ("https://hooks.example.org/", ["::1"], "hooks.example.org resolves to ::1, a loopback address"),
        (
            "https://hooks.example.org/",
            ["169.254.169.254"],
            "hooks.example.org resolves to 169.254.169.254, a link-local address",
        ),
        ("https://hooks.example.org/", ["10.0.0.5"], "hooks.example.org resolves to 10.0.0.5, a private address"),
        # One public address does not make up for a private one: the connection could land on either.
        (
            "https://hooks.example.org/",
            ["93.184.215.14", "10.0.0.5"],
            "hooks.example.org resolves to 10.0.0.5, a private address",
        ),
        # The C resolver reads these as 127.0.0.1: checked after resolution, they are refused too.
        ("http://2130706433:6379/", None, "2130706433 resolves to 127.0.0.1, a loopback address"),
        ("http://0x7f.1:6379/", None, "0x7f.1 resolves to 127.0.0.1, a loopback address"),
    ],
)
def test_address_not_allowed_is_refused_with_the_reason(resolver, url, answers, refused):
    if answers:
        resolver.answer(url.split("//")[1].split(":")[0].split("/")[0], answers)

    with pytest.raises(TargetRefused) as raised:
        resolve_target(url)

    assert str(raised.value) == f"Refused: {refused}{SETTING_HINT}"


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("ftp://files.example.org/hooks", "Only http and https URLs can receive webhooks, not “ftp”."),
        ("file:///etc/passwd", "Only http and https URLs can receive webhooks, not “file”."),
        ("gopher://127.0.0.1:6379/_INFO", "Only http and https URLs can receive webhooks, not “gopher”."),
        (
            "https://user:secret@hooks.example.org/",
            "The URL must not carry a user name or password: the signature authenticates us.",
        ),
        ("https://hooks.example.org:99999/", "Not a valid URL: Port out of range 0-65535."),
        ("https:///hooks", "The URL has no host."),
        ("https://hooks.example.org/a b", "The URL's path has spaces or control characters."),
    ],
)
def test_url_that_is_not_a_plain_http_url_is_refused(url, refused):
    with pytest.raises(TargetRefused) as raised:
        resolve_target(url)

    assert str(raised.value) == refused


def test_public_name_becomes_the_target_of_its_checked_addresses(resolver):
    resolver.answer("hooks.example.org", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"])

    assert resolve_target("https://hooks.example.org/api/revalidate?site=en#top") == Target(
        scheme="https",
        host="hooks.example.org",
        port=443,
        path="/api/revalidate?site=en",
        addresses=("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
    )
    assert resolver.lookups == ["hooks.example.org"]


def test_international_host_name_is_sent_idna_encoded(resolver):
    resolver.answer("xn--80achga9bjhjmao0cu.xn--p1ai", ["93.184.215.14"])

    target = resolve_target("http://душанбепроцесс.рф:8080/hooks")

    assert (target.host, target.port, target.addresses) == ("xn--80achga9bjhjmao0cu.xn--p1ai", 8080, ("93.184.215.14",))


def test_listed_network_makes_a_loopback_name_a_target(settings, resolver):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    resolver.answer("hooks.example.org", ["127.0.0.1"])

    assert resolve_target("http://hooks.example.org:8765/hooks").addresses == ("127.0.0.1",)


def test_name_that_does_not_resolve_is_unresolved_not_refused():
    with pytest.raises(TargetUnresolved) as raised:
        resolve_target("https://not-published-yet.example.org/hooks")

    assert str(raised.value).startswith("Cannot resolve not-published-yet.example.org: ")
