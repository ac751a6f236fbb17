"""Which images and documents readers may see: those outside private collections.

An editor makes media private the Wagtail way, with a privacy setting on a collection
(CollectionViewRestriction, by password, login or group). Wagtail's document view
enforces it for the file; everything that hands out an image or a document by other
roads — the API, a public page's rich text — asks here, so a private photo or an
embargoed annex never reaches a reader through a public page that refers to it.
A restriction covers the collection and every collection below it, as in Wagtail.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
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


def without_private_media(queryset, media_field):
    """`queryset` without the rows whose `media_field` (an image or document) is in a private collection.

    One subquery in the same statement, for selectors that prefetch documents or images:
    a restriction on the item's collection or on any collection above it (whose path
    begins the item's collection path) takes the row out.
    """
    restricted_above = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef(f"{media_field}__collection__path"), 1, Length("collection__path"))
    )
    return queryset.exclude(Exists(restricted_above))
