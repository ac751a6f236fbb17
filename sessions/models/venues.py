"""Where sessions happen: a venue (Kokhi Somon, the National Museum...) and its rooms."""

from django.db import models
from grapple.models import GraphQLString
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.snippets.models import register_snippet

from cms.api.fields import related_list


@register_snippet
class Venue(ClusterableModel):
    name = models.CharField(max_length=255)
    address = models.CharField(max_length=255, blank=True)
    city = models.CharField(max_length=128, blank=True)
    country = models.CharField(max_length=128, blank=True)
    map_url = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("city"),
        FieldPanel("country"),
        FieldPanel("map_url"),
        InlinePanel("rooms", label="Rooms"),
    ]
    graphql_fields = [
        GraphQLString("name"),
        GraphQLString("address"),
        GraphQLString("city"),
        GraphQLString("country"),
        GraphQLString("map_url"),
        related_list("rooms", "programme.Room"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Room(Orderable):
    venue = ParentalKey(Venue, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(max_length=255)

    panels = [FieldPanel("name")]
    graphql_fields = [GraphQLString("name")]
    api_fields = [APIField("name")]  # for the benchmark's REST API (sessions' rooms)

    def __str__(self):
        return f"{self.venue.name}: {self.name}"
