"""Completeness and staleness of translations: selectors that read, services that record.

A translated field in one language is

- "missing" when the default language has text and this language has none (readers
  see the default-language text instead),
- "outdated" when it has text, but the default-language text has changed since the
  translation was made from it (the recorded source hash no longer matches),
- "complete" otherwise, including a translation made before sources were recorded:
  its source is recorded the next time it is saved.

Sources are recorded per field and language, and only for the translations that
changed in a save, so an English edit leaves the other languages' hashes as they were
(that is what makes them outdated), and editing one English field says nothing about
the others.
"""

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from cms.languages import default_language, language_codes

from .models import TranslationSource
from .registry import translated_fields

COMPLETE = "complete"
MISSING = "missing"
OUTDATED = "outdated"

# Above this many objects of one type, read all of the type's sources in the language
# rather than list every id in the query (databases limit the parameters of one query).
BULK_PK_LIMIT = 500


@dataclass(frozen=True)
class TranslationStatus:
    """The state of every reader-visible translated field of one object in one language."""

    language: str
    fields: dict  # field name -> COMPLETE, MISSING or OUTDATED
    to_translate: int  # fields with default-language text: the ones a translator owes

    @property
    def missing(self):
        return sorted(name for name, status in self.fields.items() if status == MISSING)

    @property
    def outdated(self):
        return sorted(name for name, status in self.fields.items() if status == OUTDATED)

    @property
    def done(self):
        """Share of the fields with default-language text that are translated and current (0.0 to 1.0)."""
        if not self.to_translate:
            return 1.0
        return (self.to_translate - len(self.missing) - len(self.outdated)) / self.to_translate


# --- reading ------------------------------------------------------------------


def content_type_of(translated):
    """The content type sources are filed under.

    A page is filed under its specific type whether it was loaded as `Page` or as
    `EventPage`, so both see the same sources.
    """
    if isinstance(translated, Page) and translated.content_type_id:
        return ContentType.objects.get_for_id(translated.content_type_id)
    return ContentType.objects.get_for_model(translated)


def column_value(translated, field, language):
    """The stored value of one field in one language, without modeltranslation's fallback."""
    column = build_localized_fieldname(field, language)
    return translated._meta.get_field(column).value_from_object(translated)


def is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0  # a StreamValue with no blocks
    except TypeError:
        return False


def text_hash(translated, field, language=None):
    """SHA-256 (hex) of a field's text in `language` (default: the default language)."""
    language = language or default_language()
    column = build_localized_fieldname(field, language)
    model_field = translated._meta.get_field(column)
    value = model_field.value_from_object(translated)
    if is_empty(value):
        text = ""
    elif hasattr(model_field, "stream_block"):
        # A StreamField: hash its JSON with sorted keys, so the same content read
        # back from the database (where key order may differ) hashes the same.
        prepared = model_field.get_prep_value(value)
        if isinstance(prepared, str):
            prepared = json.loads(prepared)
        text = json.dumps(prepared, sort_keys=True, ensure_ascii=False)
    else:
        text = str(value)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded_sources(translated, language=None):
    """{(field, language): source_hash} recorded for `translated` (one query)."""
    if translated.pk is None:
        return {}
    sources = TranslationSource.objects.filter(content_type=content_type_of(translated), object_id=translated.pk)
    if language is not None:
        sources = sources.filter(language=language)
    return {
        (field, code): source_hash
        for field, code, source_hash in sources.values_list("field", "language", "source_hash")
    }


def status_from_sources(translated, field, language, sources):
    """The status of one field given its recorded sources ({(field, language): hash}), without a query.

    `translated` may be any instance with the translated columns, also one rebuilt from
    a page revision: the status is then that of the text in the revision.
    """
    if language == default_language():
        return COMPLETE
    english_empty = is_empty(column_value(translated, field, default_language()))
    if is_empty(column_value(translated, field, language)):
        return COMPLETE if english_empty else MISSING
    source_hash = sources.get((field, language))
    if source_hash is None or source_hash == text_hash(translated, field):
        return COMPLETE
    return OUTDATED


def recorded_sources_by_object(objects, languages=None):
    """{(content type id, pk): {(field, language): source_hash}} for many objects.

    The bulk form of `recorded_sources`, for reports and exports over many pages,
    snippets or images: one query per content type however many objects there are.
    Every stored object gets an entry, empty when nothing is recorded for it.
    """
    pks_by_type = defaultdict(set)
    for translated in objects:
        if translated.pk is not None:
            pks_by_type[content_type_of(translated).pk].add(translated.pk)
    found = {(content_type_id, pk): {} for content_type_id, pks in pks_by_type.items() for pk in pks}
    for content_type_id, pks in pks_by_type.items():
        sources = TranslationSource.objects.filter(content_type_id=content_type_id)
        if languages is not None:
            sources = sources.filter(language__in=list(languages))
        if len(pks) <= BULK_PK_LIMIT:
            sources = sources.filter(object_id__in=pks)
        for object_id, field, code, source_hash in sources.values_list("object_id", "field", "language", "source_hash"):
            if object_id in pks:
                found[(content_type_id, object_id)][(field, code)] = source_hash
    return found


def recorded_sources_in_bulk(objects, language):
    """recorded_sources_by_object for one language."""
    return recorded_sources_by_object(objects, [language])


def sources_of(translated, bulk_sources):
    """The entry of `recorded_sources_in_bulk` for one object ({} when it has none)."""
    return bulk_sources.get((content_type_of(translated).pk, translated.pk), {})


def field_status(translated, field, language):
    """One of "complete", "missing" or "outdated" for one translated field of a page, snippet or image."""
    return status_from_sources(translated, field, language, recorded_sources(translated, language))


def object_status(translated, language, sources=None):
    """A TranslationStatus for every reader-visible translated field of `translated` in `language`.

    `sources`, when given, are the object's recorded sources as `recorded_sources`
    returns them (or one entry of `recorded_sources_by_object`), already loaded;
    without them they are read here, in one query.
    """
    if sources is None:
        sources = recorded_sources(translated, language)
    fields = translated_fields(type(translated))
    return TranslationStatus(
        language=language,
        fields={field: status_from_sources(translated, field, language, sources) for field in fields},
        to_translate=sum(1 for field in fields if not is_empty(column_value(translated, field, default_language()))),
    )


def missing_fields(translated, language):
    """Names of the reader-visible fields whose text in `language` falls back to the default language."""
    return object_status(translated, language).missing


# --- recording ----------------------------------------------------------------


def record_sources(translated, languages=None, previous=None, fields=None):
    """Remember which default-language text each changed translation was made from.

    Call it after a save. `previous` maps column names (`summary_ru`) to the hash of
    the value stored before the save (see `stored_hashes`); without it (a new object, an import) every translation
    with text counts as just made. A translation that did not change keeps its
    recorded source (so an English edit makes it outdated), unless it has none yet.
    An emptied translation forgets its source. The default language records nothing.
    """
    languages = [code for code in (languages or language_codes()) if code != default_language()]
    fields = fields if fields is not None else translated_fields(type(translated))
    if not languages or not fields:
        return
    content_type = content_type_of(translated)
    recorded = recorded_sources(translated)
    now = timezone.now()
    to_store, to_forget = [], []
    for field in fields:
        english_hash = None
        for language in languages:
            column = build_localized_fieldname(field, language)
            if is_empty(column_value(translated, field, language)):
                if (field, language) in recorded:
                    to_forget.append((field, language))
                continue
            changed = previous is None or previous.get(column) != text_hash(translated, field, language)
            if changed or (field, language) not in recorded:
                english_hash = english_hash or text_hash(translated, field)
                if recorded.get((field, language)) != english_hash:
                    to_store.append((field, language, english_hash))
    if to_store:
        TranslationSource.objects.bulk_create(
            [
                TranslationSource(
                    content_type=content_type,
                    object_id=translated.pk,
                    field=field,
                    language=language,
                    source_hash=source_hash,
                    updated_at=now,
                )
                for field, language, source_hash in to_store
            ],
            update_conflicts=True,
            unique_fields=["content_type", "object_id", "field", "language"],
            update_fields=["source_hash", "updated_at"],
        )
    for field, language in to_forget:
        TranslationSource.objects.filter(
            content_type=content_type, object_id=translated.pk, field=field, language=language
        ).delete()


def stored_hashes(translated, fields=None):
    """{column: hash} of the translated columns as stored in the database, before a save.

    None when the object is not stored yet. One query, reading only those columns.
    """
    fields = fields if fields is not None else translated_fields(type(translated))
    if translated.pk is None or not fields:
        return None
    columns = [build_localized_fieldname(field, code) for field in fields for code in language_codes()]
    stored = type(translated)._base_manager.only(*columns).filter(pk=translated.pk).first()
    if stored is None:
        return None
    return {
        build_localized_fieldname(field, code): text_hash(stored, field, code)
        for field in fields
        for code in language_codes()
    }


def confirm_translation(translated, field, language):
    """A translator confirms that a translation still holds for the current default-language text."""
    record_sources(translated, languages=[language], fields=[field])


def forget_sources(translated):
    """Drop the recorded sources of a deleted object."""
    TranslationSource.objects.filter(content_type=content_type_of(translated), object_id=translated.pk).delete()
