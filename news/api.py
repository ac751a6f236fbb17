"""News and press releases in the GraphQL schema."""

import datetime

import graphene
from graphql import GraphQLError
from grapple.registry import registry

from cms.api.details import register_detail_loader
from cms.api.languages import Language
from cms.api.pagination import list_arguments, paginated, window
from sessions.selectors import event_for_slug

from . import selectors
from .models import NewsPage, PressReleasePage

register_detail_loader(NewsPage)(selectors.with_news_details)
register_detail_loader(PressReleasePage)(selectors.with_press_release_details)

NewsList = paginated(lambda: registry.pages[NewsPage], "NewsList")
PressReleaseList = paginated(lambda: registry.pages[PressReleasePage], "PressReleaseList")


class NewsOrder(graphene.Enum):
    """The only orders a list accepts: arbitrary `order_by` strings are never passed through."""

    NEWEST_FIRST = "newest"
    OLDEST_FIRST = "oldest"


def _filters(event=None, year=None):
    return {"year": year, "event": event_for_slug(event) if event else None}


# The years a `year` filter may name. Not datetime's first and last: a press release's year
# begins and ends in the site's time zone, and in UTC year 1 would begin in year 0.
FIRST_YEAR, LAST_YEAR = datetime.MINYEAR + 1, datetime.MAXYEAR - 1


def _valid_year(year):
    """`year` as a filter, or a clear error instead of the ValueError a `__year` lookup raises outside dates."""
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise GraphQLError(
            f"`year` must be between {FIRST_YEAR} and {LAST_YEAR}; {year} is not.",
            extensions={"code": "BAD_ARGUMENT", "argument": "year"},
        )
    return year


def _unknown_event(event):
    return event is not None and event_for_slug(event) is None


class NewsQueries(graphene.ObjectType):
    news = graphene.Field(
        NewsList,
        required=True,
        tag=graphene.String(),
        year=graphene.Int(),
        event=graphene.String(description="Only news related to this event (its slug)."),
        order=NewsOrder(default_value=NewsOrder.NEWEST_FIRST.value),
        language=Language(),
        **list_arguments(),
        description="Public news articles.",
    )
    press_releases = graphene.Field(
        PressReleaseList,
        required=True,
        year=graphene.Int(),
        event=graphene.String(description="Only press releases about this event (its slug)."),
        order=NewsOrder(default_value=NewsOrder.NEWEST_FIRST.value),
        language=Language(),
        **list_arguments(),
        description="Public press releases.",
    )

    def resolve_news(root, info, tag=None, year=None, event=None, order="newest", limit=None, offset=0):
        year = _valid_year(year)
        if _unknown_event(event):
            return window(selectors.visible_news().none(), limit, offset)
        queryset = selectors.visible_news(tag=tag, newest_first=_newest(order), **_filters(event, year))
        return window(queryset, limit, offset)

    def resolve_press_releases(root, info, year=None, event=None, order="newest", limit=None, offset=0):
        year = _valid_year(year)
        if _unknown_event(event):
            return window(selectors.visible_press_releases().none(), limit, offset)
        queryset = selectors.visible_press_releases(newest_first=_newest(order), **_filters(event, year))
        return window(queryset, limit, offset)


def _newest(order):
    return getattr(order, "value", order) == NewsOrder.NEWEST_FIRST.value
