"""The abstract page every content page type builds on."""

from wagtail.models import Page


class ContentPage(Page):
    """A page of the headless site.

    Frontends read pages over GraphQL; the HTML template only gives editors and
    developers a plain rendering when they open a page on the CMS host itself.
    """

    template = "page.html"

    class Meta:
        abstract = True
