"""Concurrent misses of one answer: one request makes it, the others wait for it (cms/api/caching/filling.py)."""

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from cms.api.caching import filling
from cms.api.view import ContentGraphQLView

CLIENTS = 8
SCHEDULE = "{ event { title } }"


def _fetch_together(url, clients):
    """GET `url` from `clients` threads released at the same moment; their (status, body) pairs."""
    start = threading.Barrier(clients)
    answers = [None] * clients

    def fetch(index):
        start.wait()
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - the live server's http URL
                answers[index] = (response.status, response.read().decode())
        except urllib.error.HTTPError as error:  # a 400 is an answer too
            answers[index] = (error.code, error.read().decode())

    threads = [threading.Thread(target=fetch, args=(index,)) for index in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.fixture
def executions(monkeypatch):
    """Counts GraphQL executions; each takes 0.5 s longer so the concurrent misses overlap."""
    made = []
    execute = ContentGraphQLView.execute_graphql_request

    def slow_execute(self, *args, **kwargs):
        made.append(1)
        time.sleep(0.5)
        return execute(self, *args, **kwargs)

    monkeypatch.setattr(ContentGraphQLView, "execute_graphql_request", slow_execute)
    return made


@pytest.mark.parametrize(("fill_wait", "made"), [(10, 1), (0, CLIENTS)])
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_misses_make_the_answer_once(live_server, event_page, executions, settings, fill_wait, made):
    settings.CMS_API_CACHE = {**settings.CMS_API_CACHE, "FILL_WAIT": fill_wait}
    url = f"{live_server.url}/graphql/?" + urllib.parse.urlencode({"query": SCHEDULE})

    answers = _fetch_together(url, CLIENTS)

    assert len(executions) == made
    assert {status for status, _body in answers} == {200}
    assert {json.loads(body)["data"]["event"]["title"] for _status, body in answers} == {"Dushanbe Conference 2019"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_waiters_make_their_own_answer_when_the_first_has_errors(live_server, event_page, executions, settings):
    # An answer with errors is never stored: the others must not wait FILL_WAIT for it.
    settings.CMS_API_CACHE = {**settings.CMS_API_CACHE, "FILL_WAIT": 10}
    url = f"{live_server.url}/graphql/?" + urllib.parse.urlencode({"query": '{ event(slug: "2019") { nosuchfield } }'})

    began = time.monotonic()
    answers = _fetch_together(url, 3)

    assert time.monotonic() - began < 5
    assert [status for status, _body in answers] == [400] * 3
    assert [json.loads(body)["errors"][0]["message"] for _status, body in answers] == [
        "Cannot query field 'nosuchfield' on type 'EventPage'."
    ] * 3


def test_a_claim_is_held_once_per_answer_and_versions():
    versions = {"wagtailcore_page": "a1"}
    first = filling.claim("answer-key", versions)

    assert first is not None
    assert filling.claim("answer-key", versions) is None
    # After a publish the versions differ: a claim made from older content is not shared.
    assert filling.claim("answer-key", {"wagtailcore_page": "b2"}) is not None
    filling.release(first)
    assert filling.claim("answer-key", versions) == first


def test_a_waiter_gives_up_when_no_answer_comes(settings):
    settings.CMS_API_CACHE = {**settings.CMS_API_CACHE, "FILL_WAIT": 0.2}
    versions = {"wagtailcore_page": "a1"}
    assert filling.claim("answer-key", versions) is not None

    began = time.monotonic()
    assert filling.wait_for_answer("answer-key", versions) is None
    assert 0.2 <= time.monotonic() - began < 1
