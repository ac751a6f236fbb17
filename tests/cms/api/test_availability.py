"""Readiness in the API: `translations { isReady }`, `availableLanguages`, `fallbackFields`,
and TRANSLATIONS_SERVE_UNREADY = "unavailable"."""

import datetime

import pytest
from django.utils import translation

from tests.factories.news import NewsPageFactory
from tests.graphql import graphql_data, post_graphql
from translations.readiness import mark_not_ready, mark_ready

pytestmark = pytest.mark.django_db

PAGE = """query ($path: String!) { page(path: $path) {
  title language availableLanguages fallbackFields translations { language isReady } } }"""


@pytest.fixture
def article(news_index_page):
    """Fully translated into Russian, title only in Tajik, nothing in Arabic."""
    page = NewsPageFactory(
        parent=news_index_page,
        title="Conference opens",
        slug="conference-opens",
        date=datetime.date(2022, 10, 18),
        dateline="DUSHANBE",
        summary="Delegations arrive.",
    )
    page.title_ru, page.dateline_ru, page.summary_ru = "Конференция открывается", "ДУШАНБЕ", "Делегации прибывают."
    page.title_tg = "Конференсия оғоз мешавад"
    page.save_revision().publish()
    return page


def path(page, language):
    with translation.override(language):
        return page.get_url()


def test_availability_is_ready_only_where_a_translator_marked_it(client, article):
    mark_ready(article, "ru")
    data = graphql_data(client, PAGE, {"path": path(article, "en")})
    assert data["page"]["translations"] == [
        {"language": "EN", "isReady": True},
        {"language": "RU", "isReady": True},
        {"language": "TG", "isReady": False},
        {"language": "AR", "isReady": False},
    ]


def test_availability_withdrawn_mark_is_not_ready(client, article):
    mark_ready(article, "ru")
    mark_not_ready(article, "ru")
    data = graphql_data(client, PAGE, {"path": path(article, "en")})
    assert [t["isReady"] for t in data["page"]["translations"]] == [True, False, False, False]


def test_availability_fallback_fields_name_the_english_texts_in_graphql_names(client, article):
    english = graphql_data(client, PAGE, {"path": path(article, "en")})["page"]
    russian = graphql_data(client, PAGE, {"path": path(article, "ru")})["page"]
    tajik = graphql_data(client, PAGE, {"path": path(article, "tg")})["page"]
    arabic = graphql_data(client, PAGE, {"path": path(article, "ar")})["page"]
    assert (english["fallbackFields"], russian["fallbackFields"]) == ([], [])
    assert tajik["fallbackFields"] == ["dateline", "summary"]
    assert arabic["fallbackFields"] == ["title", "dateline", "summary"]
    assert (arabic["title"], arabic["language"]) == ("Conference opens", "AR")


def test_availability_serving_with_fallback_offers_every_language(client, article):
    data = graphql_data(client, PAGE, {"path": path(article, "tg")})
    assert data["page"]["availableLanguages"] == ["EN", "RU", "TG", "AR"]


@pytest.fixture
def report_unready(settings):
    settings.TRANSLATIONS_SERVE_UNREADY = "unavailable"


def test_availability_unavailable_mode_offers_only_ready_languages(client, article, report_unready):
    mark_ready(article, "ru")
    data = graphql_data(client, PAGE, {"path": path(article, "ru")})
    assert data["page"]["availableLanguages"] == ["EN", "RU"]
    assert data["page"]["title"] == "Конференция открывается"


def test_availability_unavailable_mode_reports_an_unready_page_with_its_languages(client, article, report_unready):
    mark_ready(article, "ru")
    status, body = post_graphql(client, PAGE, {"path": path(article, "tg")})
    assert status == 200
    assert body["data"] == {"page": None}
    assert [(e["extensions"]["code"], e["extensions"]["availableLanguages"]) for e in body["errors"]] == [
        ("LANGUAGE_NOT_AVAILABLE", ["EN", "RU"])
    ]
    assert body["errors"][0]["message"] == (
        "This page is not available in language TG; see extensions.availableLanguages."
    )


def test_availability_unavailable_mode_leaves_unready_pages_out_of_lists_and_counts(
    client, news_index_page, article, report_unready
):
    other = NewsPageFactory(
        parent=news_index_page, title="Second day", slug="second-day", date=datetime.date(2022, 10, 19)
    )
    mark_ready(other, "ru")
    query = "query ($language: Language) { news(language: $language) { totalCount items { title } } }"
    russian = graphql_data(client, query, {"language": "RU"})["news"]
    english = graphql_data(client, query, {"language": "EN"})["news"]
    assert russian == {"totalCount": 1, "items": [{"title": "Second day"}]}
    assert english == {"totalCount": 2, "items": [{"title": "Second day"}, {"title": "Conference opens"}]}


def test_availability_default_mode_serves_unready_pages_everywhere(client, news_index_page, article):
    query = "{ news(language: AR) { totalCount items { title fallbackFields } } }"
    assert graphql_data(client, query)["news"] == {
        "totalCount": 1,
        "items": [{"title": "Conference opens", "fallbackFields": ["title", "dateline", "summary"]}],
    }


def test_availability_unknown_serving_setting_is_a_clear_error(settings):
    from translations.readiness import serve_unready

    settings.TRANSLATIONS_SERVE_UNREADY = "hide"
    with pytest.raises(ValueError, match="TRANSLATIONS_SERVE_UNREADY must be 'fallback' or 'unavailable', not 'hide'"):
        serve_unready()


def test_availability_unavailable_mode_nulls_a_nested_unready_page(client, article, event_page, report_unready):
    article.related_event = event_page
    article.save_revision().publish()
    mark_ready(article, "ru")
    query = "{ news(language: RU) { items { title ... on NewsPage { relatedEvent { title } } } } }"
    assert graphql_data(client, query)["news"]["items"] == [{"title": "Конференция открывается", "relatedEvent": None}]
    mark_ready(event_page, "ru")
    assert graphql_data(client, query)["news"]["items"] == [
        {"title": "Конференция открывается", "relatedEvent": {"title": "Dushanbe Conference 2019"}}
    ]
