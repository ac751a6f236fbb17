"""The report selector: rows per page and language, their figures, and a fixed query count."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from sessions.models import EventPage, SessionPage
from tests.factories.home import OrganisationFactory
from tests.factories.media import ImageFactory
from tests.factories.people import SpeakerIndexPageFactory, SpeakerPageFactory
from translations.report import language_summary, page_report, translation_report
from translations.status import recorded_sources, recorded_sources_by_object

pytestmark = pytest.mark.django_db


def figures(rows):
    return [
        (row.translated.title_en, row.language, row.fields_done, row.fields_to_translate, row.percent_done, row.overall)
        for row in rows
    ]


def test_page_report_russian_rows_in_tree_order(report_tree):
    assert figures(page_report(languages=["ru"])) == [
        ("Dushanbe Process", "ru", 0, 1, 0, "missing"),
        ("Dushanbe Conference 2019", "ru", 4, 5, 80, "outdated"),
        ("Opening session", "ru", 1, 2, 50, "missing"),
        ("About the Dushanbe Process", "ru", 0, 1, 0, "missing"),
    ]


def test_page_report_names_missing_and_outdated_fields(report_tree):
    rows = {row.translated.title_en: row for row in page_report(languages=["ru", "tg"]) if row.language == "tg"}
    event_tg = rows["Dushanbe Conference 2019"]
    assert event_tg.status.missing == ["city", "country", "subtitle", "summary"]
    assert event_tg.status.outdated == []
    assert (event_tg.fields_done, event_tg.fields_to_translate, event_tg.percent_done) == (1, 5, 20)


def test_page_report_outdated_row_lists_outdated_field(report_tree):
    event_ru = page_report(Page.objects.filter(pk=report_tree.event.pk), ["ru"])[0]
    assert event_ru.status.outdated == ["subtitle"]
    assert event_ru.status.missing == []


def test_page_report_default_languages_are_all_but_english(report_tree):
    rows = page_report(Page.objects.filter(pk=report_tree.home.pk))
    assert [row.language for row in rows] == ["ru", "tg", "ar"]


def test_page_report_reads_pages_as_their_specific_type(report_tree):
    types = [type(row.translated) for row in page_report(languages=["ru"])]
    assert types[:3] == [HomePage, EventPage, SessionPage]


def test_page_report_readiness_per_language(report_tree):
    ready = {
        (row.translated.title_en, row.language): row.is_ready
        for row in page_report(Page.objects.filter(pk=report_tree.event.pk))
    }
    assert ready == {
        ("Dushanbe Conference 2019", "ru"): True,
        ("Dushanbe Conference 2019", "tg"): False,
        ("Dushanbe Conference 2019", "ar"): False,
    }


def test_page_report_event_is_the_event_itself_or_its_ancestor(report_tree):
    events = {row.translated.title_en: row.event for row in page_report(languages=["ru"])}
    assert events == {
        "Dushanbe Process": None,
        "Dushanbe Conference 2019": report_tree.event,
        "Opening session": report_tree.event,
        "About the Dushanbe Process": None,
    }


def test_page_report_leaves_out_pages_outside_every_site(report_tree):
    # Wagtail's welcome page still hangs under the tree root, served by no site.
    titles = [row.translated.title_en for row in page_report(languages=["ru"])]
    assert "Welcome to your new Wagtail site!" not in titles
    assert Page.objects.filter(title_en="Welcome to your new Wagtail site!").exists()


def test_language_summary_counts_pages(report_tree):
    assert language_summary(page_report()) == {
        "ru": {"missing": 3, "outdated": 1, "ready": 1},
        "tg": {"missing": 4, "outdated": 0, "ready": 0},
        "ar": {"missing": 4, "outdated": 0, "ready": 0},
    }


def test_translation_report_covers_snippets_and_images():
    image = ImageFactory(alt_text_en="Delegates in the plenary hall", alt_text_ru="Делегаты в пленарном зале")
    organisation = OrganisationFactory(name_en="United Nations Office of Counter-Terrorism", acronym_en="UNOCT")
    rows = translation_report([image, organisation], ["ru"])
    assert [(row.overall, row.status.missing, row.is_ready, row.event) for row in rows] == [
        ("complete", [], None, None),
        ("missing", ["acronym", "name"], None, None),
    ]


def test_recorded_sources_by_object_matches_single_object_reads(report_tree):
    pages = [report_tree.event, report_tree.session, report_tree.about]
    recorded = recorded_sources_by_object(pages)
    for page in pages:
        assert recorded[(page.content_type_id, page.pk)] == recorded_sources(page)


def speakers_site(home_page, count):
    index = SpeakerIndexPageFactory(parent=home_page)
    for number in range(count):
        SpeakerPageFactory(parent=index, title=f"Speaker {number}", position_ru=f"Должность {number}")


@pytest.mark.parametrize("speaker_count", [2, 12])
def test_page_report_query_count_is_the_same_for_2_and_12_speakers(home_page, speaker_count, django_assert_num_queries):
    speakers_site(home_page, speaker_count)
    page_report()  # warm the content type cache
    # sites, pages, 3 specific types (home, index, speaker), sources per type (3), readiness, events
    with django_assert_num_queries(10):
        rows = page_report()
    assert len(rows) == 3 * (2 + speaker_count)
