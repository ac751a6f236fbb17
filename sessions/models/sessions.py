"""A session of a conference programme: a talk, a break, a reception or a cultural visit."""

import zoneinfo

import graphene
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from grapple.models import (
    GraphQLField,
    GraphQLForeignKey,
    GraphQLPage,
    GraphQLSnippet,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.api.fields import related_list
from home.blocks import KeyIssuesBlock
from home.models.base import ContentPage
from media.api import document_field
from sessions.fields import SPOKEN_LANGUAGE_CHOICES, LanguageListField


class SessionKind(models.TextChoices):
    OPENING = "opening", "Opening session"
    MINISTERIAL = "ministerial", "Ministerial session"
    THEMATIC = "thematic", "Thematic session"
    BREAK = "break", "Break"
    RECEPTION = "reception", "Reception"
    CULTURAL_VISIT = "cultural_visit", "Cultural visit"
    CLOSING = "closing", "Closing session"
    OTHER = "other", "Other"


class SessionRole(models.TextChoices):
    CHAIR = "chair", "Chair"
    MODERATOR = "moderator", "Moderator"
    KEYNOTE = "keynote", "Keynote"
    SPEAKER = "speaker", "Speaker"
    VIDEO_ADDRESS = "video_address", "Video address"


class SessionPage(ContentPage):
    kind = models.CharField(max_length=16, choices=SessionKind.choices, default=SessionKind.THEMATIC)
    start = models.DateTimeField(help_text="In the event's time zone.")
    end = models.DateTimeField()
    venue = models.ForeignKey(
        "programme.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        help_text="Leave empty when the session is at the event's venue.",
    )
    room = models.ForeignKey(
        "programme.Room", null=True, blank=True, on_delete=models.SET_NULL, related_name="sessions"
    )
    summary = models.TextField(blank=True)
    key_issues = StreamField(KeyIssuesBlock(), blank=True, help_text="Key issues to be addressed, in order.")
    floor_language = models.CharField(max_length=8, blank=True, choices=SPOKEN_LANGUAGE_CHOICES)
    interpretation_languages = LanguageListField(help_text="Languages with simultaneous interpretation.")
    livestream_url = models.URLField(blank=True)
    recording_url = models.URLField(blank=True)

    parent_page_types = ["programme.EventPage"]
    subpage_types = []

    content_panels = ContentPage.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("venue"), FieldPanel("room")]),
            ],
            heading="When and where",
        ),
        FieldPanel("summary"),
        FieldPanel("key_issues"),
        InlinePanel("speakers", label="Speakers"),
        MultiFieldPanel(
            [FieldPanel("floor_language"), FieldPanel("interpretation_languages")],
            heading="Languages",
        ),
        FieldRowPanel([FieldPanel("livestream_url"), FieldPanel("recording_url")]),
        InlinePanel("documents", label="Documents"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("key_issues"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    graphql_fields = [
        GraphQLString("kind"),
        GraphQLField(
            "start", graphene.DateTime, source="local_start", description="ISO 8601 in the event's time zone."
        ),
        GraphQLField("end", graphene.DateTime, source="local_end", description="ISO 8601 in the event's time zone."),
        GraphQLSnippet("venue", "programme.Venue"),
        GraphQLForeignKey("room", "programme.Room"),
        GraphQLString("summary"),
        GraphQLStreamfield("key_issues"),
        related_list("speakers", "programme.SessionSpeaker"),
        GraphQLString("floor_language"),
        GraphQLField("interpretation_languages", graphene.String, is_list=True),
        GraphQLString("livestream_url"),
        GraphQLString("recording_url"),
        related_list("documents", "programme.SessionDocument"),
        GraphQLString(
            "ical_url", source="get_ical_url", required=True, description="This session as iCalendar, in this language."
        ),
    ]

    # Wagtail's REST API (not routed by the CMS, only by the benchmark in bench/urls.py)
    # reads these: the schedule's information, to compare it with GraphQL's.
    api_fields = [APIField("kind"), APIField("start"), APIField("end"), APIField("room"), APIField("speakers")]

    class Meta:
        verbose_name = "session"
        ordering = ["start"]

    @property
    def time_zone(self):
        """The event's time zone. Selectors that load many sessions of one event set
        `_event_time_zone` so this costs no query; otherwise one query reads the parent."""
        if getattr(self, "_event_time_zone", None) is None:
            from .events import EventPage

            event = EventPage.objects.filter(path=self.path[: -self.steplen]).only("time_zone").first()
            self._event_time_zone = event.time_zone if event else settings.TIME_ZONE
        return self._event_time_zone

    @property
    def local_start(self):
        return self.start.astimezone(zoneinfo.ZoneInfo(self.time_zone)) if self.start else None

    @property
    def local_end(self):
        return self.end.astimezone(zoneinfo.ZoneInfo(self.time_zone)) if self.end else None

    def get_ical_url(self, info=None, **kwargs):
        from sessions.exports.urls import export_url

        return export_url(info.context, "session-ical", self.pk)

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": "A session must end after it starts."})
        if self.room_id and self.venue_id and self.room.venue_id != self.venue_id:
            raise ValidationError({"room": "This room is not in the session's venue."})


class SessionSpeaker(Orderable):
    """A speaker's part in one session; the same speaker may speak in many sessions."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="speakers")
    speaker = models.ForeignKey("people.SpeakerPage", on_delete=models.CASCADE, related_name="session_roles")
    role = models.CharField(max_length=16, choices=SessionRole.choices, default=SessionRole.SPEAKER)

    panels = [FieldPanel("speaker"), FieldPanel("role")]
    graphql_fields = [GraphQLPage("speaker"), GraphQLString("role"), GraphQLPage("session")]
    api_fields = [APIField("role"), APIField("speaker")]  # for the benchmark's REST API, see SessionPage

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["session", "speaker"], name="unique_speaker_per_session"),
        ]


class SessionDocument(Orderable):
    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("media.CustomDocument", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("document")]
    graphql_fields = [document_field("document")]
