"""The abstract page every content page type builds on, and how editors preview drafts."""

from django.utils import translation
from django.utils.http import urlencode
from wagtail.models import Page
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.languages import default_language, language_codes


class FrontendPreviewMixin(HeadlessPreviewMixin):
    """Wagtail's preview opens the draft on the frontend (WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]).

    wagtail-headless-preview stores the draft as a PagePreview and sends the editor
    to `<client url>?content_type=...&token=...`; the frontend reads it back with
    the `preview(token:)` root field. All languages are edited in one form, so the
    URL also names the language the editor works in (the active admin language)
    for the frontend to pass on as `preview(language:)`.
    """

    def get_preview_url(self, request, token):
        language = translation.get_language()
        if language not in language_codes():
            language = default_language()
        return f"{super().get_preview_url(request, token)}&{urlencode({'language': language})}"


class ContentPage(FrontendPreviewMixin, Page):
    """A page of the headless site.

    Frontends read pages over GraphQL; the HTML template only gives editors and
    developers a plain rendering when they open a page on the CMS host itself.
    (HeadlessServeMixin's redirect to the frontend is not used for that reason.)
    """

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Wagtail gives every subclass its own "app/model.html" default, so the
        # shared template is chosen here rather than through `template`.
        return "page.html"
