import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from home.models import ContactPage, HomePage, Organisation, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dushanbe Process {n}")

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About the Dushanbe Process {n}")

    class Meta:
        model = StandardPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Contact {n}")

    class Meta:
        model = ContactPage


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"United Nations Office of Counter-Terrorism {n}")
    acronym = "UNOCT"

    class Meta:
        model = Organisation
