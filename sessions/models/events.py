"""A conference of the Dushanbe Process (2018, 2019, 2022...): the parent of its sessions."""

import zoneinfo

import graphene
from django.core.exceptions import ValidationError
from django.db import models
from grapple.models import (
    GraphQLField,
    GraphQLPage,
    GraphQLSnippet,
    GraphQLStreamfield,
    GraphQLString,
)
from grapple.types.interfaces import get_page_interface
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.api.fields import related_list
from home.blocks import BodyBlock
from home.models.base import ContentPage
from media.api import document_field, image_field

DEFAULT_TIME_ZONE = "Asia/Dushanbe"


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not an IANA time zone such as Asia/Dushanbe.")


class OrganiserRole(models.TextChoices):
    HOST = "host", "Host"
    CO_ORGANISER = "co_organiser", "Co-organiser"
    PARTNER = "partner", "Partner"


class EventPage(ContentPage):
    subtitle = models.CharField(
        max_length=500, blank=True, help_text="The theme, e.g. “Countering Terrorism and Preventing Violent Extremism”."
    )
    start_date = models.DateField()
    end_date = models.DateField()
    time_zone = models.CharField(
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text="Session times are entered and shown in this time zone.",
    )
    venue = models.ForeignKey(
        "programme.Venue", null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    city = models.CharField(max_length=128, blank=True)
    country = models.CharField(max_length=128, blank=True)
    summary = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)
    hero_image = models.ForeignKey(
        "media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    registration_url = models.URLField(blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programme.SessionPage"]

    content_panels = ContentPage.content_panels + [
        FieldPanel("subtitle"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("time_zone"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
            ],
            heading="When and where",
        ),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("registration_url"),
        InlinePanel("organisers", label="Organisers"),
        InlinePanel("featured_speakers", label="Featured speakers"),
        InlinePanel("outcome_documents", label="Outcome documents"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start_date"),
    ]
    graphql_fields = [
        GraphQLString("subtitle"),
        GraphQLField("start_date", graphene.Date),
        GraphQLField("end_date", graphene.Date),
        GraphQLString("time_zone"),
        GraphQLSnippet("venue", "programme.Venue"),
        GraphQLString("city"),
        GraphQLString("country"),
        GraphQLString("summary"),
        GraphQLStreamfield("body"),
        image_field("hero_image"),
        GraphQLString("registration_url"),
        related_list("organisers", "programme.EventOrganiser"),
        related_list("featured_speakers", "programme.EventFeaturedSpeaker"),
        related_list("outcome_documents", "programme.EventDocument"),
        GraphQLField("sessions", get_page_interface, is_list=True, source="get_sessions"),
        GraphQLString(
            "ical_url",
            source="get_ical_url",
            required=True,
            description="The programme as iCalendar, in this language.",
        ),
        GraphQLString(
            "frab_xml_url",
            source="get_frab_xml_url",
            required=True,
            description="The Frab schedule.xml, in this language.",
        ),
        GraphQLString(
            "frab_json_url",
            source="get_frab_json_url",
            required=True,
            description="The Frab schedule.json, in this language.",
        ),
    ]

    class Meta:
        verbose_name = "event"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The event cannot end before it starts."})

    def get_sessions(self, info=None, **kwargs):
        """Public sessions of this event in programme order (see sessions.selectors)."""
        from sessions.selectors import sessions_of_event

        return sessions_of_event(self)

    def get_ical_url(self, info=None, **kwargs):
        from sessions.exports.urls import export_url

        return export_url(info.context, "event-ical", self.slug_en)

    def get_frab_xml_url(self, info=None, **kwargs):
        from sessions.exports.urls import export_url

        return export_url(info.context, "event-xml", self.slug_en)

    def get_frab_json_url(self, info=None, **kwargs):
        from sessions.exports.urls import export_url

        return export_url(info.context, "event-json", self.slug_en)


class EventOrganiser(Orderable):
    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisers")
    organisation = models.ForeignKey("home.Organisation", on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=16, choices=OrganiserRole.choices, default=OrganiserRole.CO_ORGANISER)

    panels = [FieldPanel("organisation"), FieldPanel("role")]
    graphql_fields = [GraphQLSnippet("organisation", "home.Organisation"), GraphQLString("role")]


class EventFeaturedSpeaker(Orderable):
    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="featured_speakers")
    speaker = models.ForeignKey("people.SpeakerPage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("speaker")]
    graphql_fields = [GraphQLPage("speaker")]


class EventDocument(Orderable):
    """An outcome document (e.g. the Dushanbe Declaration); one row per language version."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="outcome_documents")
    document = models.ForeignKey("media.CustomDocument", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("document")]
    graphql_fields = [document_field("document")]
