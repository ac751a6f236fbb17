"""Fixtures for the webhook tests: a resolver stub, a receiver on loopback, an endpoint pointing at it.

Webhooks are refused for loopback addresses unless WEBHOOK_ALLOWED_NETWORKS lists them, as in
production: the tests that deliver to a loopback receiver list 127.0.0.0/8 (`loopback_allowed`,
which `receiver` asks for), the rule itself is not relaxed.
"""

import socket

import pytest

from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.receiver import TEST_SECRET, LoopbackReceiver
from tests.webhooks.resolver import StubResolver

FRONTEND = "https://dushanbeprocess.org"


@pytest.fixture(autouse=True)
def frontend_base_url(settings):
    """Absolute frontend URLs in every payload, as in production."""
    settings.FRONTEND_BASE_URL = FRONTEND


@pytest.fixture(autouse=True)
def resolver(monkeypatch):
    """No webhook test asks a name server: names resolve from the stub's table only."""
    stub = StubResolver(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", stub)
    return stub


@pytest.fixture
def loopback_allowed(settings):
    """The loopback receivers of these tests are an operator's listed network."""
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]


@pytest.fixture
def receiver(loopback_allowed):
    receiver = LoopbackReceiver(secret=TEST_SECRET)
    yield receiver
    receiver.stop()


@pytest.fixture
def endpoint(db, receiver):
    return WebhookEndpointFactory(name="Web site", url=receiver.url, secret=receiver.secret)
