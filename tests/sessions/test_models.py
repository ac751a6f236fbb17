"""Validation rules of the content model that editors run into in the admin."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sessions.models import SessionSpeaker
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import RoomFactory, SessionPageFactory, SessionSpeakerFactory, VenueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def opening_session(event_page):
    return SessionPageFactory(parent=event_page, title="Opening session")


@pytest.mark.parametrize("length", [datetime.timedelta(0), datetime.timedelta(hours=-1)], ids=["equal", "before"])
def test_session_clean_rejects_end_not_after_start(opening_session, length):
    opening_session.end = opening_session.start + length

    with pytest.raises(ValidationError) as excinfo:
        opening_session.clean()

    assert excinfo.value.message_dict == {"end": ["A session must end after it starts."]}


def test_session_clean_accepts_end_after_start(opening_session):
    opening_session.end = opening_session.start + datetime.timedelta(minutes=1)

    assert opening_session.clean() is None


def test_session_clean_rejects_room_of_another_venue(opening_session):
    opening_session.venue = VenueFactory(name="Kokhi Somon")
    opening_session.room = RoomFactory(venue=VenueFactory(name="National Museum"))

    with pytest.raises(ValidationError) as excinfo:
        opening_session.clean()

    assert excinfo.value.message_dict == {"room": ["This room is not in the session's venue."]}


def test_event_clean_rejects_end_date_before_start_date(event_page):
    event_page.start_date = datetime.date(2019, 5, 16)
    event_page.end_date = datetime.date(2019, 5, 15)

    with pytest.raises(ValidationError) as excinfo:
        event_page.clean()

    assert excinfo.value.message_dict == {"end_date": ["The event cannot end before it starts."]}


def test_event_clean_accepts_one_day_event(event_page):
    event_page.start_date = event_page.end_date = datetime.date(2019, 5, 16)

    assert event_page.clean() is None


def test_event_full_clean_rejects_unknown_time_zone(event_page):
    event_page.time_zone = "Asia/Atlantis"

    with pytest.raises(ValidationError) as excinfo:
        event_page.full_clean()

    assert excinfo.value.message_dict == {
        "time_zone": ["“Asia/Atlantis” is not an IANA time zone such as Asia/Dushanbe."]
    }


def test_interpretation_languages_full_clean_rejects_unknown_code(opening_session):
    opening_session.interpretation_languages = ["ru", "xx"]

    with pytest.raises(ValidationError) as excinfo:
        opening_session.full_clean()

    assert excinfo.value.message_dict == {"interpretation_languages": ["Unknown language code(s): xx."]}


def test_interpretation_languages_full_clean_accepts_languages_beyond_the_site(opening_session):
    # Interpretation may be into a language the site is not translated into.
    opening_session.interpretation_languages = ["ru", "tg", "zh-hans"]

    assert opening_session.full_clean() is None


def test_session_speaker_unique_per_session(opening_session, speaker_index_page):
    voronkov = SpeakerPageFactory(parent=speaker_index_page, title="Vladimir Voronkov")
    SessionSpeakerFactory(session=opening_session, speaker=voronkov, role="keynote")

    with pytest.raises(IntegrityError), transaction.atomic():
        SessionSpeakerFactory(session=opening_session, speaker=voronkov, role="chair")

    assert SessionSpeaker.objects.filter(session=opening_session, speaker=voronkov).count() == 1


def test_session_speaker_same_speaker_in_several_sessions(event_page, opening_session, speaker_index_page):
    voronkov = SpeakerPageFactory(parent=speaker_index_page, title="Vladimir Voronkov")
    closing_session = SessionPageFactory(parent=event_page, title="Closing session")

    SessionSpeakerFactory(session=opening_session, speaker=voronkov)
    SessionSpeakerFactory(session=closing_session, speaker=voronkov)

    assert SessionSpeaker.objects.filter(speaker=voronkov).count() == 2
