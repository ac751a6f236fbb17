"""Wagtail hooks of the project as a whole (each app registers its own in its wagtail_hooks.py)."""

from wagtail import hooks

from cms.rich_text import PublicDocumentLinkHandler, PublicImageEmbedHandler, PublicPageLinkHandler


# order: after Wagtail's own registrations of "page", "document" and "image" (order 0),
# which these replace (the registry keeps the last handler of each name).
@hooks.register("register_rich_text_features", order=100)
def register_public_rich_text_handlers(features):
    features.register_link_type(PublicPageLinkHandler)
    features.register_link_type(PublicDocumentLinkHandler)
    features.register_embed_type(PublicImageEmbedHandler)
