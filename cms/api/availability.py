"""Which language versions of a page a response may show, read once per list of pages.

Readiness is a translator's mark per page and language (translations.readiness). The
API needs it in two places: `translations { isReady }` / `availableLanguages` on any
page, and, when TRANSLATIONS_SERVE_UNREADY is "unavailable", to leave out pages that
are not ready in the language being served.

graphql-core resolves the fields of one list item completely before the next item,
so a resolver cannot batch by itself (and Saleor's promise DataLoader does not work on
graphene 3). Instead this middleware sees every value a field returns: a list of pages
is remembered as a group, together with the pages its selector already prefetched
below it (a session's speakers), and the first page of the group that needs its
readiness loads it for the whole group in one query. A response reads readiness once
per top-level list, however long the list and its nested lists, and not at all when
no field asks for it.
"""

from django.utils import translation
from graphql import GraphQLError
from wagtail.models import Page

from cms.languages import language_codes
from translations.readiness import REPORT_UNAVAILABLE, ready_languages_by_page, serve_unready

from .visibility import is_draft_root

READINESS_ATTRIBUTE = "_api_ready_languages"
GROUPS_ATTRIBUTE = "_api_page_groups"


def _state(request):
    ready = getattr(request, READINESS_ATTRIBUTE, None)
    if ready is None:
        ready, groups = {}, {}
        setattr(request, READINESS_ATTRIBUTE, ready)
        setattr(request, GROUPS_ATTRIBUTE, groups)
    return ready, getattr(request, GROUPS_ATTRIBUTE)


def read_together(request, pages):
    """Make the readiness of `pages` load in one query, for pages spread over several lists."""
    _remember_group(request, pages)


# How far below a list to look for prefetched pages: list -> through row -> page -> rows.
PREFETCH_DEPTH = 4


def _loaded_below(instance):
    """Model instances already loaded below `instance`: prefetched rows and cached foreign keys."""
    for rows in getattr(instance, "_prefetched_objects_cache", {}).values():
        yield from rows
    for related in instance._state.fields_cache.values():
        if related is not None:
            yield related


def _with_prefetched_pages(pages):
    """`pages` and the pages reachable from them through what the selector already loaded (no query)."""
    found = {page.pk: page for page in pages}
    level = list(pages)
    for _depth in range(PREFETCH_DEPTH):
        below = [related for instance in level for related in _loaded_below(instance)]
        for related in below:
            if isinstance(related, Page):
                found.setdefault(related.pk, related)
        level = below
    return found.values()


def _remember_group(request, pages):
    ready, groups = _state(request)
    if all(page.pk in groups or page.pk in ready for page in pages):
        return  # a nested list already covered by its parent's group
    group = tuple(page.pk for page in _with_prefetched_pages(pages) if page.pk not in ready)
    for page_id in group:
        # A page already in a larger group (read_together) stays there.
        if len(groups.get(page_id, ())) < len(group):
            groups[page_id] = group


def ready_languages(page, request):
    """The set of language codes `page` is ready in (the default language always is)."""
    ready, groups = _state(request)
    if page.pk not in ready:
        group = [page_id for page_id in groups.get(page.pk, (page.pk,)) if page_id not in ready]
        if page.pk not in group:
            group.append(page.pk)
        ready.update(ready_languages_by_page(group))
    return ready[page.pk]


def is_available(page, request, language):
    """Whether `page` is served in `language` (always, unless TRANSLATIONS_SERVE_UNREADY is "unavailable")."""
    return serve_unready() != REPORT_UNAVAILABLE or language in ready_languages(page, request)


def not_available_error(page, request, language):
    ready = ready_languages(page, request)
    return GraphQLError(
        f"This page is not available in language {language.upper()}; see extensions.availableLanguages.",
        extensions={
            "code": "LANGUAGE_NOT_AVAILABLE",
            "availableLanguages": [code.upper() for code in language_codes() if code in ready],
        },
    )


class AvailabilityMiddleware:
    """Groups the pages of each list for readiness; hides unready language versions when configured.

    Runs after VisibilityMiddleware has dropped non-public pages, so only what a reader
    could see is grouped. A previewed draft (the preview root field) is always shown.
    """

    def resolve(self, next_resolver, root, info, **kwargs):
        value = next_resolver(root, info, **kwargs)
        if isinstance(value, Page):
            pages = [value]
        elif isinstance(value, list | tuple) and value and isinstance(value[0], Page):
            pages = value
        else:
            return value
        request = info.context
        _remember_group(request, pages)
        if serve_unready() != REPORT_UNAVAILABLE or is_draft_root(info):
            return value
        language = translation.get_language()
        if isinstance(value, Page):
            if is_available(value, request, language):
                return value
            if info.path.prev is None:
                # A root field asked for exactly this page: say why there is none.
                raise not_available_error(value, request, language)
            return None
        return [page for page in pages if is_available(page, request, language)]
