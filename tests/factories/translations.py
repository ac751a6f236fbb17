import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory


class TranslatorFactory(DjangoModelFactory):
    """A Wagtail user who translates (roles and permissions come with a later issue)."""

    username = factory.Sequence(lambda n: f"translator-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")

    class Meta:
        model = get_user_model()
