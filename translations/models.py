"""What the translators' workflow remembers: the source of each translation, and readiness.

Completeness needs no table (an empty column is a missing translation). Staleness
does: a translation is outdated when the English text it was made from has changed
since, so each translation records a hash of that English text. Readiness is a
translator's decision, so it is stored with who made it and when.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class TranslationSource(models.Model):
    """The default-language text one translated field in one language was made from.

    Generic, because pages, snippets and images are all translated. Every translated
    model in this project has an integer primary key.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    translated_object = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=100, help_text="The translated field, without language suffix: 'summary'.")
    language = models.CharField(max_length=10)
    source_hash = models.CharField(max_length=64, help_text="SHA-256 of the default-language text, hex.")
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="translation_source_one_per_field_language",
            )
        ]
        # Declared here because the report is a view of these recorded sources (with
        # readiness); the "Translators" group gets it in migration 0003.
        permissions = [("view_translation_report", "Can view the translation report")]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field} [{self.language}]"


class LanguageReadiness(models.Model):
    """A translator's statement that a page's version in one language is ready for readers."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="language_readiness")
    language = models.CharField(max_length=10)
    is_ready = models.BooleanField(default=False)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="language_readiness_one_per_page_language")
        ]
        verbose_name_plural = "language readiness"

    def __str__(self):
        state = "ready" if self.is_ready else "not ready"
        return f"{self.page_id} [{self.language}] {state}"
