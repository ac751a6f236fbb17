"""News articles and press releases, each under a news index page.

A press release is a news item with obligations of its own: a release date and
time (often under embargo, i.e. scheduled publishing), a dateline, the
co-organisers it speaks for and the media contacts journalists call.
"""

import graphene
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from grapple.models import (
    GraphQLField,
    GraphQLPage,
    GraphQLRichText,
    GraphQLSnippet,
    GraphQLStreamfield,
    GraphQLString,
    GraphQLTag,
)
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.api.fields import related_list
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.models.base import ContentPage
from media.api import document_field, image_field


class NewsIndexPage(ContentPage):
    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.PressReleasePage"]

    content_panels = ContentPage.content_panels + [FieldPanel("intro")]
    graphql_fields = [
        GraphQLRichText("intro"),
        GraphQLString(
            "rss_url",
            source="get_rss_url",
            required=True,
            description="Absolute URL of the RSS 2.0 feed of this index (news or press releases), served language.",
        ),
        GraphQLString(
            "atom_url",
            source="get_atom_url",
            required=True,
            description="Absolute URL of the Atom feed of this index (news or press releases), served language.",
        ),
    ]

    class Meta:
        verbose_name = "news index"

    def feed_name(self):
        """ "press-releases" for an index that holds press releases and no news, "news" otherwise.

        News and press releases may share one index type; what an index holds decides
        which of the two feeds belongs to it (one query).
        """
        kinds = set(Page.objects.child_of(self).live().public().values_list("content_type", flat=True).distinct())
        releases = ContentType.objects.get_for_model(PressReleasePage).pk
        return "press-releases" if kinds == {releases} else "news"

    def get_rss_url(self, info=None, **kwargs):
        from .feeds import feed_url

        return feed_url(info.context if info else None, self.feed_name(), "rss")

    def get_atom_url(self, info=None, **kwargs):
        from .feeds import feed_url

        return feed_url(info.context if info else None, self.feed_name(), "atom")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(ContentPage):
    date = models.DateField()
    dateline = models.CharField(max_length=128, blank=True, help_text="e.g. DUSHANBE, Tajikistan")
    summary = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)
    image = models.ForeignKey("media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True)
    related_event = models.ForeignKey(
        "programme.EventPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="news"
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("dateline")], heading="Date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("related_event"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    graphql_fields = [
        GraphQLField("date", graphene.Date),
        GraphQLString("dateline"),
        GraphQLString("summary"),
        GraphQLStreamfield("body"),
        image_field("image"),
        GraphQLTag("tags"),
        GraphQLPage("related_event"),
    ]

    class Meta:
        verbose_name = "news article"
        ordering = ["-date"]


class PressReleasePage(ContentPage):
    release_at = models.DateTimeField(
        help_text="The date and time printed on the release. To embargo it, schedule publishing "
        "for this moment in the page settings (“Go-live date”)."
    )
    dateline = models.CharField(max_length=128, blank=True, help_text="e.g. DUSHANBE/NEW YORK/VIENNA")
    summary = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)
    related_event = models.ForeignKey(
        "programme.EventPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="press_releases"
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel([FieldPanel("release_at"), FieldPanel("dateline")], heading="Release"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("related_event"),
        InlinePanel("co_organisers", label="Co-organisers"),
        InlinePanel("media_contacts", label="Media contacts"),
        InlinePanel("attachments", label="Attachments"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("release_at"),
    ]
    graphql_fields = [
        GraphQLField("release_at", graphene.DateTime, source="local_release_at"),
        GraphQLString("dateline"),
        GraphQLString("summary"),
        GraphQLStreamfield("body"),
        GraphQLPage("related_event"),
        related_list("co_organisers", "news.PressReleaseCoOrganiser"),
        related_list("media_contacts", "news.MediaContact"),
        related_list("attachments", "news.PressReleaseAttachment"),
    ]

    class Meta:
        verbose_name = "press release"
        ordering = ["-release_at"]

    @property
    def local_release_at(self):
        """The release time as printed on it: in the site's time zone (Dushanbe), with its offset."""
        return timezone.localtime(self.release_at) if self.release_at else None


class PressReleaseCoOrganiser(Orderable):
    press_release = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="co_organisers")
    organisation = models.ForeignKey("home.Organisation", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("organisation")]
    graphql_fields = [GraphQLSnippet("organisation", "home.Organisation")]


class MediaContact(Orderable):
    """Who journalists contact about a release: "Mr. Sahobiddin Sadriddinzod, MFA of Tajikistan"."""

    press_release = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="media_contacts")
    honorific = models.CharField(max_length=32, blank=True)
    name = models.CharField(max_length=255)
    role = models.CharField(max_length=255, blank=True, help_text="e.g. Public Information")
    organisation = models.ForeignKey(
        "home.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    email = models.EmailField(blank=True)
    secondary_email = models.EmailField(blank=True)
    phone = models.CharField(max_length=64, blank=True)

    panels = [
        FieldPanel("honorific"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("secondary_email"),
        FieldPanel("phone"),
    ]
    graphql_fields = [
        GraphQLString("honorific"),
        GraphQLString("name"),
        GraphQLString("role"),
        GraphQLSnippet("organisation", "home.Organisation"),
        GraphQLString("email"),
        GraphQLString("secondary_email"),
        GraphQLString("phone"),
    ]


class PressReleaseAttachment(Orderable):
    press_release = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("media.CustomDocument", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("document")]
    graphql_fields = [document_field("document")]
