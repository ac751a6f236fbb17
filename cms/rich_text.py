"""Rich text as readers get it: links and embeds only to what they may see.

Wagtail's handlers turn `<a linktype="page" id="42">` into a link to page 42 whatever
its state, and a document link or an image embed into the file's URL whatever its
collection. A public page's rich text would then carry the slug of an embargoed press
release or the file name (and a rendition) of an image in a private collection. These
handlers keep the link text and drop the target instead: `<a>` like Wagtail's own
answer for a deleted page, `<img alt="">` for an image. Editors see no difference in
the admin (the editor converts rich text with its own rules, not these handlers).

Registered in cms/wagtail_hooks.py, after Wagtail's own handlers of the same names.
"""

from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.images.formats import get_image_format
from wagtail.images.rich_text import ImageEmbedHandler
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from media.privacy import is_public_media, private_collection_ids


class PublicPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = cls.get_many(attrs_list)
        ids = [page.pk for page in pages if page is not None]
        public = set(Page.objects.filter(pk__in=ids).live().public().values_list("pk", flat=True)) if ids else set()
        return [f'<a href="{escape(page.localized.url)}">' if page and page.pk in public else "<a>" for page in pages]


class PublicDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        documents = cls.get_many(attrs_list)
        private_ids = private_collection_ids() if any(documents) else frozenset()
        return [
            f'<a href="{escape(document.url)}">' if document and is_public_media(document, private_ids) else "<a>"
            for document in documents
        ]


class PublicImageEmbedHandler(ImageEmbedHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        images = cls.get_many(attrs_list)
        private_ids = private_collection_ids() if any(images) else frozenset()
        tags = []
        for attrs, image in zip(attrs_list, images, strict=True):
            if image and is_public_media(image, private_ids):
                # Only now is a rendition made: never for a private image.
                tags.append(get_image_format(attrs["format"]).image_to_html(image, attrs.get("alt", "")))
            else:
                tags.append('<img alt="">')
        return tags
