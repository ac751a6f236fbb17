"""RSS 2.0 and Atom feeds of news and press releases, per language, against the demo site and small trees."""

import datetime
import uuid
from urllib.parse import quote

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from news.models import NewsPage, PressReleasePage
from tests.factories.news import NewsPageFactory, PressReleasePageFactory
from tests.graphql import graphql_data
from translations.readiness import mark_ready

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
HOST = "http://localhost"


def get_feed(client, url):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    return response, ET.fromstring(response.content)


def rss_items(channel):
    return [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "description": item.findtext("description"),
            "pubDate": item.findtext("pubDate"),
            "guid": item.findtext("guid"),
            "categories": [category.text for category in item.findall("category")],
        }
        for item in channel.findall("item")
    ]


def atom_entries(feed):
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "published": entry.findtext(f"{ATOM}published"),
            "updated": entry.findtext(f"{ATOM}updated"),
            "id": entry.findtext(f"{ATOM}id"),
            "categories": [category.get("term") for category in entry.findall(f"{ATOM}category")],
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def guid(page, language):
    return f"urn:uuid:{uuid.uuid5(page.translation_key, language)}"


def ru_url(path):
    return HOST + quote(path)


def test_news_rss_in_english_lists_the_demo_articles_newest_first(demo_site, client):
    response, rss = get_feed(client, "/feeds/en/news.rss")
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = rss.find("channel")
    assert channel.findtext("title") == "Dushanbe Process: News"
    assert channel.findtext("link") == f"{HOST}/en/news/"
    assert channel.findtext("description") == "News and announcements."
    assert channel.findtext("language") == "en"
    unrcca = NewsPage.objects.get(slug_en="unrcca-co-organizes-the-high-level-border-security-conference")
    milestone = NewsPage.objects.get(slug_en="dushanbe-process-third-milestone")
    items = rss_items(channel)
    assert [(item["title"], item["link"], item["pubDate"], item["guid"], item["categories"]) for item in items] == [
        (
            "UNRCCA CO-ORGANIZES THE HIGH-LEVEL BORDER SECURITY CONFERENCE",
            f"{HOST}/en/news/unrcca-co-organizes-the-high-level-border-security-conference/",
            "Thu, 20 Oct 2022 00:00:00 +0500",
            guid(unrcca, "en"),
            ["border security", "UNRCCA"],
        ),
        (
            "The Dushanbe Process: the third milestone",
            f"{HOST}/en/news/dushanbe-process-third-milestone/",
            "Thu, 01 Sep 2022 00:00:00 +0500",
            guid(milestone, "en"),
            ["Dushanbe Process"],
        ),
    ]
    assert items[1]["description"] == milestone.summary_en


def test_news_atom_in_russian_reads_russian_titles_and_links(demo_site, client):
    response, feed = get_feed(client, "/feeds/ru/news.atom")
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    assert feed.findtext(f"{ATOM}title") == "Душанбинский процесс: Новости"
    unrcca = NewsPage.objects.get(slug_en="unrcca-co-organizes-the-high-level-border-security-conference")
    milestone = NewsPage.objects.get(slug_en="dushanbe-process-third-milestone")
    entries = atom_entries(feed)
    assert [entry["title"] for entry in entries] == [
        "РЦПДЦА ООН ВЫСТУПИЛ СООРГАНИЗАТОРОМ КОНФЕРЕНЦИИ ВЫСОКОГО УРОВНЯ ПО БЕЗОПАСНОСТИ ГРАНИЦ",
        "Душанбинский процесс: третий этап",
    ]
    assert [entry["link"] for entry in entries] == [
        ru_url(f"/ru/новости/{unrcca.slug_ru}/"),
        ru_url(f"/ru/новости/{milestone.slug_ru}/"),
    ]
    assert [entry["published"] for entry in entries] == ["2022-10-20T00:00:00+05:00", "2022-09-01T00:00:00+05:00"]
    assert entries[1]["updated"] == milestone.last_published_at.isoformat()
    assert [entry["id"] for entry in entries] == [guid(unrcca, "ru"), guid(milestone, "ru")]
    assert entries[0]["categories"] == ["border security", "UNRCCA"]


def test_press_release_feeds_in_english_and_russian(demo_site, client):
    release = PressReleasePage.objects.get(slug_en="press-release-14-september-2022")
    _response, rss = get_feed(client, "/feeds/en/press-releases.rss")
    channel = rss.find("channel")
    assert channel.findtext("title") == "Dushanbe Process: Press releases"
    assert channel.findtext("link") == f"{HOST}/en/press-releases/"
    assert [(item["title"], item["link"], item["pubDate"], item["guid"]) for item in rss_items(channel)] == [
        (
            release.title_en,
            f"{HOST}/en/press-releases/press-release-14-september-2022/",
            "Wed, 14 Sep 2022 10:00:00 +0500",
            guid(release, "en"),
        )
    ]
    _response, feed = get_feed(client, "/feeds/ru/press-releases.atom")
    assert feed.findtext(f"{ATOM}title") == "Душанбинский процесс: Пресс-релизы"
    assert atom_entries(feed) == [
        {
            "title": release.title_ru,
            "link": ru_url(f"/ru/пресс-релизы/{release.slug_ru}/"),
            "published": "2022-09-14T10:00:00+05:00",
            "updated": release.last_published_at.isoformat(),
            "id": guid(release, "ru"),
            "categories": [],
        }
    ]


@pytest.mark.parametrize("url", ["/feeds/fr/news.rss", "/feeds/xx/press-releases.atom", "/feeds/EN/news.atom"])
def test_feed_in_an_unknown_language_is_404(db, client, url):
    assert client.get(url, HTTP_HOST="localhost").status_code == 404


def test_feeds_leave_out_drafts_unpublished_private_and_scheduled_pages(news_index_page, client):
    future = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=3)
    NewsPageFactory(parent=news_index_page, title="Public article")
    NewsPageFactory(parent=news_index_page, title="Draft article", live=False)
    NewsPageFactory(parent=news_index_page, title="Scheduled article", live=False, go_live_at=future)
    NewsPageFactory(parent=news_index_page, title="Withdrawn article").unpublish()
    private = NewsPageFactory(parent=news_index_page, title="Private article")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    PressReleasePageFactory(parent=news_index_page, title="Public release")
    PressReleasePageFactory(parent=news_index_page, title="Embargoed release", live=False, go_live_at=future)
    PressReleasePageFactory(parent=news_index_page, title="Withdrawn release").unpublish()
    hidden_release = PressReleasePageFactory(parent=news_index_page, title="Private release")
    PageViewRestriction.objects.create(page=hidden_release, restriction_type=PageViewRestriction.LOGIN)

    for language in ("en", "ru"):
        _response, rss = get_feed(client, f"/feeds/{language}/news.rss")
        assert [item["title"] for item in rss_items(rss.find("channel"))] == ["Public article"]
        _response, feed = get_feed(client, f"/feeds/{language}/news.atom")
        assert [entry["title"] for entry in atom_entries(feed)] == ["Public article"]
        _response, rss = get_feed(client, f"/feeds/{language}/press-releases.rss")
        assert [item["title"] for item in rss_items(rss.find("channel"))] == ["Public release"]
        _response, feed = get_feed(client, f"/feeds/{language}/press-releases.atom")
        assert [entry["title"] for entry in atom_entries(feed)] == ["Public release"]


def feed_cost(client, url):
    """(queries, entries) for one warmed-up request of the feed."""
    client.get(url, HTTP_HOST="localhost")  # warm-up: site root paths are cached per language
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return len(captured), len(root.findall("channel/item")) + len(root.findall(f"{ATOM}entry"))


@pytest.mark.parametrize(
    "url",
    ["/feeds/en/news.rss", "/feeds/ru/news.atom", "/feeds/en/press-releases.atom", "/feeds/ru/press-releases.rss"],
)
def test_feed_query_count_is_the_same_for_1_and_20_entries(news_index_page, client, url):
    def add(count):
        for index in range(count):
            article = NewsPageFactory(
                parent=news_index_page, date=datetime.date(2022, 1, 1) + datetime.timedelta(index)
            )
            article.tags.add("border security", f"tag {index}")
            article.save_revision().publish()
            PressReleasePageFactory(parent=news_index_page)

    add(1)
    one = feed_cost(client, url)
    add(19)
    many = feed_cost(client, url)
    assert (one[1], many[1]) == (1, 20)
    assert one[0] == many[0]


def test_news_indexes_expose_their_feed_urls_in_the_served_language(demo_site, client):
    data = graphql_data(
        client,
        """{ news: page(path: "/en/news/") { ... on NewsIndexPage { rssUrl atomUrl } }
        press: page(path: "/en/press-releases/") { ... on NewsIndexPage { rssUrl atomUrl } } }""",
    )
    assert data == {
        "news": {"rssUrl": f"{HOST}/feeds/en/news.rss", "atomUrl": f"{HOST}/feeds/en/news.atom"},
        "press": {
            "rssUrl": f"{HOST}/feeds/en/press-releases.rss",
            "atomUrl": f"{HOST}/feeds/en/press-releases.atom",
        },
    }
    press = Page.objects.get(slug_en="press-releases")
    data = graphql_data(
        client,
        "query($path: String!) { page(path: $path) { ... on NewsIndexPage { rssUrl atomUrl } } }",
        {"path": f"/ru/{press.slug_ru}/"},
    )
    assert data == {
        "page": {"rssUrl": f"{HOST}/feeds/ru/press-releases.rss", "atomUrl": f"{HOST}/feeds/ru/press-releases.atom"}
    }


def test_feeds_leave_out_unready_language_versions_when_the_site_reports_them_unavailable(
    news_index_page, client, settings
):
    settings.TRANSLATIONS_SERVE_UNREADY = "unavailable"
    ready = NewsPageFactory(parent=news_index_page, title="Ready in Russian", date=datetime.date(2022, 10, 19))
    NewsPageFactory(parent=news_index_page, title="English only", date=datetime.date(2022, 10, 18))
    mark_ready(ready, "ru")

    titles = {}
    for language in ("en", "ru"):
        _response, rss = get_feed(client, f"/feeds/{language}/news.rss")
        titles[language] = [item["title"] for item in rss_items(rss.find("channel"))]
    assert titles == {"en": ["Ready in Russian", "English only"], "ru": ["Ready in Russian"]}


def test_feed_links_point_at_the_frontend_when_it_is_configured(news_index_page, client, settings):
    settings.FRONTEND_BASE_URL = "https://dushanbeprocess.org/"
    article = NewsPageFactory(parent=news_index_page, title="Conference opens", slug="conference-opens")
    index = news_index_page.slug

    _response, rss = get_feed(client, "/feeds/en/news.rss")
    _response, atom = get_feed(client, "/feeds/en/news.atom")

    channel = rss.find("channel")
    assert channel.findtext("link") == f"https://dushanbeprocess.org/en/{index}/"
    assert [item["link"] for item in rss_items(channel)] == [
        f"https://dushanbeprocess.org/en/{index}/conference-opens/"
    ]
    assert [entry["link"] for entry in atom_entries(atom)] == [
        f"https://dushanbeprocess.org/en/{index}/conference-opens/"
    ]
    # The feed itself is served here, not by the web site; the guid does not depend on either.
    assert atom.find(f"{ATOM}link[@rel='self']").get("href") == f"{HOST}/feeds/en/news.atom"
    assert [item["guid"] for item in rss_items(channel)] == [guid(article, "en")]


def test_feed_links_use_the_request_host_without_a_frontend(news_index_page, client, settings):
    settings.FRONTEND_BASE_URL = ""
    NewsPageFactory(parent=news_index_page, title="Conference opens", slug="conference-opens")
    index = news_index_page.slug

    _response, rss = get_feed(client, "/feeds/ru/news.rss")

    channel = rss.find("channel")
    assert channel.findtext("link") == f"{HOST}/ru/{index}/"
    assert [item["link"] for item in rss_items(channel)] == [f"{HOST}/ru/{index}/conference-opens/"]
