"""Readiness: a translator says a page's version in one language is ready for readers.

The default language is always ready. Whether a page that is not ready in a language
is still served there (with default-language text where the translation is missing)
or reported as not available is the TRANSLATIONS_SERVE_UNREADY setting.
"""

from django.conf import settings
from django.utils import timezone

from cms.languages import default_language, language_codes

from .models import LanguageReadiness

SERVE_WITH_FALLBACK = "fallback"
REPORT_UNAVAILABLE = "unavailable"


def serve_unready():
    """SERVE_WITH_FALLBACK or REPORT_UNAVAILABLE, from settings (fallback when unset)."""
    choice = getattr(settings, "TRANSLATIONS_SERVE_UNREADY", SERVE_WITH_FALLBACK)
    if choice not in (SERVE_WITH_FALLBACK, REPORT_UNAVAILABLE):
        raise ValueError(f"TRANSLATIONS_SERVE_UNREADY must be 'fallback' or 'unavailable', not {choice!r}")
    return choice


def _check_language(language):
    if language not in language_codes():
        raise ValueError(f"Unknown language {language!r}; configured: {', '.join(language_codes())}")


def _mark(page, language, user, is_ready):
    _check_language(language)
    if language == default_language():
        raise ValueError("The default language is always ready; it cannot be marked.")
    readiness, _created = LanguageReadiness.objects.update_or_create(
        page=page,
        language=language,
        defaults={"is_ready": is_ready, "marked_by": user, "marked_at": timezone.now()},
    )
    return readiness


def mark_ready(page, language, user=None):
    """A translator marks the `language` version of `page` ready for readers."""
    return _mark(page, language, user, True)


def mark_not_ready(page, language, user=None):
    """A translator withdraws readiness; who and when are kept."""
    return _mark(page, language, user, False)


def ready_languages_by_page(page_ids):
    """{page id: set of ready language codes} for many pages in one query.

    For lists of pages (GraphQL `translations { isReady }`), so that readiness costs
    one query however long the list. Every page includes the default language.
    """
    page_ids = list(page_ids)
    ready = {page_id: {default_language()} for page_id in page_ids}
    marks = LanguageReadiness.objects.filter(page_id__in=page_ids, is_ready=True).values_list("page_id", "language")
    for page_id, language in marks:
        if language in language_codes():
            ready[page_id].add(language)
    return ready


def ready_languages(page):
    """Codes of the languages `page` is ready in, in the configured order (default first)."""
    ready = ready_languages_by_page([page.pk])[page.pk]
    return [code for code in language_codes() if code in ready]


def is_ready(page, language):
    """True when a translator marked the `language` version ready; the default language always is."""
    _check_language(language)
    if language == default_language():
        return True
    return LanguageReadiness.objects.filter(page_id=page.pk, language=language, is_ready=True).exists()


def available_languages(page):
    """Codes of the languages `page` is served in, in the configured order.

    With fallback serving (the default), every configured language: what is not
    translated reads in the default language. With "unavailable", only the ready ones.
    """
    if serve_unready() == SERVE_WITH_FALLBACK:
        return language_codes()
    return ready_languages(page)


def is_available(page, language):
    """Whether `page` is served in `language` at all (see available_languages)."""
    _check_language(language)
    return serve_unready() == SERVE_WITH_FALLBACK or is_ready(page, language)


def only_available(pages, language):
    """`pages` (a page queryset) narrowed to those served in `language`; unchanged with fallback serving."""
    if serve_unready() == SERVE_WITH_FALLBACK or language == default_language():
        return pages
    return pages.filter(language_readiness__language=language, language_readiness__is_ready=True)
