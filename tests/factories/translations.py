import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from translations.roles import TRANSLATORS_GROUP


class UserFactory(DjangoModelFactory):
    """A Wagtail user; `groups=["Moderators"]` puts them in groups by name."""

    username = factory.Sequence(lambda n: f"user-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*Group.objects.filter(name__in=extracted))


class TranslatorFactory(UserFactory):
    """A Wagtail user in the "Translators" group (made by translations migration 0003).

    `languages=["ru"]` also puts them in "Translators (ru)": a translator of Russian only.
    """

    username = factory.Sequence(lambda n: f"translator-{n}")

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))

    @factory.post_generation
    def languages(user, create, extracted, **kwargs):
        if create and extracted:
            for code in extracted:
                user.groups.add(Group.objects.get_or_create(name=f"Translators ({code})")[0])
