"""Passwords of private pages and document collections: a client is locked out after repeated wrong ones."""

import time
import uuid

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from bench.server import forget_keys
from signin.restriction_passwords import PASSWORD_VIEWS
from tests.factories.media import DocumentFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory
from tests.processes import REDIS_ADDRESS, redis_reachable

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ru", "tg", "ar")
PASSWORD = "sesame-2019"  # noqa: S105 - a test page's password
WRONG = "dushanbe2019"
WRONG_TEXT = "The password you have entered is not correct. Please try again."
PAGE_LOCKOUT_TEXT = "Too many wrong passwords for this page; try again in 15 minutes."
DOCUMENTS_LOCKOUT_TEXT = "Too many wrong passwords for these documents; try again in 15 minutes."
OTHER_ADDRESS = "198.51.100.7"


def protect(page, password=PASSWORD):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


@pytest.fixture
def private_event(home_page):
    """An event only for those with its password, and a session under it (the restriction is inherited)."""
    event = EventPageFactory(parent=home_page, title="Closed ministerial meeting", slug="ministerial")
    SessionPageFactory(parent=event, title="Closed session", slug="closed-session")
    return event, protect(event)


@pytest.fixture
def private_collection(db):
    """A collection of documents behind a password, with one document."""
    collection = Collection.get_first_root_node().add_child(name="Delegates' documents")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    document = DocumentFactory(collection=collection, file=ContentFile(b"%PDF-1.4 delegates", name="list.pdf"))
    return restriction, f"/documents/{document.pk}/{document.filename}"


def guess(client, restriction, page, password, language="en", **extra):
    """POST a password to the page's password form, as a reader's browser does."""
    return client.post(
        f"/{language}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": password, "return_url": f"/{language}/ministerial/"},
        **extra,
    )


def guess_document(client, restriction, return_url, password, **extra):
    return client.post(
        f"/documents/authenticate_with_password/{restriction.pk}/",
        {"password": password, "return_url": return_url},
        **extra,
    )


def fail_five_times(client, restriction, page, language="en", **extra):
    return [guess(client, restriction, page, WRONG, language, **extra).status_code for _attempt in range(5)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_fifth_wrong_password_locks_the_page(client, private_event, language):
    event, restriction = private_event

    responses = [guess(client, restriction, event, WRONG, language) for _attempt in range(5)]

    assert [response.status_code for response in responses] == [200, 200, 200, 200, 429]
    # The form again (with Wagtail's "not correct" in the reader's language), then the lockout page.
    assert [b'name="password"' in response.content for response in responses] == [True] * 4 + [False]


def test_wrong_password_shows_the_form_and_its_error_until_the_lock(client, private_event):
    event, restriction = private_event

    responses = [guess(client, restriction, event, WRONG) for _attempt in range(5)]

    assert [WRONG_TEXT in response.content.decode() for response in responses] == [True] * 4 + [False]
    assert PAGE_LOCKOUT_TEXT in responses[-1].content.decode()


def test_locked_client_is_refused_with_the_right_password(client, private_event):
    event, restriction = private_event
    fail_five_times(client, restriction, event)

    response = guess(client, restriction, event, PASSWORD)

    assert (response.status_code, response["Retry-After"]) == (429, "900")
    assert f"<p>{PAGE_LOCKOUT_TEXT}</p>" in response.content.decode()
    assert "passed_page_view_restrictions" not in client.session
    page = client.get("/en/ministerial/")
    assert (page.status_code, b'name="password"' in page.content) == (200, True)


def test_lock_holds_under_every_language_prefix_and_page_id(client, home_page, private_event):
    """Wagtail takes any page id in the URL and checks the restriction alone: so does the count."""
    event, restriction = private_event
    fail_five_times(client, restriction, event, "en")

    statuses = [guess(client, restriction, event, PASSWORD, language).status_code for language in LANGUAGES]
    statuses += [
        guess(client, restriction, page, PASSWORD).status_code for page in (event.get_children()[0], home_page)
    ]

    assert statuses == [429] * 6


def test_a_wrong_guess_counts_whatever_the_page_id(client, home_page, private_event):
    event, restriction = private_event
    pages = [event, home_page, event.get_children()[0], home_page, event]

    statuses = [
        guess(client, restriction, page, WRONG, language).status_code
        for page, language in zip(pages, (*LANGUAGES, "en"), strict=True)
    ]

    assert statuses == [200, 200, 200, 200, 429]


def test_other_pages_and_other_addresses_are_unaffected(client, home_page, private_event):
    event, restriction = private_event
    other_page = EventPageFactory(parent=home_page, title="Donor briefing", slug="donors")
    other_restriction = protect(other_page, password="another-password")
    fail_five_times(client, restriction, event)

    assert guess(client, restriction, event, PASSWORD).status_code == 429
    assert guess(client, other_restriction, other_page, "another-password").status_code == 302
    from_elsewhere = guess(Client(), restriction, event, PASSWORD, REMOTE_ADDR=OTHER_ADDRESS)
    assert (from_elsewhere.status_code, from_elsewhere.url) == (302, "/en/ministerial/")


def test_right_password_before_the_limit_clears_the_count(client, private_event):
    event, restriction = private_event
    assert [guess(client, restriction, event, WRONG).status_code for _attempt in range(4)] == [200] * 4

    response = guess(client, restriction, event, PASSWORD)

    assert (response.status_code, response.url) == (302, "/en/ministerial/")
    assert client.get("/en/ministerial/").content.count(b"<h1>Closed ministerial meeting</h1>") == 1
    # A fresh count: four more wrong ones are answered, the fifth locks.
    assert fail_five_times(client, restriction, event) == [200, 200, 200, 200, 429]


def test_lock_ends_after_the_cool_off(client, monkeypatch, private_event):
    event, restriction = private_event
    fail_five_times(client, restriction, event)
    assert guess(client, restriction, event, PASSWORD).status_code == 429
    later = time.time() + 15 * 60 + 1
    monkeypatch.setattr(time, "time", lambda: later)  # the cache's clock too

    response = guess(client, restriction, event, PASSWORD)

    assert (response.status_code, response.url) == (302, "/en/ministerial/")


def test_limit_and_cool_off_come_from_the_settings(client, settings, private_event):
    settings.PAGE_PASSWORD_FAILURE_LIMIT = 2
    settings.PAGE_PASSWORD_COOLOFF_MINUTES = 1
    event, restriction = private_event

    statuses = [guess(client, restriction, event, WRONG).status_code for _attempt in range(2)]
    response = guess(client, restriction, event, PASSWORD)

    assert statuses == [200, 429]
    assert (response.status_code, response["Retry-After"]) == (429, "60")
    assert "<p>Too many wrong passwords for this page; try again in 1 minute.</p>" in response.content.decode()


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ru", "ltr"), ("tg", "ltr"), ("ar", "rtl")])
def test_lockout_page_is_in_the_language_of_the_url(client, private_event, language, direction):
    event, restriction = private_event
    fail_five_times(client, restriction, event, language)

    response = guess(client, restriction, event, PASSWORD, language)

    assert f'<html lang="{language}" dir="{direction}">' in response.content.decode()
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_document_password_is_throttled_the_same_way(client, private_collection):
    restriction, document_url = private_collection

    statuses = [guess_document(client, restriction, document_url, WRONG).status_code for _attempt in range(5)]
    locked = guess_document(client, restriction, document_url, PASSWORD)

    assert statuses == [200, 200, 200, 200, 429]
    assert (locked.status_code, locked["Retry-After"]) == (429, "900")
    assert f"<p>{DOCUMENTS_LOCKOUT_TEXT}</p>" in locked.content.decode()
    assert client.get(document_url).status_code == 200  # the password form again, not the file
    assert b"delegates" not in client.get(document_url).content
    elsewhere = Client(REMOTE_ADDR=OTHER_ADDRESS)
    response = guess_document(elsewhere, restriction, document_url, PASSWORD)
    assert (response.status_code, response.url) == (302, document_url)
    assert b"".join(elsewhere.get(document_url).streaming_content) == b"%PDF-1.4 delegates"


def test_client_address_is_the_one_every_limit_uses(client, settings, private_event):
    """Behind one trusted proxy, two readers are two addresses (cms/client_address.py)."""
    settings.TRUSTED_PROXIES = 1
    event, restriction = private_event
    behind_proxy = {"REMOTE_ADDR": "10.0.0.2"}
    fail_five_times(client, restriction, event, HTTP_X_FORWARDED_FOR="203.0.113.5", **behind_proxy)

    locked = guess(client, restriction, event, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5", **behind_proxy)
    other = guess(Client(), restriction, event, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.6", **behind_proxy)

    assert (locked.status_code, other.status_code) == (429, 302)


def _url_names(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _url_names(pattern.url_patterns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield pattern.name


def test_every_password_form_wagtail_serves_is_throttled():
    """A password view Wagtail (or anyone) adds to the URLs must be added to the throttle too."""
    served = {name for name in _url_names(get_resolver().url_patterns) if "authenticate_with_password" in name}

    assert (
        served
        == set(PASSWORD_VIEWS)
        == {
            "wagtailcore_authenticate_with_password",
            "wagtaildocs_authenticate_with_password",
        }
    )


@pytest.mark.skipif(not redis_reachable(), reason="needs Redis at 127.0.0.1:6379")
def test_count_is_kept_in_the_shared_cache(client, settings, private_event):
    """With production's Redis cache the count lives there, where every process reads it."""
    redis_url, prefix = f"redis://{REDIS_ADDRESS[0]}:{REDIS_ADDRESS[1]}/13", f"restriction-passwords-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": prefix,
        }
    }
    event, restriction = private_event
    try:
        statuses = [guess(Client(), restriction, event, WRONG).status_code for _attempt in range(5)]
        # Another process: a fresh connection to the same Redis, as it would have.
        from django.core.cache.backends.redis import RedisCache

        other_process = RedisCache(redis_url, {"KEY_PREFIX": prefix})
        key = f"signin.restriction-password:wagtailcore.pageviewrestriction:{restriction.pk}:127.0.0.1:locked-until"
        assert statuses == [200, 200, 200, 200, 429]
        assert other_process.get(key) > time.time()
        assert guess(client, restriction, event, PASSWORD).status_code == 429
    finally:
        forget_keys(redis_url, prefix)
