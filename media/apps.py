from django.apps import AppConfig


class MediaConfig(AppConfig):
    """The media library: images and documents with translated reader-facing text."""

    name = "media"
    verbose_name = "Media library"
