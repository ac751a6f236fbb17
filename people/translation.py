"""Reader-visible text of speakers, one column per configured language."""

from modeltranslation.translator import TranslationOptions, register

from .models import SpeakerIndexPage, SpeakerLink, SpeakerPage


@register(SpeakerIndexPage)
class SpeakerIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(SpeakerPage)
class SpeakerPageTranslation(TranslationOptions):
    # Names are translated too: "Владимир Воронков", "فلاديمير فورونكوف".
    fields = ("honorific", "position", "country", "biography")


@register(SpeakerLink)
class SpeakerLinkTranslation(TranslationOptions):
    fields = ("label",)
