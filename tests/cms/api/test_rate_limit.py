"""Uncached GraphQL work is limited per client address; cached answers are free.

Each request the view answers itself costs its CPU time (at least MIN_CHARGE) against its
address, counted in the shared cache for a fixed window; past CMS_API_RATE_LIMIT's
CPU_SECONDS the address gets 429 with Retry-After — before its body is read — until the
window ends. Which address a request comes from is cms/client_address.py's one rule:
X-Forwarded-For counts only behind TRUSTED_PROXIES.
"""

import json
import uuid

import pytest
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.test import RequestFactory

from cms.api.admission import rate
from tests.cms.test_settings import last_line, run_python
from tests.processes import redis_reachable

pytestmark = pytest.mark.django_db

WINDOW_START = 1_800_000_000  # a multiple of 60: windows are aligned to the clock


@pytest.fixture
def clock(monkeypatch):
    """The limiter's wall clock, set by the test: `clock.now = ...`."""

    class Clock:
        now = WINDOW_START + 15.5

    monkeypatch.setattr(rate.time, "time", lambda: Clock.now)
    return Clock


@pytest.fixture
def limit(settings):
    """A limit of 50 ms of CPU per minute: five requests at the minimum charge."""
    settings.CMS_API_RATE_LIMIT = {"CPU_SECONDS": 0.05, "WINDOW": 60, "EXEMPT": []}
    return settings.CMS_API_RATE_LIMIT


def spent_ms(address, clock):
    return cache.get(f"{rate.PREFIX}{address}:{int(clock.now // 60)}")


def query(client, text, **extra):
    return client.post("/graphql/", data=json.dumps({"query": text}), content_type="application/json", **extra)


REFUSAL = {
    "errors": [
        {
            "message": "Too much uncached work from your address: 0.05 s of CPU per 60 s (CMS_API_RATE_LIMIT). "
            "Cached answers still come; try other queries again in 45 s.",
            "extensions": {"code": "RATE_LIMITED"},
        }
    ]
}


def test_charges_are_the_cpu_used_and_at_least_the_minimum(rf, limit, clock):
    request = rf.get("/graphql/", REMOTE_ADDR="198.51.100.1")

    rate.charge(request, 0.001)
    assert spent_ms("198.51.100.1", clock) == 10
    rate.charge(request, 0.0234)
    assert spent_ms("198.51.100.1", clock) == 33
    clock.now += 60  # the next window starts from nothing
    rate.charge(request, 0.002)
    assert spent_ms("198.51.100.1", clock) == 10


def test_a_request_stopped_by_the_cpu_budget_costs_the_whole_allowance(client, settings, limit, clock):
    settings.CMS_API = {**settings.CMS_API, "MAX_CPU_SECONDS": 0}  # stopped at its first checkpoint
    long_enough = "{ " + " ".join(f"a{n}: __typename" for n in range(15)) + " " + "__typename " * 60 + "}"

    response = query(client, long_enough)

    assert response.json()["errors"][0]["extensions"] == {"code": "QUERY_LIMIT", "limit": "MAX_CPU_SECONDS"}
    assert spent_ms("127.0.0.1", clock) == 50
    assert query(client, "{ __typename }").status_code == 429


def test_an_address_over_its_work_gets_429_until_the_window_ends(client, limit, clock):
    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60}", 50)

    response = query(client, "{ __typename }")

    assert response.status_code == 429
    assert response["Retry-After"] == "45"
    assert response.json() == REFUSAL
    assert response["Cache-Control"] == "no-store"
    assert spent_ms("127.0.0.1", clock) == 50  # a refusal costs nothing more
    # 45 s later the next window has begun and the spending has faded under the allowance.
    clock.now += 45
    assert query(client, "{ __typename }").json() == {"data": {"__typename": "Query"}}


def test_spending_fades_over_the_next_window(client, limit, clock):
    """A sliding window: the last window's spending counts for the share of it still within 60 s."""
    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60 - 1}", 100)  # twice the allowance
    clock.now = WINDOW_START + 15  # 100 x 45/60 = 75 ms still count

    response = query(client, "{ __typename }")

    assert response.status_code == 429
    # Under 50 ms once more than half the last window has slid out: after 15 s, at the 16th.
    assert response["Retry-After"] == "16"
    clock.now += 15
    assert query(client, "{ __typename }").status_code == 429  # exactly 50 ms: still spent
    clock.now += 1
    assert query(client, "{ __typename }").status_code == 200


def test_uncached_requests_spend_the_allowance(client, limit, clock):
    statuses = [query(client, f"{{ a{n}: __typename }}").status_code for n in range(8)]

    # Each costs its CPU time, at least 10 ms: five fit in 50 ms at most, then 429.
    assert statuses[0] == 200
    assert 429 in statuses
    first_refused = statuses.index(429)
    assert 1 <= first_refused <= 5
    assert statuses[first_refused:] == [429] * (8 - first_refused)
    assert spent_ms("127.0.0.1", clock) >= 50


def test_a_refused_address_is_refused_before_its_body_is_read(client, limit, clock):
    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60}", 50)

    response = client.post("/graphql/", data="{not json" + " " * 2_000_000, content_type="application/json")

    assert response.status_code == 429
    assert response.json() == REFUSAL


def test_cached_answers_are_not_counted_and_still_served(client, limit, clock):
    get = {"query": "{ languages { code } }"}
    first = client.get("/graphql/", get, HTTP_ACCEPT="application/json")
    assert first.status_code == 200
    spent_after_first = spent_ms("127.0.0.1", clock)
    assert spent_after_first >= 10

    for _ in range(20):
        assert client.get("/graphql/", get, HTTP_ACCEPT="application/json").content == first.content
    assert spent_ms("127.0.0.1", clock) == spent_after_first

    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60}", 50)
    assert client.get("/graphql/", get, HTTP_ACCEPT="application/json").content == first.content
    assert query(client, "{ __typename }").status_code == 429


def test_other_addresses_are_not_affected(client, limit, clock):
    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60}", 50)

    assert query(client, "{ __typename }").status_code == 429
    assert query(client, "{ __typename }", REMOTE_ADDR="198.51.100.7").status_code == 200


def test_a_forged_forwarded_for_changes_nothing_by_default(client, limit, clock):
    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60}", 50)

    response = query(client, "{ __typename }", HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert response.status_code == 429
    assert spent_ms("203.0.113.9", clock) is None


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(client, settings, limit, clock):
    settings.TRUSTED_PROXIES = 1
    cache.set(f"{rate.PREFIX}203.0.113.9:{WINDOW_START // 60}", 50)

    assert query(client, "{ __typename }", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    # What the client wrote left of the proxy's entry is not believed.
    assert query(client, "{ __typename }", HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9").status_code == 429
    assert query(client, "{ __typename }", HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 200


def test_exempt_networks_are_never_limited(client, settings, limit, clock):
    settings.CMS_API_RATE_LIMIT = {**limit, "EXEMPT": ["127.0.0.0/8", "2001:db8::/32"]}
    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60}", 50)

    assert query(client, "{ __typename }").status_code == 200
    assert spent_ms("127.0.0.1", clock) == 50


def test_a_limit_of_zero_turns_it_off(client, settings, limit, clock):
    settings.CMS_API_RATE_LIMIT = {**limit, "CPU_SECONDS": 0}
    cache.set(f"{rate.PREFIX}127.0.0.1:{WINDOW_START // 60}", 50)

    assert query(client, "{ __typename }").status_code == 200


@pytest.mark.skipif(not redis_reachable(), reason="needs Redis at 127.0.0.1:6379")
def test_the_count_is_shared_through_redis(settings, limit, clock):
    """Two processes see one count: each Redis client here stands for one process's connection."""
    location = "redis://127.0.0.1:6379/13"
    prefix = f"rate-test-{uuid.uuid4().hex}"  # two test runs at once never share a count
    backend = "django.core.cache.backends.redis.RedisCache"
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": prefix}}
    other_process = RedisCache(location, {"KEY_PREFIX": prefix})
    key = f"{rate.PREFIX}198.51.100.3:{WINDOW_START // 60}"
    other_process.delete(key)
    request = RequestFactory().get("/graphql/", REMOTE_ADDR="198.51.100.3")
    try:
        rate.charge(request, 0.02)
        other_process.incr(key, 30)
        with pytest.raises(rate.QueryRefused) as refused:
            rate.refuse_if_spent(request)
        assert refused.value.status == 429
        assert other_process.get(key) == 50
    finally:
        other_process.delete(key)


READ_RATE_LIMIT = "import json, {module} as s; print(json.dumps(s.CMS_API_RATE_LIMIT))"


@pytest.mark.parametrize(
    ("module", "environment", "expected"),
    [
        ("cms.settings.base", {}, {"CPU_SECONDS": 3.0, "WINDOW": 30, "EXEMPT": []}),
        (
            "cms.settings.base",
            {
                "API_RATE_LIMIT_CPU_SECONDS": "5",
                "API_RATE_LIMIT_WINDOW": "60",
                "API_RATE_LIMIT_EXEMPT": " 192.0.2.0/24, 2001:db8::/32 ,",
            },
            {"CPU_SECONDS": 5.0, "WINDOW": 60, "EXEMPT": ["192.0.2.0/24", "2001:db8::/32"]},
        ),
        # A frontend in development renders from loopback.
        ("cms.settings.dev", {}, {"CPU_SECONDS": 3.0, "WINDOW": 30, "EXEMPT": ["127.0.0.0/8", "::1/128"]}),
    ],
)
def test_the_limit_comes_from_the_environment(tmp_path, module, environment, expected):
    result = run_python(READ_RATE_LIMIT.format(module=module), CMS_VAR_DIR=str(tmp_path), **environment)

    assert result.returncode == 0, result.stderr
    assert json.loads(last_line(result.stdout)) == expected


def test_an_exempt_network_that_is_not_one_stops_the_process(tmp_path):
    """At start, not at the first request: a typo must not turn every API request into an error."""
    result = run_python(
        READ_RATE_LIMIT.format(module="cms.settings.base"),
        CMS_VAR_DIR=str(tmp_path),
        API_RATE_LIMIT_EXEMPT="192.0.2.0/24,venue-wifi",
    )

    assert result.returncode == 1
    assert last_line(result.stderr) == (
        "django.core.exceptions.ImproperlyConfigured: API_RATE_LIMIT_EXEMPT: 'venue-wifi' does not appear to be "
        "an IPv4 or IPv6 network (expected comma-separated networks, e.g. 10.20.0.0/16)"
    )
