"""The configured languages, read once from settings.

Everything that needs "one thing per language" (modeltranslation columns in admin
forms, the demo content, later the GraphQL Language enum) asks here, so adding a
language is a settings change only.
"""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


def language_codes():
    """Codes of the configured languages, default language first."""
    return [code for code, _name in settings.LANGUAGES]


def default_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def localized_field_names(field_name):
    """`alt_text` -> ["alt_text_en", "alt_text_ru", ...] in the configured order."""
    return [build_localized_fieldname(field_name, code) for code in language_codes()]
