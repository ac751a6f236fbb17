"""A bounded fuzzing run over real HTTP: no 5xx, no traceback or SQL, no error without a code in any answer.

The full run (1,000+ queries against a running demo server) is `make fuzz`; this one
sends a fixed, derandomized sample so CI is stable.
"""

import json
import re

import pytest

from tests import fuzzing
from tests.factories.news import NewsPageFactory
from tests.factories.sessions import EventPageFactory

BOUNDED_RUN = 200
NULL_ARGUMENT = re.compile(r"(\w+): null\b")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fuzz_generated_queries_get_no_5xx_and_leak_nothing(live_server, home_page, news_index_page):
    EventPageFactory(parent=home_page, title="Dushanbe Conference 2022", slug="2022")
    NewsPageFactory(parent=news_index_page, title="Border security")
    statuses, failures = fuzzing.run(live_server.url, BOUNDED_RUN)
    assert failures == []
    assert sum(statuses.values()) == BOUNDED_RUN


def test_fuzz_sends_explicit_nulls_for_nullable_arguments():
    sent = fuzzing.generated_queries(BOUNDED_RUN)
    sent_as_null = {name for query in sent for name in NULL_ARGUMENT.findall(query)}
    # Root arguments (`offset: null` of the security review among them) and a nested one (an image's `format`).
    assert sent_as_null >= {"offset", "limit", "language", "order", "format"}


def test_fuzz_fails_an_execution_error_without_a_code():
    crashed = {
        "errors": [
            {
                "message": "'<' not supported between instances of 'NoneType' and 'int'",
                "locations": [{"line": 1, "column": 3}],
                "path": ["speakers"],
            }
        ],
        "data": None,
    }
    assert fuzzing.problem(200, json.dumps(crashed)) == (
        "error without extensions.code at ['speakers']: '<' not supported between instances of 'NoneType' and 'int'"
    )


def test_fuzz_accepts_coded_execution_errors_and_uncoded_validation_errors():
    refused = {
        "errors": [
            {
                "message": "`limit` and `offset` must not be negative.",
                "path": ["speakers"],
                "extensions": {"code": "BAD_PAGINATION"},
            }
        ],
        "data": None,
    }
    invalid = {
        "errors": [
            {"message": "Cannot query field 'unknownField' on type 'Query'.", "locations": [{"line": 1, "column": 3}]}
        ]
    }
    assert (fuzzing.problem(200, json.dumps(refused)), fuzzing.problem(400, json.dumps(invalid))) == (None, None)
