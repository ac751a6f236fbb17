"""The "Translations" admin report: its rows, filters, permission and query count."""

import csv
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import reports_menu

from sessions.models import EventPage
from tests.factories.people import SpeakerIndexPageFactory, SpeakerPageFactory
from tests.factories.translations import UserFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/translators/report/"


def rows_of(response):
    return [
        (row.translated.title_en, row.language, row.overall, row.is_ready) for row in response.context["object_list"]
    ]


def test_report_url_name():
    assert reverse("translators:report") == REPORT_URL


def test_report_lists_pages_by_language_in_tree_order(report_tree, translator_client):
    response = translator_client.get(REPORT_URL, {"language": "ru"})
    assert response.status_code == 200
    assert rows_of(response) == [
        ("Dushanbe Process", "ru", "missing", False),
        ("Dushanbe Conference 2019", "ru", "outdated", True),
        ("Opening session", "ru", "missing", False),
        ("About the Dushanbe Process", "ru", "missing", False),
    ]


def test_report_without_filters_has_every_page_in_every_target_language(report_tree, translator_client):
    response = translator_client.get(REPORT_URL)
    assert len(response.context["object_list"]) == 4 * 3
    assert response.context["items_count"] == 12


def test_report_shows_share_done_status_readiness_and_fields(report_tree, translator_client):
    html = translator_client.get(REPORT_URL, {"language": "ru"}).content.decode()
    assert "4/5 fields, 80%" in html
    assert '<progress max="100" value="80"' in html
    assert "Missing: summary" in html
    assert "Outdated: subtitle" in html
    assert "Session" in html  # page type
    assert "Dushanbe Conference 2019" in html  # the session's event


def test_report_rows_link_to_page_editor_and_readiness(report_tree, translator_client):
    html = translator_client.get(REPORT_URL, {"language": "ru"}).content.decode()
    event_id = report_tree.event.pk
    assert f'href="/admin/pages/{event_id}/edit/"' in html
    assert (
        f'href="/admin/translators/readiness/{event_id}/?next=%2Fadmin%2Ftranslators%2Freport%2F%3Flanguage%3Dru"'
        in html
    )


def test_report_fragment_links_readiness_back_to_the_full_report(report_tree, translator_client):
    response = translator_client.get("/admin/translators/report/results/", {"language": "ru", "_w_filter_fragment": 1})
    event_id = report_tree.event.pk
    expected = (
        f'href="/admin/translators/readiness/{event_id}/?next=%2Fadmin%2Ftranslators%2Freport%2F%3Flanguage%3Dru"'
    )
    assert expected in response.content.decode()


def test_report_filter_language(report_tree, translator_client):
    response = translator_client.get(REPORT_URL, {"language": "tg"})
    assert {language for _title, language, _status, _ready in rows_of(response)} == {"tg"}
    assert len(rows_of(response)) == 4


def test_report_filter_page_type(report_tree, translator_client):
    event_type = ContentType.objects.get_for_model(EventPage)
    response = translator_client.get(REPORT_URL, {"content_type": event_type.pk})
    assert rows_of(response) == [
        ("Dushanbe Conference 2019", "ru", "outdated", True),
        ("Dushanbe Conference 2019", "tg", "missing", False),
        ("Dushanbe Conference 2019", "ar", "missing", False),
    ]


def test_report_filter_event_includes_its_sessions(report_tree, translator_client):
    response = translator_client.get(REPORT_URL, {"event": report_tree.event.pk, "language": "ru"})
    assert rows_of(response) == [
        ("Dushanbe Conference 2019", "ru", "outdated", True),
        ("Opening session", "ru", "missing", False),
    ]


def test_report_filter_status_outdated(report_tree, translator_client):
    response = translator_client.get(REPORT_URL, {"status": "outdated"})
    assert rows_of(response) == [("Dushanbe Conference 2019", "ru", "outdated", True)]


def test_report_filter_status_complete(report_tree, translator_client):
    response = translator_client.get(REPORT_URL, {"status": "complete"})
    assert rows_of(response) == []


def test_report_results_fragment_for_filter_refresh(report_tree, translator_client):
    response = translator_client.get("/admin/translators/report/results/", {"status": "outdated"})
    assert response.status_code == 200
    assert rows_of(response) == [("Dushanbe Conference 2019", "ru", "outdated", True)]


def test_report_csv_export(report_tree, translator_client):
    response = translator_client.get(REPORT_URL, {"export": "csv", "event": report_tree.event.pk, "language": "ru"})
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert lines == [
        ["Page", "Page type", "Event", "Language", "Done", "Status", "Ready", "Fields to translate"],
        [
            "Dushanbe Conference 2019",
            "Event",
            "Dushanbe Conference 2019",
            "Russian",
            "4/5 fields, 80%",
            "Outdated",
            "Yes",
            "Outdated: subtitle",
        ],
        [
            "Opening session",
            "Session",
            "Dushanbe Conference 2019",
            "Russian",
            "1/2 fields, 50%",
            "Missing",
            "No",
            "Missing: summary",
        ],
    ]


def test_report_refused_to_editor_without_permission(report_tree, client):
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_report_refused_to_anonymous_user(client):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_report_open_to_superuser(report_tree, client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "x"))
    assert client.get(REPORT_URL).status_code == 200


def reports_menu_names(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return [item.name for item in reports_menu.menu_items_for_request(request)]


def test_reports_menu_has_translations_for_translator(translator):
    assert "translations" in reports_menu_names(translator)


def test_reports_menu_hides_translations_from_editor():
    assert "translations" not in reports_menu_names(UserFactory(groups=["Editors"]))


def speakers_site(home_page, count):
    index = SpeakerIndexPageFactory(parent=home_page)
    for number in range(count):
        SpeakerPageFactory(parent=index, title=f"Speaker {number}")


@pytest.mark.parametrize("speaker_count", [2, 12])
def test_report_view_query_count_is_the_same_for_2_and_12_speakers(
    home_page, translator_client, speaker_count, django_assert_num_queries
):
    speakers_site(home_page, speaker_count)
    translator_client.get(REPORT_URL)  # warm caches: content types, the user's permissions
    # 23: the two-factor middleware's one query (does this user have a TOTP device?) included; the
    # Forms menu costs none, since a translator may manage no form page (translations/page_permissions.py).
    with django_assert_num_queries(23):
        response = translator_client.get(REPORT_URL)
    assert len(response.context["object_list"]) == 3 * (2 + speaker_count)
