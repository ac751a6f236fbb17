"""No request holds a worker for more than MAX_CPU_SECONDS of CPU: it is stopped, whole, and says why.

The limits bound a document; the budget bounds what a bounded document costs on the
content it reaches. It is checked while validating and while resolving fields
(cms/api/admission/budget.py); a stopped request answers the refusal, never a partial answer,
and nothing of it is cached.
"""

import datetime

import pytest

from cms.api.admission import budget as budget_module
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import DUSHANBE, EventPageFactory, SessionPageFactory, SessionSpeakerFactory
from tests.graphql import graphql_response

pytestmark = pytest.mark.django_db

SCHEDULE = """{ schedule(event: "2022") { timeZone days { date sessions { title url language
  translations { language url title isReady }
  ... on SessionPage { kind start end summary speakers { role speaker { title url } } } } } } }"""

REFUSAL = {
    "errors": [
        {
            "message": "The request used more than 0.02 s of CPU time (MAX_CPU_SECONDS) and was stopped; "
            "ask for fewer fields or items.",
            "extensions": {"code": "QUERY_LIMIT", "limit": "MAX_CPU_SECONDS"},
        }
    ]
}


@pytest.fixture
def programme(home_page, speaker_index_page):
    """An event of 40 sessions with 3 speakers each: an uncached schedule of some thousand fields."""
    event = EventPageFactory(parent=home_page, slug="2022")
    speakers = [SpeakerPageFactory(parent=speaker_index_page) for _ in range(10)]
    for index in range(40):
        start = datetime.datetime(2022, 10, 18, 9, 0, tzinfo=DUSHANBE) + datetime.timedelta(minutes=10 * index)
        session = SessionPageFactory(parent=event, start=start, end=start + datetime.timedelta(minutes=10))
        for position in range(3):
            SessionSpeakerFactory(session=session, speaker=speakers[(index + position) % 10], role="speaker")
    return event


def with_budget(settings, seconds):
    settings.CMS_API = {**settings.CMS_API, "MAX_CPU_SECONDS": seconds}


def test_a_request_over_its_cpu_budget_is_stopped_whole(client, settings, programme, monkeypatch):
    settings.CMS_API_CACHE = {"ENABLED": False}  # every run below executes
    resolved = {"fields": 0}
    original = budget_module.BudgetMiddleware.resolve

    def counting(self, next, root, info, **args):
        resolved["fields"] += 1
        return original(self, next, root, info, **args)

    monkeypatch.setattr(budget_module.BudgetMiddleware, "resolve", counting)
    with_budget(settings, 100)
    whole = graphql_response(client, SCHEDULE)
    assert len(whole.json()["data"]["schedule"]["days"][0]["sessions"]) == 40
    whole_fields, resolved["fields"] = resolved["fields"], 0

    with_budget(settings, 0.02)
    response = graphql_response(client, SCHEDULE)

    assert response.status_code == 400
    assert response.json() == REFUSAL
    assert response["Cache-Control"] == "no-store"
    # Stopped at a checkpoint among the fields (every 64), long before the answer was done.
    assert 0 < resolved["fields"] < whole_fields / 4, (resolved["fields"], whole_fields)


def test_a_stopped_request_is_not_cached(client, settings, programme):
    with_budget(settings, 0.02)
    assert graphql_response(client, SCHEDULE).json() == REFUSAL

    with_budget(settings, 100)
    response = graphql_response(client, SCHEDULE)
    assert response.status_code == 200
    assert len(response.json()["data"]["schedule"]["days"][0]["sessions"]) == 40


class SteppingClock:
    """A thread CPU clock that moves STEP seconds each time it is read: checkpoints become countable."""

    STEP = 0.01

    def __init__(self):
        self.now = self.reads = 0
        self.reads_before_first_field = None

    def __call__(self):
        self.reads += 1
        self.now += self.STEP
        return self.now


@pytest.fixture
def stepping_clock(monkeypatch):
    """The budget's clock, stepping; records how many reads validation made before the first field."""
    clock = SteppingClock()
    monkeypatch.setattr(budget_module.time, "thread_time", clock)
    original = budget_module.BudgetMiddleware.resolve

    def noting_the_first_field(self, next, root, info, **args):
        if clock.reads_before_first_field is None:
            clock.reads_before_first_field = clock.reads
        return original(self, next, root, info, **args)

    monkeypatch.setattr(budget_module.BudgetMiddleware, "resolve", noting_the_first_field)
    return clock


def test_the_budget_is_checked_in_validation(client, settings, programme, stepping_clock):
    # The clock is read at the start, then at every 64th validation node: half a step is
    # spent at the first checkpoint, before any field resolves.
    with_budget(settings, SteppingClock.STEP / 2)

    response = graphql_response(client, SCHEDULE)

    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "QUERY_LIMIT", "limit": "MAX_CPU_SECONDS"}
    assert stepping_clock.reads_before_first_field is None
    assert stepping_clock.reads == 3  # the start, the checkpoint that stopped it, the rate limit's charge


def test_the_budget_is_checked_while_fields_resolve(client, settings, programme, stepping_clock):
    settings.CMS_API_CACHE = {"ENABLED": False}
    with_budget(settings, 1000)
    assert graphql_response(client, SCHEDULE).status_code == 200
    validation_reads, whole_reads = stepping_clock.reads_before_first_field, stepping_clock.reads
    assert whole_reads > validation_reads + 3  # the fields have checkpoints of their own
    # A budget that outlasts validation by one step is spent at the second checkpoint among the
    # fields: two more reads, then the rate limit's charge.
    stepping_clock.__init__()
    with_budget(settings, validation_reads * SteppingClock.STEP)

    response = graphql_response(client, SCHEDULE)

    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "QUERY_LIMIT", "limit": "MAX_CPU_SECONDS"}
    assert stepping_clock.reads_before_first_field == validation_reads
    assert stepping_clock.reads == validation_reads + 3
