"""An empty translation reads as English; a filled one reads as itself."""

import pytest
from django.utils import translation

from media.models import CustomImage
from people.models import SpeakerPage
from sessions.models import EventPage
from tests.factories.media import ImageFactory
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import EventPageFactory

pytestmark = pytest.mark.django_db

THEME_EN = "Countering Terrorism and Preventing Violent Extremism"
THEME_RU = "Противодействие терроризму и предупреждение насильственного экстремизма"


@pytest.fixture
def event_2019(home_page):
    event = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2019",
        title_ru="Душанбинская конференция 2019",
        title_tg="",
        subtitle_en=THEME_EN,
        subtitle_ru=THEME_RU,
        subtitle_tg="",
    )
    # Read back from the database: the fallback must hold for stored rows.
    return EventPage.objects.get(pk=event.pk)


def test_event_subtitle_empty_in_tajik_reads_english(event_2019):
    with translation.override("tg"):
        assert event_2019.subtitle == THEME_EN


def test_event_subtitle_translated_in_russian_reads_russian(event_2019):
    with translation.override("ru"):
        assert event_2019.subtitle == THEME_RU


def test_event_subtitle_empty_column_stays_empty(event_2019):
    # The fallback is a reading rule; nothing is copied into the Tajik column.
    assert event_2019.subtitle_tg == ""


def test_page_title_empty_in_tajik_reads_english(event_2019):
    with translation.override("tg"):
        assert event_2019.title == "Dushanbe Conference 2019"


def test_page_title_translated_in_russian_reads_russian(event_2019):
    with translation.override("ru"):
        assert event_2019.title == "Душанбинская конференция 2019"


@pytest.fixture
def voronkov(speaker_index_page):
    speaker = SpeakerPageFactory(
        parent=speaker_index_page,
        title="Vladimir Voronkov",
        biography_en="<p>Under-Secretary-General of the United Nations Office of Counter-Terrorism.</p>",
        biography_ru="<p>Заместитель Генерального секретаря ООН.</p>",
        biography_tg="",
    )
    return SpeakerPage.objects.get(pk=speaker.pk)


def test_speaker_biography_empty_in_tajik_reads_english(voronkov):
    with translation.override("tg"):
        assert voronkov.biography == "<p>Under-Secretary-General of the United Nations Office of Counter-Terrorism.</p>"


def test_speaker_biography_translated_in_russian_reads_russian(voronkov):
    with translation.override("ru"):
        assert voronkov.biography == "<p>Заместитель Генерального секретаря ООН.</p>"


@pytest.fixture
def plenary_photo():
    image = ImageFactory(alt_text_en="Delegates in the plenary hall", alt_text_ru="Делегаты в пленарном зале")
    return CustomImage.objects.get(pk=image.pk)


def test_image_alt_text_empty_in_arabic_reads_english(plenary_photo):
    with translation.override("ar"):
        assert plenary_photo.alt_text == "Delegates in the plenary hall"
        assert plenary_photo.default_alt_text == "Delegates in the plenary hall"


def test_image_alt_text_translated_in_russian_reads_russian(plenary_photo):
    with translation.override("ru"):
        assert plenary_photo.alt_text == "Делегаты в пленарном зале"
        assert plenary_photo.default_alt_text == "Делегаты в пленарном зале"
