"""Reader-visible text of the home app, one column per configured language.

Page title, slug, SEO title and search description are registered for every page
by wagtail-modeltranslation itself.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import ContactFormField, ContactPage, HomePage, Organisation, SiteContacts, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("hero_title", "hero_subtitle", "intro")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(ContactPage)
class ContactPageTranslation(TranslationOptions):
    fields = ("intro", "thank_you_text")


@register(ContactFormField)
class ContactFormFieldTranslation(TranslationOptions):
    fields = ("label", "help_text", "choices", "default_value")


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "acronym")


@register(SiteContacts)
class SiteContactsTranslation(TranslationOptions):
    fields = ("organisation_name", "address")
