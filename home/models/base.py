"""The abstract page every content page type builds on, and how editors preview drafts."""

from django.conf import settings
from django.utils import translation
from django.utils.http import urlencode
from wagtail.models import Page
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.languages import default_language, language_codes
from translations.page_permissions import StructuralPermissionsMixin

PREVIEW_CLIENT_LABELS = {"web": "Web site", "mobile": "Mobile app"}


class FrontendPreviewMixin(HeadlessPreviewMixin):
    """Wagtail's preview opens the draft on the frontend (WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]).

    wagtail-headless-preview stores the draft as a PagePreview and sends the editor
    to `<client url>?content_type=...&token=...`; the frontend reads it back with
    the `preview(token:)` root field. All languages are edited in one form, so the
    URL also names the language the editor works in (the active admin language)
    for the frontend to pass on as `preview(language:)`.

    The admin offers one preview mode per frontend client (settings.CMS_PREVIEW_CLIENTS)
    and language, "web:ru" for the web site in Russian (the default mode: the first
    client in the default language). Outside a preview mode, the URL carries the admin's
    language.
    """

    @property
    def preview_modes(self):
        names = dict(settings.LANGUAGES)
        return [
            (f"{client}:{code}", f"{PREVIEW_CLIENT_LABELS.get(client, client.title())} – {names[code]}")
            for client in settings.CMS_PREVIEW_CLIENTS
            for code in language_codes()
        ]

    @property
    def default_preview_mode(self):
        return self.preview_modes[0][0]

    def serve_preview(self, request, preview_mode):
        client, _, language = (preview_mode or "").partition(":")
        # Kept on this instance (one per preview request) for get_preview_url below.
        self._preview_client = client if client in settings.CMS_PREVIEW_CLIENTS else None
        self._preview_language = language if language in language_codes() else None
        return super().serve_preview(request, preview_mode)

    def get_client_root_url(self, request):
        client = getattr(self, "_preview_client", None)
        if client is None:
            return super().get_client_root_url(request)
        return settings.CMS_PREVIEW_CLIENTS[client].rstrip("/") + "/"

    def get_preview_url(self, request, token):
        language = getattr(self, "_preview_language", None) or translation.get_language()
        if language not in language_codes():
            language = default_language()
        return f"{super().get_preview_url(request, token)}&{urlencode({'language': language})}"


class ContentPage(StructuralPermissionsMixin, FrontendPreviewMixin, Page):
    """A page of the headless site.

    Frontends read pages over GraphQL; the HTML template only gives editors and
    developers a plain rendering when they open a page on the CMS host itself.
    (HeadlessServeMixin's redirect to the frontend is not used for that reason.)
    Who may delete, move or copy it: translations/page_permissions.py.
    """

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Wagtail gives every subclass its own "app/model.html" default, so the
        # shared template is chosen here rather than through `template`.
        return "page.html"
