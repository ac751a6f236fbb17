"""/sitemap.xml: every public page in each language a translator marked ready.

Readiness is per page (English always; other languages where translations/readiness.py
says so), so the entries are (page, language) pairs rather than Django's i18n sitemap,
which would list every language of every page. Each entry names its page's other ready
language versions as hreflang alternates. A fixed number of queries however many pages.

The sitemap is served by this service but lists the web site's URLs (cms.frontend:
FRONTEND_BASE_URL, else this request's host): the web site can proxy it as its own.
"""

from django.contrib.sitemaps import Sitemap

from cms.frontend import page_frontend_url
from cms.languages import language_codes
from translations.readiness import ready_languages_by_page

from .selectors import default_site, public_pages


class PageSitemap(Sitemap):
    def __init__(self, request):
        self.request = request

    def language_versions(self):
        """[(page, [ready language codes in configured order])] for the default site's public pages."""
        site = default_site()
        if site is None:
            return []
        pages = list(public_pages().descendant_of(site.root_page, inclusive=True).order_by("path"))
        ready = ready_languages_by_page(page.pk for page in pages)
        return [(page, [code for code in language_codes() if code in ready[page.pk]]) for page in pages]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = []
        for page_, languages in self.language_versions():
            locations = {code: page_frontend_url(page_, code, self.request) for code in languages}
            alternates = [{"lang_code": code, "location": locations[code]} for code in languages]
            for code in languages:
                urls.append(
                    {
                        "item": page_,
                        "location": locations[code],
                        "lastmod": page_.last_published_at,
                        "changefreq": None,
                        "priority": None,
                        "alternates": alternates if len(languages) > 1 else [],
                    }
                )
        return urls


def sitemap(request):
    """The sitemap view, with the request the pages' absolute URLs are built from."""
    from django.contrib.sitemaps.views import sitemap as django_sitemap

    return django_sitemap(request, sitemaps={"pages": PageSitemap(request)})
