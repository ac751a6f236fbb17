"""The contact form over GraphQL: `submitContactForm`, whose refusals are data, never exceptions."""

import graphene
from django.utils import translation
from wagtail.rich_text import expand_db_html

from cms.api.languages import Language, enum_value
from cms.client_address import client_address
from home.contact import ContactFormErrorCode, ContactFormRejected, submit_contact_form

ContactFormErrorCodeEnum = graphene.Enum.from_enum(
    ContactFormErrorCode, description="Why a contact form submission was refused."
)


class ContactFieldValue(graphene.InputObjectType):
    name = graphene.String(required=True, description="The form field's cleanName, e.g. email.")
    value = graphene.String(required=True, description="Repeat the name for each choice of a multiple-choice field.")


class ContactFormInput(graphene.InputObjectType):
    page = graphene.ID(description="The ContactPage's id; the first contact page when omitted.")
    fields = graphene.List(graphene.NonNull(ContactFieldValue), required=True)
    website = graphene.String(description="Leave empty. A hidden field for bots: a value refuses the submission.")


class ContactFormError(graphene.ObjectType):
    field = graphene.String(description="The form field's cleanName, `page`, or null for the whole submission.")
    message = graphene.String(required=True, description="In the language of the request.")
    code = graphene.Field(ContactFormErrorCodeEnum, required=True)


class ContactSubmission(graphene.ObjectType):
    id = graphene.ID(required=True)
    submitted_at = graphene.DateTime(required=True)
    thank_you_text = graphene.String(description="The page's thank-you message as HTML; null when it has none.")


class SubmitContactFormPayload(graphene.ObjectType):
    submission = graphene.Field(ContactSubmission, description="The stored submission; null when there are errors.")
    errors = graphene.List(graphene.NonNull(ContactFormError), required=True)


def _submission_type(submission):
    page = submission.page  # the ContactPage the service stored it on, already loaded
    return ContactSubmission(
        id=submission.pk,
        submitted_at=submission.submit_time,
        thank_you_text=expand_db_html(page.thank_you_text) if page.thank_you_text else None,
    )


class ContactMutations(graphene.ObjectType):
    submit_contact_form = graphene.Field(
        SubmitContactFormPayload,
        required=True,
        input=ContactFormInput(required=True),
        language=Language(),
        description=(
            "Send the contact form. The submission is stored even when e-mailing it fails; "
            "refusals come back in `errors` and store nothing."
        ),
    )

    def resolve_submit_contact_form(root, info, input, language=None):
        """Validate with the page's own form, store, e-mail; messages and thank-you text in the request's language."""
        # On /graphql/ the language middleware has already taken `language` and
        # activated the request's language; elsewhere (a bare schema) it arrives here.
        with translation.override(enum_value(language) or translation.get_language()):
            try:
                submission = submit_contact_form(
                    values=[(field.name, field.value) for field in input.fields],
                    page_id=input.get("page"),
                    honeypot=input.get("website"),
                    ip=client_address(info.context),
                )
            except ContactFormRejected as rejected:
                return SubmitContactFormPayload(
                    submission=None,
                    errors=[ContactFormError(field=e.field, message=e.message, code=e.code) for e in rejected.errors],
                )
            return SubmitContactFormPayload(submission=_submission_type(submission), errors=[])
