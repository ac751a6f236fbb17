"""The content root fields against the demo site: event, events, schedule, speakers, news, press releases."""

import datetime

import pytest

from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db


def test_event_without_slug_is_the_most_recent_when_none_is_upcoming(demo_site, client):
    assert graphql_data(client, "{ event { url } }")["event"] == {"url": "/en/2022/"}


def test_event_without_slug_is_the_next_upcoming(demo_site, client):
    from sessions.models import EventPage

    upcoming = EventPage.objects.get(slug_en="2018")
    upcoming.start_date = datetime.date.today() + datetime.timedelta(days=30)
    upcoming.end_date = upcoming.start_date + datetime.timedelta(days=1)
    upcoming.save_revision().publish()
    assert graphql_data(client, "{ event { url } }")["event"] == {"url": "/en/2018/"}


def test_events_are_listed_earliest_first(demo_site, client):
    data = graphql_data(client, "{ events { url startDate endDate } }")
    assert data["events"] == [
        {"url": "/en/2018/", "startDate": "2018-05-03", "endDate": "2018-05-04"},
        {"url": "/en/2019/", "startDate": "2019-05-16", "endDate": "2019-05-17"},
        {"url": "/en/2022/", "startDate": "2022-10-18", "endDate": "2022-10-19"},
    ]


SCHEDULE = """{ schedule(event: "2022", language: RU) {
  timeZone
  days { date sessions { ... on SessionPage {
    title kind start end floorLanguage interpretationLanguages
    room { name } keyIssues { ... on RichTextBlock { value } }
    speakers { role speaker { title } }
  } } }
} }"""


def test_schedule_groups_sessions_by_day_in_the_event_time_zone(demo_site, client):
    schedule = graphql_data(client, SCHEDULE)["schedule"]
    assert schedule["timeZone"] == "Asia/Dushanbe"
    assert [(day["date"], len(day["sessions"])) for day in schedule["days"]] == [("2022-10-18", 6), ("2022-10-19", 8)]
    opening = schedule["days"][0]["sessions"][0]
    assert opening["title"] == "Сессия открытия высокого уровня"
    assert (opening["kind"], opening["start"], opening["end"]) == (
        "opening",
        "2022-10-18T09:30:00+05:00",
        "2022-10-18T10:30:00+05:00",
    )
    assert (opening["floorLanguage"], opening["interpretationLanguages"]) == ("en", ["ru", "tg", "ar"])
    assert opening["room"] == {"name": "Пленарный зал"}
    assert opening["speakers"][:3] == [
        {"role": "chair", "speaker": {"title": "Владимир Воронков"}},
        {"role": "keynote", "speaker": {"title": "Эмомали Рахмон"}},
        {"role": "video_address", "speaker": {"title": "Антониу Гутерриш"}},
    ]
    thematic_one = schedule["days"][0]["sessions"][3]
    assert len(thematic_one["keyIssues"]) == 3


def test_schedule_of_unknown_event_is_null(demo_site, client):
    assert graphql_data(client, '{ schedule(event: "1999") { timeZone } }')["schedule"] is None


def test_speakers_of_an_event_with_the_sessions_they_speak_in(demo_site, client):
    query = """{ speakers(event: "2022", limit: 3) { totalCount limit offset
      items { title ... on SpeakerPage { honorific position sessionRoles { role session { title } } } } } }"""
    speakers = graphql_data(client, query)["speakers"]
    assert (speakers["totalCount"], speakers["limit"], speakers["offset"]) == (10, 3, 0)
    assert [item["title"] for item in speakers["items"]] == ["Alena Kupchyna", "Ali Al Nuaimi", "Antonio Guterres"]
    assert speakers["items"][0]["sessionRoles"] == [
        {
            "role": "moderator",
            "session": {
                "title": "Thematic Session I: Regional Border Security Challenges: "
                "Identifying Threats, Risks and Avenues for Improvement"
            },
        }
    ]


def test_speakers_of_2019_are_its_featured_speakers(demo_site, client):
    speakers = graphql_data(client, '{ speakers(event: "2019") { totalCount items { title } } }')["speakers"]
    assert speakers == {"totalCount": 1, "items": [{"title": "Vladimir Voronkov"}]}


def test_news_lists_newest_first_with_total_count_and_filters(demo_site, client):
    query = "query ($tag: String, $year: Int, $event: String, $order: NewsOrder) { news(tag: $tag, year: $year, event: $event, order: $order) { totalCount items { title ... on NewsPage { date tags { name } } } } }"  # noqa: E501
    all_news = graphql_data(client, query)["news"]
    assert all_news["totalCount"] == 2
    assert [item["date"] for item in all_news["items"]] == ["2022-10-20", "2022-09-01"]
    oldest = graphql_data(client, query, {"order": "OLDEST_FIRST"})["news"]
    assert [item["date"] for item in oldest["items"]] == ["2022-09-01", "2022-10-20"]
    by_tag = graphql_data(client, query, {"tag": "UNRCCA"})["news"]
    assert [item["title"] for item in by_tag["items"]] == [
        "UNRCCA CO-ORGANIZES THE HIGH-LEVEL BORDER SECURITY CONFERENCE"
    ]
    assert graphql_data(client, query, {"year": 2021})["news"] == {"totalCount": 0, "items": []}
    assert graphql_data(client, query, {"event": "2019"})["news"]["totalCount"] == 0
    assert graphql_data(client, query, {"event": "2022"})["news"]["totalCount"] == 2


def test_press_releases_with_dateline_and_media_contacts(demo_site, client):
    query = """{ pressReleases(year: 2022, language: RU) { totalCount items { ... on PressReleasePage {
      dateline releaseAt mediaContacts { name email secondaryEmail organisation { acronym } }
      coOrganisers { organisation { acronym } } } } } }"""
    releases = graphql_data(client, query)["pressReleases"]
    assert releases["totalCount"] == 1
    release = releases["items"][0]
    assert release["dateline"] == "ДУШАНБЕ/НЬЮ-ЙОРК/ВЕНА"
    assert release["releaseAt"] == "2022-09-14T10:00:00+05:00"
    assert [contact["email"] for contact in release["mediaContacts"]] == ["s.sadriddinzod@mfa.tj", "gerardl@un.org"]
    assert len(release["coOrganisers"]) == 7


def test_site_settings_and_organisations(demo_site, client):
    data = graphql_data(
        client, "{ siteSettings(language: RU) { phone address } organisations { acronym } home { url } }"
    )
    assert data["siteSettings"]["phone"] == "+992 (37) 227-68-43"
    assert data["siteSettings"]["address"] != "Dushanbe, Kokhi Somon"
    assert len(data["organisations"]) == 13
    assert data["home"] == {"url": "/en/"}
