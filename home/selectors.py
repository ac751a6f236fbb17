"""Reads of the home app that need care: visibility and routing."""

from urllib.parse import unquote

from django.utils import translation
from wagtail.models import Page, Site

from cms.api.details import load_specific
from cms.languages import language_codes

from .models import Organisation


def public_pages():
    """Live pages that are not behind a privacy restriction."""
    return Page.objects.live().public()


def default_site():
    """The site the frontends read (Wagtail's default site), with its root page loaded."""
    return Site.objects.select_related("root_page").filter(is_default_site=True).first()


def split_language_path(path):
    """ "/ru/2022/x/" -> ("ru", "/2022/x/"); (None, None) when the path has no configured language prefix."""
    parts = unquote(path or "").strip().split("/")
    if len(parts) < 2 or parts[0] != "" or parts[1] not in language_codes():
        return None, None
    rest = "/".join(parts[2:]).strip("/")
    return parts[1], f"/{rest}/" if rest else "/"


def page_for_path(path, site=None):
    """The public page at a language-prefixed path, as its specific type, and its language.

    Looks the path up in that language's url_path column, so "/ru/докладчики/" and
    "/en/speakers/" find the same page. Returns (None, language) when nothing public is there.
    """
    language, rest = split_language_path(path)
    if language is None:
        return None, None
    site = site or default_site()
    if site is None:
        return None, language
    with translation.override(language):
        root_path = site.root_page.url_path
    full_path = root_path.rstrip("/") + rest
    page = load_specific(public_pages().filter(**{f"url_path_{language}": full_path}))
    return page, language


def organisations():
    return Organisation.objects.select_related("logo").order_by("name_en")
