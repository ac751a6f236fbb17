"""Fixtures shared by every test: a site tree built with factories, never fixed ids."""

import pytest
from wagtail.models import Page, Site

from tests.factories.home import HomePageFactory
from tests.factories.news import NewsIndexPageFactory
from tests.factories.people import SpeakerIndexPageFactory
from tests.factories.sessions import EventPageFactory


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
