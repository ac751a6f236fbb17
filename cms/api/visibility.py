"""The last line of defence: no field ever returns a page a reader may not see.

Selectors already return public pages only; this catches the rest — a session
speaker pointing at an unpublished speaker, a news item's related event that was
unpublished, a featured speaker behind a privacy restriction. A non-public page
becomes null, and is dropped from lists; so does an image or a document in a private
collection (media/privacy.py), wherever a public page refers to it.

The one exception is a draft preview: `preview(token:)` calls `allow_draft_root(info)`
once it has checked the token, and only the page that root field returns passes
unchecked. Everything below it (a session's speakers, a news item's event) is
checked as usual, so a preview never shows another page's draft.
"""

from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction

from media.privacy import is_public_media, private_collection_ids

RESTRICTED_PATHS_ATTRIBUTE = "_api_restricted_paths"
PRIVATE_COLLECTIONS_ATTRIBUTE = "_api_private_collections"
DRAFT_ROOTS_ATTRIBUTE = "_api_draft_roots"


def allow_draft_root(info):
    """Let the root field being resolved return a page that is not public (a previewed draft).

    Call it from a root field's resolver, and only after the request has proved it may
    see that page (a valid preview token). It covers that field's own value only, under
    its response key (so an alias is covered too), never the pages nested inside it.
    """
    if info.path.prev is not None:
        raise ValueError("allow_draft_root() is for root fields only.")
    roots = getattr(info.context, DRAFT_ROOTS_ATTRIBUTE, None)
    if roots is None:
        roots = set()
        setattr(info.context, DRAFT_ROOTS_ATTRIBUTE, roots)
    roots.add(info.path.key)


def is_draft_root(info):
    return info.path.prev is None and info.path.key in getattr(info.context, DRAFT_ROOTS_ATTRIBUTE, ())


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


def _private_collections(request):
    # Asked only when an answer holds an image or a document, then once per request.
    ids = getattr(request, PRIVATE_COLLECTIONS_ATTRIBUTE, None)
    if ids is None:
        ids = private_collection_ids()
        setattr(request, PRIVATE_COLLECTIONS_ATTRIBUTE, ids)
    return ids


def _filter(value, request):
    if isinstance(value, Page):
        return value if is_visible(value, request) else None
    if isinstance(value, AbstractImage | AbstractDocument):
        return value if is_public_media(value, _private_collections(request)) else None
    if isinstance(value, list | tuple) and value and isinstance(value[0], Page):
        return [page for page in value if is_visible(page, request)]
    return value


class VisibilityMiddleware:
    def resolve(self, next_resolver, root, info, **kwargs):
        value = next_resolver(root, info, **kwargs)
        if is_draft_root(info):
            return value
        if hasattr(value, "model") and issubclass(value.model, Page):  # a queryset of pages
            value = list(value)
        return _filter(value, info.context)
