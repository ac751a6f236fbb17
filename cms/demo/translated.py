"""Writing the demo data's translated texts into modeltranslation columns."""

from django.utils.text import slugify
from wagtail.rich_text import RichText

from cms.languages import language_codes


def set_text(instance, field_name, texts):
    """Write `{"en": ..., "ru": ...}` into `<field>_en`, `<field>_ru`...

    A language missing from `texts` is written as empty, which modeltranslation
    reads as "not translated yet" and falls back to English: exactly what a
    translator's work in progress looks like.
    """
    for code in language_codes():
        setattr(instance, f"{field_name}_{code}", texts.get(code, ""))


def set_stream(instance, field_name, texts, block_type):
    """Write one rich-text block per language into a translated StreamField."""
    for code in language_codes():
        html = texts.get(code)
        setattr(instance, f"{field_name}_{code}", [(block_type, RichText(html))] if html else [])


def set_stream_items(instance, field_name, items, block_type):
    """Write an ordered list of translated rich-text items (key issues) into a StreamField.

    A language gets the list only when every item is translated, so a reader never
    sees half of the key issues in Tajik and the other half in English.
    """
    for code in language_codes():
        if items and all(code in item for item in items):
            value = [(block_type, RichText(item[code])) for item in items]
        else:
            value = []
        setattr(instance, f"{field_name}_{code}", value)


def set_page_title(page, titles, slug, sibling_slugs):
    """Title and slug per language; untranslated languages keep the English slug via fallback.

    `sibling_slugs` maps a language to the slugs the page's siblings already use in
    it; two sessions both called "Кофе-брейк" get "кофе-брейк" and "кофе-брейк-2".
    `None` means the English slug serves every language.
    """
    set_text(page, "title", titles)
    for code in language_codes():
        title = titles.get(code)
        if code == "en" or not title or sibling_slugs is None:
            localized_slug = slug if code == "en" else ""
        else:
            base = slugify(title, allow_unicode=True)[:100].rstrip("-") or slug
            localized_slug, suffix = base, 1
            while localized_slug in sibling_slugs.get(code, ()):
                suffix += 1
                localized_slug = f"{base}-{suffix}"
        setattr(page, f"slug_{code}", localized_slug)


def in_order(rows):
    """Number orderable rows in list order: modelcluster leaves sort_order empty otherwise."""
    for position, row in enumerate(rows):
        row.sort_order = position
    return rows
