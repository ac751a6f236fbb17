from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    """The translators' workflow: completeness, staleness, readiness, XLIFF exchange.

    The content apps register their translated fields in their own translation.py;
    this app reads that registry (registry.py), reports on it (status.py), records
    which English text each translation was made from on every save (signals.py), and
    keeps the translators' readiness marks (readiness.py).
    """

    name = "translations"
    verbose_name = "Translations"

    def ready(self):
        from . import signals

        signals.connect()
