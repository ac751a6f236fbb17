"""The load test's parts that need no server: the editor's form, the readers' queries, the figures.

The whole run against gunicorn is tests/bench/test_load_publish.py (PostgreSQL and Redis only).
"""

import json
import re
import socket
import threading

import pytest
from django.test import override_settings
from wagtail.rich_text import RichText

from bench.content import EVENT_SLUG, build_content
from bench.edit_form import UnsupportedForm, edit_form_fields, stream_inputs, with_values
from bench.load_editor import Publish
from bench.load_report import failed, staleness, summarize
from bench.load_run import Answer, Reader, Run, served_from_cache
from bench.load_workload import LANGUAGES, edited_session, published_titles, revision_shown, workload
from sessions.models import SessionPage
from tests.factories.sessions import SessionPageFactory
from tests.factories.translations import UserFactory

CONTENTSTATE = '{"blocks": [{"key": "a1", "type": "unstyled", "text": "Foreign fighters"}], "entityMap": {}}'


def test_stream_inputs_are_what_wagtails_javascript_posts():
    state = [{"type": "key_issue", "value": CONTENTSTATE, "id": "4f1c"}]
    assert stream_inputs("key_issues_en", state) == [
        ("key_issues_en-count", "1"),
        ("key_issues_en-0-type", "key_issue"),
        ("key_issues_en-0-value", CONTENTSTATE),
        ("key_issues_en-0-deleted", ""),
        ("key_issues_en-0-order", "0"),
        ("key_issues_en-0-id", "4f1c"),
    ]


def test_stream_inputs_refuse_a_structured_block():
    with pytest.raises(UnsupportedForm, match="body: block 'quote' is not a simple field block"):
        stream_inputs("body", [{"type": "quote", "value": {"quote": "Q", "attribution": ""}, "id": "1"}])


def test_with_values_refuses_a_field_the_form_does_not_have():
    with pytest.raises(UnsupportedForm, match=r"the edit form has no field \['title_fr'\]"):
        with_values([("title_en", "Old")], {"title_fr": "Nouveau"})


@pytest.mark.django_db
def test_edit_form_fields_publish_new_titles_and_keep_everything_else(event_page, client):
    session = SessionPageFactory(
        parent=event_page,
        title_en="Opening",
        title_ru="Открытие",
        interpretation_languages=["ar", "ru"],
        key_issues_en=[("key_issue", RichText("<p>Foreign fighters</p>")), ("key_issue", RichText("<p>Borders</p>"))],
    )
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(f"/admin/pages/{session.pk}/edit/").content.decode()

    fields = with_values(edit_form_fields(html), published_titles(7))
    response = client.post(f"/admin/pages/{session.pk}/edit/", _form_data([*fields, ("action-publish", "x")]))

    assert response.status_code == 302
    session = SessionPage.objects.get(pk=session.pk)
    assert [getattr(session, f"title_{code}") for code in LANGUAGES] == [
        "Opening session · rev 0007",
        "Открытие конференции · ред. 0007",
        "Маросими ифтитоҳ · таҳр. 0007",
        "الجلسة الافتتاحية · مراجعة 0007",
    ]
    assert (session.live, session.has_unpublished_changes) == (True, False)
    # What the browser would have sent unchanged is unchanged: the multiple select, the stream.
    assert session.interpretation_languages == ["ar", "ru"]
    assert [_text(block.value.source) for block in session.key_issues_en] == ["Foreign fighters", "Borders"]


def _text(html):
    return re.sub(r"<[^>]+>", "", html)


def _form_data(pairs):
    # Lists, so that a repeated name (a multiple select) is posted with each of its values.
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return data


def test_revision_shown_reads_each_languages_title():
    session = _session()
    assert revision_shown("en", "Opening session · rev 0042", session) == 42
    assert revision_shown("ar", "الجلسة الافتتاحية · مراجعة 0003", session) == 3
    assert revision_shown("ru", "Session 0 (ru)", session) == 0
    # English text in a Russian answer, or a title nobody published, is no revision at all.
    assert revision_shown("ru", "Opening session · rev 0042", session) is None
    assert revision_shown("en", "Opening session · rev", session) is None


@pytest.mark.django_db
def test_every_query_of_the_workload_shows_the_edited_sessions_title():
    build_content(0.05, "test")
    session = edited_session(EVENT_SLUG)
    queries = workload(session)
    assert sorted((query.kind, query.language) for query in queries) == sorted(
        (kind, code) for kind in ("home", "schedule", "session") for code in LANGUAGES
    )
    from django.test import Client

    client = Client()
    shown = {}
    for query in queries:
        answer = json.loads(client.get(query.url).content)
        assert "errors" not in answer, answer
        title = query.title_shown(answer["data"])
        shown[query.kind, query.language] = (title, revision_shown(query.language, title, session))
    expected = {code: (f"Session 0: {_phrase(code)}", 0) for code in LANGUAGES}
    assert shown == {(kind, code): expected[code] for kind in ("home", "schedule", "session") for code in LANGUAGES}


def _phrase(code):
    from bench.content import WORDS

    return WORDS[code][0]


@pytest.mark.django_db
@override_settings(CMS_API_CACHE={"ENABLED": True})
def test_served_from_cache_tells_the_middlewares_answers_from_the_views(client, home_page):
    query = "/graphql/?query=%7B%20languages%20%7B%20code%20%7D%20%7D"
    computed, cached = client.get(query), client.get(query)
    assert (computed.status_code, cached.status_code) == (200, 200)
    assert computed["ETag"] == cached["ETag"]
    assert (served_from_cache(computed.headers), served_from_cache(cached.headers)) == (False, True)


def _session():
    from bench.load_workload import EditedSession

    return EditedSession(
        page_id=1,
        event_slug="bench",
        paths={code: f"/{code}/bench/session-0/" for code in LANGUAGES},
        original_titles={code: f"Session 0 ({code})" for code in LANGUAGES},
    )


def _answer(started, revision, kind="session", error=None, final=False, cached=True):
    return Answer(kind, "en", started, started + 0.010, revision, error, cached, final)


def _publish(revision, returned, error=None):
    return Publish(revision, form_ms=100.0, post_started=returned - 0.2, returned=returned, error=error)


PUBLISHES = [_publish(1, 10.0), _publish(2, 11.0), _publish(3, 12.0)]


def test_staleness_counts_requests_started_after_a_publish_returned_showing_older_text():
    answers = [
        _answer(9.5, 0),  # before any publish returned: anything goes
        _answer(10.5, 0),  # revision 1 returned 0.5 s before: stale by 500 ms
        _answer(10.9, 1),
        _answer(11.3, 0),  # misses revisions 1 and 2: stale since revision 1 returned, 1300 ms
        _answer(11.99, 1),  # stale by 990 ms
        _answer(12.5, 3),
    ]
    found = staleness(answers, PUBLISHES)
    assert (found.stale, found.max_ms) == (3, 1300.0)
    assert found.example == "session (en) started 1300 ms after revision 2 was published, showed revision 0"


def test_staleness_is_not_propagation_a_request_started_before_the_publish_returned_may_show_either():
    answers = [_answer(9.99, 0), _answer(10.0, 0), _answer(10.0, 1), _answer(10.5, 1)]
    assert staleness(answers, PUBLISHES).stale == 0


def test_staleness_ignores_a_failed_publish():
    publishes = [_publish(1, 10.0), _publish(2, 11.0, error="publish answered 200"), _publish(3, 12.0)]
    assert staleness([_answer(11.5, 1), _answer(12.5, 1)], publishes).stale == 1


def test_summarize_and_failed_report_exact_figures():
    run = Run(
        answers=[
            _answer(10.2, 1, kind="session", cached=False),
            _answer(10.4, 0, kind="schedule"),  # stale
            _answer(10.6, None, kind="home", error="HTTP 502: b''", cached=False),
            _answer(13.0, 3, kind="session", final=True),
            _answer(13.0, 3, kind="home", final=True),
        ],
        publishes=PUBLISHES,
        window=(9.0, 11.0),
        readers=3,
    )
    figures = summarize(run)
    assert (figures["requests"], figures["requests_per_second"], figures["errors"]) == (3, 1.5, 1)
    assert figures["error_examples"] == ["HTTP 502: b''"]
    assert (figures["publishes"], figures["last_revision"], figures["publish_post_ms"]["p50"]) == (3, 3, 200.0)
    assert (figures["stale"], figures["max_staleness_ms"]) == (1, 400.0)
    assert (figures["final_round"], figures["final_round_current"]) == (2, 2)
    # Of the loaded period's 2 answers without an error, 1 came from the cache.
    assert figures["cache_hits"] == 0.5
    assert failed(figures) == ["1 reader errors", "1 stale answers"]


class _Query:
    kind, language, url = "session", "en", "/graphql/?query=x"


def _serve_closing_the_kept_alive_connection(listener, bodies):
    """First connection: answer once, then close as the next request arrives; second: answer once."""
    for index, body in enumerate(bodies):
        connection, _address = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
            if index == 0:
                connection.recv(65536)  # the second request, on the kept-alive connection: closed unanswered


def test_a_reader_sends_a_get_again_when_the_server_closed_the_kept_alive_connection():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        bodies = [b"first", b"again"]
        server = threading.Thread(target=_serve_closing_the_kept_alive_connection, args=(listener, bodies))
        server.start()
        reader = Reader(listener.getsockname()[1], session=None, shown={})
        answers = [reader.ask(_Query()), reader.ask(_Query())]
        reader.close()
        server.join(timeout=10)

    assert [(answer.error, answer.resent) for answer in answers] == [
        ("HTTP 404: b'first'", False),
        ("HTTP 404: b'again'", True),
    ]


def test_a_reader_counts_a_refused_new_connection_as_an_error():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
    answer = Reader(port, session=None, shown={}).ask(_Query())

    assert (answer.error, answer.resent) == ("ConnectionRefusedError(111, 'Connection refused')", False)
