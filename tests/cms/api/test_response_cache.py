"""The shared cache of GraphQL answers: served while its tables are unchanged, never stale."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.api.caching import responses
from cms.api.caching.tables import TablesRead
from cms.api.caching.versions import change_versions, current_versions
from tests.factories.home import OrganisationFactory
from tests.factories.news import NewsPageFactory
from tests.factories.people import SpeakerPageFactory
from tests.graphql import post_graphql

pytestmark = pytest.mark.django_db

EVENT_TITLE = '{ event(slug: "2019") { title } }'
NEWS_TITLES = "{ news { items { title } } }"
SPEAKER_ORGANISATIONS = "{ speakers { items { ... on SpeakerPage { organisation { name } } } } }"


def answer(client, query, variables=None, **headers):
    """(body, SQL queries run) of POSTing `query`."""
    with CaptureQueriesContext(connection) as captured:
        _status, body = post_graphql(client, query, variables, **headers)
    return body, len(captured)


@pytest.fixture
def event(event_page):
    event_page.slug = "2019"
    event_page.save_revision().publish()
    return event_page


def test_a_repeated_query_is_answered_from_the_cache_without_sql(client, event):
    first, first_queries = answer(client, EVENT_TITLE)
    second, second_queries = answer(client, EVENT_TITLE)
    assert first == second == {"data": {"event": {"title": "Dushanbe Conference 2019"}}}
    assert first_queries > 0
    assert second_queries == 0


def test_publishing_a_change_is_read_at_once(client, event):
    answer(client, EVENT_TITLE)
    event.title = "Dushanbe Conference 2019, revised"
    event.save_revision().publish()
    body, queries = answer(client, EVENT_TITLE)
    assert body == {"data": {"event": {"title": "Dushanbe Conference 2019, revised"}}}
    assert queries > 0


def test_saving_a_draft_keeps_the_cached_answer(client, event):
    answer(client, EVENT_TITLE)
    event.title = "Not yet public"
    event.save_revision()
    body, queries = answer(client, EVENT_TITLE)
    assert body == {"data": {"event": {"title": "Dushanbe Conference 2019"}}}
    assert queries == 0


def test_unpublishing_removes_the_page_from_cached_lists(client, news_index_page):
    article = NewsPageFactory(parent=news_index_page, title="Border security news")
    assert answer(client, NEWS_TITLES)[0] == {"data": {"news": {"items": [{"title": "Border security news"}]}}}
    article.unpublish()
    assert answer(client, NEWS_TITLES)[0] == {"data": {"news": {"items": []}}}


def test_a_snippet_change_invalidates_only_answers_that_read_snippets(client, speaker_index_page, news_index_page):
    organisation = OrganisationFactory(name="OSCE")
    SpeakerPageFactory(parent=speaker_index_page, organisation=organisation)
    NewsPageFactory(parent=news_index_page, title="Border security news")
    answer(client, SPEAKER_ORGANISATIONS)
    answer(client, NEWS_TITLES)
    organisation.name = "Organization for Security and Co-operation in Europe"
    organisation.save()
    speakers, speaker_queries = answer(client, SPEAKER_ORGANISATIONS)
    news, news_queries = answer(client, NEWS_TITLES)
    assert speakers["data"]["speakers"]["items"] == [
        {"organisation": {"name": "Organization for Security and Co-operation in Europe"}}
    ]
    assert speaker_queries > 0
    assert news == {"data": {"news": {"items": [{"title": "Border security news"}]}}}
    assert news_queries == 0


def test_each_language_has_its_own_answer(client, event):
    event.title_ru = "Душанбинская конференция 2019"
    event.save_revision().publish()
    english, _ = answer(client, EVENT_TITLE)
    russian, _ = answer(client, EVENT_TITLE, HTTP_ACCEPT_LANGUAGE="ru")
    russian_again, queries = answer(client, EVENT_TITLE, HTTP_ACCEPT_LANGUAGE="ru")
    assert english == {"data": {"event": {"title": "Dushanbe Conference 2019"}}}
    assert russian == russian_again == {"data": {"event": {"title": "Душанбинская конференция 2019"}}}
    assert queries == 0


def test_an_answer_with_errors_is_not_cached(client, event):
    query = '{ event(slug: "2019") { title } news(limit: 1000) { totalCount } }'
    first, first_queries = answer(client, query)
    second, second_queries = answer(client, query)
    assert first == second
    assert [error["extensions"]["code"] for error in first["errors"]] == ["PAGE_SIZE_LIMIT"]
    assert second_queries == first_queries > 0


def test_a_preview_is_never_cached(client, event):
    event.title = "The draft"
    page_preview = event.save_revision().as_object().create_page_preview()
    query = "query ($token: String!) { preview(token: $token) { title } }"
    first, _ = answer(client, query, {"token": page_preview.token})
    second, second_queries = answer(client, query, {"token": page_preview.token})
    assert first == second == {"data": {"preview": {"title": "The draft"}}}
    assert second_queries > 0


def test_a_mutation_is_never_cached(client, home_page):
    mutation = "mutation ($input: ContactFormInput!) { submitContactForm(input: $input) { errors { field } } }"
    variables = {"input": {"fields": [{"name": "email", "value": "not an address"}]}}
    first, first_queries = answer(client, mutation, variables)
    second, second_queries = answer(client, mutation, variables)
    assert first == second
    assert second_queries == first_queries > 0


def test_an_answer_made_while_content_changed_is_not_served(rf, event):
    """The versions stored are those read before executing: a change meanwhile outdates the answer."""
    request = rf.get("/graphql/", HTTP_HOST="localhost")
    key = responses.answer_key(request, EVENT_TITLE, {}, None)
    before = current_versions(["programme_eventpage", "wagtailcore_page"])
    change_versions(["programme_eventpage"])  # a publish while the answer was being made
    responses.store_answer(key, '{"data":{}}', 200, {"programme_eventpage", "wagtailcore_page"}, before)
    assert responses.cached_answer(key) is None


def test_an_answer_that_read_an_unknown_table_is_not_stored(rf):
    request = rf.get("/graphql/", HTTP_HOST="localhost")
    key = responses.answer_key(request, EVENT_TITLE, {}, None)
    assert responses.store_answer(key, '{"data":{}}', 200, {"not_a_model_table"}, {}) is None
    assert responses.cached_answer(key) is None


def test_tables_are_read_from_the_sql_of_both_databases():
    recorder = TablesRead()
    sql = (
        'SELECT "wagtailcore_page"."id" FROM "wagtailcore_page" INNER JOIN "programme_sessionpage" '
        'ON ("wagtailcore_page"."id" = "programme_sessionpage"."page_ptr_id") WHERE "wagtailcore_page"."id" IN '
        '(SELECT U0."page_id" FROM "translations_languagereadiness" U0)'
    )
    recorder(lambda *args: None, sql, (), False, {})
    assert recorder.tables == {"wagtailcore_page", "programme_sessionpage", "translations_languagereadiness"}


def test_the_cache_can_be_turned_off(client, event, settings):
    settings.CMS_API_CACHE = {"ENABLED": False}
    answer(client, EVENT_TITLE)
    _, queries = answer(client, EVENT_TITLE)
    assert queries > 0


def test_cached_answers_keep_their_exact_bytes(client, event):
    first = client.post(
        "/graphql/", json.dumps({"query": EVENT_TITLE}), content_type="application/json", HTTP_HOST="localhost"
    )
    second = client.post(
        "/graphql/", json.dumps({"query": EVENT_TITLE}), content_type="application/json", HTTP_HOST="localhost"
    )
    assert second.content == first.content == b'{"data":{"event":{"title":"Dushanbe Conference 2019"}}}'


def test_an_answer_whose_body_was_evicted_everywhere_is_made_again(client, event):
    from django.core.cache import cache

    from cms.api.caching import bodies

    answer(client, EVENT_TITLE)
    etag = responses.body_etag('{"data":{"event":{"title":"Dushanbe Conference 2019"}}}')
    cache.delete(bodies.PREFIX + etag)  # as Redis may evict it
    _, with_local_copy = answer(client, EVENT_TITLE)
    bodies.forget_local_copies()
    body, without_any_copy = answer(client, EVENT_TITLE)
    assert with_local_copy == 0
    assert without_any_copy > 0
    assert body == {"data": {"event": {"title": "Dushanbe Conference 2019"}}}
