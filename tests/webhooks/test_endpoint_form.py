"""The endpoint form and "Send a test" refuse, when saved or asked, a URL the worker would refuse."""

import pytest

from tests.factories.translations import UserFactory
from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.receiver import LoopbackReceiver
from webhooks.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db

ENDPOINTS_URL = "/admin/webhook_endpoints/"
SETTING_HINT = "; list its network in WEBHOOK_ALLOWED_NETWORKS to allow it."


@pytest.fixture
def superuser_client(client, settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    client.force_login(UserFactory(is_superuser=True))
    return client


def create(client, url):
    return client.post(f"{ENDPOINTS_URL}new/", {"name": "Web site", "url": url, "secret": "s3cret", "is_active": "on"})


@pytest.mark.parametrize(
    ("url", "answer", "error"),
    [
        ("http://127.0.0.1:6379/", None, f"Refused: 127.0.0.1 is a loopback address{SETTING_HINT}"),
        ("http://[::1]:8080/hooks", None, f"Refused: ::1 is a loopback address{SETTING_HINT}"),
        (
            "http://localhost:8000/hooks",
            ["127.0.0.1", "::1"],
            f"Refused: localhost resolves to 127.0.0.1, a loopback address{SETTING_HINT}",
        ),
        (
            "http://169.254.169.254/latest/meta-data/",
            None,
            f"Refused: 169.254.169.254 is a link-local address{SETTING_HINT}",
        ),
        (
            "https://hooks.example.org/api/revalidate",
            ["10.0.0.5"],
            f"Refused: hooks.example.org resolves to 10.0.0.5, a private address{SETTING_HINT}",
        ),
        ("ftp://files.example.org/hooks", None, "Only http and https URLs can receive webhooks, not “ftp”."),
        (
            "https://user:secret@hooks.example.org/api/revalidate",
            ["93.184.215.14"],
            "The URL must not carry a user name or password: the signature authenticates us.",
        ),
    ],
)
def test_endpoint_the_worker_would_refuse_is_refused_at_save_and_nothing_saved(
    superuser_client, resolver, url, answer, error
):
    if answer:
        resolver.answer(url.split("@")[-1].split("//")[-1].split(":")[0].split("/")[0], answer)

    response = create(superuser_client, url)

    assert response.status_code == 200
    assert response.context["form"].errors == {"url": [error]}
    assert WebhookEndpoint.objects.count() == 0


def test_editing_an_endpoint_to_a_refused_address_changes_nothing(superuser_client):
    endpoint = WebhookEndpointFactory(url="https://dushanbeprocess.org/api/revalidate", secret="s3cret")

    response = superuser_client.post(
        f"{ENDPOINTS_URL}edit/{endpoint.pk}/",
        {"name": endpoint.name, "url": "http://127.0.0.1:6379/", "secret": "s3cret", "is_active": "on"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"url": [f"Refused: 127.0.0.1 is a loopback address{SETTING_HINT}"]}
    endpoint.refresh_from_db()
    assert endpoint.url == "https://dushanbeprocess.org/api/revalidate"


@pytest.mark.parametrize(
    ("url", "answer"),
    [
        ("https://hooks.example.org/api/revalidate", ["93.184.215.14", "2606:4700:4700::1111"]),
        # Not published yet: the worker checks again at every attempt.
        ("https://not-published-yet.example.org/api/revalidate", None),
    ],
)
def test_endpoint_on_a_public_or_unpublished_name_is_saved(superuser_client, resolver, url, answer):
    if answer:
        resolver.answer("hooks.example.org", answer)

    response = create(superuser_client, url)

    assert response.status_code == 302
    assert list(WebhookEndpoint.objects.values_list("url", flat=True)) == [url]


def test_endpoint_in_a_listed_network_is_saved(superuser_client, settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]

    response = create(superuser_client, "http://127.0.0.1:8765/hooks")

    assert response.status_code == 302
    assert list(WebhookEndpoint.objects.values_list("url", flat=True)) == ["http://127.0.0.1:8765/hooks"]


def test_send_a_test_to_a_refused_address_says_why_and_sends_nothing(superuser_client):
    listener = LoopbackReceiver(secret="s3cret")
    try:
        # Saved before the check existed (or by code, not the form).
        endpoint = WebhookEndpointFactory(url=listener.url, secret="s3cret")

        response = superuser_client.post(f"{ENDPOINTS_URL}send-test/{endpoint.pk}/")

        assert response.status_code == 200
        assert [str(message) for message in response.context["messages"]] == [
            f"Nothing was sent. Refused: 127.0.0.1 is a loopback address{SETTING_HINT}"
        ]
        assert WebhookDelivery.objects.count() == 0
        assert listener.connections == 0
    finally:
        listener.stop()
