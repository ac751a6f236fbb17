"""Builds, or brings up to date, the whole Dushanbe Process demo site.

Content comes from cms/demo/data (the seed documents, transcribed and translated);
this module only maps it onto pages, snippets and settings. Everything runs in
one transaction: a failure leaves the database as it was.
"""

import datetime
import zoneinfo

from django.db import transaction
from django.utils import translation

from cms.api.caching.invalidation import invalidate_everything
from cms.languages import default_language, language_codes
from home.models import ContactFormField, ContactPage, SiteContacts, StandardPage
from news.models import MediaContact, NewsIndexPage, NewsPage, PressReleaseCoOrganiser, PressReleasePage
from people.models import SpeakerIndexPage, SpeakerPage
from sessions.models import EventDocument, EventFeaturedSpeaker, EventOrganiser, EventPage, SessionPage, SessionSpeaker
from translations.models import LanguageReadiness
from translations.roles import attach_translation_review
from translations.status import missing_fields

from . import library
from .data import events, indexes, news, organisations, programme, site, speakers, venues
from .pages import ensure_home, upsert_child
from .translated import in_order, set_stream, set_stream_items, set_text


def load_demo(report=lambda message: None, progress=None):
    """Load everything; `report` receives one line per step with its counts.

    `progress(done, total, label)` (see cms.progress) follows the longer steps, page by page.
    """
    progress = progress or (lambda done, total, label: None)
    # Descriptors of translated fields read the active language: work in English.
    with translation.override("en"), transaction.atomic():
        home, default_site = _load_home()
        # The site root it replaced (Wagtail's welcome page) took the review workflow with it.
        attach_translation_review(home)
        organisation_by_key = library.load_organisations(organisations.ORGANISATIONS)
        report(f"organisations: {len(organisation_by_key)}")
        venue_by_key, room_by_key = library.load_venues(venues.VENUES)
        report(f"venues: {len(venue_by_key)}, rooms: {len(room_by_key)}")
        speaker_by_key = _load_speakers(home, organisation_by_key, progress)
        report(f"speakers: {len(speaker_by_key)}")
        event_by_slug = _load_events(home, organisation_by_key, venue_by_key, speaker_by_key)
        report(f"events: {len(event_by_slug)}")
        session_count = _load_programme(event_by_slug, venue_by_key, room_by_key, speaker_by_key, progress)
        report(f"sessions: {session_count}")
        article_count, release_count = _load_news(home, event_by_slug, organisation_by_key)
        report(f"news articles: {article_count}, press releases: {release_count}")
        _load_site_pages(home, default_site)
        report("home, about and contact pages, contact details: done")
        ready = _mark_translated_pages_ready(home)
        report("ready language versions: " + ", ".join(f"{code} {count}" for code, count in ready.items()))
        # The loader also writes with queryset updates (the default site's root), which
        # send no signals: no cached API answer may outlive a reload.
        invalidate_everything()


def _load_home():
    def populate(page):
        set_text(page, "hero_title", site.HOME["hero_title"])
        set_text(page, "hero_subtitle", site.HOME["hero_subtitle"])
        set_text(page, "intro", site.HOME["intro"])
        page.hero_image = library.upsert_image(
            "Hero: Dushanbe Process",
            "DUSHANBE PROCESS",
            {"en": "Dushanbe Process banner", "ru": "Баннер Душанбинского процесса"},
        )

    return ensure_home(site.HOME["title"], populate)


def _load_speakers(home, organisation_by_key, progress):
    index_data = indexes.SPEAKERS_INDEX
    index = upsert_child(
        home,
        SpeakerIndexPage,
        index_data["slug"],
        index_data["title"],
        lambda page: set_text(page, "intro", index_data["intro"]),
    )
    speaker_by_key = {}
    for done, record in enumerate(speakers.SPEAKERS, start=1):

        def populate(page, record=record):
            for field in ("honorific", "position", "country", "biography"):
                set_text(page, field, record.get(field, {}))
            page.organisation = organisation_by_key.get(record.get("organisation"))
            name = record["name"]
            page.photo = library.upsert_image(
                f"Portrait: {name['en']}",
                library.initials(name["en"]),
                {
                    "en": f"Placeholder portrait of {name['en']}",
                    "ru": f"Заглушка портрета: {name.get('ru', name['en'])}",
                },
                size=(800, 800),
            )

        speaker_by_key[record["key"]] = upsert_child(index, SpeakerPage, record["slug"], record["name"], populate)
        progress(done, len(speakers.SPEAKERS), "speakers")
    return speaker_by_key


def _load_events(home, organisation_by_key, venue_by_key, speaker_by_key):
    event_by_slug = {}
    for record in events.EVENTS:

        def populate(page, record=record):
            for field in ("subtitle", "city", "country", "summary"):
                set_text(page, field, record.get(field, {}))
            set_stream(page, "body", record.get("body", {}), "paragraph")
            page.start_date = datetime.date.fromisoformat(record["start_date"])
            page.end_date = datetime.date.fromisoformat(record["end_date"])
            page.venue = venue_by_key.get(record.get("venue"))
            page.registration_url = record.get("registration_url", "")
            page.hero_image = library.upsert_image(
                f"Hero: {record['title']['en']}",
                record["title"]["en"].replace(" ", "\n", 2),
                {"en": f"Banner of the {record['title']['en']}", "ru": f"Баннер: {record['title'].get('ru', '')}"},
            )
            page.organisers = in_order(
                [EventOrganiser(organisation=organisation_by_key[key], role=role) for key, role in record["organisers"]]
            )
            page.featured_speakers = in_order(
                [EventFeaturedSpeaker(speaker=speaker_by_key[key]) for key in record["featured_speakers"]]
            )
            page.outcome_documents = in_order(
                [
                    EventDocument(document=library.upsert_document(document["title"], language))
                    for document in record.get("outcome_documents", [])
                    for language in document["languages"]
                ]
            )

        event_by_slug[record["slug"]] = upsert_child(
            home, EventPage, record["slug"], record["title"], populate, translate_slug=False
        )
    return event_by_slug


def _load_programme(event_by_slug, venue_by_key, room_by_key, speaker_by_key, progress):
    count = 0
    total = sum(len(sessions) for sessions in programme.SESSIONS.values())
    for event_slug, sessions in programme.SESSIONS.items():
        event = event_by_slug[event_slug]
        zone = zoneinfo.ZoneInfo(event.time_zone)
        for record in sessions:

            def populate(page, record=record, zone=zone):
                page.kind = record["kind"]
                page.start = datetime.datetime.fromisoformat(record["start"]).replace(tzinfo=zone)
                page.end = datetime.datetime.fromisoformat(record["end"]).replace(tzinfo=zone)
                page.venue = venue_by_key.get(record.get("venue"))
                page.room = room_by_key.get(record.get("room"))
                set_text(page, "summary", record.get("summary", {}))
                set_stream_items(page, "key_issues", record.get("key_issues", []), "key_issue")
                page.floor_language = record.get("floor_language", "")
                page.interpretation_languages = record.get("interpretation_languages", [])
                page.speakers = in_order(
                    [SessionSpeaker(speaker=speaker_by_key[key], role=role) for key, role in record.get("speakers", [])]
                )

            upsert_child(event, SessionPage, record["slug"], record["title"], populate)
            count += 1
            progress(count, total, "sessions")
    return count


def _load_news(home, event_by_slug, organisation_by_key):
    def index_populate(data):
        return lambda page: set_text(page, "intro", data["intro"])

    news_index = upsert_child(
        home, NewsIndexPage, indexes.NEWS_INDEX["slug"], indexes.NEWS_INDEX["title"], index_populate(indexes.NEWS_INDEX)
    )
    press_index = upsert_child(
        home,
        NewsIndexPage,
        indexes.PRESS_INDEX["slug"],
        indexes.PRESS_INDEX["title"],
        index_populate(indexes.PRESS_INDEX),
    )
    for record in news.NEWS:

        def populate_article(page, record=record):
            page.date = datetime.date.fromisoformat(record["date"])
            set_text(page, "dateline", record.get("dateline", {}))
            set_text(page, "summary", record.get("summary", {}))
            set_stream(page, "body", record["body"], "paragraph")
            page.related_event = event_by_slug.get(record.get("related_event"))
            page.tags.set(record.get("tags", []))

        upsert_child(news_index, NewsPage, record["slug"], record["title"], populate_article)

    zone = zoneinfo.ZoneInfo("Asia/Dushanbe")
    for record in news.PRESS_RELEASES:

        def populate_release(page, record=record):
            page.release_at = datetime.datetime.fromisoformat(record["release_at"]).replace(tzinfo=zone)
            set_text(page, "dateline", record.get("dateline", {}))
            set_text(page, "summary", record.get("summary", {}))
            set_stream(page, "body", record["body"], "paragraph")
            page.related_event = event_by_slug.get(record.get("related_event"))
            page.co_organisers = in_order(
                [PressReleaseCoOrganiser(organisation=organisation_by_key[key]) for key in record["co_organisers"]]
            )
            page.media_contacts = in_order(
                [_media_contact(contact, organisation_by_key) for contact in record["media_contacts"]]
            )

        upsert_child(press_index, PressReleasePage, record["slug"], record["title"], populate_release)
    return len(news.NEWS), len(news.PRESS_RELEASES)


def _media_contact(record, organisation_by_key):
    contact = MediaContact(
        organisation=organisation_by_key.get(record.get("organisation")),
        email=record.get("email", ""),
        secondary_email=record.get("secondary_email", ""),
        phone=record.get("phone", ""),
    )
    for field in ("honorific", "name", "role"):
        set_text(contact, field, record.get(field, {}))
    return contact


def _load_site_pages(home, default_site):
    contacts = SiteContacts.for_site(default_site)
    set_text(contacts, "organisation_name", site.SITE["name"])
    set_text(contacts, "address", site.SITE["address"])
    contacts.phone = site.SITE["phone"]
    contacts.email = site.SITE["email"]
    contacts.social_links = [
        ("link", {"platform": platform, "url": url}) for platform, url in site.SITE["social_links"]
    ]
    contacts.save()

    def populate_about(page):
        set_stream(page, "body", site.ABOUT["body"], "paragraph")

    upsert_child(home, StandardPage, "about", site.ABOUT["title"], populate_about)

    def populate_contact(page):
        set_text(page, "intro", site.CONTACT["intro"])
        set_text(page, "thank_you_text", site.CONTACT["thank_you_text"])
        page.to_address = site.SITE["email"]
        page.subject = "Message from the Dushanbe Process web site"
        page.form_fields = in_order([_form_field(record) for record in site.CONTACT["fields"]])

    upsert_child(home, ContactPage, "contact", site.CONTACT["title"], populate_contact)


def _form_field(record):
    field = ContactFormField(field_type=record["field_type"], required=record["required"])
    set_text(field, "label", record["label"])
    return field


def _mark_translated_pages_ready(home):
    """Mark each fully translated language version ready, as its translator would have.

    Only where no translator has decided yet: a reload never overrides a mark (or an
    explicit "not ready") made in the admin. Returns {language: pages ready}.
    """
    decided = set(LanguageReadiness.objects.values_list("page_id", "language"))
    pages = home.get_descendants(inclusive=True).specific()
    targets = [code for code in language_codes() if code != default_language()]
    new_marks = [
        LanguageReadiness(page=page, language=code, is_ready=True)
        for page in pages
        for code in targets
        if (page.pk, code) not in decided and not missing_fields(page, code)
    ]
    LanguageReadiness.objects.bulk_create(new_marks)
    ready = LanguageReadiness.objects.filter(page__in=home.get_descendants(inclusive=True), is_ready=True)
    return {code: ready.filter(language=code).count() for code in targets}
