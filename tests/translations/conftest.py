"""Small sites for the translations tests: known missing and outdated texts (the report), every kind of XLIFF unit."""

from types import SimpleNamespace

import pytest

from home.models import StandardPage
from news.models import MediaContact
from sessions.models import EventDocument, EventOrganiser, EventPage, Room
from tests.factories.home import OrganisationFactory, StandardPageFactory
from tests.factories.media import DocumentFactory, ImageFactory
from tests.factories.news import NewsIndexPageFactory, PressReleasePageFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory, VenueFactory
from translations.readiness import mark_ready
from translations.roles import attach_translation_review

PARAGRAPH_EN = '<p>Read the <a linktype="page" id="{target}">declaration</a> and <b>register</b>.</p>'


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


@pytest.fixture
def conference(home_page):
    """An event with a paragraph, a quote and an image in its body, a hero image, a venue with
    a room, an organiser and an outcome document; a session; a press release with a media contact."""
    image = ImageFactory(alt_text_en="The plenary hall", caption_en="Opening day", credit_en="UN Photo")
    body_image = ImageFactory(alt_text_en="Delegates")
    document = DocumentFactory(title_en="Dushanbe Declaration")
    organisation = OrganisationFactory(name_en="Organization for Security and Co-operation in Europe", acronym="OSCE")
    venue = VenueFactory(name_en="Kokhi Somon", city_en="Dushanbe", country_en="Tajikistan")
    room = Room(name_en="Plenary hall", sort_order=0)
    venue.rooms = [room]
    venue.save()
    event = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2022",
        subtitle_en="Countering Terrorism",
        venue=venue,
        hero_image=image,
        body_en=[
            {"type": "paragraph", "value": PARAGRAPH_EN.format(target=home_page.pk), "id": "para-1"},
            {
                "type": "quote",
                "value": {"quote": "Terrorism has no religion.", "attribution": "Emomali Rahmon"},
                "id": "quote-1",
            },
            {
                "type": "image",
                "value": {"image": body_image.pk, "alt_text": "Delegates arriving", "decorative": False},
                "id": "image-1",
            },
        ],
    )
    event.organisers = [EventOrganiser(organisation=organisation, role="partner", sort_order=0)]
    event.outcome_documents = [EventDocument(document=document, sort_order=0)]
    event.save_revision().publish()
    session = SessionPageFactory(parent=event, title_en="Opening session", room=room)
    session.save_revision().publish()
    news_index = NewsIndexPageFactory(parent=home_page)
    release = PressReleasePageFactory(parent=news_index, title_en="Dushanbe Declaration adopted")
    release.media_contacts = [
        MediaContact(name_en="Sahobiddin Sadriddinzod", role_en="Press secretary", email="press@example.org")
    ]
    release.save_revision().publish()
    return SimpleNamespace(
        event=EventPage.objects.get(pk=event.pk),
        session=session,
        release=release,
        contact=MediaContact.objects.get(press_release=release),
        image=image,
        body_image=body_image,
        document=document,
        organisation=organisation,
        venue=venue,
        room=venue.rooms.get(),
    )


@pytest.fixture
def translator_client(client, translator):
    """The test client, signed in as a translator."""
    client.force_login(translator)
    return client
