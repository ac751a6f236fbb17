"""The site the leak matrix reads: public controls next to every kind of non-public content.

Every text a page, document or image has is written in every language column with a
marker: "LEAKDRAFTNEWS ru" is the Russian title of the draft news article, and
"leakdraftnews-ru" its Russian slug. A leak is then found by looking for the marker
in the raw bytes of an answer, whatever the field or the encoding that carried it.
Each non-public thing has a public control of the same type built the same way
("CONTROLNEWS ru"), so a way in that answers nothing at all fails the test.

`build_leak_site()` writes it all and returns a `LeakSite` of what the tests need to
address it (ids, files); the tables of kinds and ways in are in tests/leaks/matrix.py.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Revision, Site

from cms.languages import language_codes
from tests.factories.home import ContactPageFactory, HomePageFactory
from tests.factories.media import DocumentFactory, ImageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory, PressReleasePageFactory
from tests.factories.people import SpeakerIndexPageFactory, SpeakerPageFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory, SessionSpeakerFactory
from tests.factories.translations import UserFactory
from translations.readiness import mark_ready

EDITOR_USERNAME = "leakeditor"
EDITOR_MARKERS = ("leakeditor", "LEAKEDITORFIRST", "LEAKEDITORLAST")
SUBMISSION_MARKERS = ("LEAKSUBMISSION", "leaksubmitter")
PASSWORD = "sesame-LEAKPASSWORD"  # noqa: S105 - never sent by the matrix: a password page stays closed


def title(marker, language):
    """The marker as a page title (or any text) in `language`: "LEAKDRAFTNEWS ru"."""
    return f"{marker} {language}"


def slug(marker, language):
    return f"{marker.lower()}-{language}"


def texts(marker, field_name):
    """{"title_en": "LEAKDRAFTNEWS en", "title_ru": ...}: one column per language."""
    return {f"{field_name}_{code}": title(marker, code) for code in language_codes()}


def page_texts(marker, *text_fields):
    """Title, slug and the page type's own text fields, in every language."""
    values = {"title": title(marker, "en"), "slug": slug(marker, "en"), **texts(marker, "title")}
    values.update({f"slug_{code}": slug(marker, code) for code in language_codes()})
    for field_name in ("seo_title", "search_description", *text_fields):
        values.update(texts(marker, field_name))
    return values


@dataclass
class LeakSite:
    """What the tests address the leak site by: pages by marker, the media, the editor."""

    pages: dict = field(default_factory=dict)  # marker -> specific page (the deleted one's id only)
    documents: dict = field(default_factory=dict)  # marker -> document
    images: dict = field(default_factory=dict)  # marker -> image
    deleted_id: int = 0

    def path(self, marker, language):
        """The page's public path in `language`, as page(path:) and the site serve it."""
        return f"/{language}{getattr(self.pages[marker], f'url_path_{language}')[len(self.root_url_path(language)) :]}"

    def root_url_path(self, language):
        return getattr(self.pages["CONTROLHOME"], f"url_path_{language}")[:-1]


def _publish(page, user):
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page.specific


def _private_collection():
    collection = Collection.get_first_root_node().add_child(name="Embargoed media")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    return collection


def _media(site):
    private = _private_collection()
    for marker, collection in (("CONTROLDOC", None), ("LEAKPRIVATEDOC", private)):
        extra = {"collection": collection} if collection else {}
        file = ContentFile(b"%PDF-1.4 " + marker.encode(), name=f"{marker.lower()}.pdf")
        site.documents[marker] = DocumentFactory(file=file, **texts(marker, "title"), **extra)
    for marker, collection in (("CONTROLIMAGE", None), ("LEAKPRIVATEIMAGE", private)):
        extra = {"collection": collection} if collection else {}
        site.images[marker] = ImageFactory(
            title=marker,
            file__filename=f"{marker.lower()}.png",
            file__width=1000,
            file__height=600,
            **texts(marker, "alt_text"),
            **texts(marker, "caption"),
            **texts(marker, "credit"),
            **extra,
        )


def _rich_text_with_references(marker, language, site):
    """A public page's rich text that links a draft page and a private document and embeds a private image."""
    return (
        f"<p>{title(marker, language)} "
        f'<a linktype="page" id="{site.pages["LEAKSCHEDULED"].pk}">the embargoed release</a> '
        f'<a linktype="document" id="{site.documents["LEAKPRIVATEDOC"].pk}">the private document</a></p>'
        f'<embed embedtype="image" id="{site.images["LEAKPRIVATEIMAGE"].pk}" format="fullwidth" alt="photo"/>'
    )


def build_leak_site():
    """Write the leak site into the database (the default Site's root becomes its home page)."""
    site = LeakSite()
    editor = UserFactory(
        username=EDITOR_USERNAME,
        email=f"{EDITOR_USERNAME}@example.org",
        first_name=EDITOR_MARKERS[1],
        last_name=EDITOR_MARKERS[2],
        groups=["Editors"],
    )
    _media(site)
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, **page_texts("CONTROLHOME", "hero_title"))
    default_site = Site.objects.get(is_default_site=True)
    default_site.root_page = home
    default_site.save()
    site.pages["CONTROLHOME"] = home

    def add(marker, factory, parent, *text_fields, **extra):
        """A page under `parent`; a live one goes live through Wagtail's publish (as an editor's would)."""
        page = factory(parent=parent, owner=editor, **page_texts(marker, *text_fields), **extra)
        if page.live:
            page = _publish(page, editor)
        site.pages[marker] = page
        return page

    def add_private(marker, factory, parent, restriction_type, *text_fields, **extra):
        """A page made private before it is first published (never public, not for a moment)."""
        page = add(marker, factory, parent, *text_fields, live=False, **extra)
        password = PASSWORD if restriction_type == PageViewRestriction.PASSWORD else ""
        PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)
        return _publish(page, editor)

    # Pages a reader sees, and the ones they must not, side by side.
    event = add("CONTROLEVENT", EventPageFactory, home, "summary", "subtitle")
    speakers = add("CONTROLSPEAKERS", SpeakerIndexPageFactory, home)
    news = add("CONTROLNEWSINDEX", NewsIndexPageFactory, home)
    add("CONTROLCONTACT", ContactPageFactory, home)

    # Scheduled first: the control speaker's biography links to it.
    scheduled = add("LEAKSCHEDULED", PressReleasePageFactory, news, "summary", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=30)
    scheduled.save_revision(user=editor).publish(user=editor)  # with go_live_at ahead, this schedules

    speaker = add("CONTROLSPEAKER", SpeakerPageFactory, speakers, "position", photo=site.images["CONTROLIMAGE"])
    for code in language_codes():
        setattr(speaker, f"biography_{code}", _rich_text_with_references("CONTROLBIO", code, site))
    _publish(speaker, editor)
    draft_speaker = add("LEAKDRAFTSPEAKER", SpeakerPageFactory, speakers, "position", live=False)

    event.hero_image = site.images["LEAKPRIVATEIMAGE"]
    event.outcome_documents = [_document_row(event, site, "CONTROLDOC"), _document_row(event, site, "LEAKPRIVATEDOC")]
    event.featured_speakers = [_featured(event, speaker), _featured(event, draft_speaker)]
    _publish(event, editor)

    session = add("CONTROLSESSION", SessionPageFactory, event, "summary")
    session.documents = [_session_document(session, site, marker) for marker in ("CONTROLDOC", "LEAKPRIVATEDOC")]
    _publish(session, editor)
    SessionSpeakerFactory(session=session, speaker=speaker, role="speaker")
    SessionSpeakerFactory(session=session, speaker=draft_speaker, role="chair")
    add("LEAKDRAFTSESSION", SessionPageFactory, event, "summary", live=False)
    SessionSpeakerFactory(session=site.pages["LEAKDRAFTSESSION"], speaker=speaker, role="keynote")
    add("LEAKUNPUBLISHED", SessionPageFactory, event, "summary").unpublish()

    add("CONTROLNEWS", NewsPageFactory, news, "summary", image=site.images["LEAKPRIVATEIMAGE"], related_event=event)
    add("LEAKDRAFTNEWS", NewsPageFactory, news, "summary", live=False)
    revised = add("CONTROLREVISED", NewsPageFactory, news, "summary")
    for name, value in page_texts("LEAKREVISION", "summary").items():
        setattr(revised, name, value)
    revised.save_revision(user=editor)  # a draft of changes: the live page keeps its CONTROLREVISED texts
    expired = add("LEAKEXPIRED", NewsPageFactory, news, "summary", live=False)
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    _publish(expired, editor)
    call_command("publish_scheduled", stdout=io.StringIO())  # what run_scheduler does: expires it
    deleted = add("LEAKDELETED", NewsPageFactory, news, "summary")
    site.deleted_id = deleted.pk
    deleted.delete()
    del site.pages["LEAKDELETED"]

    release = add("CONTROLRELEASE", PressReleasePageFactory, news, "summary", related_event=event)
    release.attachments = [_attachment(release, site, "CONTROLDOC"), _attachment(release, site, "LEAKPRIVATEDOC")]
    _publish(release, editor)
    add("LEAKDRAFTRELEASE", PressReleasePageFactory, news, "summary", live=False)

    # Private by password: an event and, by inheritance, its session.
    private_event = add_private("LEAKPASSWORD", EventPageFactory, home, PageViewRestriction.PASSWORD, "summary")
    add("LEAKPASSWORDCHILD", SessionPageFactory, private_event, "summary")
    # Private to signed-in users: a news index and, by inheritance, its article.
    private_news = add_private("LEAKLOGIN", NewsIndexPageFactory, home, PageViewRestriction.LOGIN)
    add("LEAKLOGINCHILD", NewsPageFactory, private_news, "summary")

    contact = site.pages["CONTROLCONTACT"]
    FormSubmission.objects.create(
        page=contact,
        form_data={"name": SUBMISSION_MARKERS[1], "email": "leaksubmitter@example.org", "message": "LEAKSUBMISSION"},
    )

    # The editor wrote and published everything: their name is on every revision.
    Revision.objects.update(user=editor)
    # Ready in every language: the sitemap lists all of them, leak pages included if they slipped through.
    for page in Page.objects.filter(depth__gt=1):
        for code in language_codes()[1:]:
            mark_ready(page, code, editor)
    for marker, page in site.pages.items():
        site.pages[marker] = Page.objects.get(pk=page.pk).specific
    return site


def _document_row(event, site, marker):
    from sessions.models import EventDocument

    return EventDocument(event=event, document=site.documents[marker])


def _session_document(session, site, marker):
    from sessions.models import SessionDocument

    return SessionDocument(session=session, document=site.documents[marker])


def _featured(event, speaker):
    from sessions.models import EventFeaturedSpeaker

    return EventFeaturedSpeaker(event=event, speaker=speaker)


def _attachment(release, site, marker):
    from news.models import PressReleaseAttachment

    return PressReleaseAttachment(press_release=release, document=site.documents[marker])
