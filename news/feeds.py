"""RSS 2.0 and Atom feeds of news and of press releases, one per language.

Served at /feeds/<language>/news.rss, news.atom, press-releases.rss and
press-releases.atom (news/urls.py), outside the language-prefixed page tree: the
language is a part of the feed's path, so a feed reader always gets the same
language whatever its Accept-Language. Each entry, and the channel, links to the
page's public URL in that language on the web site readers use (cms.frontend:
FRONTEND_BASE_URL, else this request's host); the feed's own URL stays on this
service. The reads are news.selectors': public pages only, the newest FEED_SIZE, a
fixed number of queries however many entries.
"""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags

from cms.frontend import frontend_url, page_frontend_url
from cms.languages import language_codes
from home.selectors import default_site

from . import selectors

FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def feed_url(request, feed_name, feed_format, language=None):
    """Absolute URL of a feed ("news" or "press-releases", "rss" or "atom"), in the active language by default."""
    path = reverse(f"{feed_name}-{feed_format}-feed", kwargs={"language": language or translation.get_language()})
    return request.build_absolute_uri(path) if request is not None else path


class PageFeed(Feed):
    """The feed of one kind of page in the language named by the URL; subclasses say which pages."""

    feed_name = None  # "news" or "press-releases"
    feed_format = None  # "rss" or "atom"

    def __init__(self, feed_format, request):
        self.feed_format = feed_format
        self.feed_type = FEED_TYPES[feed_format]
        self.request = request  # the entries' absolute URLs need it; hence one Feed per request
        self.site = default_site()

    @classmethod
    def view(cls, feed_format):
        """A view serving this feed in `feed_format`, with a fresh Feed for each request."""

        def serve(request, language):
            return cls(feed_format, request)(request, language)

        return serve

    def __call__(self, request, language):
        if language not in language_codes():
            raise Http404(f"No feed in language {language!r}.")
        # Every text of the feed (titles, summaries, URLs) is read in the feed's language;
        # the channel's <language> / xml:lang is the active language too.
        with translation.override(language):
            return super().__call__(request, language=language)

    def get_object(self, request, language):
        """The news index this feed belongs to (its title and URL are the feed's), or None."""
        return selectors.feed_index(self.feed_name, self.site)

    # The channel

    def title(self, index):
        site_name = self.site.root_page.title if self.site else settings.WAGTAIL_SITE_NAME
        return f"{site_name}: {index.title}" if index else site_name

    def link(self, index):
        page = index or (self.site.root_page if self.site else None)
        if page is None:
            return frontend_url("/", self.request)
        return page_frontend_url(page, translation.get_language(), self.request)

    def description(self, index):
        return strip_tags(index.intro).strip() if index else ""

    def feed_url(self, index):
        return feed_url(self.request, self.feed_name, self.feed_format)

    # The entries

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return page_frontend_url(page, translation.get_language(), self.request)

    def item_guid(self, page):
        # Stable whatever becomes of the slug or the host, and distinct per language:
        # the Russian version of an article is another entry than the English one.
        return f"urn:uuid:{uuid.uuid5(page.translation_key, translation.get_language())}"

    item_guid_is_permalink = False

    def item_updateddate(self, page):
        return page.last_published_at


class NewsFeed(PageFeed):
    feed_name = "news"

    def items(self):
        # Called inside the feed's translation.override (see __call__).
        return selectors.news_for_feed(self.site, translation.get_language())

    def item_pubdate(self, article):
        # A news article has a date, no time: midnight where the conferences are.
        return datetime.datetime.combine(article.date, datetime.time.min, tzinfo=ZoneInfo(settings.TIME_ZONE))

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]


class PressReleaseFeed(PageFeed):
    feed_name = "press-releases"

    def items(self):
        return selectors.press_releases_for_feed(self.site, translation.get_language())

    def item_pubdate(self, release):
        return timezone.localtime(release.release_at)  # as printed on the release: Dushanbe time
