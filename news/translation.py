"""Reader-visible text of news and press releases, one column per configured language."""

from modeltranslation.translator import TranslationOptions, register

from .models import MediaContact, NewsIndexPage, NewsPage, PressReleasePage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("dateline", "summary", "body")


@register(PressReleasePage)
class PressReleasePageTranslation(TranslationOptions):
    fields = ("dateline", "summary", "body")


@register(MediaContact)
class MediaContactTranslation(TranslationOptions):
    fields = ("honorific", "name", "role")
