"""Where readers see a page: the public frontends' URLs, not this service's.

The CMS is headless: `/ru/2022/opening/` is a path the web site serves, so links that
leave the service (feeds, the sitemap, calendar and schedule exports, webhooks) are made
absolute against FRONTEND_BASE_URL, not against whichever host the request came in on.
Without the setting they fall back to the request's host (development, tests).
"""

from django.conf import settings
from django.utils import translation


def page_path(page, language, request=None):
    """The language-prefixed public path of `page` in `language` (/ru/2022/...)."""
    with translation.override(language):
        return page.get_url(request=request)


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
