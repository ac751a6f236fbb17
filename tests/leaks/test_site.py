"""The leak matrix outside GraphQL: feeds, the sitemap, the exports, the pages Wagtail serves, files.

Each way in is asked in every language (its path prefix, or Accept-Language where the
URL has none) and read as raw bytes, like tests/leaks/test_graphql.py.
"""

from contextlib import contextmanager

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections
from django.test import override_settings

from media.models import CustomRendition

from .content import slug, title
from .matrix import KINDS, LANGUAGES, PAGE_KINDS, Kind, assert_no_leak, cells

pytestmark = pytest.mark.django_db

FEEDS = ("news.rss", "news.atom", "press-releases.rss", "press-releases.atom")


def get(client, url, **headers):
    return client.get(url, HTTP_HOST="localhost", **headers)


def body_of(client, url, **headers):
    response = get(client, url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    return response.content


@pytest.mark.parametrize(("kind", "language"), cells())
def test_feeds(leak_site, answers, kind, language):
    body = answers(
        ("feeds", language), lambda client: b"".join(body_of(client, f"/feeds/{language}/{feed}") for feed in FEEDS)
    )
    assert_no_leak(body, kind, language, kind.control if kind.page_type in ("news", "release") else "CONTROLNEWS")
    assert title("CONTROLRELEASE", language).encode() in body


@pytest.mark.parametrize(("kind", "language"), cells())
def test_sitemap(leak_site, answers, kind, language):
    """Every page is ready in every language: a leak page that slipped through would be listed in each."""
    body = answers("sitemap", lambda client: body_of(client, "/sitemap.xml"))
    control = kind.control if kind.is_page else "CONTROLNEWS"
    assert leak_site.path(control, language).encode() in body
    assert_no_leak(body, kind, language)


def event_exports(language):
    return (
        f"/exports/{language}/events/controlevent-en.ics",
        f"/exports/{language}/events/controlevent-en/schedule.xml",
        f"/exports/{language}/events/controlevent-en/schedule.json",
    )


@pytest.mark.parametrize(("kind", "language"), cells())
def test_exports_of_the_public_event_and_speaker(leak_site, answers, kind, language):
    """The event's calendar and Frab schedules, and the public speaker's calendar."""
    speaker = leak_site.pages["CONTROLSPEAKER"].pk

    def fetch(client):
        urls = (*event_exports(language), f"/exports/{language}/speakers/{speaker}.ics")
        return b"".join(body_of(client, url) for url in urls)

    body = answers(("exports", language), fetch)
    assert_no_leak(body, kind, language, "CONTROLSESSION")
    assert title("CONTROLSPEAKER", language).encode() in body


def own_exports(leak_site, marker, language):
    """The export URLs of the page behind `marker`: (URLs, the 404's body)."""
    page = leak_site.pages[marker]
    if page.specific_class.__name__ == "SessionPage":
        return [f"/exports/{language}/sessions/{page.pk}.ics"], b"No public session with this id."
    if page.specific_class.__name__ == "SpeakerPage":
        return [f"/exports/{language}/speakers/{page.pk}.ics"], b"No public speaker with this id."
    return [url.replace("controlevent-en", page.slug_en) for url in event_exports(language)], (
        b"No public event with this slug."
    )


@pytest.mark.parametrize(
    ("kind", "language"), cells([kind for kind in PAGE_KINDS if kind.page_type in ("session", "speaker", "event")])
)
def test_own_exports_of_a_non_public_page(leak_site, answers, client, kind, language):
    """A non-public session's, speaker's or event's own export is a 404; its control's is the control."""
    urls, message = own_exports(leak_site, kind.page, language)
    for url in urls:
        response = get(client, url)
        assert (response.status_code, response.content) == (404, message)
    for url in own_exports(leak_site, kind.control, language)[0]:
        assert title(kind.control, language).encode() in answers(url, lambda client, url=url: body_of(client, url))


# What Wagtail's own page serving answers a reader without the password or a login.
SERVED = {
    "private-password": 200,  # the password form, without the page
    "private-password-child": 200,
    "private-login": 302,  # to the sign-in page
    "private-login-child": 302,
    "draft-changes": 200,  # the live version
}


@pytest.mark.parametrize(("kind", "language"), cells(PAGE_KINDS))
def test_page_served_by_wagtail(leak_site, answers, client, kind, language):
    """/<language>/<path>/ of the kind's page: 404, the password form, or the sign-in redirect."""
    path = leak_site.path(kind.page, language)
    response = get(client, path)
    assert response.status_code == SERVED.get(kind.id, 404)
    if response.status_code == 302:
        assert response["Location"] == f"/{language}/_util/login/?next={path}"
    elif kind.id.startswith("private-password"):
        assert b'name="password"' in response.content
    # The form sends the reader back to the path they asked for: theirs, not the page's content.
    assert_no_leak(response.content.replace(path.encode(), b""), kind, language)
    control_path = leak_site.path(kind.control, language)
    control = answers(control_path, lambda client: body_of(client, control_path))
    assert f"<h1>{title(kind.control, language)}</h1>".encode() in control


LISTING_PAGES = ("CONTROLHOME", "CONTROLEVENT", "CONTROLSPEAKERS", "CONTROLNEWSINDEX", "CONTROLSPEAKER", "CONTROLNEWS")


@pytest.mark.parametrize(("kind", "language"), cells())
def test_public_pages_served_by_wagtail(leak_site, answers, kind, language):
    """The public pages (and the children they list) show no marker."""
    body = answers(
        ("served", language),
        lambda client: b"".join(body_of(client, leak_site.path(marker, language)) for marker in LISTING_PAGES),
    )
    for marker in LISTING_PAGES:
        assert f"<h1>{title(marker, language)}</h1>".encode() in body
    assert_no_leak(body, kind, language)


@contextmanager
def disconnected(signal, receiver):
    signal.disconnect(receiver)
    try:
        yield
    finally:
        signal.connect(receiver)


PRIVATE_DOCUMENT = next(kind for kind in KINDS if kind.id == "private-document")


def document_url(document):
    return f"/documents/{document.pk}/{document.filename}"


@pytest.mark.parametrize("serve_method", ["serve_view", "redirect"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_document_url(leak_site, client, language, serve_method):
    """A private document's URL sends an anonymous reader to sign in; the public one serves the file.

    "redirect" is production's method (cms/settings/production.py): the private document
    must not be redirected to its storage URL.
    """
    private, public = leak_site.documents["LEAKPRIVATEDOC"], leak_site.documents["CONTROLDOC"]
    with override_settings(WAGTAILDOCS_SERVE_METHOD=serve_method):
        response = get(client, document_url(private), HTTP_ACCEPT_LANGUAGE=language)
        sign_in = f"/{language}/_util/login/?next={document_url(private)}"
        assert (response.status_code, response["Location"]) == (302, sign_in)
        assert_no_leak(response.content, PRIVATE_DOCUMENT, language)
        served = get(client, document_url(public), HTTP_ACCEPT_LANGUAGE=language)
    if serve_method == "redirect":
        assert (served.status_code, served["Location"]) == (302, public.file.url)
    else:
        content = b"".join(served.streaming_content)
        # response.close() without request_finished, whose handler would close the database
        # connection (and with it, on PostgreSQL, the module's transaction).
        with disconnected(request_finished, close_old_connections):
            served.close()
        assert (served.status_code, content) == (200, b"%PDF-1.4 CONTROLDOC")


@pytest.mark.parametrize("language", LANGUAGES)
def test_private_document_is_served_to_a_signed_in_reader_never_redirected(leak_site, client, language):
    """Production redirects documents to their storage URL (unsigned, permanent): never a private one."""
    from tests.factories.translations import UserFactory

    private, public = leak_site.documents["LEAKPRIVATEDOC"], leak_site.documents["CONTROLDOC"]
    client.force_login(UserFactory())
    with override_settings(WAGTAILDOCS_SERVE_METHOD="redirect"):
        response = get(client, document_url(private), HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        assert response.has_header("Location") is False
        assert response["Cache-Control"] == "private"
        assert response.content == b"%PDF-1.4 LEAKPRIVATEDOC"
        served = get(client, document_url(public), HTTP_ACCEPT_LANGUAGE=language)
    assert (served.status_code, served["Location"]) == (302, public.file.url)


RENDITIONS = """query ($language: Language) {
  speakers(language: $language) {
    items { ... on SpeakerPage { biography photo { srcSet rendition(width: 640) { url } } } }
  }
  news(language: $language) { items { ... on NewsPage { image { srcSet rendition(width: 320) { url } } } } }
  event(slug: "controlevent-en", language: $language) { ... on EventPage { heroImage { srcSet } } }
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_renditions(leak_site, client, language):
    """Asking for every image of the public pages makes renditions of the public image only."""
    import json

    response = client.post(
        "/graphql/",
        data=json.dumps({"query": RENDITIONS, "variables": {"language": language.upper()}}),
        content_type="application/json",
        HTTP_HOST="localhost",
    )
    assert response.status_code == 200
    assert_no_leak(response.content, Kind("private-image", ("LEAKPRIVATEIMAGE",), "", "image"), language)
    made = sorted(CustomRendition.objects.values_list("image__title", "filter_spec"))
    assert made == [
        ("CONTROLIMAGE", "width-320|format-webp"),
        ("CONTROLIMAGE", "width-640|format-webp"),
        ("CONTROLIMAGE", "width-960|format-webp"),
    ]


def test_slugs_are_markers_too(leak_site):
    """The matrix looks for slugs as well as titles: a leak page's slug carries its marker."""
    assert leak_site.pages["LEAKDRAFTNEWS"].slug_ru == slug("LEAKDRAFTNEWS", "ru") == "leakdraftnews-ru"
