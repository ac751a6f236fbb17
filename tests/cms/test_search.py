"""The `search` root field: per-language matching with the English fallback, visibility, limits, query counts."""

import graphene
import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from grapple.registry import registry
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

import cms.api.schema  # noqa: F401 - trims grapple's generated types, as the served schema does
from cms.api.middleware import LanguageMiddleware
from cms.api.search import SearchQueries
from cms.search import MAX_QUERY_LENGTH
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsPageFactory, PressReleasePageFactory
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory

pytestmark = pytest.mark.django_db


class Query(SearchQueries, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query, types=list(registry.pages.values()))

SEARCH = """query Search($query: String!, $language: Language, $limit: Int, $offset: Int) {
  search(query: $query, language: $language, limit: $limit, offset: $offset) {
    totalCount limit offset
    items { title url language pageType }
  }
}"""


def execute(query, language=None, limit=None, offset=None, **headers):
    variables = {"query": query, "language": language, "limit": limit, "offset": offset}
    request = RequestFactory().post("/graphql/", **headers)
    # As the view does: the language a root field activates must not leak into the test.
    with translation.override(settings.LANGUAGE_CODE):
        return schema.execute(
            SEARCH,
            variables={name: value for name, value in variables.items() if value is not None},
            context_value=request,
            middleware=[LanguageMiddleware()],
        )


def search(query, language=None, **kwargs):
    """The `search` result of a query that must succeed."""
    result = execute(query, language, **kwargs)
    assert result.errors is None, result.errors
    return result.data["search"]


def titles(query, language=None, **kwargs):
    return [item["title"] for item in search(query, language, **kwargs)["items"]]


def paragraphs(html):
    return [("paragraph", RichText(html))]


@pytest.fixture
def border_page(home_page):
    """English "Interpol" only in the Russian body; Russian "Душанбе" only in the English body."""
    return StandardPageFactory(
        parent=home_page,
        title_en="Border management",
        title_ru="Управление границами",
        body_en=paragraphs("<p>Experts met in the city Russian speakers call Душанбе.</p>"),
        body_ru=paragraphs("<p>Выступил представитель Interpol.</p>"),
    )


def test_search_english_word_only_in_russian_body_is_not_found_in_english(border_page):
    assert search("Interpol", "EN") == {"totalCount": 0, "limit": 20, "offset": 0, "items": []}


def test_search_english_word_only_in_russian_body_is_found_in_russian(border_page):
    assert search("Interpol", "RU")["items"] == [
        {
            "title": "Управление границами",
            "url": f"/ru/{border_page.slug}/",
            "language": "RU",
            "pageType": "StandardPage",
        }
    ]


def test_search_russian_word_only_in_english_body_is_found_in_english(border_page):
    assert titles("Душанбе", "EN") == ["Border management"]


def test_search_russian_word_only_in_english_body_is_not_found_in_russian(border_page):
    assert titles("Душанбе", "RU") == []


def test_search_russian_rich_text_is_found_in_russian_only(speaker_index_page):
    SpeakerPageFactory(
        parent=speaker_index_page,
        title_en="Vladimir Voronkov",
        title_ru="Владимир Воронков",
        biography_en="<p>Under-Secretary-General of the United Nations.</p>",
        biography_ru="<p>Заместитель Генерального секретаря ООН.</p>",
    )
    assert (titles("Генерального", "RU"), titles("Генерального", "EN")) == (["Владимир Воронков"], [])


def test_search_tajik_falls_back_to_english_where_tajik_is_empty(home_page):
    StandardPageFactory(parent=home_page, title_en="Water Action Decade", title_tg="")
    assert titles("Water Action", "TG") == ["Water Action Decade"]


def test_search_tajik_does_not_search_english_where_tajik_is_filled(home_page):
    StandardPageFactory(parent=home_page, title_en="Water Action Decade", title_tg="Даҳсолаи амал барои об")
    assert (titles("Water Action", "TG"), titles("амал барои", "TG")) == ([], ["Даҳсолаи амал барои об"])


def test_search_tajik_falls_back_to_english_streamfield_where_tajik_body_is_empty(home_page):
    StandardPageFactory(parent=home_page, title_en="About", body_en=paragraphs("<p>Border security</p>"), body_tg=[])
    assert titles("Border security", "TG") == ["About"]


def test_search_language_comes_from_accept_language_without_argument(border_page):
    assert titles("Interpol", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9") == ["Управление границами"]


def test_search_finds_every_searched_page_type_by_its_translated_fields(
    home_page, event_page, speaker_index_page, news_index_page
):
    marker = "Гиссар"
    StandardPageFactory(parent=home_page, title_en="Standard", title_ru=f"Крепость {marker}")
    EventPageFactory(parent=home_page, title_en="Event", subtitle_ru=f"Тема {marker}")
    SessionPageFactory(
        parent=event_page, title_en="Session", key_issues_ru=[("key_issue", RichText(f"<p>{marker}</p>"))]
    )
    SpeakerPageFactory(parent=speaker_index_page, title_en="Speaker", position_ru=f"Хоким {marker}")
    NewsPageFactory(parent=news_index_page, title_en="News", dateline_ru=f"{marker}/ДУШАНБЕ")
    PressReleasePageFactory(parent=news_index_page, title_en="Release", summary_ru=f"В {marker} прошла встреча.")
    found = search(marker, "RU")["items"]
    assert sorted(item["pageType"] for item in found) == [
        "EventPage",
        "NewsPage",
        "PressReleasePage",
        "SessionPage",
        "SpeakerPage",
        "StandardPage",
    ]


def test_search_does_not_look_at_index_or_home_pages(home_page, news_index_page):
    assert titles(home_page.title, "EN") == []


def test_search_never_returns_unpublished_pages(home_page):
    page = StandardPageFactory(parent=home_page, title_en="Embargoed statement")
    page.unpublish()
    assert titles("Embargoed", "EN") == []


def test_search_never_returns_text_only_in_a_draft(home_page):
    page = StandardPageFactory(parent=home_page, title_en="Published statement")
    page.title_en = "Draft statement"
    page.save_revision()
    assert (titles("Draft", "EN"), titles("Published", "EN")) == ([], ["Published statement"])


def test_search_never_returns_private_pages(home_page):
    page = StandardPageFactory(parent=home_page, title_en="Delegates only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert titles("Delegates", "EN") == []


def test_search_lists_most_recently_published_first(home_page):
    older, republished, newer = (StandardPageFactory(parent=home_page, title_en=f"Report {n}") for n in range(3))
    republished.save_revision().publish()
    # Published through a revision: it has a publication time, the factory pages do not.
    assert titles("Report", "EN") == ["Report 1", "Report 2", "Report 0"]


def test_search_paginates_with_exact_total_count(home_page):
    for n in range(25):
        StandardPageFactory(parent=home_page, title_en=f"Declaration {n:02}")
    page = search("declaration", "EN", limit=10, offset=20)
    assert (page["totalCount"], page["limit"], page["offset"]) == (25, 10, 20)
    assert [item["title"] for item in page["items"]] == [f"Declaration {n:02}" for n in range(4, -1, -1)]


def test_search_treats_like_wildcards_literally(home_page):
    StandardPageFactory(parent=home_page, title_en="Declaration")
    assert (titles("%", "EN"), titles("_", "EN")) == ([], [])


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_search_rejects_an_empty_query(home_page, query):
    result = execute(query, "EN")
    assert result.data is None
    assert [(error.message, error.extensions) for error in result.errors] == [
        ("The search query must not be empty.", {"code": "BAD_SEARCH_QUERY"})
    ]


def test_search_rejects_a_query_over_the_length_limit(home_page):
    result = execute("a" * (MAX_QUERY_LENGTH + 1), "EN")
    assert result.data is None
    assert [(error.message, error.extensions) for error in result.errors] == [
        ("The search query is 201 characters long, over the limit of 200.", {"code": "BAD_SEARCH_QUERY"})
    ]


def test_search_accepts_a_query_at_the_length_limit(home_page):
    assert search("a" * MAX_QUERY_LENGTH, "EN")["totalCount"] == 0


def count_queries(query, language="EN"):
    search(query, language, limit=50)  # warm-up: content types and site root paths are cached per process
    with CaptureQueriesContext(connection) as captured:
        found = search(query, language, limit=50)
    return found["totalCount"], len(captured)


def test_search_query_count_does_not_grow_with_results_of_one_type(home_page):
    StandardPageFactory(parent=home_page, title_en="Dushanbe Water Process 0")
    one = count_queries("Water Process")
    for n in range(1, 21):
        StandardPageFactory(parent=home_page, title_en=f"Dushanbe Water Process {n}")
    # View restrictions (public()), the window, the count, the StandardPages, the site (for urls).
    assert (one, count_queries("Water Process")) == ((1, 5), (21, 5))


def test_search_query_count_does_not_grow_with_results_of_every_type(
    home_page, event_page, speaker_index_page, news_index_page
):
    def build(n):
        for _ in range(n):
            StandardPageFactory(parent=home_page, summary_en="Border security")
            EventPageFactory(parent=home_page, summary_en="Border security")
            SessionPageFactory(parent=event_page, summary_en="Border security")
            SpeakerPageFactory(parent=speaker_index_page, position_en="Border security")
            NewsPageFactory(parent=news_index_page, summary_en="Border security")
            PressReleasePageFactory(parent=news_index_page, summary_en="Border security")

    build(1)
    one = count_queries("border security")
    build(4)
    # View restrictions, window, count, site, then per type its rows and its detail loader's prefetches.
    assert (one, count_queries("border security")) == ((6, 24), (30, 24))
