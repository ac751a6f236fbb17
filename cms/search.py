"""Searching the public pages readers search, in one language at a time.

A search in a language looks only at that language's columns (`title_ru`,
`summary_ru`...): an English word never finds a page because its Russian text
matches, nor the reverse. Where a page's text is not translated into the
language, readers of that language see the English text (the modeltranslation
fallback), so search follows the fallback too: an empty `title_tg` is searched
as its English `title_en`, a filled one never is.
"""

import html
import json
from functools import reduce
from operator import or_

from django.db.models import F, Q
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cms.languages import default_language, language_codes
from home.models import StandardPage
from news.models import NewsPage, PressReleasePage
from people.models import SpeakerPage
from sessions.models import EventPage, SessionPage

MAX_QUERY_LENGTH = 200

# Index, home and contact pages are navigation, not content a reader looks for.
SEARCHED_PAGE_MODELS = (EventPage, SessionPage, SpeakerPage, NewsPage, PressReleasePage, StandardPage)


class InvalidSearch(ValueError):
    """The search text cannot be searched for; the message says why, for the reader."""


def clean_search_text(text):
    """`text` without surrounding white space; raises InvalidSearch when empty or over MAX_QUERY_LENGTH."""
    text = (text or "").strip()
    if not text:
        raise InvalidSearch("The search query must not be empty.")
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidSearch(f"The search query is {len(text)} characters long, over the limit of {MAX_QUERY_LENGTH}.")
    return text


def searched_fields(model):
    """The title and the text fields `model`'s own translation.py registers (not Page's slug, SEO fields...)."""
    page_fields = set(translator.get_options_for_model(Page).all_fields)
    own_fields = set(translator.get_options_for_model(model).all_fields) - page_fields
    return ["title", *sorted(own_fields)]


def _spellings(field, text):
    """How `text` may be spelled in the stored value of `field`.

    Rich text and StreamField are searched in their raw stored form, with
    icontains, which is acceptable at this site's size (hundreds of pages): rich
    text is HTML, so "OSCE & EU" is stored as "OSCE &amp; EU"; StreamField is
    JSON, which SQLite stores with non-ASCII letters escaped ("\\u0422..."), while
    PostgreSQL's jsonb keeps them. Markup, block names and block ids are searched
    too, a known imprecision of searching the raw value.
    """
    spellings = {text}
    if isinstance(field, RichTextField | StreamField):
        spellings.add(html.escape(text, quote=False))
    if isinstance(field, StreamField):
        spellings |= {json.dumps(spelling)[1:-1] for spelling in spellings}
    return spellings


def _empty(field, column):
    empty_value = [] if isinstance(field, StreamField) else ""
    return Q(**{column: empty_value}) | Q(**{f"{column}__isnull": True})


def _contains(field, column, text):
    return reduce(or_, (Q(**{f"{column}__icontains": spelling}) for spelling in sorted(_spellings(field, text))))


def _matches(model, name, text, language):
    """`text` in the `language` column of field `name`, or in the English one where that column is empty."""
    field = model._meta.get_field(name)
    column = build_localized_fieldname(name, language)
    matches = _contains(field, column, text)
    if language != default_language():
        english = build_localized_fieldname(name, default_language())
        matches |= _empty(field, column) & _contains(field, english, text)
    return matches


def _matching(model, text, language):
    """Primary keys of the `model` pages with `text` in any searched field: a subquery, not run on its own."""
    matches = (_matches(model, name, text, language) for name in searched_fields(model))
    return model.objects.filter(reduce(or_, matches)).values("pk")


def search_pages(text, language):
    """Public pages of SEARCHED_PAGE_MODELS whose text in `language` contains `text`, newest first.

    The match is a case-insensitive substring of the whole (stripped) search text
    in the title or any translated text field (PostgreSQL folds case in every
    script; SQLite, for development only, folds ASCII letters only). Order: most
    recently published first (never-published rows, as factories make, last),
    then newest page first, so a reader sees current news before old
    programmes and the order is stable across calls.

    Returns plain (not specific) Page rows. Building the queryset reads the view
    restrictions (Wagtail's `public()`, one query); evaluating it is one query with
    a subquery per page model, however many pages match. Raises InvalidSearch for
    empty or over-long text and ValueError for a language that is not configured.
    """
    text = clean_search_text(text)
    if language not in language_codes():
        raise ValueError(f"{language!r} is not a configured language.")
    return (
        Page.objects.live()
        .public()
        .filter(reduce(or_, (Q(pk__in=_matching(model, text, language)) for model in SEARCHED_PAGE_MODELS)))
        .order_by(F("last_published_at").desc(nulls_last=True), "-pk")
    )
