"""Conditional GET of the schedule exports: 304s without building, ETags that follow every change."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import (
    EventPageFactory,
    RoomFactory,
    SessionPageFactory,
    SessionSpeakerFactory,
    VenueFactory,
)
from translations.readiness import mark_ready

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    return client.get(url, HTTP_HOST="localhost", **headers)


@pytest.fixture
def programme(event_page, speaker_index_page):
    """A session in a room, a session in a venue with no rooms, one speaker."""
    venue = VenueFactory(name="National Museum")
    room = RoomFactory(name="Plenary Hall")
    in_room = SessionPageFactory(parent=event_page, title="Opening session", room=room)
    in_venue = SessionPageFactory(parent=event_page, title="Museum visit", venue=venue)
    speaker = SpeakerPageFactory(parent=speaker_index_page, title="Vladimir Voronkov")
    SessionSpeakerFactory(session=in_room, speaker=speaker, role="speaker")
    for page in (event_page, in_room, in_venue, speaker):
        page.save_revision().publish()  # factories make pages live without a publication date
    return {"event": event_page, "session": in_room, "room": room, "venue": venue, "speaker": speaker}


def urls(programme):
    event, session, speaker = programme["event"], programme["session"], programme["speaker"]
    return [
        f"/exports/en/events/{event.slug}.ics",
        f"/exports/en/events/{event.slug}/schedule.json",
        f"/exports/en/events/{event.slug}/schedule.xml",
        f"/exports/en/sessions/{session.pk}.ics",
        f"/exports/en/speakers/{speaker.pk}.ics",
    ]


@pytest.mark.parametrize("index", range(5))
def test_export_304_costs_two_queries_whatever_the_export(programme, client, django_assert_num_queries, index):
    url = urls(programme)[index]
    first = get(client, url)

    with django_assert_num_queries(2):
        by_etag = get(client, url, HTTP_IF_NONE_MATCH=first["ETag"])
    with django_assert_num_queries(2):
        by_date = get(client, url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert (first.status_code, by_etag.status_code, by_date.status_code) == (200, 304, 304)
    assert (by_etag.content, by_etag["ETag"]) == (b"", first["ETag"])


def test_event_export_304_costs_the_same_for_2_and_12_sessions(programme, client, django_assert_num_queries):
    url = urls(programme)[1]
    for number in range(10):
        SessionPageFactory(parent=programme["event"], title=f"Side event {number}")
    etag = get(client, url)["ETag"]

    with django_assert_num_queries(2):
        assert get(client, url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def republish(programme, _settings):
    programme["session"].title = "High-Level Opening Session"
    programme["session"].save_revision().publish()


def unpublish(programme, _settings):
    programme["session"].unpublish()


def move(programme, _settings):
    other = EventPageFactory(parent=programme["event"].get_parent(), title="Dushanbe Conference 2022")
    programme["session"].move(other, pos="last-child")


def rename_room(programme, _settings):
    programme["room"].name = "Reception Hall"
    programme["room"].save()


def rename_venue(programme, _settings):
    programme["venue"].name = "Navruz Palace"
    programme["venue"].save()


def unpublish_speaker(programme, _settings):
    programme["speaker"].unpublish()


def make_speaker_private(programme, _settings):
    PageViewRestriction.objects.create(page=programme["speaker"], restriction_type=PageViewRestriction.LOGIN)


def add_session(programme, _settings):
    SessionPageFactory(parent=programme["event"], title="Closing session")


def set_frontend(_programme, settings):
    settings.FRONTEND_BASE_URL = "https://dushanbeprocess.org"


@pytest.mark.parametrize(
    "change",
    [
        republish,
        unpublish,
        move,
        rename_room,
        rename_venue,
        unpublish_speaker,
        make_speaker_private,
        add_session,
        set_frontend,
    ],
)
def test_frab_etag_changes_with_what_the_schedule_shows(programme, client, settings, change):
    url = urls(programme)[1]
    first = get(client, url)

    change(programme, settings)
    again = get(client, url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 200
    assert (again["ETag"] == first["ETag"], again.content == first.content) == (False, False)


def test_event_ical_etag_changes_when_a_session_is_marked_ready(programme, client, settings):
    settings.TRANSLATIONS_SERVE_UNREADY = "unavailable"
    mark_ready(programme["event"], "ru")
    url = f"/exports/ru/events/{programme['event'].slug}.ics"
    first = get(client, url)

    mark_ready(programme["session"], "ru")
    again = get(client, url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 200
    assert (
        again["ETag"] == first["ETag"],
        b"Opening session" in first.content,
        b"Opening session" in again.content,
    ) == (
        False,
        False,
        True,
    )


def test_export_etag_differs_between_languages_and_exports(programme, client):
    event = programme["event"]
    etags = {
        get(client, f"/exports/{language}/events/{event.slug}{suffix}")["ETag"]
        for language in ("en", "ru")
        for suffix in (".ics", "/schedule.json", "/schedule.xml")
    }

    assert len(etags) == 6


def test_export_of_a_private_session_is_404_without_validators(programme, client):
    url = urls(programme)[3]
    PageViewRestriction.objects.create(page=programme["event"], restriction_type=PageViewRestriction.LOGIN)

    response = get(client, url, HTTP_IF_NONE_MATCH="*")

    assert (response.status_code, response.content) == (404, b"No public session with this id.")
    assert (response.has_header("ETag"), response.has_header("Last-Modified")) == (False, False)


@pytest.mark.parametrize(("index", "queries"), [(3, 11), (4, 13)])
def test_session_and_speaker_ical_200_query_count(programme, client, django_assert_num_queries, index, queries):
    """2 for the validators, the rest to build; a speaker in 6 sessions costs as much as in 1."""
    url = urls(programme)[index]
    get(client, url)  # warms Wagtail's cached site root paths
    with django_assert_num_queries(queries):
        assert get(client, url).status_code == 200
    for number in range(5):
        session = SessionPageFactory(parent=programme["event"], title=f"Side event {number}")
        SessionSpeakerFactory(session=session, speaker=programme["speaker"], role="speaker")

    with django_assert_num_queries(queries):
        assert get(client, url).status_code == 200
