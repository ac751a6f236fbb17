"""iCalendar exports: a whole event, one session, or one speaker's sessions across events.

Times carry the event's time zone (TZID, with its VTIMEZONE); UIDs are stable
(`<uuid5 of the session>@dushanbeprocess`, the session's Frab guid), whichever host
served the calendar, so a calendar that subscribes updates the same entries.
"""

import datetime

from django.utils.html import strip_tags
from icalendar import Calendar, Event

from cms.frontend import page_frontend_url

from .common import guid, in_language, location

PRODID = "-//Dushanbe Process//Conference programme//EN"
# The UID's domain part: a fixed name, not the request's host, which differs between
# the CMS's own host names and any proxy in front of it.
UID_DOMAIN = "dushanbeprocess"


def _calendar(name, time_zone=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    if time_zone:
        calendar.add("x-wr-timezone", time_zone)
    return calendar


def session_uid(session):
    """The iCal UID of a session: the same in every export, language and host."""
    return f"{guid('session', session.pk)}@{UID_DOMAIN}"


def session_event(session, event, request, language):
    """The VEVENT of one session, read in the active language."""
    vevent = Event()
    vevent.add("uid", session_uid(session))
    stamp = session.last_published_at or datetime.datetime.now(datetime.UTC)
    vevent.add("dtstamp", stamp.astimezone(datetime.UTC))
    vevent.add("last-modified", stamp.astimezone(datetime.UTC))
    vevent.add("dtstart", session.local_start)
    vevent.add("dtend", session.local_end)
    vevent.add("summary", session.title)
    description = session.summary
    key_issues = [strip_tags(str(block.value)).strip() for block in session.key_issues]
    if key_issues:
        description = "\n\n".join(filter(None, [description, "\n".join(f"• {issue}" for issue in key_issues)]))
    if description:
        vevent.add("description", description)
    place = location(session, event)
    if place:
        vevent.add("location", place)
    vevent.add("url", page_frontend_url(session, language, request))
    vevent.add("categories", [session.kind])
    return vevent


def calendar_bytes(name, sessions_with_events, request, language, time_zone=None):
    """A VCALENDAR of [(session, event)], with the VTIMEZONE of every zone used."""
    with in_language(language):
        calendar = _calendar(name, time_zone)
        for session, event in sessions_with_events:
            calendar.add_component(session_event(session, event, request, language))
        calendar.add_missing_timezones()
        return calendar.to_ical()


def event_calendar(event, sessions, request, language):
    """The calendar of a whole event: one VEVENT per session."""
    with in_language(language):
        name = event.title
    return calendar_bytes(name, [(session, event) for session in sessions], request, language, event.time_zone)


def session_calendar(session, event, request, language):
    """The calendar of one session."""
    with in_language(language):
        name = session.title
    return calendar_bytes(name, [(session, event)], request, language, event.time_zone)


def speaker_calendar(speaker, sessions_with_events, request, language):
    """The calendar of one speaker's sessions, across events (each in its event's time zone)."""
    with in_language(language):
        name = speaker.full_name_with_honorific
    return calendar_bytes(name, sessions_with_events, request, language)
