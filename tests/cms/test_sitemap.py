"""/sitemap.xml: public pages in each ready language, with hreflang alternates."""

import datetime

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories.news import NewsPageFactory
from translations.readiness import mark_ready

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def read_sitemap(client):
    response = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert response.status_code == 200
    return {
        url.findtext(f"{SITEMAP}loc"): (
            url.findtext(f"{SITEMAP}lastmod"),
            [(link.get("hreflang"), link.get("href")) for link in url.findall(f"{XHTML}link")],
        )
        for url in ET.fromstring(response.content).findall(f"{SITEMAP}url")
    }


def test_sitemap_lists_ready_language_versions_with_alternates(news_index_page, client):
    article = NewsPageFactory(parent=news_index_page, title="Conference opens", slug="conference-opens")
    article.slug_ru = "konferentsiya"
    article.save_revision().publish()
    mark_ready(article, "ru")
    NewsPageFactory(parent=news_index_page, title="Draft", live=False)
    future = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=3)
    NewsPageFactory(parent=news_index_page, title="Scheduled", live=False, go_live_at=future)
    NewsPageFactory(parent=news_index_page, title="Withdrawn").unpublish()
    private = NewsPageFactory(parent=news_index_page, title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    article.refresh_from_db()

    # Django's sitemap writes the date in the site's time zone (Asia/Dushanbe, UTC+5).
    published = timezone.localtime(article.last_published_at).strftime("%Y-%m-%d")
    index = news_index_page.slug  # factories number their titles, and the slug with them
    versions = [
        ("en", f"http://localhost/en/{index}/conference-opens/"),
        ("ru", f"http://localhost/ru/{index}/konferentsiya/"),
    ]
    assert read_sitemap(client) == {
        # Not ready in any language but English: no alternates to name.
        "http://localhost/en/": (None, []),
        f"http://localhost/en/{index}/": (None, []),
        # Ready in Russian, not in Tajik or Arabic.
        f"http://localhost/en/{index}/conference-opens/": (published, versions),
        f"http://localhost/ru/{index}/konferentsiya/": (published, versions),
    }


def sitemap_queries(client):
    client.get("/sitemap.xml", HTTP_HOST="localhost")  # warm-up: site root paths are cached per language
    with CaptureQueriesContext(connection) as captured:
        entries = read_sitemap(client)
    return len(captured), len(entries)


def test_sitemap_query_count_is_the_same_for_1_and_20_pages(news_index_page, client):
    def add(count):
        for _ in range(count):
            article = NewsPageFactory(parent=news_index_page)
            mark_ready(article, "ru")

    add(1)
    one = sitemap_queries(client)
    add(19)
    many = sitemap_queries(client)
    assert (one[1], many[1]) == (2 + 2 * 1, 2 + 2 * 20)
    assert one[0] == many[0]


def test_sitemap_lists_frontend_urls_when_the_frontend_is_configured(news_index_page, client, settings):
    settings.FRONTEND_BASE_URL = "https://dushanbeprocess.org"
    article = NewsPageFactory(parent=news_index_page, title="Conference opens", slug="conference-opens")
    article.slug_ru = "konferentsiya"
    article.save_revision().publish()
    mark_ready(article, "ru")
    article.refresh_from_db()

    published = timezone.localtime(article.last_published_at).strftime("%Y-%m-%d")
    index = news_index_page.slug
    versions = [
        ("en", f"https://dushanbeprocess.org/en/{index}/conference-opens/"),
        ("ru", f"https://dushanbeprocess.org/ru/{index}/konferentsiya/"),
    ]
    assert read_sitemap(client) == {
        "https://dushanbeprocess.org/en/": (None, []),
        f"https://dushanbeprocess.org/en/{index}/": (None, []),
        f"https://dushanbeprocess.org/en/{index}/conference-opens/": (published, versions),
        f"https://dushanbeprocess.org/ru/{index}/konferentsiya/": (published, versions),
    }
