"""Schedule exports with TRANSLATIONS_SERVE_UNREADY = "unavailable": unready language versions are left out."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import SessionPageFactory, SessionSpeakerFactory
from translations.readiness import mark_not_ready, mark_ready

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")


def get(client, url):
    return client.get(url, HTTP_HOST="localhost")


def summaries(response):
    assert response.status_code == 200
    return [str(event["SUMMARY"]) for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")]


def frab_titles(response):
    assert response.status_code == 200
    days = response.json()["schedule"]["conference"]["days"]
    return [entry["title"] for day in days for entries in day["rooms"].values() for entry in entries]


@pytest.fixture
def unavailable(settings):
    settings.TRANSLATIONS_SERVE_UNREADY = "unavailable"


@pytest.fixture
def programme(event_page, speaker_index_page):
    """An event ready in Russian with one session ready in Russian and one not, both with the same speaker."""
    ready = SessionPageFactory(parent=event_page, title="Opening session")
    unready = SessionPageFactory(
        parent=event_page, title="Closing session", start=datetime.datetime(2019, 5, 16, 16, 0, tzinfo=DUSHANBE)
    )
    speaker = SpeakerPageFactory(parent=speaker_index_page, title="Vladimir Voronkov")
    for session in (ready, unready):
        SessionSpeakerFactory(session=session, speaker=speaker, role="speaker")
    mark_ready(event_page, "ru")
    mark_ready(ready, "ru")
    mark_ready(speaker, "ru")
    return event_page, ready, unready, speaker


def test_event_exports_leave_out_sessions_not_ready_when_unavailable(unavailable, programme, client):
    event, _ready, _unready, _speaker = programme

    assert summaries(get(client, f"/exports/ru/events/{event.slug}.ics")) == ["Opening session"]
    assert frab_titles(get(client, f"/exports/ru/events/{event.slug}/schedule.json")) == ["Opening session"]
    xml = get(client, f"/exports/ru/events/{event.slug}/schedule.xml").content.decode()
    assert ("<title>Opening session</title>" in xml, "Closing session" in xml) == (True, False)
    # English, the default language, is always ready.
    assert summaries(get(client, f"/exports/en/events/{event.slug}.ics")) == ["Opening session", "Closing session"]


def test_speaker_ical_leaves_out_sessions_not_ready_when_unavailable(unavailable, programme, client):
    _event, _ready, _unready, speaker = programme

    assert summaries(get(client, f"/exports/ru/speakers/{speaker.pk}.ics")) == ["Opening session"]
    assert summaries(get(client, f"/exports/en/speakers/{speaker.pk}.ics")) == ["Opening session", "Closing session"]


@pytest.mark.parametrize("suffix", [".ics", "/schedule.json", "/schedule.xml"])
def test_event_export_not_ready_is_404_when_unavailable(unavailable, programme, client, suffix):
    event, *_rest = programme
    mark_not_ready(event, "ru")

    response = get(client, f"/exports/ru/events/{event.slug}{suffix}")

    assert (response.status_code, response.content.decode()) == (404, "This event is not available in language ru.")
    assert response.has_header("ETag") is False
    assert get(client, f"/exports/en/events/{event.slug}{suffix}").status_code == 200


def test_session_ical_not_ready_is_404_when_unavailable(unavailable, programme, client):
    _event, ready, unready, _speaker = programme

    response = get(client, f"/exports/ru/sessions/{unready.pk}.ics")

    assert (response.status_code, response.content.decode()) == (404, "This session is not available in language ru.")
    assert summaries(get(client, f"/exports/ru/sessions/{ready.pk}.ics")) == ["Opening session"]
    assert summaries(get(client, f"/exports/en/sessions/{unready.pk}.ics")) == ["Closing session"]


def test_speaker_ical_not_ready_is_404_when_unavailable(unavailable, programme, client):
    *_rest, speaker = programme
    mark_not_ready(speaker, "ru")

    response = get(client, f"/exports/ru/speakers/{speaker.pk}.ics")

    assert (response.status_code, response.content.decode()) == (404, "This speaker is not available in language ru.")


def test_exports_serve_unready_versions_with_fallback(settings, programme, client):
    settings.TRANSLATIONS_SERVE_UNREADY = "fallback"
    event, _ready, unready, speaker = programme
    mark_not_ready(event, "ru")
    mark_not_ready(speaker, "ru")
    both = ["Opening session", "Closing session"]

    assert summaries(get(client, f"/exports/ru/events/{event.slug}.ics")) == both
    assert frab_titles(get(client, f"/exports/ru/events/{event.slug}/schedule.json")) == both
    assert summaries(get(client, f"/exports/ru/speakers/{speaker.pk}.ics")) == both
    assert summaries(get(client, f"/exports/ru/sessions/{unready.pk}.ics")) == ["Closing session"]
