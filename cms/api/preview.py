"""`preview(token:)`: the only way to read a draft, for editors previewing on a frontend.

Wagtail's preview button (FrontendPreviewMixin in home/models/base.py, built on
wagtail-headless-preview) stores the edited page as a PagePreview row and sends
the editor to the frontend with its token. The frontend passes the token here and
gets that page as the editor left it, and nothing else: related pages inside it
are still hidden unless they are public (see cms/api/visibility.py).

A token is refused when it is unknown, not signed by this site, or older than
CMS_PREVIEW_TOKEN_TTL seconds, and every refusal reads the same so that it tells
nothing about which tokens exist.
"""

import datetime

import graphene
from django.conf import settings
from django.core.signing import BadSignature
from django.utils import timezone
from graphql import GraphQLError
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

from .languages import Language
from .pages import PageInterface
from .visibility import allow_draft_root

ERROR_CODE = "PREVIEW_TOKEN_INVALID"


class PreviewTokenInvalid(GraphQLError):
    def __init__(self):
        super().__init__("Preview token is invalid or has expired.", extensions={"code": ERROR_CODE})


def _is_expired(page_preview, ttl):
    # PagePreview.created_at is only a date (the local date it was saved): a row is
    # certainly expired once even the end of that day is more than `ttl` ago. The
    # token's own timestamp gives the age to the second.
    oldest_valid_day = (timezone.localtime() - datetime.timedelta(seconds=ttl)).date()
    return page_preview.created_at < oldest_valid_day


def previewed_page(token):
    """The draft page stored under a valid, unexpired preview token; raises PreviewTokenInvalid otherwise.

    Expired rows are deleted as they are found.
    """
    ttl = settings.CMS_PREVIEW_TOKEN_TTL
    page_preview = PagePreview.objects.filter(token=token).first()
    if page_preview is None:
        raise PreviewTokenInvalid()
    try:
        # The package signs every token with a timestamp (TimestampSigner).
        HeadlessPreviewMixin.get_preview_signer().unsign(token, max_age=ttl)
        expired = _is_expired(page_preview, ttl)
    except BadSignature:  # includes SignatureExpired
        expired = True
    if expired:
        page_preview.delete()
        raise PreviewTokenInvalid()
    return page_preview.as_page()


class PreviewQueries(graphene.ObjectType):
    preview = graphene.Field(
        PageInterface,
        token=graphene.String(required=True, description="The token of the frontend's preview URL."),
        language=Language(),
        description=(
            "The draft an editor is previewing, as saved when the preview was opened. Only a valid, "
            "unexpired token reads it; otherwise an error with code PREVIEW_TOKEN_INVALID."
        ),
    )

    def resolve_preview(root, info, token):
        page = previewed_page(token)
        allow_draft_root(info)
        return page
