"""The contact page: a form whose submissions are stored in the CMS and e-mailed."""

from django.db import models
from grapple.models import GraphQLRichText, GraphQLString
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField

from cms.api.fields import related_list
from home.blocks import RICH_TEXT_FEATURES
from translations.page_permissions import StructuralPermissionsMixin

from .base import FrontendPreviewMixin


class ContactFormField(AbstractFormField):
    page = ParentalKey("home.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    graphql_fields = [
        GraphQLString("clean_name"),
        GraphQLString("label"),
        GraphQLString("field_type"),
        GraphQLString("help_text"),
        GraphQLString("choices"),
    ]


class ContactPage(StructuralPermissionsMixin, FrontendPreviewMixin, AbstractEmailForm):
    """Not a ContentPage (the form machinery has its own base), but previewed and permitted the same way."""

    template = "page.html"
    landing_page_template = "page.html"

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="E-mail sent for each submission",
        ),
    ]
    graphql_fields = [
        GraphQLRichText("intro"),
        GraphQLRichText("thank_you_text"),
        related_list("form_fields", "home.ContactFormField"),
    ]
