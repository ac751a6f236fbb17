"""Submitting the contact form: check, store, then e-mail.

The page's own Django form (what wagtail.contrib.forms builds from the editor's
form fields) decides what is required and what is valid, so the API accepts
exactly what the form on the site would. A submission is stored before it is
e-mailed, and a failing mail server never loses it.
"""

import enum
import logging
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext

from cms.counters import increment

from .models import ContactPage

logger = logging.getLogger("home.contact")


class ContactFormErrorCode(enum.Enum):
    REQUIRED = "required"
    INVALID = "invalid"
    UNKNOWN_FIELD = "unknown_field"
    NOT_FOUND = "not_found"
    RATE_LIMITED = "rate_limited"
    SPAM = "spam"


@dataclass(frozen=True)
class ContactFormError:
    """One reason a submission was refused; `field` is a form field's clean_name, "page", or None."""

    field: str | None
    message: str
    code: ContactFormErrorCode


class ContactFormRejected(Exception):
    """Nothing was stored or sent; `errors` says why."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def contact_page(page_id=None):
    """The public, live ContactPage with this id, or the first one in the page tree; None if there is none."""
    pages = ContactPage.objects.live().public()
    if page_id is None:
        return pages.order_by("path").first()
    try:
        pk = int(str(page_id).strip())
    except ValueError:
        return None
    # Page ids are 32-bit AutoField values; SQLite would overflow on a larger number.
    if not 0 < pk < 2**31:
        return None
    return pages.filter(pk=pk).first()


def _count_attempt(ip):
    """Count one attempt from `ip` in the current window; False when it is over the limit.

    A fixed window that starts with the first attempt (cms/counters.py).
    """
    attempts = increment(cache, f"home.contact:attempts:{ip}", 1, settings.CONTACT_FORM_RATE_WINDOW)
    return attempts <= settings.CONTACT_FORM_RATE_LIMIT


def _form_errors(page, values):
    """Validate with the page's own form; returns (bound form, errors)."""
    data = MultiValueDict()
    for name, value in values:
        data.appendlist(name, value)
    form = page.get_form(data, page=page, user=None)

    errors = []
    for name in data:
        if name not in form.fields:
            message = gettext("This form has no field called “%(name)s”.") % {"name": name}
            errors.append(ContactFormError(name, message, ContactFormErrorCode.UNKNOWN_FIELD))
        elif len(data.getlist(name)) > 1 and not isinstance(form.fields[name], forms.MultipleChoiceField):
            # A plain form would silently keep the last value; say so instead.
            errors.append(ContactFormError(name, gettext("This field takes one value."), ContactFormErrorCode.INVALID))
    if not form.is_valid():
        for name, field_errors in form.errors.as_data().items():
            field = None if name == NON_FIELD_ERRORS else name
            for error in field_errors:
                code = ContactFormErrorCode.REQUIRED if error.code == "required" else ContactFormErrorCode.INVALID
                errors.extend(ContactFormError(field, message, code) for message in error.messages)
    return form, errors


def _send_mail(page, form, submission):
    if not page.to_address:
        return
    try:
        page.send_mail(form)
    except Exception:
        # The submission is stored and editors see it in the admin; a mail server
        # that is down must not turn a saved message into an error for the sender.
        logger.exception("Contact form submission %s on page %s was stored but not e-mailed", submission.pk, page.pk)


def submit_contact_form(*, values, page_id=None, honeypot=None, ip=""):
    """Store a contact form submission and e-mail it to the page's recipients.

    `values` are (clean_name, value) pairs; a name may repeat for fields that take
    several choices. `honeypot` is a field people never fill. Every call counts
    against the caller's rate limit. Returns the stored FormSubmission (its `page`
    is the ContactPage); raises ContactFormRejected, having stored and sent nothing.
    """
    if not _count_attempt(ip):
        raise ContactFormRejected(
            [
                ContactFormError(
                    None,
                    gettext("Too many submissions from your address. Please try again later."),
                    ContactFormErrorCode.RATE_LIMITED,
                )
            ]
        )
    page = contact_page(page_id)
    if page is None:
        raise ContactFormRejected(
            [ContactFormError("page", gettext("There is no such contact form."), ContactFormErrorCode.NOT_FOUND)]
        )
    if honeypot and honeypot.strip():
        # Say no more than that it was refused: a bot learns nothing to adjust.
        raise ContactFormRejected(
            [ContactFormError(None, gettext("The submission was not accepted."), ContactFormErrorCode.SPAM)]
        )

    form, errors = _form_errors(page, values)
    if errors:
        raise ContactFormRejected(errors)

    with transaction.atomic():
        submission = page.get_submission_class().objects.create(form_data=form.cleaned_data, page=page)
    _send_mail(page, form, submission)
    return submission
