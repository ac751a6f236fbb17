from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    """The translators' workflow: completeness, staleness, readiness, XLIFF exchange.

    Empty for now: the content apps register their translated fields in their own
    translation.py; this app will read that registry to report on it.
    """

    name = "translations"
    verbose_name = "Translations"
