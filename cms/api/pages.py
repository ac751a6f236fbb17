"""The page interface every page type implements, and the per-language facts about a page.

It replaces grapple's interface, which exposes drafts and internals (`live`,
`locked`, `urlPath`, `depth`, unfiltered `children`...). Only what a reader may
see is here; per-language columns (`titleRu`) are never fields of any type.
"""

import graphene
from django.utils import translation
from grapple.registry import registry
from modeltranslation.translator import translator

from cms.languages import default_language, language_codes

from .languages import Language


def missing_translations(page, code):
    """Names of the page's translated fields that have English text but none in `code`.

    Only the page's own columns are read (no query). Slugs and URL paths are not
    text a translator writes; an empty one falls back to English by design.
    """
    if code == default_language():
        return []
    fields = translator.get_options_for_model(type(page)).all_fields
    return [
        name
        for name in fields
        if name not in ("slug", "url_path")
        and getattr(page, f"{name}_{default_language()}", None)
        and not getattr(page, f"{name}_{code}", None)
    ]


def is_ready(page, code):
    """A language version is ready when every text that exists in English exists in it.

    Until translators can mark readiness explicitly (translations workflow), this
    is the honest reading of "ready": nothing in it would fall back to English.
    """
    return not missing_translations(page, code)


def page_url(page, request, code):
    """The language-prefixed public URL of `page` in `code` (/ru/...)."""
    with translation.override(code):
        return page.get_url(request=request)


class PageTranslation(graphene.ObjectType):
    language = graphene.Field(Language, required=True)
    url = graphene.String(required=True)
    title = graphene.String(required=True, description="The title in that language, English if not translated.")
    is_ready = graphene.Boolean(required=True, description="True when nothing in that language falls back to English.")


class PageInterface(graphene.Interface):
    id = graphene.ID()  # nullable only because grapple's generated page types declare it so
    title = graphene.String(required=True)
    slug = graphene.String(required=True)
    url = graphene.String(required=True, description="Language-prefixed public URL, e.g. /ru/2022/.")
    language = graphene.Field(Language, required=True, description="The language this page is served in.")
    translations = graphene.List(graphene.NonNull(PageTranslation), required=True)
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
        return self.get_url(request=info.context)

    def resolve_language(self, info, **kwargs):
        return translation.get_language()

    def resolve_translations(self, info, **kwargs):
        return [
            PageTranslation(
                language=code,
                url=page_url(self, info.context, code),
                title=getattr(self, f"title_{code}") or self.title_en,
                is_ready=is_ready(self, code),
            )
            for code in language_codes()
        ]

    def resolve_page_type(self, info, **kwargs):
        return PageInterface.resolve_type(self, info).__name__

    def resolve_seo_title(self, info, **kwargs):
        return self.seo_title or self.title

    def resolve_search_description(self, info, **kwargs):
        return self.search_description or ""
