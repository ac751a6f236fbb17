"""The abstract page every content page type builds on."""

from wagtail.models import Page


class ContentPage(Page):
    """A page of the headless site.

    Frontends read pages over GraphQL; the HTML template only gives editors and
    developers a plain rendering when they open a page on the CMS host itself.
    """

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Wagtail gives every subclass its own "app/model.html" default, so the
        # shared template is chosen here rather than through `template`.
        return "page.html"
