"""Draft preview: only a valid preview token reads a draft, and only that one page."""

import datetime
import html
import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.core.signing import TimestampSigner, b62_encode
from django.test import RequestFactory
from django.utils import timezone, translation
from graphql import GraphQLArgument, GraphQLObjectType
from wagtail_headless_preview.models import PagePreview

from cms.api.schema import schema
from sessions.models import EventPage
from tests.factories.home import ContactPageFactory
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory, SessionSpeakerFactory
from tests.graphql import graphql_data, post_graphql

PREVIEW = """query ($token: String!) { preview(token: $token) { title url pageType } }"""
INVALID = {
    "message": "Preview token is invalid or has expired.",
    "locations": [{"line": 1, "column": 27}],
    "path": ["preview"],
    "extensions": {"code": "PREVIEW_TOKEN_INVALID"},
}


def preview_of_draft(page, **changes):
    """Save `changes` as a draft revision of `page` (not published) and preview it as an editor would."""
    for name, value in changes.items():
        setattr(page, name, value)
    revision = page.save_revision()
    return revision.as_object().create_page_preview()


def expire_row(page_preview):
    """Date the row (created_at is a date) before the last day still within the TTL."""
    ttl = datetime.timedelta(seconds=settings.CMS_PREVIEW_TOKEN_TTL)
    page_preview.created_at = (timezone.localtime() - ttl).date() - datetime.timedelta(days=1)
    page_preview.save()


@pytest.mark.django_db
def test_preview_returns_the_draft_and_other_root_fields_the_live_page(client, event_page):
    page_preview = preview_of_draft(event_page, title="Dushanbe Conference 2019 (draft)")
    data = graphql_data(
        client,
        """query ($token: String!, $slug: String!) {
          preview(token: $token) { title url pageType }
          event(slug: $slug) { title }
          page(path: "/en/dushanbe-conference-2019/") { title }
          events { title }
        }""",
        {"token": page_preview.token, "slug": event_page.slug},
    )
    assert data == {
        "preview": {
            "title": "Dushanbe Conference 2019 (draft)",
            "url": f"/en/{event_page.slug}/",
            "pageType": "EventPage",
        },
        "event": {"title": "Dushanbe Conference 2019"},
        "page": {"title": "Dushanbe Conference 2019"},
        "events": [{"title": "Dushanbe Conference 2019"}],
    }


@pytest.mark.django_db
def test_preview_token_reads_its_own_page_only(client, home_page, event_page):
    other_event = EventPageFactory(parent=home_page, title="Dushanbe Conference 2022")
    event_preview = preview_of_draft(event_page, title="Draft of 2019")
    other_preview = preview_of_draft(other_event, title="Draft of 2022")
    data = graphql_data(
        client,
        """query ($a: String!, $b: String!) { a: preview(token: $a) { title } b: preview(token: $b) { title } }""",
        {"a": event_preview.token, "b": other_preview.token},
    )
    assert data == {"a": {"title": "Draft of 2019"}, "b": {"title": "Draft of 2022"}}

    # A token naming the other page but carrying this page's signature is not a token.
    _identifier, timestamp, signature = event_preview.token.split(":")
    forged = f"id={other_event.pk}:{timestamp}:{signature}"
    PagePreview.objects.create(
        token=forged, content_type=other_preview.content_type, content_json=other_preview.content_json
    )
    status, body = post_graphql(client, PREVIEW, {"token": forged})
    assert (status, body) == (200, {"errors": [INVALID], "data": {"preview": None}})


@pytest.mark.django_db
def test_preview_with_an_unknown_token_is_refused(client, event_page):
    preview_of_draft(event_page, title="Draft")
    status, body = post_graphql(client, PREVIEW, {"token": "id=1:1vZ0bX:not-a-token"})
    assert (status, body) == (200, {"errors": [INVALID], "data": {"preview": None}})


@pytest.mark.django_db
def test_preview_with_an_expired_row_is_refused_and_deleted(client, event_page):
    page_preview = preview_of_draft(event_page, title="Draft")
    expire_row(page_preview)
    status, body = post_graphql(client, PREVIEW, {"token": page_preview.token})
    assert (status, body) == (200, {"errors": [INVALID], "data": {"preview": None}})
    assert PagePreview.objects.filter(token=page_preview.token).exists() is False


@pytest.mark.django_db
def test_preview_with_an_expired_token_timestamp_is_refused(client, event_page, monkeypatch):
    # created_at only knows the day: the token's signed timestamp gives the age in seconds.
    issued_at = int(time.time()) - settings.CMS_PREVIEW_TOKEN_TTL - 1
    monkeypatch.setattr(TimestampSigner, "timestamp", lambda signer: b62_encode(issued_at))
    page_preview = preview_of_draft(event_page, title="Draft")
    monkeypatch.undo()
    status, body = post_graphql(client, PREVIEW, {"token": page_preview.token})
    assert (status, body) == (200, {"errors": [INVALID], "data": {"preview": None}})
    assert PagePreview.objects.filter(token=page_preview.token).exists() is False


@pytest.mark.django_db
def test_preview_in_russian_returns_the_russian_draft(client, event_page):
    event_page.title_ru = "Душанбинская конференция 2019"
    event_page.save_revision().publish()
    with translation.override("ru"):  # an editor whose admin is in Russian
        page_preview = preview_of_draft(event_page, title_ru="Душанбинская конференция 2019 (черновик)")
    data = graphql_data(
        client,
        """query ($token: String!) {
          ru: preview(token: $token, language: RU) { title language url }
          en: preview(token: $token) { title language }
        }""",
        {"token": page_preview.token},
    )
    assert data == {
        "ru": {"title": "Душанбинская конференция 2019 (черновик)", "language": "RU", "url": f"/ru/{event_page.slug}/"},
        "en": {"title": "Dushanbe Conference 2019", "language": "EN"},
    }
    live = graphql_data(client, '{ page(path: "/ru/dushanbe-conference-2019/") { title } }')
    assert live == {"page": {"title": "Душанбинская конференция 2019"}}


@pytest.mark.django_db
def test_a_never_published_page_is_previewable_but_not_readable_by_path(client, home_page):
    # As Wagtail's "preview" on the create view does: an unsaved page placed under its parent.
    new_event = EventPage(
        title="Dushanbe Conference 2024",
        slug="2024",
        start_date=datetime.date(2024, 6, 10),
        end_date=datetime.date(2024, 6, 11),
        live=False,
    )
    new_event.depth = home_page.depth + 1
    new_event.path = new_event._get_path(home_page.path, new_event.depth, 1)
    new_event.set_url_path(home_page)
    page_preview = new_event.create_page_preview()
    data = graphql_data(
        client,
        """query ($token: String!) {
          preview(token: $token) { id title url }
          page(path: "/en/2024/") { title }
          event(slug: "2024") { title }
        }""",
        {"token": page_preview.token},
    )
    assert data == {
        "preview": {"id": None, "title": "Dushanbe Conference 2024", "url": "/en/2024/"},
        "page": None,
        "event": None,
    }


@pytest.mark.django_db
def test_a_saved_draft_that_was_never_published_is_previewable_but_not_readable(client, home_page):
    draft_event = EventPageFactory(parent=home_page, title="Dushanbe Conference 2025", slug="2025", live=False)
    page_preview = preview_of_draft(draft_event, title="Dushanbe Conference 2025 (draft)")
    data = graphql_data(
        client,
        """query ($token: String!) {
          preview(token: $token) { title }
          page(path: "/en/2025/") { title }
          event(slug: "2025") { title }
          events { title }
        }""",
        {"token": page_preview.token},
    )
    assert data == {"preview": {"title": "Dushanbe Conference 2025 (draft)"}, "page": None, "event": None, "events": []}


@pytest.mark.django_db
def test_pages_inside_a_preview_are_hidden_unless_public(client, event_page, speaker_index_page):
    public_speaker = SpeakerPageFactory(parent=speaker_index_page, title="Vladimir Voronkov")
    unpublished_speaker = SpeakerPageFactory(parent=speaker_index_page, title="Draft speaker", live=False)
    session = SessionPageFactory(parent=event_page, title="Opening session")
    SessionSpeakerFactory(session=session, speaker=public_speaker, role="chair", sort_order=0)
    SessionSpeakerFactory(session=session, speaker=unpublished_speaker, role="keynote", sort_order=1)
    session.refresh_from_db()
    page_preview = preview_of_draft(session, title="Opening session (draft)")
    data = graphql_data(
        client,
        """query ($token: String!) {
          preview(token: $token) { title ... on SessionPage { speakers { role speaker { title } } } }
        }""",
        {"token": page_preview.token},
    )
    assert data == {
        "preview": {
            "title": "Opening session (draft)",
            "speakers": [
                {"role": "chair", "speaker": {"title": "Vladimir Voronkov"}},
                {"role": "keynote", "speaker": None},
            ],
        }
    }


@pytest.mark.django_db
def test_contact_page_draft_is_previewable(client, home_page):
    contact = ContactPageFactory(parent=home_page, title="Contact", intro="<p>Write to us.</p>")
    page_preview = preview_of_draft(contact, intro="<p>Write to the secretariat.</p>")
    data = graphql_data(
        client,
        """query ($token: String!) { preview(token: $token) { pageType ... on ContactPage { intro } } }""",
        {"token": page_preview.token},
    )
    assert data == {"preview": {"pageType": "ContactPage", "intro": "<p>Write to the secretariat.</p>"}}


@pytest.mark.django_db
def test_preview_url_sends_the_editor_to_the_frontend_in_the_admin_language(event_page):
    page_preview = event_page.create_page_preview()
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost")
    with translation.override("ru"):
        url = event_page.get_preview_url(request, page_preview.token)
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "http://127.0.0.1:3000/preview/"
    assert parse_qs(parts.query) == {
        "content_type": ["programme.eventpage"],
        "token": [page_preview.token],
        "language": ["ru"],
    }


def test_schema_has_no_token_argument_but_on_preview():
    token_arguments = sorted(
        f"{type_.name}.{field_name}"
        for type_ in schema.graphql_schema.type_map.values()
        if isinstance(type_, GraphQLObjectType) and not type_.name.startswith("__")
        for field_name, field in type_.fields.items()
        for argument_name, argument in field.args.items()
        if argument_name == "token" and isinstance(argument, GraphQLArgument)
    )
    assert token_arguments == ["Query.preview"]


def test_preview_modes_offer_every_frontend_client_in_every_language(event_page):
    assert event_page.preview_modes == [
        ("web:en", "Web site – English"),
        ("web:ru", "Web site – Russian"),
        ("web:tg", "Web site – Tajik"),
        ("web:ar", "Web site – Arabic"),
        ("mobile:en", "Mobile app – English"),
        ("mobile:ru", "Mobile app – Russian"),
        ("mobile:tg", "Mobile app – Tajik"),
        ("mobile:ar", "Mobile app – Arabic"),
    ]
    assert event_page.default_preview_mode == "web:en"


@pytest.mark.parametrize(
    ("mode", "client_url", "language"),
    [("mobile:ar", "http://127.0.0.1:19006/preview/", "ar"), ("web:ru", "http://127.0.0.1:3000/preview/", "ru")],
)
def test_preview_mode_sends_the_editor_to_that_client_in_that_language(event_page, mode, client_url, language):
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost")
    response = event_page.serve_preview(request, mode)
    # wagtail-headless-preview answers with an iframe on the frontend's preview URL.
    [preview_url] = re.findall(r'<iframe src="([^"]+)"', response.content.decode())
    parts = urlsplit(html.unescape(preview_url))
    query = parse_qs(parts.query)
    assert (f"{parts.scheme}://{parts.netloc}{parts.path}", query["language"]) == (client_url, [language])
    [token] = query["token"]
    # The token reads this draft back over GraphQL.
    assert PagePreview.objects.get(token=token).as_page().pk == event_page.pk
