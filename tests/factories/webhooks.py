import factory
from factory.django import DjangoModelFactory

from webhooks.models import WebhookEndpoint


class WebhookEndpointFactory(DjangoModelFactory):
    """`url` is the test's receiver: there is no sensible default to send to."""

    name = factory.Sequence(lambda n: f"Web site revalidation {n}")

    class Meta:
        model = WebhookEndpoint
