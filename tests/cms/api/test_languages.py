"""Languages: the enum, `languages`, and which language each root field is answered in."""

import pytest

from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db


def test_languages_lists_the_configured_languages(client):
    data = graphql_data(client, "{ languages { code name nameLocal direction isDefault } }")
    assert data["languages"] == [
        {"code": "EN", "name": "English", "nameLocal": "English", "direction": "LTR", "isDefault": True},
        {"code": "RU", "name": "Russian", "nameLocal": "Русский", "direction": "LTR", "isDefault": False},
        {"code": "TG", "name": "Tajik", "nameLocal": "тоҷикӣ", "direction": "LTR", "isDefault": False},
        {"code": "AR", "name": "Arabic", "nameLocal": "العربيّة", "direction": "RTL", "isDefault": False},
    ]


EVENT_TITLE = '{ event(slug: "2022"%s) { title language } }'


def test_language_defaults_to_english_without_argument_or_header(demo_site, client):
    data = graphql_data(client, EVENT_TITLE % "")
    assert data["event"] == {"title": "High-Level International Conference 2022", "language": "EN"}


def test_language_comes_from_accept_language_header(demo_site, client):
    data = graphql_data(client, EVENT_TITLE % "", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9,en;q=0.5")
    assert data["event"] == {"title": "Международная конференция высокого уровня 2022", "language": "RU"}


def test_language_argument_wins_over_header(demo_site, client):
    data = graphql_data(client, EVENT_TITLE % ", language: AR", HTTP_ACCEPT_LANGUAGE="ru")
    assert data["event"]["language"] == "AR"
    assert data["event"]["title"] == "المؤتمر الدولي الرفيع المستوى 2022"


def test_language_unsupported_header_falls_back_to_default(demo_site, client):
    data = graphql_data(client, EVENT_TITLE % "", HTTP_ACCEPT_LANGUAGE="de-DE,fr;q=0.8")
    assert data["event"]["language"] == "EN"


def test_language_each_root_field_is_answered_in_its_own_language(demo_site, client):
    query = """{
      ru: event(slug: "2022", language: RU) { title language organisers { organisation { acronym } } }
      en: event(slug: "2022", language: EN) { title language organisers { organisation { acronym } } }
      ruAgain: schedule(event: "2022", language: RU) { days { sessions { title } } }
    }"""
    data = graphql_data(client, query)
    assert data["ru"]["title"] == "Международная конференция высокого уровня 2022"
    assert data["en"]["title"] == "High-Level International Conference 2022"
    assert [o["organisation"]["acronym"] for o in data["ru"]["organisers"]][:5] == [
        "",
        "КТУ ООН",
        "РЦПДЦА ООН",
        "ОБСЕ",
        "ЕС",
    ]
    assert [o["organisation"]["acronym"] for o in data["en"]["organisers"]][:5] == ["", "UNOCT", "UNRCCA", "OSCE", "EU"]
    assert data["ruAgain"]["days"][0]["sessions"][0]["title"] == "Сессия открытия высокого уровня"


def test_language_missing_tajik_text_falls_back_to_english_field_by_field(demo_site, client):
    query = '{ event(slug: "2022", language: TG) { title summary } }'
    data = graphql_data(client, query)
    # The title is translated into Tajik; the summary is not, and reads in English.
    assert data["event"]["title"] == "Конференсияи байналмилалии сатҳи баланд 2022"
    english = graphql_data(client, '{ event(slug: "2022", language: EN) { summary } }')
    assert data["event"]["summary"] == english["event"]["summary"]


def test_language_translations_list_every_language_with_url_and_readiness(demo_site, client):
    data = graphql_data(client, '{ event(slug: "2022") { url translations { language url title isReady } } }')
    assert data["event"]["url"] == "/en/2022/"
    assert [(t["language"], t["url"], t["isReady"]) for t in data["event"]["translations"]] == [
        ("EN", "/en/2022/", True),
        ("RU", "/ru/2022/", True),
        ("TG", "/tg/2022/", False),
        ("AR", "/ar/2022/", False),
    ]
