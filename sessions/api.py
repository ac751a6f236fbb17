"""The programme's part of the GraphQL schema: events and their schedule."""

import graphene
from grapple.registry import registry

from cms.api.availability import read_together
from cms.api.details import register_detail_loader
from cms.api.languages import Language

from . import selectors
from .models import EventPage, SessionPage

register_detail_loader(EventPage)(selectors.with_event_details)
register_detail_loader(SessionPage)(selectors.with_session_details)


def _event_type():
    return registry.pages[EventPage]


def _session_type():
    return registry.pages[SessionPage]


class ScheduleDay(graphene.ObjectType):
    date = graphene.Date(required=True, description="A day of the event, in the event's time zone.")
    sessions = graphene.List(graphene.NonNull(_session_type), required=True)


class Schedule(graphene.ObjectType):
    event = graphene.Field(_event_type, required=True)
    time_zone = graphene.String(required=True, description="IANA time zone of all times, e.g. Asia/Dushanbe.")
    days = graphene.List(graphene.NonNull(ScheduleDay), required=True)


class ProgrammeQueries(graphene.ObjectType):
    event = graphene.Field(
        _event_type,
        slug=graphene.String(description="The event's slug (e.g. 2022). Without it: the next event, else the latest."),
        language=Language(),
    )
    events = graphene.List(
        graphene.NonNull(_event_type), required=True, language=Language(), description="All events, earliest first."
    )
    schedule = graphene.Field(
        Schedule,
        event=graphene.String(required=True, description="The event's slug."),
        language=Language(),
        description="The event's public sessions grouped by day, in programme order.",
    )

    def resolve_event(root, info, slug=None):
        return selectors.event_for_slug(slug) if slug else selectors.current_event()

    def resolve_events(root, info):
        return selectors.visible_events()

    def resolve_schedule(root, info, event):
        found = selectors.event_for_slug(event)
        if found is None:
            return None
        days = [ScheduleDay(date=day, sessions=sessions) for day, sessions in selectors.schedule_days(found)]
        # The days are separate lists: read the readiness of all the event's sessions at once.
        read_together(info.context, [session for day in days for session in day.sessions])
        return Schedule(event=found, time_zone=found.time_zone, days=days)
