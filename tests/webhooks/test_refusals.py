"""The worker never connects to an address it may not send to, whatever the URL or DNS says.

Each listener here is on loopback and counts every connection: a refused target is proved
never contacted by a count of 0, and the same listener, once an operator lists 127.0.0.0/8,
receives exactly the signed POST. Names resolve through the stub in conftest.py.
"""

import pytest
from django_tasks_db.models import DBTaskResult

from cms.changes import ContentChange
from tests.factories.translations import UserFactory
from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.receiver import TEST_SECRET, BannerListener, LoopbackReceiver
from tests.webhooks.worker import run_worker
from webhooks.dispatch import queue_deliveries
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

SECRET = TEST_SECRET
SETTING_HINT = "; list its network in WEBHOOK_ALLOWED_NETWORKS to allow it."
BANNER = b"-ERR INTERNAL-SECRET-BANNER from loopback service\r\n"


def organisation_saved():
    return ContentChange(
        action="published", kind="snippet", model="home.organisation", object_id="3", title="OSCE", languages=("en",)
    )


@pytest.fixture
def listener():
    # Not the `receiver` fixture: that one lists loopback as allowed.
    listener = LoopbackReceiver(secret=SECRET)
    yield listener
    listener.stop()


@pytest.fixture
def nothing_listed(settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    # Bounds a run of the code from before the check, which tried 10.0.0.5 and 169.254.169.254.
    settings.WEBHOOK_TIMEOUT = 2


def deliver_once(url):
    WebhookEndpointFactory(url=url, secret=SECRET)
    queue_deliveries(organisation_saved())
    run_worker()
    return WebhookDelivery.objects.get()


# URLs of the listener (its port in {port}), the stub's answer for the name, and the refusal.
LOOPBACK_FORMS = [
    ("http://127.0.0.1:{port}/hooks/cms", None, "127.0.0.1 is a loopback address"),
    (
        "http://[::ffff:127.0.0.1]:{port}/hooks/cms",
        None,
        "::ffff:127.0.0.1 is an IPv4-mapped form of 127.0.0.1, a loopback address",
    ),
    (
        "http://hooks.example.org:{port}/hooks/cms",
        ["127.0.0.1"],
        "hooks.example.org resolves to 127.0.0.1, a loopback address",
    ),
    ("http://2130706433:{port}/hooks/cms", None, "2130706433 resolves to 127.0.0.1, a loopback address"),
]
REFUSED = [
    *LOOPBACK_FORMS,
    ("http://localhost:{port}/hooks/cms", ["127.0.0.1", "::1"], "localhost resolves to 127.0.0.1, a loopback address"),
    ("http://hooks.example.org:{port}/hooks/cms", ["::1"], "hooks.example.org resolves to ::1, a loopback address"),
    (
        "http://hooks.example.org:{port}/hooks/cms",
        ["169.254.169.254"],
        "hooks.example.org resolves to 169.254.169.254, a link-local address",
    ),
    (
        "http://hooks.example.org:{port}/hooks/cms",
        ["10.0.0.5"],
        "hooks.example.org resolves to 10.0.0.5, a private address",
    ),
]


@pytest.mark.usefixtures("nothing_listed")
@pytest.mark.parametrize(("url", "answer", "refused"), REFUSED, ids=[refused for _, _, refused in REFUSED])
def test_refused_target_is_never_contacted_and_the_delivery_fails_without_retry(
    listener, resolver, url, answer, refused
):
    if answer:
        resolver.answer(url.split("//")[1].split(":")[0], answer)

    delivery = deliver_once(url.format(port=listener.port))

    assert listener.connections == 0
    assert (delivery.status, delivery.attempt_count, delivery.next_attempt_at, delivery.task_id) == (
        "failed",
        1,
        None,
        "",
    )
    attempt = delivery.attempts.get()
    assert (attempt.number, attempt.outcome, attempt.status_code, attempt.address, attempt.response_excerpt) == (
        1,
        "refused",
        None,
        None,
        "",
    )
    assert attempt.error == f"Refused: {refused}{SETTING_HINT}"
    assert DBTaskResult.objects.filter(backend_name="webhooks", status="READY").count() == 0


@pytest.mark.parametrize(
    ("url", "answer", "host"),
    [
        ("http://127.0.0.1:{port}/hooks/cms", None, "127.0.0.1:{port}"),
        ("http://[::ffff:127.0.0.1]:{port}/hooks/cms", None, "[::ffff:127.0.0.1]:{port}"),
        ("http://hooks.example.org:{port}/hooks/cms", ["127.0.0.1"], "hooks.example.org:{port}"),
        ("http://2130706433:{port}/hooks/cms", None, "2130706433:{port}"),
    ],
)
def test_listed_network_receives_exactly_the_signed_post(settings, listener, resolver, url, answer, host):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    if answer:
        resolver.answer(url.split("//")[1].split(":")[0], answer)

    delivery = deliver_once(url.format(port=listener.port))

    assert listener.connections == 1
    (request,) = listener.received
    assert request["verified"] is True
    assert (request["headers"]["Host"], request["headers"]["X-Webhook-Id"]) == (
        host.format(port=listener.port),
        str(delivery.event_id),
    )
    assert (delivery.status, delivery.attempt_count) == ("delivered", 1)
    attempt = delivery.attempts.get()
    expected_address = "::ffff:127.0.0.1" if "ffff" in url else "127.0.0.1"
    assert (attempt.outcome, attempt.status_code, attempt.address, attempt.error) == (
        "delivered",
        204,
        expected_address,
        "",
    )


def test_dns_answer_that_changes_after_the_check_cannot_move_the_connection(settings, resolver):
    """Checked, then connected to the checked address; the next attempt's lookup is checked again."""
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.WEBHOOK_RETRY_DELAYS = [0]
    checked = LoopbackReceiver(secret=SECRET)
    # Same port, another loopback address that is not listed: where a second lookup would lead.
    rebound = LoopbackReceiver(secret=SECRET, host="127.0.0.2", port=checked.port)
    try:
        checked.answer = 503
        resolver.answer("hooks.example.org", ["127.0.0.1"], ["127.0.0.2"])

        delivery = deliver_once(f"http://hooks.example.org:{checked.port}/hooks/cms")

        assert (checked.connections, rebound.connections) == (1, 0)
        assert resolver.lookups == ["hooks.example.org", "hooks.example.org"]
        assert list(delivery.attempts.values_list("number", "outcome", "status_code", "address")) == [
            (1, "rejected", 503, "127.0.0.1"),
            (2, "refused", None, None),
        ]
        assert delivery.attempts.get(number=2).error == (
            f"Refused: hooks.example.org resolves to 127.0.0.2, a loopback address{SETTING_HINT}"
        )
        assert delivery.status == "failed"
    finally:
        checked.stop()
        rebound.stop()


def test_redirect_is_an_answer_never_followed(settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    redirecting = LoopbackReceiver(secret=SECRET)
    elsewhere = LoopbackReceiver(secret=SECRET)
    try:
        redirecting.answer = 302
        redirecting.answer_headers = {"Location": elsewhere.url}

        delivery = deliver_once(redirecting.url)

        assert (redirecting.connections, elsewhere.connections) == (1, 0)
        attempt = delivery.attempts.get()
        assert (attempt.outcome, attempt.status_code, attempt.error) == (
            "rejected",
            302,
            "Redirects are not followed: the endpoint's URL must answer 2xx itself.",
        )
    finally:
        redirecting.stop()
        elsewhere.stop()


@pytest.fixture
def banner_service():
    service = BannerListener(BANNER)
    yield service
    service.stop()


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_superuser=True))
    return client


def inspect(client, delivery):
    response = client.get(f"/admin/webhook_deliveries/inspect/{delivery.pk}/")
    assert response.status_code == 200
    return response


@pytest.mark.usefixtures("nothing_listed")
def test_loopback_service_is_not_contacted_and_its_banner_never_shown(superuser_client, banner_service):
    delivery = deliver_once(f"http://127.0.0.1:{banner_service.port}/")

    response = inspect(superuser_client, delivery)

    assert banner_service.connections == 0
    assert "INTERNAL-SECRET-BANNER" not in response.content.decode()
    assert "Refused: 127.0.0.1 is a loopback address" in response.content.decode()


def test_listed_service_that_is_not_http_shows_its_banner_as_an_excerpt(settings, superuser_client, banner_service):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]

    delivery = deliver_once(f"http://127.0.0.1:{banner_service.port}/")

    assert banner_service.connections == 1
    attempt = delivery.attempts.get()
    assert (attempt.outcome, attempt.status_code, attempt.error, attempt.address) == (
        "unreachable",
        None,
        "The answer was not HTTP.",
        "127.0.0.1",
    )
    assert attempt.response_excerpt == "-ERR INTERNAL-SECRET-BANNER from loopback service\r\n"
    assert [shown.shown_excerpt for shown in inspect(superuser_client, delivery).context["attempts"]] == [
        attempt.response_excerpt
    ]


def test_error_answer_is_shown_bounded_and_escaped_only_while_its_address_is_allowed(settings, superuser_client):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.WEBHOOK_MAX_ATTEMPTS = 1
    failing = LoopbackReceiver(secret=SECRET)
    try:
        failing.answer = 500
        failing.answer_body = b"<script>alert('INTERNAL-SECRET-BANNER')</script>" + b"x" * 2000
        delivery = deliver_once(failing.url)
    finally:
        failing.stop()
    attempt = delivery.attempts.get()
    assert (attempt.outcome, attempt.status_code, attempt.error) == ("rejected", 500, "")
    assert attempt.response_excerpt == failing.answer_body.decode()[:500]
    assert len(attempt.response_excerpt) == 500

    page = inspect(superuser_client, delivery).content.decode()
    assert "&lt;script&gt;alert(&#x27;INTERNAL-SECRET-BANNER&#x27;)&lt;/script&gt;" in page
    assert "<script>alert(" not in page
    assert "x" * 500 not in page and "x" * 452 in page

    # The network is taken off the list: what it said is no longer shown.
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    response = inspect(superuser_client, delivery)
    assert "INTERNAL-SECRET-BANNER" not in response.content.decode()
    assert [shown.shown_excerpt for shown in response.context["attempts"]] == [""]
