"""Record translation sources whenever a translated page, snippet or image is saved.

pre_save reads what the database held; post_save records a source for each
translation that changed. Publishing a page saves it, so a translation made in the
admin is recorded when it goes live; a draft (save_revision) writes no content
columns and records nothing until it is published.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from modeltranslation.utils import build_localized_fieldname

from cms.languages import language_codes

from .registry import translated_fields, translated_models
from .status import forget_sources, record_sources, stored_hashes

_PREVIOUS = "_translation_sources_previous"


def _fields_saved(instance, update_fields):
    fields = translated_fields(type(instance))
    if update_fields is None:
        return fields
    saved = set(update_fields)
    return [
        field for field in fields if any(build_localized_fieldname(field, code) in saved for code in language_codes())
    ]


def remember_stored_text(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    fields = _fields_saved(instance, update_fields)
    # Every language's column of the saved fields: an English-only save must see that
    # the translations did not change.
    setattr(instance, _PREVIOUS, (fields, stored_hashes(instance, fields) if fields else None))


def record_changed_translations(sender, instance, created=False, raw=False, **kwargs):
    if raw:
        return
    fields, previous = getattr(instance, _PREVIOUS, (None, None))
    if hasattr(instance, _PREVIOUS):
        delattr(instance, _PREVIOUS)
    if fields:
        record_sources(instance, previous=None if created else previous, fields=fields)


def forget_deleted(sender, instance, **kwargs):
    forget_sources(instance)


def connect():
    for model in translated_models():
        uid = f"translations:{model._meta.label}"
        pre_save.connect(remember_stored_text, sender=model, dispatch_uid=uid)
        post_save.connect(record_changed_translations, sender=model, dispatch_uid=uid)
        post_delete.connect(forget_deleted, sender=model, dispatch_uid=uid)
