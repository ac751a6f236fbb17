"""`load_demo` builds the whole site from the seeds, completely and only once."""

import datetime
import io
import re
import zoneinfo

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from modeltranslation.translator import translator
from wagtail.models import Page, WorkflowPage

from home.models import ContactFormField, HomePage, Organisation, SiteContacts
from media.models import CustomDocument, CustomImage
from news.models import MediaContact, NewsPage, PressReleasePage
from people.models import SpeakerPage
from sessions.models import EventPage, Room, SessionPage, SessionSpeaker, Venue
from tests.seeds import parse

DUSHANBE = zoneinfo.ZoneInfo("Asia/Dushanbe")
COUNTED_MODELS = [
    Page,
    SpeakerPage,
    EventPage,
    SessionPage,
    NewsPage,
    PressReleasePage,
    SessionSpeaker,
    MediaContact,
    Organisation,
    Venue,
    Room,
    CustomImage,
    CustomDocument,
    ContactFormField,
    SiteContacts,
]


def _counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


@pytest.fixture(scope="module")
def demo_counts(django_db_setup, django_db_blocker):
    """Load the demo twice in one transaction shared by this module, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        first = _counts()
        report = io.StringIO()
        call_command("load_demo", stdout=report)
        yield first, _counts(), report.getvalue()
        transaction.set_rollback(True)


def _text(html):
    return re.sub(r"<[^>]+>", "", html).strip()


@pytest.mark.django_db
def test_load_demo_twice_leaves_one_copy_of_everything(demo_counts):
    first, second, report = demo_counts
    assert second == first
    steps = [line for line in report.splitlines() if line.startswith("  ")]
    assert steps[2:5] == ["  speakers: 10", "  events: 3", "  sessions: 14"]
    # Progress lines (how many depends on the machine's speed) end with the full count.
    assert {"speakers: 10/10 (100%)", "sessions: 14/14 (100%)"} <= set(report.splitlines())
    assert first == {
        # root, home, speakers index + 10 speakers, 3 events + 14 sessions, 2 indexes + 3 articles, about, contact
        "Page": 37,
        "SpeakerPage": 10,
        "EventPage": 3,
        "SessionPage": 14,
        "NewsPage": 2,
        "PressReleasePage": 1,
        "SessionSpeaker": 10,
        "MediaContact": 2,
        "Organisation": 13,
        "Venue": 5,
        "Room": 2,
        "CustomImage": 27,  # site hero, 13 logos, 10 portraits, 3 event banners
        "CustomDocument": 6,  # the 2019 declaration in en, ru; the 2022 declaration in en, ru, tg, ar
        "ContactFormField": 4,
        "SiteContacts": 1,
    }


@pytest.mark.django_db
def test_load_demo_attaches_translation_review_to_home_once(demo_counts):
    # Loaded twice: the workflow is attached to the home page, not duplicated.
    attached = WorkflowPage.objects.filter(workflow__name="Translation review")
    assert [(workflow_page.page.specific_class, workflow_page.page.title_en) for workflow_page in attached] == [
        (HomePage, "Dushanbe Process")
    ]


@pytest.mark.django_db
def test_load_demo_has_every_seed_speaker_with_position(demo_counts):
    speakers = {page.title_en: page for page in SpeakerPage.objects.all()}
    for name, position in parse.speakers():
        assert speakers[name].position_en == position
        assert speakers[name].honorific_en != ""


@pytest.mark.django_db
def test_load_demo_has_the_2022_programme_in_seed_order_with_key_issues(demo_counts):
    event = EventPage.objects.get(slug_en="2022")
    sessions = SessionPage.objects.child_of(event).order_by("path")
    loaded = [
        (session.title_en, [_text(block.value.source) for block in session.key_issues_en]) for session in sessions
    ]
    assert loaded == parse.programme()
    assert [session.start for session in sessions] == sorted(session.start for session in sessions)


@pytest.mark.django_db
def test_load_demo_events_have_their_themes_and_dates(demo_counts):
    events = {event.slug_en: event for event in EventPage.objects.all()}
    assert {slug: (event.start_date, event.end_date) for slug, event in events.items()} == {
        "2018": (datetime.date(2018, 5, 3), datetime.date(2018, 5, 4)),
        "2019": (datetime.date(2019, 5, 16), datetime.date(2019, 5, 17)),
        "2022": (datetime.date(2022, 10, 18), datetime.date(2022, 10, 19)),
    }
    seed_text = parse.SITE.read_text() + parse.PRESS_RELEASE.read_text()
    for event in events.values():
        assert event.subtitle_en in seed_text
        assert event.time_zone == "Asia/Dushanbe"
    assert [o.organisation.acronym_en or o.organisation.name_en for o in events["2022"].organisers.all()] == [
        "Government of the Republic of Tajikistan",
        "UNOCT",
        "UNRCCA",
        "OSCE",
        "EU",
        "Kingdom of Saudi Arabia",
        "State of Qatar",
    ]
    voronkov = SpeakerPage.objects.get(slug_en="vladimir-voronkov")
    assert sorted(event.slug_en for event in EventPage.objects.filter(featured_speakers__speaker=voronkov)) == [
        "2018",
        "2019",
        "2022",
    ]


@pytest.mark.django_db
def test_load_demo_press_release_has_dateline_co_organisers_and_media_contacts(demo_counts):
    release = PressReleasePage.objects.get()
    assert release.dateline_en == "DUSHANBE/NEW YORK/VIENNA"
    assert release.release_at.astimezone(DUSHANBE).date() == datetime.date(2022, 9, 14)
    assert release.co_organisers.count() == 7
    contacts = list(release.media_contacts.all())
    seed_lines = parse.media_contacts()
    assert len(contacts) == len(seed_lines) == 2
    for contact, line in zip(contacts, seed_lines, strict=True):
        assert contact.name_en in line
        assert [e for e in (contact.email, contact.secondary_email) if e] == parse.emails(line)
    assert contacts[1].role_en == "Public Information"


@pytest.mark.django_db
def test_load_demo_news_article_and_contact_details(demo_counts):
    article = NewsPage.objects.get(slug_en="unrcca-co-organizes-the-high-level-border-security-conference")
    assert article.title_en == "UNRCCA CO-ORGANIZES THE HIGH-LEVEL BORDER SECURITY CONFERENCE"
    assert article.date == datetime.date(2022, 10, 20)
    assert article.dateline_en == "DUSHANBE, Tajikistan"
    assert article.related_event.slug_en == "2022"
    body = " ".join(_text(block.value.source) for block in article.body_en)
    assert "More than 800 participants" in body
    contacts = SiteContacts.objects.get()
    assert contacts.phone == "+992 (37) 227-68-43"
    assert contacts.address_en == "Dushanbe, Kokhi Somon"


def _translated_values(code):
    """(model, pk, field, value in `code`) for every translated field whose English is filled in."""
    for model in translator.get_registered_models(abstract=False):
        fields = [f for f in translator.get_options_for_model(model).fields if f not in ("slug", "url_path")]
        for instance in model.objects.exclude(pk__in=Page.objects.filter(depth=1).values("pk")):
            for field in fields:
                if getattr(instance, f"{field}_en"):
                    yield model.__name__, instance.pk, field, getattr(instance, f"{field}_{code}")


@pytest.mark.django_db
def test_load_demo_russian_is_complete(demo_counts):
    missing = [(model, pk, field) for model, pk, field, value in _translated_values("ru") if not value]
    assert missing == []


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["tg", "ar"])
def test_load_demo_tajik_and_arabic_are_partial_and_fall_back(demo_counts, code):
    values = [value for *_key, value in _translated_values(code)]
    translated = sum(1 for value in values if value)
    assert 0 < translated < len(values)
    # A long text left untranslated reads as English in that language.
    article = NewsPage.objects.get(slug_en="unrcca-co-organizes-the-high-level-border-security-conference")
    assert list(getattr(article, f"body_{code}")) == []
    with translation.override(code):
        assert article.body[0].value.source == article.body_en[0].value.source
        assert article.title == getattr(article, f"title_{code}")


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ru", "tg", "ar"])
def test_load_demo_every_page_answers_at_its_url_in_every_language(demo_counts, client, code):
    with translation.override(code):
        urls = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    statuses = {url: client.get(url, HTTP_HOST="localhost").status_code for url in urls}
    assert len(urls) == 36
    assert all(url.startswith(f"/{code}/") for url in urls)
    assert statuses == dict.fromkeys(urls, 200)
