"""Every main query runs a fixed number of SQL queries, whatever the length of its lists.

Each query runs once with one item and once with many (20+) items, and both runs
must issue exactly the same number of queries: the selectors prefetch, the
resolvers stay thin. The numbers are pinned so a new N+1 or an extra query shows
up in review.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sessions.models import EventOrganiser
from tests.factories.home import OrganisationFactory
from tests.factories.media import ImageFactory
from tests.factories.news import MediaContactFactory, NewsPageFactory, PressReleasePageFactory
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import DUSHANBE, EventPageFactory, SessionPageFactory, SessionSpeakerFactory
from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db

MANY = 20


@pytest.fixture(autouse=True)
def uncached(settings):
    """These counts are of executing the queries: a cached answer runs no SQL at all."""
    settings.CMS_API_CACHE = {"ENABLED": False}


def count_queries(client, query, variables=None):
    graphql_data(client, query, variables)  # warm-up: site root paths and content types are cached per process
    with CaptureQueriesContext(connection) as captured:
        graphql_data(client, query, variables)
    return len(captured)


@pytest.fixture
def build(home_page, speaker_index_page, news_index_page):
    """`build(n)` makes an event with n sessions of 2 speakers each, n speakers, n articles, n releases."""

    state = {}

    def make(n):
        organisation = OrganisationFactory(logo=ImageFactory())
        event = state.get("event")
        if event is None:
            event = state["event"] = EventPageFactory(parent=home_page, slug="2022")
        EventOrganiser.objects.create(event=event, organisation=organisation, role="co_organiser")
        speakers = [
            SpeakerPageFactory(parent=speaker_index_page, organisation=organisation, photo=ImageFactory())
            for _ in range(n)
        ]
        for index in range(n):
            start = datetime.datetime(2022, 10, 18 + index % 2, 9, 0, tzinfo=DUSHANBE) + datetime.timedelta(
                minutes=index
            )
            session = SessionPageFactory(parent=event, start=start, end=start + datetime.timedelta(hours=1))
            SessionSpeakerFactory(session=session, speaker=speakers[index], role="chair")
            SessionSpeakerFactory(session=session, speaker=speakers[(index + 1) % n], role="speaker") if n > 1 else None
            article = NewsPageFactory(parent=news_index_page, related_event=event, image=ImageFactory())
            article.tags.add("border security", f"tag {index}")
            article.save()
            release = PressReleasePageFactory(parent=news_index_page, related_event=event)
            MediaContactFactory(press_release=release, organisation=organisation)
        return event

    return make


QUERIES = {
    "schedule": """{ schedule(event: "2022") { days { date sessions { title url translations { url isReady }
        ... on SessionPage { start end kind room { name } venue { name }
          speakers { role speaker { title url translations { isReady } availableLanguages fallbackFields
            ... on SpeakerPage { position photo { url } organisation { name } } } } } } } } }""",
    "speakers": """{ speakers(event: "2022", limit: 50) { totalCount items { title url
        ... on SpeakerPage { honorific position organisation { name logo { url } } photo { url }
          sessionRoles { role session { title url translations { isReady } } } } } } }""",
    "news": """{ news(limit: 50) { totalCount items { title url
        ... on NewsPage { date dateline summary tags { name } image { url } relatedEvent { title url } } } } }""",
    "pressReleases": """{ pressReleases(limit: 50) { totalCount items { title url
        ... on PressReleasePage { releaseAt dateline relatedEvent { title }
          mediaContacts { name email organisation { name } } coOrganisers { organisation { name } } } } } }""",
    "events": """{ events { title url translations { language url title }
        ... on EventPage { startDate organisers { role organisation { name logo { url } } }
          featuredSpeakers { speaker { title } } } } }""",
}

# Measured on SQLite and PostgreSQL; equal for 1 and for MANY items. Readiness
# (`isReady`) is one query per top-level list, nested pages included. An answer with
# images or documents asks once which collections are private (cms/api/visibility.py).
EXPECTED_QUERIES = {"schedule": 17, "speakers": 18, "news": 7, "pressReleases": 9, "events": 11}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_count_does_not_grow_with_list_length(client, build, name):
    build(1)
    with_one = count_queries(client, QUERIES[name])
    build(MANY)  # more sessions, speakers, organisers, articles and releases for the same event
    with_many = count_queries(client, QUERIES[name])
    assert (with_one, with_many) == (EXPECTED_QUERIES[name], EXPECTED_QUERIES[name])


PAGE_QUERY = """query ($path: String!) { page(path: $path) { title url translations { url title isReady }
  ... on EventPage { organisers { role organisation { name } } featuredSpeakers { speaker { title url } }
                     sessions { title url ... on SessionPage { start } } }
  ... on SessionPage { start room { name } speakers { role speaker { title url } } }
  ... on SpeakerPage { organisation { name } sessionRoles { role session { title url } } }
  ... on NewsPage { date tags { name } relatedEvent { title } }
  ... on PressReleasePage { mediaContacts { name organisation { name } } coOrganisers { organisation { name } } }
  ... on ContactPage { formFields { label fieldType } }
} }"""

# Queries for page(path:) of each page type, the same with 1 and with MANY related rows.
EXPECTED_PAGE_QUERIES = {
    "EventPage": 17,
    "SessionPage": 11,
    "SpeakerPage": 10,
    "NewsPage": 8,
    "PressReleasePage": 12,
    "ContactPage": 8,
}


@pytest.fixture
def page_of_type(home_page, speaker_index_page, news_index_page):
    """`page_of_type(name, n)`: a page of that type with n rows in each of its lists."""
    from home.models import ContactFormField
    from news.models import PressReleaseCoOrganiser
    from sessions.models import EventFeaturedSpeaker
    from tests.factories.home import ContactPageFactory

    pages = {}

    def make(name, n):
        if name not in pages:
            event = EventPageFactory(parent=home_page)
            session = SessionPageFactory(parent=event)
            pages.update(
                EventPage=event,
                SessionPage=session,
                SpeakerPage=SpeakerPageFactory(parent=speaker_index_page),
                NewsPage=NewsPageFactory(parent=news_index_page, related_event=event),
                PressReleasePage=PressReleasePageFactory(parent=news_index_page),
                ContactPage=ContactPageFactory(parent=home_page),
            )
        page = pages[name]
        for index in range(n):
            organisation = OrganisationFactory()
            speaker = SpeakerPageFactory(parent=speaker_index_page)
            if name == "EventPage":
                EventOrganiser.objects.create(event=page, organisation=organisation, role="partner")
                EventFeaturedSpeaker.objects.create(event=page, speaker=speaker)
                SessionPageFactory(parent=page)
            elif name == "SessionPage":
                SessionSpeakerFactory(session=page, speaker=speaker)
            elif name == "SpeakerPage":
                SessionSpeakerFactory(session=SessionPageFactory(parent=pages["EventPage"]), speaker=page)
            elif name == "NewsPage":
                page.tags.add(f"tag {len(pages)} {index} {n}")
                page.save()
            elif name == "PressReleasePage":
                MediaContactFactory(press_release=page, organisation=organisation)
                PressReleaseCoOrganiser.objects.create(press_release=page, organisation=organisation)
            elif name == "ContactPage":
                ContactFormField.objects.create(page=page, label=f"Field {index} of {n}", field_type="singleline")
        return page

    return make


@pytest.mark.parametrize("name", sorted(EXPECTED_PAGE_QUERIES))
def test_page_path_query_count_does_not_grow_with_related_rows(client, page_of_type, name):
    page = page_of_type(name, 1)
    variables = {"path": page.url}
    with_one = count_queries(client, PAGE_QUERY, variables)
    page_of_type(name, MANY)
    with_many = count_queries(client, PAGE_QUERY, variables)
    assert (name, with_one, with_many) == (name, EXPECTED_PAGE_QUERIES[name], EXPECTED_PAGE_QUERIES[name])


def test_home_query_count_does_not_grow_with_events_or_organisations(client, home_page):
    from pathlib import Path

    home_query = (Path(__file__).resolve().parents[3] / "docs" / "api" / "home.graphql").read_text()
    EventPageFactory(parent=home_page)
    with_one = count_queries(client, home_query)
    for _ in range(MANY):
        EventPageFactory(parent=home_page)
        OrganisationFactory()
    with_many = count_queries(client, home_query)
    assert (with_one, with_many) == (15, 15)
