from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    """Conferences and their programme.

    The label is "programme" because django.contrib.sessions owns "sessions".
    """

    name = "sessions"
    label = "programme"
    verbose_name = "Conferences and programme"
    default_auto_field = "django.db.models.BigAutoField"
