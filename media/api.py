"""GraphQL types for the media library: `Image` and `Document`, and the field helpers models declare them with.

They replace grapple's image and document types, which expose the collection,
tags, file hash and upload date, and resize an image to any filter string a
client sends. Here a reader gets the file, its translated texts and renditions
from the allow-list in settings.CMS_IMAGE_RENDITIONS only, so every rendition
that exists is one a frontend was meant to ask for, and none can be made on demand
by a stranger sending a thousand widths.

A model declares its images and documents with `image_field` / `document_field`:

    graphql_fields = [image_field("hero_image"), document_field("document")]
"""

import logging

import graphene
from django.conf import settings
from graphql import GraphQLError
from grapple.models import GraphQLField

from cms.api.languages import Language, enum_value
from cms.languages import language_codes
from media.decoding import DECODING_ERRORS

logger = logging.getLogger(__name__)


class ImageFormat(graphene.Enum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"


def rendition_policy():
    return settings.CMS_IMAGE_RENDITIONS


def _not_allowed(message):
    return GraphQLError(message, extensions={"code": "RENDITION_NOT_ALLOWED"})


def _unreadable(image, error):
    # The decoder's own words ("Image size (900000000 pixels) exceeds limit...") are for the
    # log, where an operator can find the file; a reader gets a stable code and the image id.
    logger.warning("Image %s (%s) cannot be resized: %s", image.pk, image.file.name, error)
    return GraphQLError(
        f"Image {image.pk} cannot be resized: its file is missing, damaged or not an image that can be read.",
        extensions={"code": "IMAGE_UNREADABLE"},
    )


def allowed_format(image_format=None):
    """The format code for a `format` argument (the default when omitted), or a clear error."""
    code = enum_value(image_format) or rendition_policy()["DEFAULT_FORMAT"]
    allowed = rendition_policy()["FORMATS"]
    if code not in allowed:
        raise _not_allowed(f"Format {code} is not allowed; allowed formats: {', '.join(allowed)}.")
    return code


def allowed_width(width):
    allowed = rendition_policy()["WIDTHS"]
    if width not in allowed:
        raise _not_allowed(f"Width {width} is not allowed; allowed widths: {', '.join(map(str, allowed))}.")
    return width


def filter_spec(width, image_format):
    """The Wagtail filter spec of one allow-listed rendition, e.g. `width-640|format-webp`."""
    return f"width-{width}|format-{image_format}"


def srcset_widths(image):
    """The allow-listed widths not wider than the original; the smallest one when all are."""
    widths = sorted(rendition_policy()["WIDTHS"])
    return [width for width in widths if width <= image.width] or widths[:1]


def rendition_filter_specs(image_format=None):
    """Every allow-listed spec in one format, for selectors to prefetch (`.prefetch_renditions(*specs)`).

    An image whose renditions were prefetched answers `rendition` and `srcSet`
    without a query, so a list of pages with images stays at a fixed query count.
    """
    code = allowed_format(image_format)
    return [filter_spec(width, code) for width in rendition_policy()["WIDTHS"]]


def allow_listed_filter_specs():
    """Every rendition the API can ever make: each allow-listed width in each allowed format.

    `generate_renditions` makes exactly these ahead of time, so no reader waits for one.
    """
    policy = rendition_policy()
    return [filter_spec(width, code) for code in policy["FORMATS"] for width in policy["WIDTHS"]]


class ImageRendition(graphene.ObjectType):
    url = graphene.String(required=True)
    width = graphene.Int(required=True, description="The real width: an image is never enlarged.")
    height = graphene.Int(required=True)
    format = graphene.Field(ImageFormat, required=True)


def _widths_text():
    return ", ".join(map(str, rendition_policy()["WIDTHS"]))


class ImageType(graphene.ObjectType):
    id = graphene.ID(required=True)
    url = graphene.String(required=True, description="The original file, e.g. /media/original_images/hall.jpg.")
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)
    alt = graphene.String(
        required=True, description="Alt text in the language served (English if not translated); empty if decorative."
    )
    caption = graphene.String(required=True)
    credit = graphene.String(required=True, description="Photographer or copyright holder.")
    rendition = graphene.Field(
        ImageRendition,
        width=graphene.Int(required=True, description=f"One of {_widths_text()}."),
        format=graphene.Argument(ImageFormat, description="Default: DEFAULT_FORMAT of CMS_IMAGE_RENDITIONS."),
        description="A resized copy; only allow-listed widths and formats.",
    )
    src_set = graphene.String(
        required=True,
        format=graphene.Argument(ImageFormat, description="Default: DEFAULT_FORMAT of CMS_IMAGE_RENDITIONS."),
        description=f"An HTML srcset over the widths {_widths_text()} that are not wider than the original.",
    )

    class Meta:
        name = "Image"
        description = "An image of the media library, with translated texts and allow-listed renditions."

    def resolve_url(image, info):
        return image.file.url

    def resolve_alt(image, info):
        return image.alt_text or ""

    def resolve_caption(image, info):
        return image.caption or ""

    def resolve_credit(image, info):
        return image.credit or ""

    def resolve_rendition(image, info, width, format=None):
        code = allowed_format(format)
        spec = filter_spec(allowed_width(width), code)
        try:
            rendition = image.get_rendition(spec)
        except DECODING_ERRORS as error:  # a file broken in storage: no rendition is stored
            raise _unreadable(image, error) from None
        return ImageRendition(url=rendition.url, width=rendition.width, height=rendition.height, format=code)

    def resolve_src_set(image, info, format=None):
        code = allowed_format(format)
        # One batched call: prefetched, cached or missing, the renditions are found
        # or created together, so the query count does not grow with the widths.
        try:
            renditions = image.get_renditions(*(filter_spec(width, code) for width in srcset_widths(image)))
        except DECODING_ERRORS as error:
            raise _unreadable(image, error) from None
        return ", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions.values())


class DocumentType(graphene.ObjectType):
    id = graphene.ID(required=True)
    title = graphene.String(required=True, description="In the language served (English if not translated).")
    url = graphene.String(required=True, description="The download address, e.g. /documents/12/declaration.pdf.")
    language = graphene.Field(Language, description="The language the file is written in; null for files without text.")
    file_size = graphene.Int(description="In bytes; null when not yet known.")
    file_extension = graphene.String(required=True, description="E.g. pdf.")

    class Meta:
        name = "Document"
        description = "A file of the media library, such as an outcome document."

    def resolve_title(document, info):
        return document.title or ""

    def resolve_language(document, info):
        # A language removed from settings is no longer in the enum: say "unknown", not fail.
        return document.language if document.language in language_codes() else None

    def resolve_file_size(document, info):
        # The stored size only: Document.get_file_size() would write to the database on a read.
        return document.file_size


def image_field(field_name, **kwargs):
    """A model's image (a foreign key to CustomImage) as our `Image` type; grapple's field options apply."""

    def Mixin():  # noqa: N802 - grapple's convention for field factories
        return GraphQLField(field_name, ImageType, **kwargs)

    return Mixin


def document_field(field_name, **kwargs):
    """A model's document (a foreign key to CustomDocument) as our `Document` type."""

    def Mixin():  # noqa: N802 - grapple's convention for field factories
        return GraphQLField(field_name, DocumentType, **kwargs)

    return Mixin
