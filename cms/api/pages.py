"""The page interface every page type implements, and the per-language facts about a page.

It replaces grapple's interface, which exposes drafts and internals (`live`,
`locked`, `urlPath`, `depth`, unfiltered `children`...). Only what a reader may
see is here; per-language columns (`titleRu`) are never fields of any type.
"""

import graphene
from django.utils import translation
from graphene.utils.str_converters import to_camel_case
from grapple.registry import registry

from cms.frontend import page_path
from cms.frontend import page_url as url_in_active_language
from cms.languages import default_language, language_codes
from translations.readiness import REPORT_UNAVAILABLE, serve_unready
from translations.registry import translated_fields_in_model_order
from translations.status import column_value, is_empty

from .availability import ready_languages
from .languages import Language


def fallback_fields(page, code, exposed):
    """GraphQL names of the page's fields that read in the default language when served in `code`.

    A field falls back when the default language has text and `code` has none. Only
    the page's own columns are read (no query); `exposed` (the GraphQL type's field
    names) keeps the list to fields a frontend can actually ask for.
    """
    if code == default_language():
        return []
    names = []
    for field in translated_fields_in_model_order(type(page)):
        name = to_camel_case(field)
        if (
            name in exposed
            and not is_empty(column_value(page, field, default_language()))
            and is_empty(column_value(page, field, code))
        ):
            names.append(name)
    return names


class LanguageVersion:
    """One language version of a page, as PageTranslation resolves it (readiness only when asked)."""

    def __init__(self, page, language):
        self.page = page
        self.language = language


class PageTranslation(graphene.ObjectType):
    language = graphene.Field(Language, required=True)
    url = graphene.String(required=True)
    title = graphene.String(required=True, description="The title in that language, English if not translated.")
    is_ready = graphene.Boolean(
        required=True,
        description="True when a translator has marked this language version ready (the default language always is).",
    )

    def resolve_url(version, info):
        return page_path(version.page, version.language, info.context)

    def resolve_title(version, info):
        return getattr(version.page, f"title_{version.language}") or version.page.title_en

    def resolve_is_ready(version, info):
        return version.language in ready_languages(version.page, info.context)


class PageInterface(graphene.Interface):
    id = graphene.ID()  # nullable only because grapple's generated page types declare it so
    title = graphene.String(required=True)
    slug = graphene.String(required=True)
    url = graphene.String(required=True, description="Language-prefixed public URL, e.g. /ru/2022/.")
    language = graphene.Field(Language, required=True, description="The language this page is served in.")
    translations = graphene.List(
        graphene.NonNull(PageTranslation), required=True, description="Every configured language, default first."
    )
    available_languages = graphene.List(
        graphene.NonNull(Language),
        required=True,
        description=(
            "The languages this page is served in. Every language when untranslated text is served in English "
            "(the default); only the ready ones when the site reports unready languages as not available."
        ),
    )
    fallback_fields = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description=(
            "Fields of this page (GraphQL names, e.g. `summary`) whose value is the English text because the "
            "served language has no translation yet. Empty when nothing falls back."
        ),
    )
    page_type = graphene.String(required=True, description="The GraphQL type name, e.g. EventPage.")
    seo_title = graphene.String(required=True)
    search_description = graphene.String(required=True)
    first_published_at = graphene.DateTime()
    last_published_at = graphene.DateTime()

    @classmethod
    def resolve_type(cls, instance, info, **kwargs):
        from grapple.types.pages import Page

        return registry.pages.get(type(instance), Page)

    def resolve_url(self, info, **kwargs):
        return url_in_active_language(self, info.context)

    def resolve_language(self, info, **kwargs):
        return translation.get_language()

    def resolve_translations(self, info, **kwargs):
        return [LanguageVersion(self, code) for code in language_codes()]

    def resolve_available_languages(self, info, **kwargs):
        if serve_unready() != REPORT_UNAVAILABLE:
            return language_codes()
        ready = ready_languages(self, info.context)
        return [code for code in language_codes() if code in ready]

    def resolve_fallback_fields(self, info, **kwargs):
        return fallback_fields(self, translation.get_language(), info.parent_type.fields)

    def resolve_page_type(self, info, **kwargs):
        return PageInterface.resolve_type(self, info).__name__

    def resolve_seo_title(self, info, **kwargs):
        return self.seo_title or self.title

    def resolve_search_description(self, info, **kwargs):
        return self.search_description or ""
