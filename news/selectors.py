"""Reads of news and press releases: public pages only, filtered and prefetched."""

from .models import NewsPage, PressReleasePage


def with_news_details(articles):
    """Prefetch what an article's GraphQL type reads: image, related event, tags."""
    return articles.select_related("image", "related_event").prefetch_related("tags")


def with_press_release_details(releases):
    """Prefetch what a release's GraphQL type reads: co-organisers, media contacts, attachments."""
    return releases.select_related("related_event").prefetch_related(
        "co_organisers__organisation__logo", "media_contacts__organisation", "attachments__document"
    )


def _filtered(queryset, date_field, tag=None, year=None, event=None):
    if tag:
        queryset = queryset.filter(tags__name__iexact=tag)
    if year:
        queryset = queryset.filter(**{f"{date_field}__year": year})
    if event is not None:
        queryset = queryset.filter(related_event=event)
    return queryset


def visible_news(tag=None, year=None, event=None, newest_first=True):
    """Public news articles, newest first by date."""
    queryset = _filtered(with_news_details(NewsPage.objects.live().public()), "date", tag, year, event)
    return queryset.order_by("-date" if newest_first else "date", "pk").distinct()


def visible_press_releases(year=None, event=None, newest_first=True):
    """Public press releases, newest first by release time."""
    queryset = _filtered(
        with_press_release_details(PressReleasePage.objects.live().public()), "release_at", None, year, event
    )
    return queryset.order_by("-release_at" if newest_first else "release_at", "pk")
