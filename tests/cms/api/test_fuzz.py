"""A bounded fuzzing run over real HTTP: no 5xx, no traceback or SQL in any answer.

The full run (1,000+ queries against a running demo server) is `make fuzz`; this one
sends a fixed, derandomized sample so CI is stable.
"""

import pytest

from tests import fuzzing
from tests.factories.news import NewsPageFactory
from tests.factories.sessions import EventPageFactory

BOUNDED_RUN = 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fuzz_generated_queries_get_no_5xx_and_leak_nothing(live_server, home_page, news_index_page):
    EventPageFactory(parent=home_page, title="Dushanbe Conference 2022", slug="2022")
    NewsPageFactory(parent=news_index_page, title="Border security")
    statuses, failures = fuzzing.run(live_server.url, BOUNDED_RUN)
    assert failures == []
    assert sum(statuses.values()) == BOUNDED_RUN
