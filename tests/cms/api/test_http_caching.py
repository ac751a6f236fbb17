"""GraphQL over GET for CDNs and apps: ETag and 304, Cache-Control, Vary, persisted queries."""

import hashlib
import json

import pytest

pytestmark = pytest.mark.django_db

EVENT_TITLE = '{ event(slug: "2019") { title } }'
EVENT_BODY = b'{"data":{"event":{"title":"Dushanbe Conference 2019"}}}'
SHA = hashlib.sha256(EVENT_TITLE.encode()).hexdigest()
ETAG = '"' + hashlib.sha256(EVENT_BODY).hexdigest()[:32] + '"'


@pytest.fixture
def event(event_page):
    event_page.slug = "2019"
    event_page.save_revision().publish()
    return event_page


def get(client, **params):
    headers = params.pop("headers", {})
    encoded = {name: json.dumps(value) if isinstance(value, dict) else value for name, value in params.items()}
    return client.get("/graphql/", encoded, HTTP_HOST="localhost", HTTP_ACCEPT="application/json", **headers)


def persisted(sha=SHA, version=1):
    return {"persistedQuery": {"version": version, "sha256Hash": sha}}


def test_a_get_query_is_public_with_an_etag(client, event):
    response = get(client, query=EVENT_TITLE)
    assert response.status_code == 200
    assert response.content == EVENT_BODY
    assert response["ETag"] == ETAG
    assert response["Cache-Control"] == "public, max-age=0"
    assert "Accept-Language" in response["Vary"]
    assert "csrftoken" not in response.cookies


def test_a_cdn_may_keep_answers_for_s_maxage(client, event, settings):
    settings.CMS_API_CACHE = {"MAX_AGE": 0, "S_MAXAGE": 30}
    assert get(client, query=EVENT_TITLE)["Cache-Control"] == "public, max-age=0, s-maxage=30"


def test_if_none_match_with_the_current_etag_gets_304(client, event):
    get(client, query=EVENT_TITLE)
    response = get(client, query=EVENT_TITLE, headers={"HTTP_IF_NONE_MATCH": ETAG})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == ETAG
    assert response["Cache-Control"] == "public, max-age=0"


def test_if_none_match_after_a_publish_gets_the_new_answer(client, event):
    get(client, query=EVENT_TITLE)
    event.title = "Dushanbe Conference 2019, revised"
    event.save_revision().publish()
    response = get(client, query=EVENT_TITLE, headers={"HTTP_IF_NONE_MATCH": ETAG})
    assert response.status_code == 200
    assert response.content == b'{"data":{"event":{"title":"Dushanbe Conference 2019, revised"}}}'
    assert response["ETag"] != ETAG


def test_post_answers_are_not_stored_by_shared_caches(client, event):
    response = client.post(
        "/graphql/", json.dumps({"query": EVENT_TITLE}), content_type="application/json", HTTP_HOST="localhost"
    )
    assert response.content == EVENT_BODY
    assert response["Cache-Control"] == "no-store"
    assert not response.has_header("ETag")


def test_a_get_answer_with_errors_is_not_public(client, event):
    response = get(client, query="{ news(limit: 1000) { totalCount } }")
    assert response["Cache-Control"] == "no-store"
    assert not response.has_header("ETag")


def test_a_mutation_over_get_is_refused(client, home_page):
    response = get(client, query="mutation { submitContactForm(input: {fields: []}) { errors { field } } }")
    assert response.status_code == 405
    assert response.json() == {"errors": [{"message": "Can only perform a mutation operation from a POST request."}]}


def test_an_unknown_persisted_query_is_not_found(client, event):
    response = get(client, extensions=persisted())
    assert response.status_code == 200
    assert response.json() == {
        "errors": [{"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}]
    }
    assert response["Cache-Control"] == "no-store"


def test_a_persisted_query_is_registered_then_answered_by_hash(client, event):
    registered = client.post(
        "/graphql/",
        json.dumps({"query": EVENT_TITLE, "extensions": persisted()}),
        content_type="application/json",
        HTTP_HOST="localhost",
    )
    assert registered.content == EVENT_BODY
    by_hash = get(client, extensions=persisted())
    assert by_hash.status_code == 200
    assert by_hash.content == EVENT_BODY
    assert by_hash["ETag"] == ETAG
    assert get(client, extensions=persisted(), headers={"HTTP_IF_NONE_MATCH": ETAG}).status_code == 304


def test_a_persisted_query_whose_text_does_not_match_its_hash_is_refused(client, event):
    response = get(client, query="{ events { title } }", extensions=persisted())
    assert response.json() == {
        "errors": [
            {"message": "provided sha does not match query", "extensions": {"code": "PERSISTED_QUERY_HASH_MISMATCH"}}
        ]
    }
    assert get(client, extensions=persisted()).json()["errors"][0]["message"] == "PersistedQueryNotFound"


@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        (persisted(version=2), "Unsupported persisted query version: only version 1 is."),
        (persisted(sha="abc"), "persistedQuery.sha256Hash must be 64 lowercase hex digits."),
        ("{not json", "The extensions parameter is not valid JSON."),
    ],
)
def test_a_malformed_persisted_query_gets_a_clear_error(client, event, extensions, message):
    response = get(client, extensions=extensions)
    assert response.status_code == 200
    assert response.json() == {"errors": [{"message": message, "extensions": {"code": "BAD_REQUEST"}}]}


@pytest.fixture
def view_must_not_run(monkeypatch):
    """After this, any request that reaches the GraphQL view fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the GraphQL view ran")

    return lambda: monkeypatch.setattr("cms.api.view.ContentGraphQLView.get_response", refuse)


def test_a_cached_get_answer_is_served_before_the_view(client, event, view_must_not_run):
    get(client, query=EVENT_TITLE)
    view_must_not_run()
    response = get(client, query=EVENT_TITLE)
    assert response.content == EVENT_BODY
    assert response["ETag"] == ETAG
    assert response["Cache-Control"] == "public, max-age=0"
    assert get(client, query=EVENT_TITLE, headers={"HTTP_IF_NONE_MATCH": ETAG}).status_code == 304


def test_the_early_answer_keeps_languages_apart(client, event, view_must_not_run):
    event.title_ru = "Душанбинская конференция 2019"
    event.save_revision().publish()
    get(client, query=EVENT_TITLE)
    get(client, query=EVENT_TITLE, headers={"HTTP_ACCEPT_LANGUAGE": "ru"})
    view_must_not_run()
    russian = get(client, query=EVENT_TITLE, headers={"HTTP_ACCEPT_LANGUAGE": "ru"})
    english = get(client, query=EVENT_TITLE)
    assert russian.json() == {"data": {"event": {"title": "Душанбинская конференция 2019"}}}
    assert english.content == EVENT_BODY


def test_a_persisted_query_hash_is_served_before_the_view(client, event, view_must_not_run):
    get(client, query=EVENT_TITLE, extensions=persisted())
    view_must_not_run()
    assert get(client, extensions=persisted()).content == EVENT_BODY


def test_a_publish_sends_the_next_get_to_the_view(client, event):
    get(client, query=EVENT_TITLE)
    event.title = "Dushanbe Conference 2019, revised"
    event.save_revision().publish()
    assert get(client, query=EVENT_TITLE).content == b'{"data":{"event":{"title":"Dushanbe Conference 2019, revised"}}}'
