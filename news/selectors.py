"""Reads of news and press releases: public pages only, filtered and prefetched."""

from translations.readiness import only_available

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


# A feed carries the newest entries only: readers poll it, archives are on the site.
FEED_SIZE = 50


def _in_site(pages, site):
    # Pages outside the site have no public URL to link to.
    return pages.descendant_of(site.root_page) if site else pages.none()


def news_for_feed(site, language):
    """The newest public news articles of `site` served in `language`, with their tags (the feed's categories)."""
    articles = only_available(_in_site(NewsPage.objects.live().public(), site), language)
    return articles.prefetch_related("tags").order_by("-date", "-pk")[:FEED_SIZE]


def press_releases_for_feed(site, language):
    """The newest public press releases of `site` served in `language`, for a feed."""
    releases = only_available(_in_site(PressReleasePage.objects.live().public(), site), language)
    return releases.order_by("-release_at", "-pk")[:FEED_SIZE]


def feed_index(feed_name, site):
    """The first public news index of `site` (in tree order) whose feed is `feed_name`, or None.

    The demo site, like the real one, has two NewsIndexPages: one holding news, one
    holding press releases. Costs two queries per index, and there are only a few.
    """
    from .models import NewsIndexPage

    for index in _in_site(NewsIndexPage.objects.live().public(), site).order_by("path"):
        if index.feed_name() == feed_name:
            return index
    return None
