"""How to load one page with everything its GraphQL type reads, per page type.

Each app registers a loader for its page types (the same prefetching its list
selectors use); `page(path:)` and other single-page root fields then cost a fixed
number of queries however many organisers, speakers or contacts a page has.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType

_loaders = {}


def register_detail_loader(*page_models):
    """Decorator: `loader(queryset) -> queryset` prefetches what the page type's fields read."""

    def register(loader):
        for model in page_models:
            _loaders[model] = loader
        return loader

    return register


def load_specific(queryset):
    """The first page of a (non-specific) page queryset, as its specific type, prefetched; or None."""
    found = queryset.values("pk", "content_type_id").first()
    if found is None:
        return None
    model = ContentType.objects.get_for_id(found["content_type_id"]).model_class()
    specific = model.objects.filter(pk=found["pk"])
    loader = _loaders.get(model)
    return (loader(specific) if loader else specific).first()


def load_specific_many(rows):
    """Pages given as `{"pk", "content_type_id"}` rows, as their specific types, prefetched, in row order.

    One query per page type (plus its loader's prefetches), whatever the number of
    rows. A page deleted in the meantime is left out rather than failing the request.
    """
    pks_by_model = defaultdict(list)
    for row in rows:
        pks_by_model[ContentType.objects.get_for_id(row["content_type_id"]).model_class()].append(row["pk"])
    pages = {}
    for model, pks in pks_by_model.items():
        loader = _loaders.get(model)
        specific = model.objects.filter(pk__in=pks)
        pages.update((page.pk, page) for page in (loader(specific) if loader else specific))
    return [pages[row["pk"]] for row in rows if row["pk"] in pages]
