"""Content changes: which writes announce what, with which languages and URLs, and when."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Revision, Site

from cms.changes import ContentChange, content_changed
from home.models import SiteContacts
from sessions.models import SessionPage
from tests.factories.home import OrganisationFactory
from tests.factories.media import DocumentFactory, ImageFactory
from tests.factories.news import NewsPageFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory, VenueFactory
from translations.readiness import mark_ready

pytestmark = pytest.mark.django_db

FRONTEND = "https://dushanbeprocess.org"
ALL_LANGUAGES = ("en", "ru", "tg", "ar")


@pytest.fixture(autouse=True)
def frontend_base_url(settings):
    settings.FRONTEND_BASE_URL = FRONTEND


@pytest.fixture
def announced():
    """The ContentChanges sent while the test runs, in order."""
    changes = []

    def record(sender, change, **kwargs):
        changes.append(change)

    content_changed.connect(record, dispatch_uid="tests.record")
    yield changes
    content_changed.disconnect(dispatch_uid="tests.record")


@pytest.fixture
def opening(event_page):
    return SessionPageFactory(parent=event_page, title="Opening session", slug="opening")


def urls(path, languages=ALL_LANGUAGES):
    return tuple((language, f"{FRONTEND}/{language}{path}") for language in languages)


def summary(change):
    return (change.event_type, change.model, change.title, change.languages, change.urls, change.previous_urls)


def test_change_rejects_an_unknown_action():
    with pytest.raises(ValueError, match="Unknown action 'archived'"):
        ContentChange(action="archived", kind="page", model="home.standardpage", object_id="1", title="", languages=())


def test_page_published_announces_its_urls_in_every_language(
    opening, event_page, announced, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        opening.save_revision().publish()

    assert [summary(change) for change in announced] == [
        (
            "page.published",
            "programme.sessionpage",
            "Opening session",
            ALL_LANGUAGES,
            urls(f"/{event_page.slug}/opening/"),
            (),
        )
    ]
    assert announced[0].object_id == str(opening.pk)


def test_page_published_lists_ready_languages_only_when_unready_is_unavailable(
    opening, event_page, announced, django_capture_on_commit_callbacks, settings
):
    settings.TRANSLATIONS_SERVE_UNREADY = "unavailable"
    mark_ready(opening, "ar")

    with django_capture_on_commit_callbacks(execute=True):
        opening.save_revision().publish()

    assert announced[0].languages == ("en", "ar")
    assert announced[0].urls == urls(f"/{event_page.slug}/opening/", ("en", "ar"))


def test_page_unpublished_announces_the_urls_it_had(opening, event_page, announced, django_capture_on_commit_callbacks):
    session_urls = urls(f"/{event_page.slug}/opening/")
    with django_capture_on_commit_callbacks(execute=True):
        opening.unpublish()

    assert [summary(change) for change in announced] == [
        (
            "page.unpublished",
            "programme.sessionpage",
            "Opening session",
            ALL_LANGUAGES,
            session_urls,
            (),
        )
    ]


def test_page_moved_announces_new_and_previous_urls(
    opening, event_page, home_page, announced, django_capture_on_commit_callbacks
):
    other_event = EventPageFactory(parent=home_page, title="Dushanbe Conference 2022", slug="2022")

    with django_capture_on_commit_callbacks(execute=True):
        opening.move(other_event, pos="last-child")

    assert [summary(change) for change in announced] == [
        (
            "page.moved",
            "programme.sessionpage",
            "Opening session",
            ALL_LANGUAGES,
            urls("/2022/opening/"),
            urls(f"/{event_page.slug}/opening/"),
        )
    ]


def test_page_reordered_among_siblings_announces_nothing(
    opening, event_page, announced, django_capture_on_commit_callbacks
):
    SessionPageFactory(parent=event_page, title="Closing session", slug="closing")

    with django_capture_on_commit_callbacks(execute=True):
        opening.move(event_page, pos="last-child")

    assert announced == []


def test_page_deleted_announces_only_the_deletion(opening, event_page, announced, django_capture_on_commit_callbacks):
    opening_id = opening.pk
    session_urls = urls(f"/{event_page.slug}/opening/")

    with django_capture_on_commit_callbacks(execute=True):
        SessionPage.objects.get(pk=opening_id).delete()

    assert [summary(change) for change in announced] == [
        (
            "page.deleted",
            "programme.sessionpage",
            "Opening session",
            ALL_LANGUAGES,
            session_urls,
            (),
        )
    ]
    assert announced[0].object_id == str(opening_id)


def test_draft_page_deleted_announces_nothing(event_page, announced, django_capture_on_commit_callbacks):
    draft = SessionPageFactory(parent=event_page, live=False)

    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()

    assert announced == []


def test_rolled_back_publication_announces_nothing(opening, announced, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        opening.save_revision().publish()
        raise RuntimeError("the editor's request failed after publishing")

    assert (callbacks, announced) == ([], [])


@pytest.mark.parametrize(
    ("factory", "kind", "model"),
    [
        (OrganisationFactory, "snippet", "home.organisation"),
        (VenueFactory, "snippet", "programme.venue"),
        (ImageFactory, "image", "media.customimage"),
        (DocumentFactory, "document", "media.customdocument"),
    ],
    ids=["organisation", "venue", "image", "document"],
)
def test_saved_and_deleted_objects_are_announced(factory, kind, model, announced, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        instance = factory()
        title = str(instance)
        instance.delete()

    assert [(change.event_type, change.model, change.title, change.languages, change.urls) for change in announced] == [
        (f"{kind}.published", model, title, ALL_LANGUAGES, ()),
        (f"{kind}.deleted", model, title, ALL_LANGUAGES, ()),
    ]


def test_site_settings_saved_are_announced(home_page, announced, django_capture_on_commit_callbacks):
    site = Site.objects.get(is_default_site=True)

    with django_capture_on_commit_callbacks(execute=True):
        SiteContacts.objects.create(site=site, phone="+992 (37) 227-68-43")

    assert [(change.event_type, change.model) for change in announced] == [("settings.published", "home.sitecontacts")]


def test_scheduled_page_is_announced_only_when_the_scheduler_publishes_it(
    news_index_page, announced, django_capture_on_commit_callbacks
):
    article = NewsPageFactory(parent=news_index_page, title="Embargoed until the opening", slug="embargoed", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()  # go_live_at in the future: this schedules
        call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert announced == []

    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = Revision.objects.get(object_id=str(article.pk), approved_go_live_at__isnull=False)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once", stdout=io.StringIO())

    assert [(change.event_type, change.title, change.urls[0]) for change in announced] == [
        ("page.published", "Embargoed until the opening", ("en", f"{FRONTEND}/en/{news_index_page.slug}/embargoed/"))
    ]
