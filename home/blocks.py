"""Blocks shared by every page type: one body block and one key-issues block.

Kept in one place so that the admin, the GraphQL types and the translation tools
see the same structure everywhere.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Formatting editors may use in reader-facing rich text. Short on purpose: the
# frontends render it on the web and in the mobile app alike.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
INLINE_RICH_TEXT_FEATURES = ["bold", "italic", "link"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"


class BodyBlock(blocks.StreamBlock):
    """The body of events, news, press releases and standard pages."""

    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentChooserBlock()


class KeyIssuesBlock(blocks.StreamBlock):
    """The ordered "Key issues to be addressed" of a session, one rich-text item each."""

    key_issue = blocks.RichTextBlock(features=INLINE_RICH_TEXT_FEATURES, label="Key issue")
