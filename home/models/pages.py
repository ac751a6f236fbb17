"""The site root and free-form pages."""

from django.db import models
from grapple.models import GraphQLRichText, GraphQLStreamfield, GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from media.api import image_field

from .base import ContentPage


class HomePage(ContentPage):
    hero_title = models.CharField(max_length=255, blank=True)
    hero_subtitle = models.CharField(max_length=500, blank=True)
    hero_image = models.ForeignKey(
        "media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "programme.EventPage",
        "people.SpeakerIndexPage",
        "news.NewsIndexPage",
        "home.StandardPage",
        "home.ContactPage",
    ]
    max_count = 1

    content_panels = ContentPage.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_subtitle"),
        FieldPanel("hero_image"),
        FieldPanel("intro"),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("intro")]
    graphql_fields = [
        GraphQLString("hero_title"),
        GraphQLString("hero_subtitle"),
        image_field("hero_image"),
        GraphQLRichText("intro"),
    ]


class StandardPage(ContentPage):
    """A free-form page such as "About the Dushanbe Process"."""

    summary = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = ContentPage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    graphql_fields = [GraphQLString("summary"), GraphQLStreamfield("body")]
