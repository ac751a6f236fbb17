"""Which images and documents readers may see: those outside private collections.

An editor makes media private the Wagtail way, with a privacy setting on a collection
(CollectionViewRestriction, by password, login or group). Wagtail's document view
enforces it for the file; everything that hands out an image or a document by other
roads — the API, a public page's rich text — asks here, so a private photo or an
embargoed annex never reaches a reader through a public page that refers to it.
A restriction covers the collection and every collection below it, as in Wagtail.
"""

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction


def private_collection_ids():
    """The ids of the restricted collections and of all their descendants (at most two queries)."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return frozenset()
    below_any = Q()
    for path in paths:
        below_any |= Q(path__startswith=path)
    return frozenset(Collection.objects.filter(below_any).values_list("pk", flat=True))


def is_public_media(item, private_ids=None):
    """True when `item` (an image or a document) is in no private collection."""
    if private_ids is None:
        private_ids = private_collection_ids()
    return item.collection_id not in private_ids
