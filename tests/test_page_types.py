"""Where each page type may live in the tree: editors only get sensible choices."""

import pytest
from wagtail.models import Page

from home.models import ContactPage, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, PressReleasePage
from people.models import SpeakerIndexPage, SpeakerPage
from sessions.models import EventPage, SessionPage
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsPageFactory
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import SessionPageFactory

# --- Declared rules, as exact sets ----------------------------------------------


@pytest.mark.parametrize(
    ("page_model", "parents"),
    [
        (HomePage, {Page}),
        (StandardPage, {HomePage, StandardPage}),
        (ContactPage, {HomePage}),
        (EventPage, {HomePage}),
        (SessionPage, {EventPage}),
        (SpeakerIndexPage, {HomePage}),
        (SpeakerPage, {SpeakerIndexPage}),
        (NewsIndexPage, {HomePage}),
        (NewsPage, {NewsIndexPage}),
        (PressReleasePage, {NewsIndexPage}),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else None,
)
def test_allowed_parent_page_models_exact(page_model, parents):
    assert set(page_model.allowed_parent_page_models()) == parents


@pytest.mark.parametrize(
    ("page_model", "subpages"),
    [
        (HomePage, {EventPage, SpeakerIndexPage, NewsIndexPage, StandardPage, ContactPage}),
        (StandardPage, {StandardPage}),
        (ContactPage, set()),
        (EventPage, {SessionPage}),
        (SessionPage, set()),
        (SpeakerIndexPage, {SpeakerPage}),
        (SpeakerPage, set()),
        (NewsIndexPage, {NewsPage, PressReleasePage}),
        (NewsPage, set()),
        (PressReleasePage, set()),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else None,
)
def test_allowed_subpage_models_exact(page_model, subpages):
    assert set(page_model.allowed_subpage_models()) == subpages


# --- can_create_at against real parents ------------------------------------------


@pytest.fixture
def pages_by_type(root_page, home_page, event_page, speaker_index_page, news_index_page):
    """One instance of every page type that can be a parent, keyed by its class name."""
    return {
        "Page": root_page,
        "HomePage": home_page,
        "EventPage": event_page,
        "SpeakerIndexPage": speaker_index_page,
        "NewsIndexPage": news_index_page,
        "StandardPage": StandardPageFactory(parent=home_page),
        "SessionPage": SessionPageFactory(parent=event_page),
        "SpeakerPage": SpeakerPageFactory(parent=speaker_index_page),
        "NewsPage": NewsPageFactory(parent=news_index_page),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_model", "allowed_parents"),
    [
        (SessionPage, {"EventPage"}),
        (SpeakerPage, {"SpeakerIndexPage"}),
        (NewsPage, {"NewsIndexPage"}),
        (PressReleasePage, {"NewsIndexPage"}),
        (EventPage, {"HomePage"}),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else None,
)
def test_can_create_at_only_under_allowed_parents(pages_by_type, page_model, allowed_parents):
    creatable_under = {name for name, parent in pages_by_type.items() if page_model.can_create_at(parent)}

    assert creatable_under == allowed_parents


@pytest.mark.django_db
def test_session_page_can_create_at_rejects_non_event_parents(
    home_page, news_index_page, speaker_index_page, event_page
):
    standard_page = StandardPageFactory(parent=home_page)

    assert SessionPage.can_create_at(event_page) is True
    assert SessionPage.can_create_at(home_page) is False
    assert SessionPage.can_create_at(news_index_page) is False
    assert SessionPage.can_create_at(speaker_index_page) is False
    assert SessionPage.can_create_at(standard_page) is False


@pytest.mark.django_db
def test_home_page_can_create_at_root_only(root_page):
    assert HomePage.can_create_at(root_page) is True


@pytest.mark.django_db
def test_home_page_can_create_at_nowhere_once_one_exists(root_page, home_page):
    # max_count = 1: the site has exactly one root page of its own.
    assert HomePage.can_create_at(root_page) is False
    assert HomePage.can_create_at(home_page) is False
