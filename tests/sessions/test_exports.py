"""Schedule exports of the demo 2022 conference: iCal and Frab, per language, public pages only."""

import datetime
import json
import uuid
import zoneinfo
from pathlib import Path

import icalendar
import jsonschema
import pytest
import xmlschema
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from cms.demo.data.programme import SESSIONS
from people.models import SpeakerPage
from sessions.models import EventPage, SessionPage
from tests.factories.sessions import SessionPageFactory
from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas" / "frab"
DUSHANBE = zoneinfo.ZoneInfo("Asia/Dushanbe")
TITLES_EN = [session["title"]["en"] for session in SESSIONS["2022"]]
TITLES_RU = [session["title"]["ru"] for session in SESSIONS["2022"]]
PROGRAMME = uuid.uuid5(uuid.NAMESPACE_URL, "https://dushanbeprocess.org/programme")


def uid(session):
    """The iCal UID a session keeps on every host: its Frab guid at dushanbeprocess."""
    return f"{uuid.uuid5(PROGRAMME, f'session:{session.pk}')}@dushanbeprocess"


def get(client, url, **headers):
    return client.get(url, HTTP_HOST="localhost", **headers)


def vevents(response):
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def frab_events(schedule):
    return [
        entry
        for day in schedule["schedule"]["conference"]["days"]
        for entries in day["rooms"].values()
        for entry in entries
    ]


def session(slug):
    return SessionPage.objects.get(slug_en=slug)


def test_frab_json_2022_validates_against_the_voc_schema(demo_site, client):
    response = get(client, "/exports/en/events/2022/schedule.json")
    schema = json.loads((SCHEMAS / "schedule.schema.json").read_text())
    schedule = response.json()

    validator = jsonschema.Draft6Validator(schema, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)
    assert [error.message for error in validator.iter_errors(schedule)] == []
    assert response["Content-Type"] == "application/json"
    conference = schedule["schedule"]["conference"]
    assert (conference["acronym"], conference["start"], conference["end"], conference["daysCount"]) == (
        "dushanbe_process_2022",
        "2022-10-18",
        "2022-10-19",
        2,
    )
    assert conference["time_zone_name"] == "Asia/Dushanbe"
    # Grouped by day and room, so compared as sets: every session, breaks and visits included.
    assert sorted(entry["title"] for entry in frab_events(schedule)) == sorted(TITLES_EN)
    assert len(frab_events(schedule)) == 14


def test_frab_json_2022_events_en(demo_site, client):
    schedule = get(client, "/exports/en/events/2022/schedule.json").json()
    opening = session("high-level-opening-session")
    first_day = schedule["schedule"]["conference"]["days"][0]

    assert (first_day["index"], first_day["date"], first_day["day_start"], first_day["day_end"]) == (
        1,
        "2022-10-18",
        "2022-10-18T09:30:00+05:00",
        "2022-10-18T21:00:00+05:00",
    )
    assert list(first_day["rooms"]) == ["Plenary Hall", "Reception Hall"]
    entry = first_day["rooms"]["Plenary Hall"][0]
    assert {key: entry[key] for key in ("id", "date", "start", "duration", "room", "slug", "url", "type")} == {
        "id": opening.pk,
        "date": "2022-10-18T09:30:00+05:00",
        "start": "09:30",
        "duration": "01:00",
        "room": "Plenary Hall",
        "slug": f"dushanbe_process_2022-{opening.pk}-high-level-opening-session",
        "url": "http://localhost/en/2022/high-level-opening-session/",
        "type": "opening",
    }
    assert [person["id"] for person in entry["persons"]][0] == SpeakerPage.objects.get(slug_en="vladimir-voronkov").pk
    # The cultural programme is in the schedule, in its venues (no rooms there).
    second_day_rooms = schedule["schedule"]["conference"]["days"][1]["rooms"]
    assert "National Museum of Tajikistan" in second_day_rooms
    assert [entry["type"] for entries in second_day_rooms.values() for entry in entries].count("cultural_visit") == 4


def test_frab_guid_is_stable_across_languages(demo_site, client):
    guids_en = [entry["guid"] for entry in frab_events(get(client, "/exports/en/events/2022/schedule.json").json())]
    guids_ru = [entry["guid"] for entry in frab_events(get(client, "/exports/ru/events/2022/schedule.json").json())]

    assert guids_en == guids_ru
    assert len(set(guids_en)) == 14


def test_frab_xml_2022_validates_against_the_voc_xsd(demo_site, client):
    response = get(client, "/exports/ru/events/2022/schedule.xml")
    schema = xmlschema.XMLSchema(SCHEMAS / "schedule.xml.xsd")

    assert list(schema.iter_errors(response.content.decode())) == []
    assert response["Content-Type"] == "application/xml"
    assert "<title>Сессия открытия высокого уровня</title>" in response.content.decode()
    assert '<room name="Пленарный зал"' in response.content.decode()


def test_event_ical_2022_en(demo_site, client):
    response = get(client, "/exports/en/events/2022.ics")
    events = vevents(response)

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert [str(event["SUMMARY"]) for event in events] == TITLES_EN
    opening = events[0]
    assert opening.decoded("DTSTART") == datetime.datetime(2022, 10, 18, 9, 30, tzinfo=DUSHANBE)
    assert opening["DTSTART"].params["TZID"] == "Asia/Dushanbe"
    assert opening.decoded("DTEND") == datetime.datetime(2022, 10, 18, 10, 30, tzinfo=DUSHANBE)
    assert str(opening["UID"]) == uid(session("high-level-opening-session"))
    assert str(opening["URL"]) == "http://localhost/en/2022/high-level-opening-session/"
    assert str(opening["LOCATION"]) == "Plenary Hall, Kokhi Somon"
    assert opening.decoded("DTSTAMP") == session("high-level-opening-session").last_published_at.replace(microsecond=0)
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Dushanbe"]


def test_event_ical_2022_ru(demo_site, client):
    events = vevents(get(client, "/exports/ru/events/2022.ics"))

    assert [str(event["SUMMARY"]) for event in events] == TITLES_RU
    assert str(events[0]["LOCATION"]) == "Пленарный зал, Кохи Сомон"
    assert events[-1].decoded("DTSTART").tzinfo == DUSHANBE


def test_session_ical_has_one_event(demo_site, client):
    opening = session("high-level-opening-session")

    events = vevents(get(client, f"/exports/tg/sessions/{opening.pk}.ics"))

    assert [str(event["SUMMARY"]) for event in events] == ["Ҷаласаи ифтитоҳии сатҳи баланд"]


def test_speaker_ical_lists_their_sessions(demo_site, client):
    voronkov = SpeakerPage.objects.get(slug_en="vladimir-voronkov")
    expected = [
        item["title"]["en"]
        for item in SESSIONS["2022"]
        if "voronkov" in [speaker for speaker, _role in item["speakers"]]
    ]

    events = vevents(get(client, f"/exports/en/speakers/{voronkov.pk}.ics"))

    assert [str(event["SUMMARY"]) for event in events] == expected
    assert expected[0] == "High-Level Opening Session"


def test_export_etag_answers_304(demo_site, client):
    first = get(client, "/exports/en/events/2022.ics")

    again = get(client, "/exports/en/events/2022.ics", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200
    assert again.status_code == 304
    assert again.content == b""
    assert get(client, "/exports/ru/events/2022.ics", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_export_last_modified_answers_304(demo_site, client):
    first = get(client, "/exports/en/events/2022/schedule.xml")

    again = get(client, "/exports/en/events/2022/schedule.xml", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    latest = max(page.last_published_at for page in [EventPage.objects.get(slug_en="2022"), *SessionPage.objects.all()])
    assert first["Last-Modified"] == latest.strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert again.status_code == 304


def test_unpublished_and_draft_sessions_are_in_no_export(demo_site, client):
    event = EventPage.objects.get(slug_en="2022")
    unpublished = session("coffee-break-1")
    unpublished.unpublish()
    draft = SessionPageFactory(parent=event, title="Secret draft session", live=False)
    voronkov = SpeakerPage.objects.get(slug_en="vladimir-voronkov")

    bodies = [
        get(client, url).content.decode()
        for url in [
            "/exports/en/events/2022.ics",
            "/exports/en/events/2022/schedule.json",
            "/exports/en/events/2022/schedule.xml",
            f"/exports/en/speakers/{voronkov.pk}.ics",
        ]
    ]

    assert [("Secret draft" in body, uid(unpublished) in body) for body in bodies] == [(False, False)] * 4
    assert len(vevents(get(client, "/exports/en/events/2022.ics"))) == 13
    assert get(client, f"/exports/en/sessions/{unpublished.pk}.ics").status_code == 404
    assert get(client, f"/exports/en/sessions/{draft.pk}.ics").status_code == 404


def test_private_session_is_not_exported(demo_site, client):
    opening = session("high-level-opening-session")
    PageViewRestriction.objects.create(page=opening, restriction_type=PageViewRestriction.PASSWORD, password="x")

    response = get(client, f"/exports/en/sessions/{opening.pk}.ics")

    assert (response.status_code, response.content) == (404, b"No public session with this id.")
    assert "High-Level Opening Session" not in get(client, "/exports/en/events/2022.ics").content.decode()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/exports/xx/events/2022.ics", "Unknown language."),
        ("/exports/en/events/2030.ics", "No public event with this slug."),
        ("/exports/en/events/2030/schedule.json", "No public event with this slug."),
        ("/exports/en/events/2030/schedule.xml", "No public event with this slug."),
        ("/exports/en/sessions/999999.ics", "No public session with this id."),
        ("/exports/en/speakers/999999.ics", "No public speaker with this id."),
    ],
)
def test_export_not_found(demo_site, client, url, message):
    response = get(client, url)

    assert (response.status_code, response.content.decode()) == (404, message)
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_unpublished_event_is_not_exported(demo_site, client):
    Page.objects.get(slug_en="2022").unpublish()

    assert get(client, "/exports/en/events/2022/schedule.json").status_code == 404


def test_graphql_export_urls_in_the_served_language(demo_site, client):
    opening = session("high-level-opening-session")
    voronkov = SpeakerPage.objects.get(slug_en="vladimir-voronkov")
    query = """
      query ($path: String!) {
        event(slug: "2022", language: RU) { icalUrl frabXmlUrl frabJsonUrl }
        page(path: $path) { ... on SessionPage { icalUrl } }
      }
    """

    data = graphql_data(client, query, {"path": "/ru/2022/сессия-открытия-высокого-уровня/"})
    speaker = graphql_data(
        client, '{ page(path: "/en/speakers/vladimir-voronkov/") { ... on SpeakerPage { icalUrl } } }'
    )

    assert data["event"] == {
        "icalUrl": "http://localhost/exports/ru/events/2022.ics",
        "frabXmlUrl": "http://localhost/exports/ru/events/2022/schedule.xml",
        "frabJsonUrl": "http://localhost/exports/ru/events/2022/schedule.json",
    }
    assert data["page"] == {"icalUrl": f"http://localhost/exports/ru/sessions/{opening.pk}.ics"}
    assert speaker["page"] == {"icalUrl": f"http://localhost/exports/en/speakers/{voronkov.pk}.ics"}


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # 2 for the validators (freshness.py), 8 to build.
        ("/exports/en/events/2022.ics", 10),
        ("/exports/en/events/2022/schedule.json", 10),
        ("/exports/en/events/2022/schedule.xml", 10),
    ],
)
def test_event_export_query_count_does_not_grow_with_sessions(demo_site, client, url, queries):
    """14 sessions cost as much as 24: the selectors prefetch speakers, rooms and documents."""
    event = EventPage.objects.get(slug_en="2022")
    get(client, url)  # warms Wagtail's cached site root paths, which the first request of a run reads
    with CaptureQueriesContext(connection) as before:
        assert get(client, url).status_code == 200
    for number in range(10):
        SessionPageFactory(parent=event, title=f"Side event {number}", venue=None, room=None)
    with CaptureQueriesContext(connection) as after:
        assert get(client, url).status_code == 200

    assert (len(before), len(after)) == (queries, queries)
