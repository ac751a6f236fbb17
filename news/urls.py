"""The news feeds' URLs: /feeds/<language>/news.rss and the like (see news/feeds.py)."""

from django.urls import path

from cms.db_router import reads_from_replicas

from .feeds import NewsFeed, PressReleaseFeed

urlpatterns = [
    path(
        f"<str:language>/{feed.feed_name}.{feed_format}",
        reads_from_replicas(feed.view(feed_format)),
        name=f"{feed.feed_name}-{feed_format}-feed",
    )
    for feed in (NewsFeed, PressReleaseFeed)
    for feed_format in ("rss", "atom")
]
