"""Contact details shown in every frontend's footer and on the contact page."""

from django.db import models
from grapple.models import GraphQLStreamfield, GraphQLString
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

SOCIAL_PLATFORMS = [
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("telegram", "Telegram"),
    ("x", "X"),
    ("youtube", "YouTube"),
    ("website", "Web site"),
]


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock()


@register_setting(icon="site")
class SiteContacts(BaseSiteSetting):
    organisation_name = models.CharField(max_length=255, blank=True)
    address = models.CharField(max_length=255, blank=True)
    phone = models.CharField(max_length=64, blank=True, help_text="International format, e.g. +992 (37) 227-68-43")
    email = models.EmailField(blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("social_links"),
    ]

    graphql_fields = [
        GraphQLString("organisation_name"),
        GraphQLString("address"),
        GraphQLString("phone"),
        GraphQLString("email"),
        GraphQLStreamfield("social_links"),
    ]

    class Meta:
        verbose_name = "Contact details"
