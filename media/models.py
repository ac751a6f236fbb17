"""Custom image and document models.

Alt text, caption and credit are reader-facing, so they are translated (see
translation.py); the file itself is shared by every language. A document, on the
other hand, is usually *written* in one language (the Russian text of the Dushanbe
Declaration is a different file from the English one), so it records that language.
"""

from django.conf import settings
from django.db import models
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage

from cms.languages import localized_field_names


class CustomImage(AbstractImage):
    alt_text = models.CharField(
        max_length=255,
        blank=True,
        help_text="Describes the image for people who cannot see it. Leave empty for decorative images.",
    )
    caption = models.CharField(max_length=500, blank=True)
    credit = models.CharField(max_length=255, blank=True, help_text="Photographer or copyright holder.")

    # Wagtail's own `description` doubles as alt text; ours is explicit and translated,
    # so `description` is left out of the form to avoid two alt-text inputs.
    admin_form_fields = tuple(name for name in WagtailImage.admin_form_fields if name != "description") + tuple(
        localized for field in ("alt_text", "caption", "credit") for localized in localized_field_names(field)
    )

    @property
    def default_alt_text(self):
        # Read in the active language; modeltranslation falls back to English.
        return self.alt_text


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    language = models.CharField(
        max_length=8,
        blank=True,
        choices=settings.LANGUAGES,
        help_text="The language the file is written in; empty for files without text.",
    )

    admin_form_fields = (
        *(name for name in WagtailDocument.admin_form_fields if name != "title"),
        *localized_field_names("title"),
        "language",
    )

    def clean(self):
        # Wagtail checks the extension of the stored file here. When the form already
        # refused the upload (WAGTAILDOCS_MAX_UPLOAD_SIZE), the field is empty and that check
        # would add a second, baffling error: 'File extension "" is not allowed.'
        if self.file:
            super().clean()
