"""Reads of news and press releases: public pages only, filtered and prefetched."""

from .models import NewsPage, PressReleasePage


def _filtered(queryset, date_field, tag=None, year=None, event=None):
    if tag:
        queryset = queryset.filter(tags__name__iexact=tag) if hasattr(queryset.model, "tags") else queryset.none()
    if year:
        queryset = queryset.filter(**{f"{date_field}__year": year})
    if event is not None:
        queryset = queryset.filter(related_event=event)
    return queryset


def visible_news(tag=None, year=None, event=None, newest_first=True):
    """Public news articles, newest first, with image, tags and related event loaded."""
    queryset = NewsPage.objects.live().public().select_related("image", "related_event").prefetch_related("tags")
    queryset = _filtered(queryset, "date", tag, year, event)
    return queryset.order_by("-date" if newest_first else "date", "pk").distinct()


def visible_press_releases(year=None, event=None, newest_first=True):
    """Public press releases, newest first, with co-organisers, media contacts and attachments loaded."""
    queryset = (
        PressReleasePage.objects.live()
        .public()
        .select_related("related_event")
        .prefetch_related("co_organisers__organisation__logo", "media_contacts__organisation", "attachments__document")
    )
    queryset = _filtered(queryset, "release_at", year=year, event=event)
    return queryset.order_by("-release_at" if newest_first else "release_at", "pk")
