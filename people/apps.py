from django.apps import AppConfig


class PeopleConfig(AppConfig):
    """Speakers: one page per person, reused across events and sessions."""

    name = "people"
    verbose_name = "Speakers"
