"""Reader-facing text of the media library, one column per configured language."""

from modeltranslation.translator import TranslationOptions, register

from .models import CustomDocument, CustomImage


@register(CustomImage)
class ImageTranslation(TranslationOptions):
    fields = ("alt_text", "caption", "credit")


@register(CustomDocument)
class DocumentTranslation(TranslationOptions):
    # The title is the link text readers see next to the download.
    fields = ("title",)
