import factory
import wagtail_factories

from people.models import SpeakerIndexPage, SpeakerPage


class SpeakerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Speakers"

    class Meta:
        model = SpeakerIndexPage


class SpeakerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Vladimir Voronkov {n}")
    honorific = "H.E."
    position = "Under-Secretary-General, United Nations Office of Counter-Terrorism"

    class Meta:
        model = SpeakerPage
