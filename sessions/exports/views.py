"""The export endpoints: /exports/<language>/events/<slug>.ics and friends (see urls.py).

A conditional GET is answered from freshness.py's validators, read in two queries
without building the export; only a request that needs the body builds it. With
TRANSLATIONS_SERVE_UNREADY = "unavailable", an event, session or speaker that is not
ready in the language is a 404, and the sessions that are not ready are left out.
"""

from django.http import HttpResponse, HttpResponseNotFound
from django.views.decorators.http import condition, require_safe

from cms.languages import language_codes
from people.selectors import public_speaker
from sessions import selectors
from translations.readiness import is_available

from . import frab, ical

ICAL = "text/calendar; charset=utf-8"
XML = "application/xml"
JSON = "application/json"


class NotFound(Exception):
    """Nothing public to export; its message is the 404's body."""


def _available(page, language, kind):
    if not is_available(page, language):
        raise NotFound(f"This {kind} is not available in language {language}.")
    return page


def _event(slug, language):
    event = selectors.event_for_slug(slug, details=False)
    if event is None:
        raise NotFound("No public event with this slug.")
    return _available(event, language, "event")


def event_ical(request, language, slug):
    """An event's sessions as an iCalendar: (body, content type)."""
    event = _event(slug, language)
    sessions = selectors.sessions_of_event(event, language)
    return ical.event_calendar(event, sessions, request, language), ICAL


def session_ical(request, language, pk):
    """One session as an iCalendar."""
    found = selectors.public_session_and_event(pk)
    if found is None:
        raise NotFound("No public session with this id.")
    session, event = found
    _available(session, language, "session")
    return ical.session_calendar(session, event, request, language), ICAL


def speaker_ical(request, language, pk):
    """A speaker's sessions, across events, as an iCalendar."""
    speaker = public_speaker(pk)
    if speaker is None:
        raise NotFound("No public speaker with this id.")
    _available(speaker, language, "speaker")
    pairs = selectors.speaker_sessions_and_events(speaker, language)
    return ical.speaker_calendar(speaker, pairs, request, language), ICAL


def _frab(request, language, slug):
    event = _event(slug, language)
    return frab.schedule(event, selectors.schedule_days(event, language), request, language)


def event_frab_json(request, language, slug):
    """An event's Frab schedule as schedule.json."""
    return frab.schedule_json(_frab(request, language, slug)), JSON


def event_frab_xml(request, language, slug):
    """An event's Frab schedule as schedule.xml."""
    return frab.schedule_xml(_frab(request, language, slug)), XML


def export_view(build, validators):
    """A GET view for `build(request, language, key)` with ETag, Last-Modified and 304s.

    `validators(request, kind, language, key)` (freshness.for_event, ...) is read once per
    request; None (nothing to export) lets the view answer its 404.
    """

    def cached(request, language, key):
        if not hasattr(request, "_export_validators"):
            known = language in language_codes()
            request._export_validators = validators(request, build.__name__, language, key) if known else None
        return request._export_validators

    def etag(request, language, key):
        found = cached(request, language, key)
        return found.etag if found else None

    def last_modified(request, language, key):
        found = cached(request, language, key)
        return found.last_modified if found else None

    @require_safe
    @condition(etag_func=etag, last_modified_func=last_modified)
    def view(request, language, key):
        if language not in language_codes():
            return _not_found("Unknown language.")
        try:
            body, content_type = build(request, language, key)
        except NotFound as missing:
            return _not_found(str(missing))
        return HttpResponse(body, content_type=content_type)

    return view


def _not_found(message):
    return HttpResponseNotFound(message, content_type="text/plain; charset=utf-8")
