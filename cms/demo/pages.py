"""Creating or updating demo pages in place, found by their English slug."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from cms.languages import language_codes
from home.models import HomePage

from .translated import set_page_title


def upsert_child(parent, page_class, slug, titles, populate, translate_slug=True):
    """The `page_class` child of `parent` with English slug `slug`, created or updated, published.

    `populate(page)` writes the page's own fields and child relations; it runs
    before the first save so that required fields are set. With `translate_slug`
    off, every language keeps the English slug (an event is /ru/2022/, not a
    transliterated title).
    """
    page = page_class.objects.child_of(parent).filter(slug_en=slug).first()
    created = page is None
    if created:
        page = page_class()
    siblings = parent.get_children().exclude(pk=page.pk)
    sibling_slugs = {code: set(siblings.values_list(f"slug_{code}", flat=True)) for code in language_codes()}
    set_page_title(page, titles, slug, sibling_slugs if translate_slug else None)
    populate(page)
    if created:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_home(titles, populate):
    """The site root: a HomePage under Wagtail's root, which the default Site points to.

    Wagtail's fresh-install "Welcome" page (a plain Page with slug "home") is removed
    so the demo home page can take its slug; nothing an editor made is touched.
    """
    root = Page.get_first_root_node()
    plain_page = ContentType.objects.get_for_model(Page)
    welcome = Page.objects.child_of(root).filter(content_type=plain_page, slug_en="home").first()
    home = HomePage.objects.child_of(root).first()
    if home is None and welcome is not None:
        Site.objects.filter(root_page=welcome).update(root_page=root)
        welcome.delete()
    home = upsert_child(root, HomePage, "home", titles, populate)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, titles["en"], home
    site.save()
    return home, site
