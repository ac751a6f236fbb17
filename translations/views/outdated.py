"""Outdated translations of one page: show what changed in English, let a translator confirm.

A translation is outdated when the English text it was made from has changed (status.py).
Often the change does not touch the meaning (a typo fixed in English): then the
translator confirms that the translation still holds, which records the current English
text as its source. Otherwise they update the translation in the editor, which records
the source when the page is published.
"""

from django import forms
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request

from ..roles import target_languages
from ..status import column_value, confirm_translation, object_status
from .page_views import TranslatorsPageView
from .report import language_name


def outdated_fields(page):
    """[(language, field)] of every outdated translation of `page`, in language order."""
    return [(language, field) for language in target_languages() for field in object_status(page, language).outdated]


class ConfirmForm(forms.Form):
    confirm = forms.MultipleChoiceField(required=True, error_messages={"required": _("Choose a translation.")})

    def __init__(self, *args, outdated, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].choices = [
            (f"{language}:{field}", f"{language}:{field}") for language, field in outdated
        ]


class OutdatedView(TranslatorsPageView, View):
    template_name = "translations/outdated.html"
    page_title = _("Outdated translations")

    def load(self, request):
        self.outdated = outdated_fields(self.page)

    def get(self, request, page_id):
        return self.render(ConfirmForm(outdated=self.outdated))

    def post(self, request, page_id):
        form = ConfirmForm(request.POST, outdated=self.outdated)
        if not form.is_valid():
            # An unknown or no longer outdated choice: nothing is confirmed, not even the valid ones.
            messages.error(request, _("Nothing was confirmed: the choice is not an outdated translation of this page."))
            return self.render(form)
        chosen = [choice.split(":", 1) for choice in form.cleaned_data["confirm"]]
        with transaction.atomic():
            for language, field in chosen:
                confirm_translation(self.page, field, language)
        names = ", ".join(f"{field} ({language_name(language)})" for language, field in chosen)
        messages.success(request, _("Confirmed as still correct: %(names)s.") % {"names": names})
        return redirect(get_valid_next_url_from_request(request) or request.path)

    def render(self, form):
        model = type(self.page)
        rows = [
            {
                "value": f"{language}:{field}",
                "language": language_name(language),
                "field": model._meta.get_field(field).verbose_name,
                "english": column_value(self.page, field, "en"),
                "translation": column_value(self.page, field, language),
            }
            for language, field in self.outdated
        ]
        context = self.get_context_data(
            page=self.page,
            form=form,
            rows=rows,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            next_url=get_valid_next_url_from_request(self.request),
            action_url=self.request.path,
        )
        return self.render_to_response(context)
