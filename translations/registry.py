"""Which models and fields translators work on, read from modeltranslation's registry.

Each app declares its translated fields in its own translation.py; this module only
reads that registration, so a field added there shows up in the workflow with no
change here.
"""

from modeltranslation.translator import NotRegistered, translator

# Registered for every page by wagtail-modeltranslation, but not text a translator
# writes: an empty slug or URL path falls back to English by design.
NOT_READER_TEXT = frozenset({"slug", "url_path"})


def translated_models():
    """Concrete models with translated fields: every page type, snippet and the media models."""
    return list(translator.get_registered_models(abstract=False))


def is_translated(model):
    try:
        translator.get_options_for_model(model)
    except NotRegistered:
        return False
    return True


def translated_fields(model):
    """Reader-visible translated field names of `model`, sorted; inherited ones (a page's title) included."""
    if not is_translated(model):
        return []
    fields = translator.get_options_for_model(model).all_fields
    return sorted(name for name in fields if name not in NOT_READER_TEXT)


def translated_fields_in_model_order(model):
    """translated_fields(model) in the order the model declares them (a page's title first)."""
    registered = set(translated_fields(model))
    return [field.name for field in model._meta.get_fields() if field.name in registered]
