"""The benchmark's content: a three-day event with its sessions, speakers and news, in four languages.

At scale 1: one event over 3 days with 60 sessions of 3 to 5 speakers each, 300
speakers with photos, 500 news articles, every translated field filled in English,
Russian, Tajik and Arabic. Scale 10 multiplies every count, the event's sessions
included. `build_content()` writes it into an empty site; `bench/generate.py` decides
when to (re)build.
"""

import datetime
import math
import zoneinfo
from dataclasses import dataclass

from django.db import transaction
from django.utils import translation
from wagtail.rich_text import RichText

from cms.demo.pages import ensure_home, upsert_child
from home.models import Organisation
from news.models import NewsIndexPage, NewsPage
from people.models import SpeakerIndexPage, SpeakerPage
from sessions.models import EventPage, Room, SessionPage, SessionSpeaker, Venue

from . import bulk

EVENT_SLUG = "bench"
DAYS = 3
ROOMS = 6
TIME_ZONE = "Asia/Dushanbe"
FIRST_DAY = datetime.date(2022, 10, 18)

# One phrase per language, numbered: every translated column holds real text of a realistic length.
WORDS = {
    "en": ("Border security and management in countering terrorism", "Secretary-General", "Tajikistan"),
    "ru": ("Безопасность и управление границами в борьбе с терроризмом", "Генеральный секретарь", "Таджикистан"),
    "tg": ("Амният ва идоракунии сарҳад дар муқовимат ба терроризм", "Котиби генералӣ", "Тоҷикистон"),
    "ar": ("أمن الحدود وإدارتها في مكافحة الإرهاب", "الأمين العام", "طاجيكستان"),
}
LANGUAGES = tuple(WORDS)


@dataclass(frozen=True)
class Counts:
    """How many of each thing a scale makes."""

    sessions: int
    speakers: int
    news: int
    organisations: int

    @classmethod
    def for_scale(cls, scale):
        """The counts at `scale` (1 = the issue's realistic size); never below one of each."""
        return cls(
            sessions=max(1, round(60 * scale)),
            speakers=max(5, round(300 * scale)),
            news=max(1, round(500 * scale)),
            organisations=max(1, round(30 * scale)),
        )


def speakers_per_session(index):
    """3, 4, 5, 3, 4, 5...: the issue's "3–5 speakers" per session."""
    return 3 + index % 3


def texts(pattern, number):
    """{language: text} from a pattern using `{phrase}`, `{position}`, `{country}` and `{n}`."""
    return {
        code: pattern.format(phrase=phrase, position=position, country=country, n=number)
        for code, (phrase, position, country) in WORDS.items()
    }


def _set(instance, field, values):
    for code, value in values.items():
        setattr(instance, f"{field}_{code}", value)


def _titled(page, titles, slug):
    _set(page, "title", titles)
    # Each language has its own slug, as an editor's translated slug would be.
    _set(page, "slug", {code: f"{slug}-{code}" if code != "en" else slug for code in LANGUAGES})
    return page


def _rich(values):
    return {code: RichText(f"<p>{value}</p>") for code, value in values.items()}


def _paragraphs(values):
    return {code: [("paragraph", RichText(f"<p>{value}</p>"))] for code, value in values.items()}


def _index(home, model, slug, title):
    def populate(page):
        pass

    return upsert_child(home, model, slug, {code: f"{title} ({code})" for code in LANGUAGES}, populate)


def _event(home, venue):
    def populate(event):
        event.start_date = FIRST_DAY
        event.end_date = FIRST_DAY + datetime.timedelta(days=DAYS - 1)
        event.time_zone = TIME_ZONE
        event.venue = venue
        _set(event, "subtitle", texts("{phrase}", 0))
        _set(event, "city", texts("Dushanbe ({country})", 0))
        _set(event, "country", texts("{country}", 0))
        _set(event, "summary", texts("{phrase}. " * 8, 0))
        # One slug in every language, as the real events have (/ru/2022/): clients name it so.
        _set(event, "slug", {code: EVENT_SLUG for code in LANGUAGES})

    return upsert_child(home, EventPage, EVENT_SLUG, texts("Benchmark conference: {phrase}", 0), populate)


def _organisations(count):
    organisations = []
    for number in range(count):
        organisation = Organisation(website=f"https://organisation-{number}.example.org")
        _set(organisation, "name", texts("Office of {position} {n}", number))
        _set(organisation, "acronym", {code: f"ORG{number}" for code in LANGUAGES})
        organisations.append(organisation)
    return Organisation.objects.bulk_create(organisations)


def _speakers(index_page, count, organisations, prefix):
    photos = bulk.add_images(
        [f"{prefix}-speaker-{number}" for number in range(count)],
        lambda number: {f"alt_text_{code}": text for code, text in texts("Portrait {n}: {position}", number).items()},
    )
    speakers = []
    for number in range(count):
        speaker = _titled(SpeakerPage(), texts("Speaker {n}", number), f"speaker-{number}")
        _set(speaker, "honorific", {code: "H.E." for code in LANGUAGES})
        _set(speaker, "position", texts("{position}, {phrase}", number))
        _set(speaker, "country", texts("{country}", number))
        _set(speaker, "biography", _rich(texts("{phrase}. " * 6, number)))
        speaker.organisation = organisations[number % len(organisations)]
        speaker.photo = photos[number]
        speakers.append(speaker)
    return bulk.add_children(index_page, speakers)


def _sessions(event, count, rooms, speakers):
    zone = zoneinfo.ZoneInfo(TIME_ZONE)
    per_day = math.ceil(count / DAYS)
    slots_per_day = math.ceil(per_day / len(rooms))
    slot = datetime.timedelta(minutes=max(15, (9 * 60) // slots_per_day))
    sessions = []
    for number in range(count):
        day, position = divmod(number, per_day)
        start = datetime.datetime.combine(
            FIRST_DAY + datetime.timedelta(days=day), datetime.time(9, 0), tzinfo=zone
        ) + slot * (position // len(rooms))
        session = _titled(SessionPage(), texts("Session {n}: {phrase}", number), f"session-{number}")
        session.kind = "thematic"
        session.start, session.end = start, start + slot
        session.room = rooms[position % len(rooms)]
        _set(session, "summary", texts("{phrase}. " * 4, number))
        _set(session, "key_issues", _paragraphs(texts("{phrase}?", number)))
        sessions.append(session)
    bulk.add_children(event, sessions)
    roles, next_speaker = [], 0
    for number, session in enumerate(sessions):
        for order in range(speakers_per_session(number)):
            role = "chair" if order == 0 else "speaker"
            speaker = speakers[next_speaker % len(speakers)]
            roles.append(SessionSpeaker(session=session, speaker=speaker, role=role, sort_order=order))
            next_speaker += 1
    SessionSpeaker.objects.bulk_create(roles, batch_size=1000)
    return sessions


def _news(index_page, count, event):
    articles = []
    for number in range(count):
        article = _titled(NewsPage(), texts("News {n}: {phrase}", number), f"news-{number}")
        article.date = FIRST_DAY - datetime.timedelta(days=number % 365)
        article.related_event = event
        _set(article, "summary", texts("{phrase}. " * 3, number))
        _set(article, "body", _paragraphs(texts("{phrase}. " * 12, number)))
        articles.append(article)
    return bulk.add_children(index_page, articles)


def build_content(scale, label):
    """Build the whole benchmark site at `scale` into a database without content; returns the Counts.

    `label` names the generated image files (e.g. "1x"), so several scales can share a media folder.
    """
    counts = Counts.for_scale(scale)
    with transaction.atomic(), translation.override("en"):
        home, _site = ensure_home({code: f"Dushanbe Process ({code})" for code in LANGUAGES}, lambda page: None)
        venue = Venue.objects.create(**{f"name_{code}": text for code, text in texts("Kokhi Somon", 0).items()})
        rooms = [
            Room.objects.create(
                venue=venue, sort_order=number, **{f"name_{c}": f"Hall {number} ({c})" for c in LANGUAGES}
            )
            for number in range(ROOMS)
        ]
        event = _event(home, venue)
        speaker_index = _index(home, SpeakerIndexPage, "speakers", "Speakers")
        news_index = _index(home, NewsIndexPage, "news", "News")
        organisations = _organisations(counts.organisations)
        speakers = _speakers(speaker_index, counts.speakers, organisations, label)
        sessions = _sessions(event, counts.sessions, rooms, speakers)
        articles = _news(news_index, counts.news, event)
        bulk.mark_ready([home, event, speaker_index, news_index, *speakers, *sessions, *articles])
    return counts
