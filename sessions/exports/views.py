"""The export endpoints: /exports/<language>/events/<slug>.ics and friends (see urls.py).

Each export is built once per request: the conditional-GET functions below build it,
hash the body for the ETag and take the latest publication date for Last-Modified,
and the view sends the same body (or 304 when the client's copy is current).
"""

import hashlib
from dataclasses import dataclass

from django.http import HttpResponse, HttpResponseNotFound
from django.views.decorators.http import condition, require_safe

from cms.languages import language_codes
from people.selectors import public_speaker
from sessions import selectors

from . import frab, ical
from .common import latest_published

ICAL = "text/calendar; charset=utf-8"
XML = "application/xml"
JSON = "application/json"


@dataclass
class Export:
    body: bytes
    content_type: str
    last_modified: object

    @property
    def etag(self):
        return hashlib.sha256(self.body).hexdigest()[:32]


class NotFound(Exception):
    """Nothing public to export; its message is the 404's body."""


def _event(slug):
    event = selectors.event_for_slug(slug)
    if event is None:
        raise NotFound("No public event with this slug.")
    return event


def event_ical(request, language, slug):
    event = _event(slug)
    sessions = selectors.sessions_of_event(event)
    body = ical.event_calendar(event, sessions, request, language)
    return Export(body, ICAL, latest_published([event, *sessions]))


def session_ical(request, language, pk):
    session = selectors.public_session(pk)
    if session is None:
        raise NotFound("No public session with this id.")
    event = selectors.events_of_sessions([session])[session.pk]
    return Export(ical.session_calendar(session, event, request, language), ICAL, latest_published([session, event]))


def speaker_ical(request, language, pk):
    speaker = public_speaker(pk)
    if speaker is None:
        raise NotFound("No public speaker with this id.")
    sessions = selectors.sessions_of_speaker(speaker)
    events = selectors.events_of_sessions(sessions)
    pairs = [(session, events[session.pk]) for session in sessions]
    body = ical.speaker_calendar(speaker, pairs, request, language)
    return Export(body, ICAL, latest_published([speaker, *sessions]))


def _frab(request, language, slug):
    event = _event(slug)
    days = selectors.schedule_days(event)
    schedule = frab.schedule(event, days, request, language)
    sessions = [session for _, day_sessions in days for session in day_sessions]
    return schedule, latest_published([event, *sessions])


def event_frab_json(request, language, slug):
    schedule, modified = _frab(request, language, slug)
    return Export(frab.schedule_json(schedule), JSON, modified)


def event_frab_xml(request, language, slug):
    schedule, modified = _frab(request, language, slug)
    return Export(frab.schedule_xml(schedule), XML, modified)


def _built(request, build, language, key):
    """The export of this request, built at most once; None when there is nothing public to export."""
    if not hasattr(request, "_schedule_export"):
        try:
            request._schedule_export = build(request, language, key) if language in language_codes() else None
        except NotFound as missing:
            request._schedule_export = missing
    return request._schedule_export if isinstance(request._schedule_export, Export) else None


def export_view(build):
    """A GET view for `build(request, language, key)` with ETag, Last-Modified and 304s."""

    def etag(request, language, key):
        export = _built(request, build, language, key)
        return export.etag if export else None

    def last_modified(request, language, key):
        export = _built(request, build, language, key)
        return export.last_modified if export else None

    @require_safe
    @condition(etag_func=etag, last_modified_func=last_modified)
    def view(request, language, key):
        export = _built(request, build, language, key)
        if export is None:
            outcome = request._schedule_export
            message = str(outcome) if isinstance(outcome, NotFound) else "Unknown language."
            return HttpResponseNotFound(message, content_type="text/plain; charset=utf-8")
        return HttpResponse(export.body, content_type=export.content_type)

    return view
