"""The benchmark's targets answer the same schedule: GraphQL, API v2 and stock grapple agree."""

import datetime
import json

import pytest

from bench.content import EVENT_SLUG, build_content
from bench.measure import fetch_in_process, in_process_client
from bench.targets import build_targets

pytestmark = pytest.mark.django_db

TINY = 0.05


@pytest.fixture
def targets(settings):
    settings.ROOT_URLCONF = "bench.urls"
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    build_content(TINY, "test")
    return {target.key: target for target in build_targets(EVENT_SLUG)}


def _moment(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _graphql_schedule(body):
    days = json.loads(body)["data"]["schedule"]["days"]
    return [
        (
            session["title"],
            _moment(session["start"]),
            _moment(session["end"]),
            session["room"]["name"],
            [(role["role"], role["speaker"]["title"], role["speaker"]["position"]) for role in session["speakers"]],
        )
        for day in days
        for session in day["sessions"]
    ]


def _api_v2_schedule(body):
    return [
        (
            session["title"],
            _moment(session["start"]),
            _moment(session["end"]),
            session["room"]["name"],
            [(role["role"], role["speaker"]["title"], role["speaker"]["position"]) for role in session["speakers"]],
        )
        for session in json.loads(body)["items"]
    ]


def _grapple_schedule(body):
    return _graphql_schedule(
        json.dumps({"data": {"schedule": {"days": [{"sessions": json.loads(body)["data"]["pages"]}]}}})
    )


def _fetch(target):
    return fetch_in_process(in_process_client("127.0.0.1"), target.paths)


def test_bench_targets_request_counts_at_tiny_scale(targets):
    # API v3: the event, the list of sessions, each session (3) and each distinct speaker (12).
    counts = {key: len(target.paths) for key, target in targets.items()}
    assert counts == {"uncached": 1, "cached": 1, "static": 1, "api_v2": 2, "api_v3": 2 + 3 + 12, "grapple": 2}


def test_bench_uncached_and_cached_schedule_are_the_same_bytes(targets):
    assert _fetch(targets["uncached"]) == _fetch(targets["cached"])


def test_bench_schedule_graphql_is_in_russian_with_every_speaker(targets):
    schedule = _graphql_schedule(_fetch(targets["uncached"])[0])
    assert [(title, len(speakers)) for title, _start, _end, _room, speakers in schedule] == [
        ("Session 0: Безопасность и управление границами в борьбе с терроризмом", 3),
        ("Session 1: Безопасность и управление границами в борьбе с терроризмом", 4),
        ("Session 2: Безопасность и управление границами в борьбе с терроризмом", 5),
    ]


def test_bench_api_v2_gives_the_same_schedule_as_graphql(targets):
    graphql = _graphql_schedule(_fetch(targets["uncached"])[0])
    event, sessions = _fetch(targets["api_v2"])
    assert json.loads(event)["meta"]["total_count"] == 1
    assert _api_v2_schedule(sessions) == graphql


def test_bench_stock_grapple_gives_the_same_schedule_as_graphql(targets):
    graphql = _graphql_schedule(_fetch(targets["uncached"])[0])
    _event, sessions = _fetch(targets["grapple"])
    assert _grapple_schedule(sessions) == graphql


def test_bench_api_v3_lists_the_same_sessions(targets):
    bodies = _fetch(targets["api_v3"])
    titles = [item["title"] for item in json.loads(bodies[1])["items"]]
    assert titles == [f"Session {n}: Безопасность и управление границами в борьбе с терроризмом" for n in range(3)]


def test_bench_uncached_view_answers_without_the_cache(targets):
    client = in_process_client("127.0.0.1")
    uncached = [client.get(targets["uncached"].paths[0]) for _ in range(2)]
    cached = [client.get(targets["cached"].paths[0]) for _ in range(2)]
    assert [(response.get("ETag") is None, response["Cache-Control"]) for response in uncached] == [
        (True, "no-store"),
        (True, "no-store"),
    ]
    assert [response["Cache-Control"] for response in cached] == ["public, max-age=0", "public, max-age=0"]
