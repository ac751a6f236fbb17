"""Conditional GET for the schedule exports without building them: ETag and Last-Modified.

Calendar and schedule apps poll an export every few minutes, and building one costs
about ten queries and renders every session. The validators here hash what decides
the body instead, read in two queries (no rendering, no prefetching):

- every page the export reads (the event or speaker, the sessions, the sessions'
  events): id, path and last_published_at. Texts, slugs, times and speaker lists reach
  readers only by publishing; unpublishing drops the row (only live pages are read);
  moving changes the path;
- per page, whether it is private (a view restriction on it or an ancestor), and the
  count and latest id of all view restrictions: a speaker made private leaves the Frab
  persons without any session changing;
- per session, the latest publication and the number of its live speakers (a speaker's
  name republished or withdrawn) and the number of its documents;
- the names of the rooms and venues printed, in the export's language and the default
  one (its fallback): Venue and Room are snippets with no modification time, so the
  text itself is hashed;
- per page, readiness in the export's language when TRANSLATIONS_SERVE_UNREADY is
  "unavailable" (a readiness mark adds or removes a session);
- the export kind, language and key, FRONTEND_BASE_URL, TRANSLATIONS_SERVE_UNREADY, the
  request's scheme and host (document links, and page links without FRONTEND_BASE_URL,
  are on it) and FORMAT_VERSION.

Not covered: a document retitled or its file replaced (CustomDocument keeps no
modification time) shows in the Frab attachments' ETag only when a session in the
export is next published. Last-Modified is the latest publication among the pages shown,
which an unpublication does not move: clients that send If-None-Match (all the common
calendar apps do) are not affected, as Django then ignores If-Modified-Since.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db.models import BooleanField, Count, Exists, Func, Max, OuterRef, Q, Subquery, Value
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

from cms.languages import default_language
from sessions.models import SessionPage, SessionSpeaker
from sessions.selectors import slug_in_any_language
from translations.models import LanguageReadiness
from translations.readiness import REPORT_UNAVAILABLE, serve_unready

# Bump when a change to the code that renders the exports changes their output, so that
# a client holding an ETag of the old output is sent the new one.
FORMAT_VERSION = 2


@dataclass(frozen=True)
class Validators:
    """What a conditional GET compares: the ETag and the Last-Modified time (or None)."""

    etag: str
    last_modified: object


@dataclass(frozen=True)
class PageRow:
    """One page as the validators see it: what identifies it, whether it is shown, and what else it prints."""

    pk: int
    path: str
    last_published_at: object
    ready: bool
    private: bool
    facts: tuple  # everything else the hash needs; not read here

    @property
    def shown(self):
        """Whether the export shows this page: public and served in the export's language."""
        return self.ready and not self.private


def _ready(language):
    """Whether the row's page is served in `language` (translations.readiness.is_available, as SQL)."""
    if serve_unready() != REPORT_UNAVAILABLE or language == default_language():
        return Value(True, output_field=BooleanField())
    return Exists(LanguageReadiness.objects.filter(page=OuterRef("pk"), language=language, is_ready=True))


def _private():
    """Whether a view restriction sits on the row's page or an ancestor (its path is a prefix of the row's)."""
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def _all_restrictions():
    # COUNT and MAX as plain functions: one scalar subquery each, with no GROUP BY on the rows.
    restrictions = PageViewRestriction.objects.order_by()
    return {
        "restriction_count": Subquery(restrictions.annotate(n=Func("id", function="COUNT")).values("n")),
        "latest_restriction": Subquery(restrictions.annotate(n=Func("id", function="MAX")).values("n")),
    }


def _names(prefix, language):
    """The name columns of a room or venue that the export prints: its language, then the fallback."""
    return [f"{prefix}name_{code}" for code in dict.fromkeys([language, default_language()])]


def _rows(queryset, columns, language, **annotations):
    """PageRows of the live pages of `queryset`, in one query."""
    queryset = (
        queryset.filter(live=True).order_by("pk").annotate(ready=_ready(language), private=_private(), **annotations)
    )
    fields = ["pk", "path", "last_published_at", "ready", "private", *annotations, *columns]
    return [PageRow(*values[:5], facts=values[5:]) for values in queryset.values_list(*fields)]


def page_rows(pages, language):
    """Rows of events, speakers: with their venue's name (events) and the site's view restrictions."""
    return _rows(pages, _names("eventpage__venue__", language), language, **_all_restrictions())


def session_rows(sessions, language):
    """Rows of sessions: with their speakers' latest publication, documents, room and venue names."""
    live_speaker = Q(speakers__speaker__live=True)
    columns = [*_names("room__", language), *_names("room__venue__", language), *_names("venue__", language)]
    return _rows(
        sessions,
        columns,
        language,
        speakers_published=Max("speakers__speaker__last_published_at", filter=live_speaker),
        live_speakers=Count("speakers", filter=live_speaker, distinct=True),
        document_count=Count("documents", distinct=True),
    )


def _parent_path(row):
    return row.path[: -Page.steplen]


def _validators(request, kind, language, key, rows, shown):
    inputs = [
        FORMAT_VERSION,
        kind,
        language,
        str(key),
        settings.FRONTEND_BASE_URL,
        serve_unready(),
        request.scheme,
        request.get_host(),
        *rows,
    ]
    dates = [row.last_published_at for row in shown if row.last_published_at]
    etag = hashlib.sha256(repr(inputs).encode()).hexdigest()[:32]
    return Validators(etag, max(dates) if dates else None)


def for_event(request, kind, language, slug):
    """Validators of an event's exports (iCal, Frab); None when no event with `slug` is shown in `language`."""
    events = page_rows(Page.objects.filter(slug_in_any_language(slug), eventpage__isnull=False), language)
    events = [event for event in events if event.shown]
    if not events:
        return None
    children = Q()
    for event in events:
        children |= Q(path__startswith=event.path, depth=len(event.path) // Page.steplen + 1)
    sessions = session_rows(SessionPage.objects.filter(children), language)
    return _validators(request, kind, language, slug, events + sessions, events + [s for s in sessions if s.shown])


def _events_shown(sessions, pages):
    """The shown sessions whose event is shown too (a session of a private event is private)."""
    events = {row.path for row in pages if row.shown}
    return [row for row in sessions if row.shown and _parent_path(row) in events]


def for_session(request, kind, language, pk):
    """Validators of one session's iCal; None when the session is not shown in `language`."""
    sessions = session_rows(SessionPage.objects.filter(pk=pk), language)
    events = page_rows(Page.objects.filter(path__in=[_parent_path(row) for row in sessions]), language)
    if not _events_shown(sessions, events):
        return None
    shown = sessions + [event for event in events if event.shown]
    return _validators(request, kind, language, pk, sessions + events, shown)


def for_speaker(request, kind, language, pk):
    """Validators of one speaker's iCal; None when the speaker is not shown in `language`."""
    speaking = SessionSpeaker.objects.filter(speaker_id=pk).values("session_id")
    sessions = session_rows(SessionPage.objects.filter(pk__in=speaking), language)
    paths = {_parent_path(row) for row in sessions}
    pages = page_rows(Page.objects.filter(Q(pk=pk, speakerpage__isnull=False) | Q(path__in=paths)), language)
    speaker = [row for row in pages if row.pk == pk and row.shown]
    if not speaker:
        return None
    return _validators(request, kind, language, pk, sessions + pages, speaker + _events_shown(sessions, pages))
