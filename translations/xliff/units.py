"""Translation units: which texts of an object a translator sees, and their ids.

A unit id names the object an import writes to, then the text inside it:

    <app_label>.<model>:<pk>:<field>                      a field of a page, snippet, image, document
    <app_label>.<model>:<pk>:<field>#<block path>         a text inside a StreamField (see streams.py)
    <app_label>.<model>:<pk>:<relation>:<row pk>:<field>  a field of an inline row (a press release's
                                                          media contact, a venue's room)

Pages are read from their latest revision (what an editor would publish next) and
written as a new draft revision, inline rows included: a live row never changes
behind an editor's back. Everything else (snippets, site settings, images,
documents, and their inline rows) has no drafts and is read and saved as stored.
"""

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_all_child_relations
from modeltranslation.utils import build_localized_fieldname
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import features as feature_registry

from cms.languages import default_language
from translations import registry

from .streams import Diverged, align, stored_form, text_leaves

UNIT_ID = re.compile(
    r"^(?P<model>[a-z0-9_]+\.[a-z0-9_]+):(?P<pk>\d+):"
    r"(?:(?P<relation>[a-z0-9_]+):(?P<row>\d+):)?"
    r"(?P<field>[a-z0-9_]+)(?:#(?P<path>[\w-]+(?:/[\w-]+)*))?$"
)


@dataclass
class Unit:
    unit_id: str
    obj: models.Model  # what is saved: a page (as its latest revision), a snippet, an image...
    instance: models.Model  # what holds the field: `obj` itself or one of its inline rows
    field: str
    path: tuple | None  # the block path inside a StreamField, None for a whole field
    source: str
    target: str
    features: list[str] | None  # rich-text features; None for plain text
    max_length: int | None = None
    note: str = ""
    relation: str | None = None  # the inline relation `instance` belongs to
    unwritable: str = ""  # why a new translation cannot be written here ("" when it can)

    @property
    def is_rich_text(self):
        return self.features is not None

    @property
    def block_path(self):
        return "/".join(self.path) if self.path else None


def model_label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def unit_id(obj, field, path=None, row=None, relation=None):
    base = f"{model_label(type(obj))}:{obj.pk}:"
    if row is not None:
        base += f"{relation}:{row.pk}:"
    base += field
    return f"{base}#{'/'.join(path)}" if path else base


# --- which models have units ---------------------------------------------------


def is_inline_row(model):
    """A model whose rows belong to a parent through a ParentalKey (an InlinePanel row)."""
    return any(isinstance(field, ParentalKey) for field in model._meta.get_fields())


def inline_relations(model):
    """{accessor name: row model} of `model`'s inline relations whose rows have translated fields."""
    if not issubclass(model, ClusterableModel):
        return {}
    return {
        relation.get_accessor_name(): relation.related_model
        for relation in get_all_child_relations(model)
        if registry.translated_fields(relation.related_model)
    }


def directly_saved_models():
    """Models other than pages whose objects have units and are saved as they are.

    Snippets (organisations, venues), site settings, images and documents: every
    translated model that is neither a page nor an inline row, plus the non-page
    parents of translated inline rows. In label order, for stable exports.
    """
    found = set()
    for model in registry.translated_models():
        if issubclass(model, Page):
            continue
        if not is_inline_row(model):
            found.add(model)
            continue
        for field in model._meta.get_fields():
            if isinstance(field, ParentalKey) and not issubclass(field.related_model, Page):
                found.add(field.related_model)
    return sorted(found, key=model_label)


def translated_fields(model):
    """The registry's reader-visible fields of `model`, in the model's field order."""
    registered = set(registry.translated_fields(model))
    # In the model's field order, so that exports are stable and read top to bottom.
    return [f.name for f in model._meta.get_fields() if f.name in registered]


# --- the object an import writes to ----------------------------------------------


def _hold_rows_in_memory(obj):
    """Load the translated inline rows once, so that what an import sets on them is what it saves.

    A live object's relation manager would read fresh rows from the database on every
    `.all()`; after `set()` it keeps these instances, and a page's `save_revision()`
    serialises them (it commits no row to the live tables).
    """
    for relation in inline_relations(type(obj)):
        manager = getattr(obj, relation)
        manager.set(list(manager.all()))
    return obj


def editable_page(page):
    """A page as its latest revision (the live page when it has no unpublished changes)."""
    specific = page.specific
    if specific.has_unpublished_changes:
        revision = specific.get_latest_revision()
        if revision is not None:
            # What Revision.as_object() does, without reading the page again.
            specific = specific.with_content_json(revision.content)
    return _hold_rows_in_memory(specific)


def editable_object(obj):
    """The object an import writes to: a page's latest revision, any other model as stored."""
    if isinstance(obj, Page):
        return editable_page(obj)
    return _hold_rows_in_memory(obj)


# --- the units of one object -----------------------------------------------------


def _features(declared):
    return list(declared) if declared else list(feature_registry.get_default_features())


def _stream_units(obj, instance, field, language, context):
    english = stored_form(getattr(instance, build_localized_fieldname(field.name, default_language())))
    current = stored_form(getattr(instance, build_localized_fieldname(field.name, language)))
    unwritable = ""
    try:
        current = align(field.stream_block, english, current)
    except Diverged as error:
        current, unwritable = [], f"{error}: translate {field.name} in the admin, or empty it there first"
    targets = {path: text for path, _block, text, _labels in text_leaves(field.stream_block, current)}
    for path, block, text, labels in text_leaves(field.stream_block, english):
        rich = isinstance(block, RichTextBlock)
        yield dict(
            field=field.name,
            path=path,
            source=text,
            target=targets.get(path, ""),
            features=_features(block.features) if rich else None,
            max_length=None if rich else getattr(getattr(block, "field", None), "max_length", None),
            note=f"{context} — {field.verbose_name} ({' › '.join(labels)})",
            unwritable=unwritable,
        )


def _field_units(obj, instance, language, context):
    model = type(instance)
    for field_name in translated_fields(model):
        field = model._meta.get_field(field_name)
        if isinstance(field, StreamField):
            yield from _stream_units(obj, instance, field, language, context)
        elif isinstance(field, models.CharField | models.TextField):
            source = getattr(instance, build_localized_fieldname(field_name, default_language()))
            if not source or not source.strip():
                continue
            rich = isinstance(field, RichTextField)
            yield dict(
                field=field_name,
                path=None,
                source=source,
                target=getattr(instance, build_localized_fieldname(field_name, language)) or "",
                features=_features(field.features) if rich else None,
                max_length=field.max_length,
                note=f"{context} — {field.verbose_name}",
            )


def object_units(obj, language):
    """Every unit of `obj` (already the editable object) and its inline rows with English text."""
    units = [
        Unit(unit_id=unit_id(obj, spec["field"], spec["path"]), obj=obj, instance=obj, **spec)
        for spec in _field_units(obj, obj, language, str(obj))
    ]
    for relation, row_model in inline_relations(type(obj)).items():
        verbose = row_model._meta.verbose_name
        for row in getattr(obj, relation).all():
            if row.pk is None:
                continue  # added in a draft: it gets its id, and its units, when published
            for spec in _field_units(obj, row, language, f"{obj} — {verbose} “{row}”"):
                units.append(
                    Unit(
                        unit_id=unit_id(obj, spec["field"], spec["path"], row=row, relation=relation),
                        obj=obj,
                        instance=row,
                        relation=relation,
                        **spec,
                    )
                )
    return units


# --- from a unit id back to the object --------------------------------------------


class UnitLookupError(LookupError):
    pass


def _model_of(match):
    try:
        model = apps.get_model(match["model"])
    except (LookupError, ValueError):
        raise UnitLookupError("unknown model") from None
    if not (issubclass(model, Page) or model in directly_saved_models()):
        # An inline row is named through its page or snippet, so that it is written
        # where its editor would write it (a page's draft), never as a live row.
        raise UnitLookupError("this model has no translation units")
    return model


# Primary keys per query when loading the objects a file names: far below every database's
# limit on query parameters (SQLite's is the lowest).
LOAD_BATCH = 500


def load_objects(unit_id_texts, cache):
    """Fill `cache` for `find_object` with every object the unit ids name, a query per model and batch.

    One query per unit id made a file of 50,000 units for unknown ids take four minutes
    (a wide multi-table SELECT each); known objects are loaded once, missing ones cached as None.
    """
    wanted = defaultdict(set)
    for text in unit_id_texts:
        match = UNIT_ID.match(text)
        if match is None:
            continue
        try:
            model = _model_of(match)
        except UnitLookupError:
            continue  # find_object names the problem
        wanted[model].add(int(match["pk"]))
    for model, pks in wanted.items():
        pks = sorted(pk for pk in pks if (model, pk) not in cache)
        for start in range(0, len(pks), LOAD_BATCH):
            batch = pks[start : start + LOAD_BATCH]
            found = {instance.pk: instance for instance in model._default_manager.filter(pk__in=batch)}
            for pk in batch:
                cache[(model, pk)] = editable_object(found[pk]) if pk in found else None


@functools.cache
def _writable_fields(model):
    # Asked once per unit of a file (50,000 in a big one): the registry is fixed once apps are loaded.
    return frozenset(translated_fields(model))


def find_object(unit_id_text, cache):
    """The editable object a unit id names; `cache` keeps one object per model and pk."""
    match = UNIT_ID.match(unit_id_text)
    if not match:
        raise UnitLookupError("malformed unit id")
    model = _model_of(match)
    if match["relation"]:
        if match["relation"] not in inline_relations(model):
            raise UnitLookupError(f"{match['relation']!r} is not a translated inline relation")
        row_model = inline_relations(model)[match["relation"]]
        if match["field"] not in _writable_fields(row_model):
            raise UnitLookupError(f"field {match['field']!r} is not translatable")
    elif match["field"] not in _writable_fields(model):
        raise UnitLookupError(f"field {match['field']!r} is not translatable")
    key = (model, int(match["pk"]))
    if key not in cache:
        instance = model._default_manager.filter(pk=key[1]).first()
        cache[key] = editable_object(instance) if instance is not None else None
    obj = cache[key]
    if obj is None:
        raise UnitLookupError("the object does not exist (deleted?)")
    if match["relation"]:
        row_pks = {row.pk for row in getattr(obj, match["relation"]).all()}
        if int(match["row"]) not in row_pks:
            where = "the page's latest draft" if isinstance(obj, Page) else "it"
            raise UnitLookupError(f"the {match['relation']} row is no longer on {where} (deleted?)")
    return obj
