"""Migration 0002: what receivers said in attempts logged before the address checks leaves the error column.

Those attempts have no recorded address, so the admin never shows the excerpt they move to.
"""

import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from tests.factories.webhooks import WebhookEndpointFactory
from webhooks.models import DeliveryAttempt, WebhookDelivery

pytestmark = pytest.mark.django_db

migration = importlib.import_module("webhooks.migrations.0002_attempt_address_and_excerpt")

BANNER_ANSWER = "HTTP 500 Internal Server Error: INTERNAL-SECRET-BANNER from loopback service" + "x" * 900


@pytest.fixture
def attempts_before_the_checks():
    endpoint = WebhookEndpointFactory(url="http://127.0.0.1:6379/")
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event_type="page.published", payload={})
    for number, outcome, error in [
        (1, "rejected", BANNER_ANSWER),
        (2, "unreachable", "'-ERR wrong number of arguments'"),
        (3, "interrupted", "The worker stopped during this attempt."),
        (4, "delivered", ""),
    ]:
        DeliveryAttempt.objects.create(
            delivery=delivery, number=number, started_at=timezone.now(), outcome=outcome, error=error
        )
    return delivery


def test_receivers_words_move_to_a_bounded_excerpt_and_back(attempts_before_the_checks):
    migration.hide_receiver_words(apps, None)

    assert list(attempts_before_the_checks.attempts.values_list("number", "error", "response_excerpt")) == [
        (1, "", BANNER_ANSWER[:500]),
        (2, "", "'-ERR wrong number of arguments'"),
        (3, "The worker stopped during this attempt.", ""),
        (4, "", ""),
    ]

    migration.show_receiver_words(apps, None)

    assert list(attempts_before_the_checks.attempts.values_list("number", "error", "response_excerpt")) == [
        (1, BANNER_ANSWER[:500], ""),
        (2, "'-ERR wrong number of arguments'", ""),
        (3, "The worker stopped during this attempt.", ""),
        (4, "", ""),
    ]
