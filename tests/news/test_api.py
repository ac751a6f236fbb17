"""The `year` filter of `news` and `pressReleases`: a year every date in it can have, or a clear error."""

import pytest

from tests.factories.news import NewsPageFactory, PressReleasePageFactory
from tests.graphql import post_graphql

pytestmark = pytest.mark.django_db

LISTS = ["news", "pressReleases"]


def refusal(year):
    return [(f"`year` must be between 2 and 9998; {year} is not.", {"code": "BAD_ARGUMENT", "argument": "year"})]


def answer(client, root_field, arguments):
    status, body = post_graphql(client, f"{{ {root_field}({arguments}) {{ totalCount }} }}")
    errors = [(error["message"], error["extensions"]) for error in body.get("errors", [])]
    return status, body["data"], errors


@pytest.mark.parametrize("root_field", LISTS)
@pytest.mark.parametrize("year", [0, -1, 1303453])
def test_year_outside_dates_is_refused_naming_the_argument(client, root_field, year):
    assert answer(client, root_field, f"year: {year}") == (200, None, refusal(year))


@pytest.mark.parametrize("root_field", LISTS)
def test_year_bounds_leave_room_for_the_time_zone(client, news_index_page, root_field):
    NewsPageFactory(parent=news_index_page)
    PressReleasePageFactory(parent=news_index_page)
    assert [answer(client, root_field, f"year: {year}") for year in (1, 2, 9998, 9999)] == [
        (200, None, refusal(1)),
        (200, {root_field: {"totalCount": 0}}, []),
        (200, {root_field: {"totalCount": 0}}, []),
        (200, None, refusal(9999)),
    ]


@pytest.mark.parametrize("root_field", LISTS)
def test_year_is_checked_before_an_unknown_event_answers_nothing(client, root_field):
    assert answer(client, root_field, 'year: 10000, event: "no-such-event"') == (200, None, refusal(10000))
