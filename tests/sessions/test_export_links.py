"""Links in the schedule exports point at the web site readers use; iCal UIDs name no host."""

import uuid

import icalendar
import pytest

from tests.factories.sessions import SessionPageFactory

pytestmark = pytest.mark.django_db

PROGRAMME = uuid.uuid5(uuid.NAMESPACE_URL, "https://dushanbeprocess.org/programme")


@pytest.fixture
def session(event_page):
    return SessionPageFactory(parent=event_page, title="Opening session", slug="opening-session")


def ical_fields(client, url, host="localhost"):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    return [
        (str(event["URL"]), str(event["UID"]))
        for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    ]


def frab_urls(client, url):
    schedule = client.get(url, HTTP_HOST="localhost").json()["schedule"]
    conference = schedule["conference"]
    entries = [entry for day in conference["days"] for entries in day["rooms"].values() for entry in entries]
    return schedule["base_url"], conference["url"], [entry["url"] for entry in entries]


def test_export_links_point_at_the_frontend_when_it_is_configured(session, event_page, client, settings):
    settings.FRONTEND_BASE_URL = "https://dushanbeprocess.org/"
    event = event_page.slug
    uid = f"{uuid.uuid5(PROGRAMME, f'session:{session.pk}')}@dushanbeprocess"

    assert ical_fields(client, f"/exports/ru/events/{event}.ics") == [
        (f"https://dushanbeprocess.org/ru/{event}/opening-session/", uid)
    ]
    assert ical_fields(client, f"/exports/en/sessions/{session.pk}.ics") == [
        (f"https://dushanbeprocess.org/en/{event}/opening-session/", uid)
    ]
    assert frab_urls(client, f"/exports/en/events/{event}/schedule.json") == (
        "https://dushanbeprocess.org/",
        f"https://dushanbeprocess.org/en/{event}/",
        [f"https://dushanbeprocess.org/en/{event}/opening-session/"],
    )
    xml = client.get(f"/exports/en/events/{event}/schedule.xml", HTTP_HOST="localhost").content.decode()
    assert f"<url>https://dushanbeprocess.org/en/{event}/opening-session/</url>" in xml


def test_export_links_use_the_request_host_without_a_frontend(session, event_page, client, settings):
    settings.FRONTEND_BASE_URL = ""
    event = event_page.slug

    assert ical_fields(client, f"/exports/en/sessions/{session.pk}.ics")[0][0] == (
        f"http://localhost/en/{event}/opening-session/"
    )
    assert frab_urls(client, f"/exports/en/events/{event}/schedule.json") == (
        "http://localhost/",
        f"http://localhost/en/{event}/",
        [f"http://localhost/en/{event}/opening-session/"],
    )


def test_ical_uid_is_the_same_on_every_host(session, client, settings):
    settings.ALLOWED_HOSTS = ["localhost", "cms.dushanbeprocess.org"]
    url = f"/exports/en/sessions/{session.pk}.ics"

    on_localhost = ical_fields(client, url)[0][1]
    on_cms_host = ical_fields(client, url, host="cms.dushanbeprocess.org")[0][1]

    assert (on_localhost, on_cms_host) == (f"{uuid.uuid5(PROGRAMME, f'session:{session.pk}')}@dushanbeprocess",) * 2
