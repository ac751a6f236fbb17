"""Every example in docs/api/ runs against the demo content and returns what docs/api.md promises."""

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "api"


def run_example(client, name, variables=None, **headers):
    return graphql_data(client, (EXAMPLES / f"{name}.graphql").read_text(encoding="utf-8"), variables, **headers)


def test_example_home(demo_site, client):
    data = run_example(client, "home", {"language": "RU"})
    assert [language["code"] for language in data["languages"]] == ["EN", "RU", "TG", "AR"]
    assert data["home"]["url"] == "/ru/"
    assert data["event"]["url"] == "/ru/2022/"
    assert (data["event"]["startDate"], data["event"]["endDate"]) == ("2022-10-18", "2022-10-19")
    assert data["siteSettings"]["phone"] == "+992 (37) 227-68-43"


def test_example_schedule(demo_site, client):
    data = run_example(client, "schedule", {"event": "2022", "language": "EN"})
    days = data["schedule"]["days"]
    assert [day["date"] for day in days] == ["2022-10-18", "2022-10-19"]
    assert [session["title"] for session in days[1]["sessions"]][-4:] == [
        "Gathering in front of the Opera and Ballet Theatre named after S. Aini",
        "Visiting “Kohki Navruz”",
        "Visiting the National Museum of Tajikistan",
        "Visiting the National Flag Park",
    ]
    assert days[1]["sessions"][-1]["kind"] == "cultural_visit"


def test_example_session(demo_site, client):
    data = run_example(client, "session", {"path": "/en/2022/thematic-session-ii/"})
    session = data["page"]
    assert session["language"] == "EN"
    assert session["start"] == "2022-10-18T15:45:00+05:00"
    assert len(session["keyIssues"]) == 6
    assert session["keyIssues"][0]["value"].startswith("<p>This session will examine current trends")


def test_example_speaker(demo_site, client):
    data = run_example(client, "speaker", {"path": "/en/speakers/vladimir-voronkov/"})
    speaker = data["page"]
    assert (speaker["honorific"], speaker["position"]) == ("Mr.", "UN Under Secretary General for Counter-Terrorism")
    assert speaker["sessionRoles"] == [
        {
            "role": "chair",
            "session": {
                "title": "High-Level Opening Session",
                "url": "/en/2022/high-level-opening-session/",
                "start": "2022-10-18T09:30:00+05:00",
            },
        }
    ]


def test_example_news_list(demo_site, client):
    data = run_example(client, "news-list", {"language": "EN", "limit": 1, "offset": 1})
    assert (data["news"]["totalCount"], data["news"]["limit"], data["news"]["offset"]) == (2, 1, 1)
    assert data["news"]["items"][0]["url"] == "/en/news/dushanbe-process-third-milestone/"


def test_example_press_release(demo_site, client):
    data = run_example(client, "press-release", {"language": "EN"})
    release = data["pressReleases"]["items"][0]
    assert (release["dateline"], release["releaseAt"]) == ("DUSHANBE/NEW YORK/VIENNA", "2022-09-14T10:00:00+05:00")
    assert [contact["name"] for contact in release["mediaContacts"]] == ["Sahobiddin Sadriddinzod", "Laurence Gerard"]


def test_example_language_switcher(demo_site, client):
    data = run_example(client, "language-switcher", {"path": "/en/speakers/vladimir-voronkov/"})
    assert data["page"]["language"] == "EN"
    assert [(t["language"], t["isReady"]) for t in data["page"]["translations"]] == [
        ("EN", True),
        ("RU", True),
        ("TG", False),
        ("AR", False),
    ]
    # URLs are URIs: non-ASCII slugs come percent-encoded; page(path:) accepts both forms.
    assert data["page"]["translations"][1]["url"] == quote("/ru/докладчики/владимир-воронков/")
    arabic_url = data["page"]["translations"][3]["url"]
    arabic = run_example(client, "language-switcher", {"path": arabic_url})
    assert (arabic["page"]["language"], arabic["languages"][3]["direction"]) == ("AR", "RTL")


def test_example_contact_form(demo_site, client):
    from django.core.cache import cache
    from wagtail.contrib.forms.models import FormSubmission

    cache.clear()  # the per-client rate limit lives in the cache
    fields = [
        {"name": "name", "value": "Aziz Karimov"},
        {"name": "email", "value": "aziz@example.org"},
        {"name": "message", "value": "When does registration open?"},
    ]
    data = run_example(client, "contact-form", {"fields": fields, "language": "RU"})
    payload = data["submitContactForm"]
    assert payload["errors"] == []
    assert payload["submission"]["thankYouText"] == "<p>Ваше сообщение отправлено. Спасибо!</p>"
    assert FormSubmission.objects.get().get_data()["email"] == "aziz@example.org"

    invalid = run_example(client, "contact-form", {"fields": fields[:2], "language": "EN"})["submitContactForm"]
    assert (invalid["submission"], [(e["field"], e["code"]) for e in invalid["errors"]]) == (
        None,
        [("message", "REQUIRED")],
    )
    assert FormSubmission.objects.count() == 1


def test_example_preview(demo_site, client):
    from sessions.models import SessionPage

    session = SessionPage.objects.get(slug_en="closing-session")
    session.title_ru = "Заключительная сессия (черновик)"
    page_preview = session.save_revision().as_object().create_page_preview()

    data = run_example(client, "preview", {"token": page_preview.token, "language": "RU"})
    assert (data["preview"]["title"], data["preview"]["language"], data["preview"]["pageType"]) == (
        "Заключительная сессия (черновик)",
        "RU",
        "SessionPage",
    )
    live = graphql_data(client, '{ page(path: "/en/2022/closing-session/") { translations { title } } }')
    assert live["page"]["translations"][1]["title"] == "Заключительная сессия"
