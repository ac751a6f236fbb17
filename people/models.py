"""Speakers. A speaker is one page however many events they speak at
(Vladimir Voronkov spoke at all three conferences)."""

from django.db import models
from grapple.models import (
    GraphQLRichText,
    GraphQLSnippet,
    GraphQLString,
)
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from cms.api.fields import related_list
from home.blocks import RICH_TEXT_FEATURES
from home.models.base import ContentPage
from media.api import image_field


class SpeakerIndexPage(ContentPage):
    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["people.SpeakerPage"]
    max_count = 1

    content_panels = ContentPage.content_panels + [FieldPanel("intro")]
    graphql_fields = [GraphQLRichText("intro")]

    class Meta:
        verbose_name = "speakers index"


class SpeakerPage(ContentPage):
    """The page title is the speaker's full name without honorific ("Vladimir Voronkov")."""

    honorific = models.CharField(max_length=32, blank=True, help_text="e.g. H.E., Mr., Ms., Dr.")
    position = models.CharField(max_length=255, blank=True, help_text="e.g. Secretary-General of the United Nations")
    organisation = models.ForeignKey(
        "home.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="speakers"
    )
    country = models.CharField(max_length=128, blank=True)
    photo = models.ForeignKey("media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    biography = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["people.SpeakerIndexPage"]
    subpage_types = []

    content_panels = ContentPage.content_panels + [
        FieldPanel("honorific"),
        FieldPanel("position"),
        FieldPanel("organisation"),
        FieldPanel("country"),
        FieldPanel("photo"),
        FieldPanel("biography"),
        InlinePanel("links", label="Links"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("position"),
        index.SearchField("biography"),
    ]
    graphql_fields = [
        GraphQLString("honorific"),
        GraphQLString("position"),
        GraphQLSnippet("organisation", "home.Organisation"),
        GraphQLString("country"),
        image_field("photo"),
        GraphQLRichText("biography"),
        related_list("links", "people.SpeakerLink"),
        related_list("session_roles", "programme.SessionSpeaker", description="The sessions this speaker speaks in."),
        GraphQLString(
            "ical_url",
            source="get_ical_url",
            required=True,
            description="This speaker's sessions as iCalendar, in this language.",
        ),
    ]

    # For the benchmark's REST API (bench/urls.py): what the schedule shows of a speaker.
    api_fields = [APIField("position"), APIField("photo"), APIField("organisation")]

    class Meta:
        verbose_name = "speaker"

    def get_ical_url(self, info=None, **kwargs):
        from sessions.exports.urls import export_url

        return export_url(info.context, "speaker-ical", self.pk)

    @property
    def full_name_with_honorific(self):
        return f"{self.honorific} {self.title}".strip()


class SpeakerLink(Orderable):
    speaker = ParentalKey(SpeakerPage, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(max_length=128)
    url = models.URLField()

    panels = [FieldPanel("label"), FieldPanel("url")]
    graphql_fields = [GraphQLString("label"), GraphQLString("url")]
