"""Translation readiness of one page: a checkbox per language, saved with who and when.

Anyone who may edit the page may mark its language versions ready or not ready
(translators, the communications team). Linked from the page's header menu and its
listing "More" menu ("Translation readiness") and from every row of the report.
"""

from django import forms
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request

from ..models import LanguageReadiness
from ..readiness import mark_not_ready, mark_ready
from ..report import translation_report
from ..roles import target_languages
from .page_views import TranslatorsPageView
from .report import language_choices, language_name


class ReadinessForm(forms.Form):
    """The languages to be ready; every other non-default language is not ready."""

    ready = forms.MultipleChoiceField(
        label=_("Ready for readers in"),
        choices=language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class ReadinessView(TranslatorsPageView, View):
    template_name = "translations/readiness.html"
    page_title = _("Translation readiness")

    def load(self, request):
        self.marks = {
            mark.language: mark for mark in LanguageReadiness.objects.filter(page=self.page).select_related("marked_by")
        }
        self.ready = {language for language, mark in self.marks.items() if mark.is_ready}

    def get(self, request, page_id):
        return self.render(ReadinessForm(initial={"ready": sorted(self.ready)}))

    def post(self, request, page_id):
        form = ReadinessForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Readiness was not saved: %(errors)s") % {"errors": self._errors(form)})
            return self.render(form)
        chosen = set(form.cleaned_data["ready"])
        became_ready, became_not_ready = [], []
        with transaction.atomic():
            for language in target_languages():
                if language in chosen and language not in self.ready:
                    mark_ready(self.page, language, request.user)
                    became_ready.append(language_name(language))
                elif language not in chosen and language in self.ready:
                    mark_not_ready(self.page, language, request.user)
                    became_not_ready.append(language_name(language))
        messages.success(request, self._saved_message(became_ready, became_not_ready))
        return redirect(get_valid_next_url_from_request(request) or request.path)

    def _errors(self, form):
        return " ".join(str(error) for errors in form.errors.values() for error in errors)

    def _saved_message(self, became_ready, became_not_ready):
        title = self.page.get_admin_display_title()
        changes = []
        if became_ready:
            changes.append(_("ready in %(languages)s") % {"languages": ", ".join(became_ready)})
        if became_not_ready:
            changes.append(_("not ready in %(languages)s") % {"languages": ", ".join(became_not_ready)})
        if not changes:
            return _("Readiness of '%(title)s' unchanged.") % {"title": title}
        return _("Readiness of '%(title)s' saved: %(changes)s.") % {"title": title, "changes": "; ".join(changes)}

    def render(self, form):
        rows = {row.language: row for row in translation_report([self.page])}
        languages = [
            {
                "code": language,
                "name": language_name(language),
                "checked": language in (form.data.getlist("ready") if form.is_bound else self.ready),
                "mark": self.marks.get(language),
                "row": rows[language],
            }
            for language in target_languages()
        ]
        context = self.get_context_data(
            page=self.page,
            form=form,
            languages=languages,
            next_url=get_valid_next_url_from_request(self.request),
            action_url=self.request.path,
        )
        return self.render_to_response(context)
