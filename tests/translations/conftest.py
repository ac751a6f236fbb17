"""A small site whose missing and outdated translations are known, for the report tests."""

from types import SimpleNamespace

import pytest

from home.models import StandardPage
from sessions.models import EventPage
from tests.factories.home import StandardPageFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory
from translations.readiness import mark_ready
from translations.roles import attach_translation_review


@pytest.fixture
def report_tree(home_page, translator):
    """home (title only, untranslated) > event > opening session; home > about.

    In Russian: home misses its title; the event is translated but its subtitle
    is outdated (English edited since) and it is marked ready; the session misses
    its summary; about misses its title. In Tajik the event has only its title.
    """
    event = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2019",
        title_ru="Душанбинская конференция 2019",
        title_tg="Конференсияи Душанбе 2019",
        subtitle_en="Countering Terrorism and Preventing Violent Extremism",
        subtitle_ru="Противодействие терроризму и предупреждение насильственного экстремизма",
        summary_en="The second high-level conference of the Dushanbe Process.",
        summary_ru="Вторая конференция высокого уровня Душанбинского процесса.",
        city_en="Dushanbe",
        city_ru="Душанбе",
        country_en="Tajikistan",
        country_ru="Таджикистан",
    )
    event = EventPage.objects.get(pk=event.pk)
    event.subtitle_en = "Countering terrorism: the new theme"
    event.save()
    session = SessionPageFactory(
        parent=event,
        title_en="Opening session",
        title_ru="Открытие",
        summary_en="Welcome addresses by the co-organisers.",
    )
    about = StandardPageFactory(parent=home_page, title_en="About the Dushanbe Process")
    mark_ready(event, "ru", translator)
    attach_translation_review(home_page)
    return SimpleNamespace(
        home=home_page,
        event=EventPage.objects.get(pk=event.pk),
        session=session,
        about=StandardPage.objects.get(pk=about.pk),
    )
