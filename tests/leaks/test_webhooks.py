"""The leak matrix over webhooks: what the leak site's making announces to receivers outside the CMS.

The site is built with an active endpoint and its transaction's on-commit callbacks run
(as after a real commit), so every change it makes becomes the deliveries it would.
Drafts, scheduled pages, private pages and private media announce nothing. A page that
was public and is taken down (unpublished, expired, deleted) is announced, with the URLs
it had: the frontends must drop it. Those three are the deliberate exceptions below.
"""

import json

import pytest
from django.db import transaction
from django.test import TestCase
from django.utils import translation

from tests.factories.webhooks import WebhookEndpointFactory
from webhooks.models import WebhookDelivery

from .content import build_leak_site, slug
from .matrix import KINDS, LANGUAGES, assert_no_leak, cells

pytestmark = pytest.mark.django_db

# Public once, then taken down: announced by design, with the event a receiver acts on.
TAKEN_DOWN = {"unpublished": "page.unpublished", "expired": "page.unpublished", "deleted": "page.deleted"}


@pytest.fixture(scope="module")
def leak_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("en"):
        WebhookEndpointFactory(url="https://frontend.example.org/api/revalidate")
        with TestCase.captureOnCommitCallbacks(execute=True):
            site = build_leak_site()
        yield site
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def payloads(leak_site, django_db_blocker):
    with django_db_blocker.unblock():
        return [delivery.payload for delivery in WebhookDelivery.objects.order_by("pk")]


def announced_text(payloads):
    return json.dumps(payloads, ensure_ascii=False)


@pytest.mark.parametrize(("kind", "language"), cells([kind for kind in KINDS if kind.id not in TAKEN_DOWN]))
def test_webhook_payloads(leak_site, payloads, kind, language):
    """No delivery names the kind's markers; the control's publication names its URL in the language."""
    text = announced_text(payloads)
    if kind.page_type in ("document", "image"):
        assert {"kind": kind.page_type, "title": kind.control} in [
            {"kind": payload["object"]["kind"], "title": payload["object"]["title"].split(" ")[0]}
            for payload in payloads
        ]
    else:
        assert f"/{language}/" in text and slug(kind.control, language) in text
    assert_no_leak(text, kind, language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind.id in TAKEN_DOWN], ids=lambda kind: kind.id)
def test_webhook_announces_a_public_page_taken_down(leak_site, payloads, kind, language):
    """Published, then taken down: one page.published, then the take-down, with the URL it had."""
    marker = kind.markers[0]
    events = [
        (payload["type"], dict((url["language"], url["url"]) for url in payload["urls"])[language])
        for payload in payloads
        if payload["object"]["title"] == f"{marker} en"
    ]
    path = leak_site_path_of_taken_down(leak_site, marker, language)
    assert events == [("page.published", path), (TAKEN_DOWN[kind.id], path)]


def leak_site_path_of_taken_down(leak_site, marker, language):
    """The absolute URL the page had (no FRONTEND_BASE_URL in tests: the request-less path)."""
    parents = {"LEAKUNPUBLISHED": "CONTROLEVENT", "LEAKEXPIRED": "CONTROLNEWSINDEX", "LEAKDELETED": "CONTROLNEWSINDEX"}
    return f"{leak_site.path(parents[marker], language)}{slug(marker, language)}/"


def test_nothing_private_was_announced(leak_site, payloads):
    """Every announced page title is a control's or a taken-down page's, exactly."""
    titles = sorted({payload["object"]["title"] for payload in payloads if payload["object"]["kind"] == "page"})
    assert titles == [
        "CONTROLCONTACT en",
        "CONTROLEVENT en",
        "CONTROLNEWS en",
        "CONTROLNEWSINDEX en",
        "CONTROLRELEASE en",
        "CONTROLREVISED en",
        "CONTROLSESSION en",
        "CONTROLSPEAKER en",
        "CONTROLSPEAKERS en",
        "LEAKDELETED en",
        "LEAKEXPIRED en",
        "LEAKUNPUBLISHED en",
    ]
