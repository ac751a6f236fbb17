"""Translation units: which texts of an object a translator sees, and their ids.

A unit id is `<app_label>.<model>:<pk>:<field>`, plus `#<block id>` for one rich-text
block of a StreamField. The source is the English text of the latest revision (what an
editor would publish next), the target the language's current text of that revision.
"""

import re
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from modeltranslation.utils import build_localized_fieldname
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import features as feature_registry

from cms.languages import default_language
from translations import registry

# Registered by wagtail-modeltranslation for every page, but not for translators:
# the URL structure is an editor's decision.

UNIT_ID = re.compile(r"^(?P<model>[a-z0-9_]+\.[a-z0-9_]+):(?P<pk>\d+):(?P<field>[a-z0-9_]+)(?:#(?P<block>[\w-]+))?$")


@dataclass
class Unit:
    unit_id: str
    obj: models.Model
    field: str
    block_id: str | None
    source: str
    target: str
    features: list[str] | None  # rich-text features; None for plain text
    max_length: int | None = None
    note: str = ""

    @property
    def is_rich_text(self):
        return self.features is not None


def model_label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def unit_id(obj, field, block_id=None):
    base = f"{model_label(type(obj))}:{obj.pk}:{field}"
    return f"{base}#{block_id}" if block_id else base


def editable_object(obj):
    """The object an import writes to: a page's latest revision, any other model as is."""
    if isinstance(obj, Page):
        return obj.specific.get_latest_revision_as_object()
    return obj


def translated_fields(model):
    """The registry's reader-visible fields of `model`, in the model's field order."""
    registered = set(registry.translated_fields(model))
    # In the model's field order, so that exports are stable and read top to bottom.
    return [f.name for f in model._meta.get_fields() if f.name in registered]


def _features(declared):
    return list(declared) if declared else list(feature_registry.get_default_features())


def _stream_by_id(value):
    return {child.id: child for child in value or []}


def object_units(obj, language):
    """Every unit of `obj` (already the editable object) whose English text is not empty."""
    english = default_language()
    units = []
    for field_name in translated_fields(type(obj)):
        field = type(obj)._meta.get_field(field_name)
        source_value = getattr(obj, build_localized_fieldname(field_name, english))
        target_value = getattr(obj, build_localized_fieldname(field_name, language))
        note = f"{obj} — {field.verbose_name}"
        if isinstance(field, StreamField):
            targets = _stream_by_id(target_value)
            for child in source_value or []:
                if not isinstance(child.block, RichTextBlock) or not child.value.source.strip():
                    continue
                target_child = targets.get(child.id)
                units.append(
                    Unit(
                        unit_id=unit_id(obj, field_name, child.id),
                        obj=obj,
                        field=field_name,
                        block_id=child.id,
                        source=child.value.source,
                        target=target_child.value.source if target_child else "",
                        features=_features(child.block.features),
                        note=f"{note} ({child.block.label})",
                    )
                )
        elif isinstance(field, models.CharField | models.TextField):
            if not source_value:
                continue
            rich = isinstance(field, RichTextField)
            units.append(
                Unit(
                    unit_id=unit_id(obj, field_name),
                    obj=obj,
                    field=field_name,
                    block_id=None,
                    source=source_value,
                    target=target_value or "",
                    features=_features(field.features) if rich else None,
                    max_length=field.max_length,
                    note=note,
                )
            )
    return units


class UnitLookupError(LookupError):
    pass


def find_object(unit_id_text, cache):
    """The editable object a unit id names; `cache` keeps one object per model and pk."""
    match = UNIT_ID.match(unit_id_text)
    if not match:
        raise UnitLookupError("malformed unit id")
    try:
        model = apps.get_model(match["model"])
    except (LookupError, ValueError):
        raise UnitLookupError("unknown model") from None
    if not issubclass(model, Page):
        # Inline rows (rooms, media contacts...) belong to a page's revision, and snippets
        # are not exported yet: refuse rather than write a live row behind an editor's back.
        raise UnitLookupError("only page texts can be imported")
    if match["field"] not in translated_fields(model):
        raise UnitLookupError(f"field {match['field']!r} is not translatable")
    key = (model, int(match["pk"]))
    if key not in cache:
        instance = model._default_manager.filter(pk=key[1]).first()
        cache[key] = editable_object(instance) if instance is not None else None
    if cache[key] is None:
        raise UnitLookupError("the object does not exist (deleted?)")
    return cache[key]
