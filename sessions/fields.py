"""A model field for a set of spoken languages (a session's interpretation languages)."""

from django import forms
from django.conf.global_settings import LANGUAGES as DJANGO_LANGUAGES
from django.core.exceptions import ValidationError
from django.db import models

# Any language Django knows may be spoken on the floor or interpreted into, not only
# the languages the site is translated into: a session may be interpreted into Chinese.
SPOKEN_LANGUAGE_CHOICES = sorted(DJANGO_LANGUAGES, key=lambda choice: choice[1])
_SPOKEN_LANGUAGE_CODES = {code for code, _name in SPOKEN_LANGUAGE_CHOICES}


class LanguageListField(models.JSONField):
    """A list of language codes stored as JSON, edited as a multiple choice."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = [code for code in value or [] if code not in _SPOKEN_LANGUAGE_CODES]
        if unknown:
            raise ValidationError(f"Unknown language code(s): {', '.join(unknown)}.")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=SPOKEN_LANGUAGE_CHOICES,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )
