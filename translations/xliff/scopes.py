"""What an export covers: pages, and the snippets, images and documents that go with them.

A `Selection` is what the command line (`--page`, `--event`, `--snippets`,
`--outdated`) and the admin's download form both build; `export.collect_units` turns
it into units.
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from wagtail.models import Page

from .units import directly_saved_models, inline_relations


@dataclass
class Selection:
    name: str  # for file names: "page-12", "event-2022", "snippets", "outdated"
    pages: QuerySet
    objects: list = field(default_factory=list)  # snippets, settings, images, documents
    include_used: bool = False  # add the objects the pages use (hero image, venue, organisers...)
    outdated_only: bool = False  # keep only the units missing or outdated in the language


def pages_for_page(page_id):
    return Page.objects.filter(pk=page_id).exclude(depth=1)


def pages_for_event(slug):
    """The event with this slug (in any language) and every page under it."""
    from sessions.models import EventPage

    event = EventPage.objects.filter(slug=slug).first() or EventPage.objects.filter(slug_en=slug).first()
    if event is None:
        return Page.objects.none()
    return Page.objects.descendant_of(event, inclusive=True)


def all_pages():
    """Every page but the tree root."""
    return Page.objects.exclude(depth=1)


def all_directly_saved_objects():
    """Every snippet, site setting, image and document with translated text, model by model."""
    found = []
    for model in directly_saved_models():
        found.extend(model._default_manager.order_by("pk").prefetch_related(*inline_relations(model)))
    return found


def select_page(page_id):
    """One page, with the images, documents and snippets it uses."""
    return Selection(name=f"page-{page_id}", pages=pages_for_page(page_id), include_used=True)


def select_event(slug):
    """An event, its sessions, and the images, documents and snippets they use."""
    return Selection(name=f"event-{slug}", pages=pages_for_event(slug), include_used=True)


def select_snippets():
    """Every snippet, site setting, image and document (no pages)."""
    return Selection(name="snippets", pages=Page.objects.none(), objects=all_directly_saved_objects())


def select_outdated():
    """Every text, on every page and every other object, missing or outdated in the language."""
    return Selection(name="outdated", pages=all_pages(), objects=all_directly_saved_objects(), outdated_only=True)


# --- what pages use ------------------------------------------------------------


def _row_parents():
    """{inline row model: (its ParentalKey column, parent model)} for rows of directly saved objects.

    A session names a Room; the room's texts are exported with its Venue.
    """
    parents = {}
    for model in directly_saved_models():
        for relation in get_all_child_relations(model):
            key = next(f for f in relation.related_model._meta.get_fields() if isinstance(f, ParentalKey))
            parents[relation.related_model] = (key.attname, model)
    return parents


def _may_reference(model, wanted):
    """Whether instances of `model` can point at a wanted model: a foreign key, or chooser blocks and links."""
    for model_field in model._meta.concrete_fields:
        if hasattr(model_field, "extract_references"):
            return True
        if model_field.many_to_one and not isinstance(model_field, ParentalKey) and model_field.related_model in wanted:
            return True
    return False


def _references(instance, wanted):
    """(model, pk as text) of what `instance` and its inline rows point at, among the `wanted` models."""
    for model_field in type(instance)._meta.concrete_fields:
        if model_field.many_to_one and not isinstance(model_field, ParentalKey):
            if model_field.related_model in wanted:
                value = model_field.value_from_object(instance)
                if value is not None:
                    yield model_field.related_model, str(value)
        elif hasattr(model_field, "extract_references"):
            value = model_field.value_from_object(instance)
            if value:
                for to_model, to_pk, _model_path, _content_path in model_field.extract_references(value):
                    if to_model in wanted:
                        yield to_model, str(to_pk)
    for relation in get_all_child_relations(type(instance)):
        if _may_reference(relation.related_model, wanted):
            for row in getattr(instance, relation.get_accessor_name()).all():
                yield from _references(row, wanted)


def used_objects(pages):
    """The snippets, site settings, images and documents that `pages` (editable objects) use.

    Read from the pages themselves (their latest revision, inline rows and StreamField
    chooser blocks and links included) rather than Wagtail's reference index, which
    only knows live content and is filled by a background task. What those objects
    use comes too (an organiser's logo). One query per model and level of use.
    """
    row_parents = _row_parents()
    wanted = set(directly_saved_models()) | set(row_parents)
    found, seen = [], set()
    referrers = list(pages)
    while referrers:
        ids = {}
        for referrer in referrers:
            for model, pk in _references(referrer, wanted):
                ids.setdefault(model, set()).add(pk)
        for row_model, (parent_column, parent_model) in row_parents.items():
            if row_model in ids:
                rows = row_model._default_manager.filter(pk__in=ids.pop(row_model))
                ids.setdefault(parent_model, set()).update(str(pk) for pk in rows.values_list(parent_column, flat=True))
        referrers = []
        for model in directly_saved_models():
            new_ids = {pk for pk in ids.get(model, ()) if (model, pk) not in seen}
            if new_ids:
                seen.update((model, pk) for pk in new_ids)
                queryset = model._default_manager.filter(pk__in=new_ids).order_by("pk")
                referrers.extend(queryset.prefetch_related(*inline_relations(model)))
        found.extend(referrers)
    return sorted(found, key=lambda obj: (directly_saved_models().index(type(obj)), obj.pk))
