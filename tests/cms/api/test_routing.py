"""page(path:): any public language-prefixed path resolves to its page, in that language."""

import pytest
from django.utils import translation
from wagtail.models import Page

from cms.languages import language_codes
from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db

PAGE_BY_PATH = "query ($path: String!) { page(path: $path) { id title url language pageType } }"


def test_page_path_every_url_in_every_language_round_trips(demo_site, client):
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    for code in language_codes():
        for page in pages:
            with translation.override(code):
                url, title = page.url, page.title
            data = graphql_data(client, PAGE_BY_PATH, {"path": url})
            assert data["page"] == {
                "id": str(page.pk),
                "title": title,
                "url": url,
                "language": code.upper(),
                "pageType": type(page).__name__,
            }
    assert len(pages) == 36


def test_page_path_accepts_percent_encoded_and_unencoded_paths(demo_site, client):
    encoded = "/ru/%D0%B4%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4%D1%87%D0%B8%D0%BA%D0%B8/"
    for path in (encoded, "/ru/докладчики/", "/ru/докладчики"):
        assert graphql_data(client, PAGE_BY_PATH, {"path": path})["page"]["title"] == "Докладчики"


def test_page_path_language_comes_from_the_path_not_the_header(demo_site, client):
    data = graphql_data(client, PAGE_BY_PATH, {"path": "/ar/2022/"}, HTTP_ACCEPT_LANGUAGE="ru")
    assert data["page"]["language"] == "AR"


@pytest.mark.parametrize("path", ["/2022/", "/de/2022/", "/en/no-such-page/", "", "en/2022", "/en/2022/../2019/"])
def test_page_path_unknown_or_unprefixed_is_null(demo_site, client, path):
    assert graphql_data(client, PAGE_BY_PATH, {"path": path})["page"] is None


def test_page_path_unpublished_page_is_null(demo_site, client):
    session = Page.objects.get(slug_en="thematic-session-i")
    session.unpublish()
    assert graphql_data(client, PAGE_BY_PATH, {"path": "/en/2022/thematic-session-i/"})["page"] is None


def test_page_path_home_is_the_language_root(demo_site, client):
    data = graphql_data(client, PAGE_BY_PATH, {"path": "/tg/"})
    assert (data["page"]["pageType"], data["page"]["url"], data["page"]["title"]) == (
        "HomePage",
        "/tg/",
        "Раванди Душанбе",
    )
