"""The last line of defence: no field ever returns a page a reader may not see.

Selectors already return public pages only; this catches the rest — a session
speaker pointing at an unpublished speaker, a news item's related event that was
unpublished, a featured speaker behind a privacy restriction. A non-public page
becomes null, and is dropped from lists.
"""

from wagtail.models import Page, PageViewRestriction

RESTRICTED_PATHS_ATTRIBUTE = "_api_restricted_paths"


def _restricted_paths(request):
    # One query per request, however many pages the response holds.
    paths = getattr(request, RESTRICTED_PATHS_ATTRIBUTE, None)
    if paths is None:
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        setattr(request, RESTRICTED_PATHS_ATTRIBUTE, paths)
    return paths


def is_visible(page, request):
    restricted = _restricted_paths(request)
    return page.live and not (restricted and page.path.startswith(restricted))


def _filter(value, request):
    if isinstance(value, Page):
        return value if is_visible(value, request) else None
    if isinstance(value, list | tuple) and value and isinstance(value[0], Page):
        return [page for page in value if is_visible(page, request)]
    return value


class VisibilityMiddleware:
    def resolve(self, next_resolver, root, info, **kwargs):
        value = next_resolver(root, info, **kwargs)
        if hasattr(value, "model") and issubclass(value.model, Page):  # a queryset of pages
            value = list(value)
        return _filter(value, info.context)
