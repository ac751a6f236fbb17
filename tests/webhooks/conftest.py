"""Fixtures for the webhook tests: a receiver on loopback, an endpoint pointing at it, a worker step."""

import pytest

from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.receiver import LoopbackReceiver

FRONTEND = "https://dushanbeprocess.org"


@pytest.fixture(autouse=True)
def frontend_base_url(settings):
    """Absolute frontend URLs in every payload, as in production."""
    settings.FRONTEND_BASE_URL = FRONTEND


@pytest.fixture
def receiver():
    receiver = LoopbackReceiver(secret="test-secret-for-the-web-site")
    yield receiver
    receiver.stop()


@pytest.fixture
def endpoint(db, receiver):
    return WebhookEndpointFactory(name="Web site", url=receiver.url, secret=receiver.secret)
