"""Where readers see a page: the public frontends' URLs, not this service's.

The CMS is headless: `/ru/2022/opening/` is a path the web site serves, so links that
leave the service (feeds, the sitemap, calendar and schedule exports, webhooks) are made
absolute against FRONTEND_BASE_URL, not against whichever host the request came in on.
Without the setting they fall back to the request's host (development, tests).
"""

from django.conf import settings
from django.utils import translation

# wagtail-modeltranslation keeps the site root paths of one language at a time on the
# request (these two attributes) and reads them from the cache whenever the language
# changes. A page's `translations { url }` switch language for every page, and with a
# shared cache (Redis) every switch is a network round trip: 300 of them for a schedule of
# 60 sessions. Each language's paths are kept on the request instead, read once per request.
_LANGUAGE_ATTRIBUTE = "_wagtail_cached_site_root_paths_language"
_PATHS_ATTRIBUTE = "_wagtail_cached_site_root_paths"
_BY_LANGUAGE_ATTRIBUTE = "_cms_site_root_paths_by_language"


def page_url(page, request=None):
    """`page.get_url(request)` in the active language, reading each language's site root paths once per request."""
    if request is not None:
        language = translation.get_language()
        by_language = request.__dict__.setdefault(_BY_LANGUAGE_ATTRIBUTE, {})
        if language not in by_language:
            by_language[language] = page._get_site_root_paths(request)
        setattr(request, _LANGUAGE_ATTRIBUTE, language)
        setattr(request, _PATHS_ATTRIBUTE, by_language[language])
    return page.get_url(request=request)


def page_path(page, language, request=None):
    """The language-prefixed public path of `page` in `language` (/ru/2022/...)."""
    with translation.override(language):
        return page_url(page, request)


def frontend_url(path, request=None):
    """`path` made absolute on the public web site (FRONTEND_BASE_URL), else on the request's host."""
    base = settings.FRONTEND_BASE_URL.rstrip("/")
    if base:
        return base + path
    if request is not None:
        return request.build_absolute_uri(path)
    return path


def page_frontend_url(page, language, request=None):
    """The absolute public URL of `page` in `language`, on the web site readers use."""
    return frontend_url(page_path(page, language, request), request)
