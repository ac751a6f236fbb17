import factory
import wagtail_factories
from wagtail.models import Collection

from media.models import CustomDocument, CustomImage


def _root_collection():
    # wagtail_factories would add a new root collection per file; the library has one root.
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Plenary hall {n}")
    collection = factory.LazyFunction(_root_collection)

    class Meta:
        model = CustomImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Dushanbe Declaration {n}")
    collection = factory.LazyFunction(_root_collection)

    class Meta:
        model = CustomDocument
