"""The translation report: for pages (or snippets, or images) × languages, what is left to do.

One selector for the admin report, its dashboard panel and anything else that lists
translation status for many objects at once. It costs a fixed number of queries
however many objects it covers: the recorded sources are read with one query per
content type, readiness with one query, the pages' events with one.

Like status.py, it reads the stored columns: for a page that is what is live (or,
never published, what it was created with), not its latest draft revision. A
translation saved as a draft counts once it is published, the moment its source is
recorded (see signals.py).
"""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Page, Site

from sessions.models import EventPage

from .readiness import ready_languages_by_page
from .roles import target_languages
from .status import (
    COMPLETE,
    MISSING,
    OUTDATED,
    TranslationStatus,
    content_type_of,
    object_status,
    recorded_sources_by_object,
)


def overall_status(status):
    """MISSING if any field is missing, else OUTDATED if any is outdated, else COMPLETE."""
    if status.missing:
        return MISSING
    if status.outdated:
        return OUTDATED
    return COMPLETE


@dataclass(frozen=True)
class ReportRow:
    """One object in one language: its TranslationStatus, and for a page its readiness and event."""

    translated: object  # a page as its specific type, a snippet or an image
    status: TranslationStatus
    is_ready: bool | None = None  # None for what is not a page: only pages are marked ready
    event: EventPage | None = None  # the page's conference: the EventPage it is, or lies under

    @property
    def language(self):
        return self.status.language

    @property
    def overall(self):
        return overall_status(self.status)

    @property
    def fields_to_translate(self):
        """Fields with default-language text: the ones a translator owes."""
        return self.status.to_translate

    @property
    def fields_done(self):
        return max(0, self.status.to_translate - len(self.status.missing) - len(self.status.outdated))

    @property
    def percent_done(self):
        return round(self.status.done * 100)


def report_pages():
    """The pages translators work on: every site's tree, root pages included, in tree order.

    A plain Page queryset, to be filtered further; `page_report` reads the pages as
    their specific types. Reads the sites' root paths at once (one query).
    """
    root_paths = list(Site.objects.values_list("root_page__path", flat=True))
    if not root_paths:
        return Page.objects.none()
    in_a_site = Q()
    for path in root_paths:
        in_a_site |= Q(path__startswith=path)
    # A site served from the tree root itself: the root is no page anyone translates.
    return Page.objects.filter(in_a_site).exclude(depth=1).order_by("path")


def events_by_page(pages):
    """{page id: EventPage} for the pages that are an event or lie under one (one query)."""
    steplen = Page.steplen
    ancestor_paths = {page.path[:end] for page in pages for end in range(2 * steplen, len(page.path) + 1, steplen)}
    if not ancestor_paths:
        return {}
    events = {event.path: event for event in EventPage.objects.filter(path__in=ancestor_paths)}
    found = {}
    for page in pages:
        for end in range(len(page.path), steplen, -steplen):  # the nearest event first
            if page.path[:end] in events:
                found[page.pk] = events[page.path[:end]]
                break
    return found


def translation_report(translated_objects, languages=None):
    """ReportRows for each object × each language, objects in the order given.

    `translated_objects`: specific pages, snippets or images (anything registered for
    translation). `languages`: codes, by default every language but the default one.
    Pages get their readiness and their event; other objects None for both.
    """
    translated_objects = list(translated_objects)
    languages = list(languages) if languages is not None else target_languages()
    sources = recorded_sources_by_object(translated_objects, languages)
    pages = [translated for translated in translated_objects if isinstance(translated, Page)]
    ready = ready_languages_by_page(page.pk for page in pages) if pages else {}
    events = events_by_page(pages)
    rows = []
    for translated in translated_objects:
        recorded = sources.get((content_type_of(translated).pk, translated.pk), {})
        is_page = isinstance(translated, Page)
        for language in languages:
            rows.append(
                ReportRow(
                    translated=translated,
                    status=object_status(translated, language, sources=recorded),
                    is_ready=(language in ready[translated.pk]) if is_page else None,
                    event=events.get(translated.pk),
                )
            )
    return rows


def page_report(pages=None, languages=None):
    """ReportRows for pages (default: `report_pages()`) read as their specific types.

    Queries: the pages (one, plus one per page type), the recorded sources (one per
    page type), readiness (one) and events (one).
    """
    pages = report_pages() if pages is None else pages
    return translation_report(pages.specific(), languages)


def language_summary(rows):
    """{language: {"missing": n, "outdated": n, "ready": n}} counted over page rows.

    A page with both missing and outdated fields counts in both.
    """
    summary = {}
    for row in rows:
        counts = summary.setdefault(row.language, {"missing": 0, "outdated": 0, "ready": 0})
        counts["missing"] += bool(row.status.missing)
        counts["outdated"] += bool(row.status.outdated)
        counts["ready"] += bool(row.is_ready)
    return summary
