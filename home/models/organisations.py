"""Organisations: hosts, co-organisers and partners of events, employers of speakers."""

from django.db import models
from grapple.models import GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from media.api import image_field


@register_snippet
class Organisation(index.Indexed, models.Model):
    name = models.CharField(max_length=255, help_text="Full name, e.g. United Nations Office of Counter-Terrorism.")
    acronym = models.CharField(max_length=32, blank=True, help_text="e.g. UNOCT")
    logo = models.ForeignKey("media.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    website = models.URLField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("logo"), FieldPanel("website")]
    graphql_fields = [
        GraphQLString("name"),
        GraphQLString("acronym"),
        image_field("logo"),
        GraphQLString("website"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("acronym"), index.AutocompleteField("name")]
    api_fields = [APIField("name")]  # for the benchmark's REST API (speakers' organisations)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name
