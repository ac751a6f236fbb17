"""Serving documents: a private one is served by the view, never redirected to its storage URL."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from wagtail import hooks
from wagtail.documents.models import document_served

from media.privacy import is_public_media


# order: after Wagtail's check_view_restrictions (order 0), which has already answered a
# reader without the password or the login: whoever reaches this hook may read the file.
@hooks.register("before_serve_document", order=100)
def stream_private_documents(document, request):
    """With WAGTAILDOCS_SERVE_METHOD = "redirect" (production, S3), serve a private document's bytes instead.

    The redirect would hand the reader the object's storage URL, unsigned and permanent
    (cms/object_storage.py): a link that opens the file for anyone it is passed to, with no
    sign-in. Public documents keep the redirect; a private one costs a response from this process.
    """
    if getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None) != "redirect" or is_public_media(document):
        return None
    document_served.send(sender=type(document), instance=document, request=request)
    # A plain HttpResponse: Wagtail takes a hook's answer only if it is one (a streaming
    # FileResponse is not). Documents are office files and PDFs, read once into memory.
    with document.file.open("rb") as file:
        response = HttpResponse(file.read(), content_type=document.content_type)
    response["Content-Disposition"] = document.content_disposition
    # Only for this reader: no shared cache (CDN, proxy) may keep it for the next one.
    patch_cache_control(response, private=True)
    return response
