"""Fixtures shared by every test: a site tree built with factories, never fixed ids."""

import io
import shutil

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from cms.api.caching.bodies import forget_local_copies
from tests.factories.home import HomePageFactory
from tests.factories.news import NewsIndexPageFactory
from tests.factories.people import SpeakerIndexPageFactory
from tests.factories.sessions import EventPageFactory
from tests.factories.translations import TranslatorFactory


@pytest.fixture(autouse=True, scope="session")
def throwaway_media_root():
    """cms.settings.test puts uploads in a fresh temporary folder; remove it after the run."""
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the default language.

    LocaleMiddleware leaves the language of the last request active in the thread,
    and a plain `page.title = ...` writes the active language's column: without this
    a request to /ar/ in one test would make the next test's factories write Arabic.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_caches():
    """Every test starts with empty caches.

    The database rolls back after each test but the cache does not: a GraphQL answer
    cached in one test (cms/api/caching) would otherwise be served in the next.
    """
    for alias in settings.CACHES:
        caches[alias].clear()
    forget_local_copies()


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home_page(root_page):
    """The site root, served by the default Site (as after a real install)."""
    home = HomePageFactory(parent=root_page, title="Dushanbe Process")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def event_page(home_page):
    return EventPageFactory(parent=home_page, title="Dushanbe Conference 2019")


@pytest.fixture
def speaker_index_page(home_page):
    return SpeakerIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index_page(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, loaded once per test module and rolled back after it.

    Tests that use it also need `db` (or `@pytest.mark.django_db`); each of them
    runs in a savepoint inside this module-wide transaction.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def translator(db):
    return TranslatorFactory(username="nigora", first_name="Nigora")
