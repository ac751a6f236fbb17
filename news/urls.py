"""The news feeds' URLs: /feeds/<language>/news.rss and the like (see news/feeds.py)."""

from django.urls import path

from .feeds import NewsFeed, PressReleaseFeed

urlpatterns = [
    path(
        f"<str:language>/{feed.feed_name}.{feed_format}",
        feed.view(feed_format),
        name=f"{feed.feed_name}-{feed_format}-feed",
    )
    for feed in (NewsFeed, PressReleaseFeed)
    for feed_format in ("rss", "atom")
]
