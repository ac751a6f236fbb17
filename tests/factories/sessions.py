import datetime
from zoneinfo import ZoneInfo

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from sessions.models import EventPage, Room, SessionPage, SessionSpeaker, Venue

DUSHANBE = ZoneInfo("Asia/Dushanbe")


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"High-Level Conference {n}")
    start_date = datetime.date(2019, 5, 16)
    end_date = datetime.date(2019, 5, 17)

    class Meta:
        model = EventPage


class SessionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thematic session {n}")
    start = datetime.datetime(2019, 5, 16, 10, 0, tzinfo=DUSHANBE)
    end = factory.LazyAttribute(lambda session: session.start + datetime.timedelta(hours=1, minutes=30))

    class Meta:
        model = SessionPage


class VenueFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kokhi Somon {n}")
    city = "Dushanbe"
    country = "Tajikistan"

    class Meta:
        model = Venue


class RoomFactory(DjangoModelFactory):
    venue = factory.SubFactory(VenueFactory)
    name = factory.Sequence(lambda n: f"Plenary hall {n}")

    class Meta:
        model = Room


class SessionSpeakerFactory(DjangoModelFactory):
    """`session` and `speaker` are required: both are pages, placed by the test."""

    class Meta:
        model = SessionSpeaker
