"""Admin screens for the XLIFF exchange: download a file to translate, upload a translated one.

Who may use them: a user who can edit pages (translators do), or who holds the
translation report permission (`translations.view_translation_report`, where it
exists). An upload additionally checks, object by object, that the user may edit
what the file changes (translations.xliff.importer.may_edit).
"""

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import content_disposition_header
from django.views.generic import FormView
from wagtail.admin.auth import user_passes_test
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.languages import default_language
from sessions.models import EventPage
from translations.xliff import (
    XliffImportError,
    export_xliff,
    file_name,
    import_xliff,
    select_event,
    select_outdated,
    select_page,
    select_snippets,
)
from translations.xliff.safety import max_bytes

XLIFF_CONTENT_TYPE = "application/x-xliff+xml"


def can_exchange_xliff(user):
    """Whether `user` may download and upload XLIFF files in the admin."""
    if not (user.is_active and user.is_authenticated):
        return False
    return user.has_perm("translations.view_translation_report") or PagePermissionPolicy().user_has_permission(
        user, "change"
    )


def target_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != default_language()]


class ExportForm(forms.Form):
    SCOPES = [
        ("page", "One page, with the images, documents and snippets it uses"),
        ("event", "An event, its sessions, and the images, documents and snippets they use"),
        ("outdated", "Everything missing or outdated in the language"),
        ("snippets", "All snippets, site settings, images and documents"),
    ]

    language = forms.ChoiceField(choices=target_languages)
    scope = forms.ChoiceField(choices=SCOPES, widget=forms.RadioSelect, initial="event")
    page = forms.ModelChoiceField(
        queryset=Page.objects.exclude(depth=1), required=False, widget=AdminPageChooser(can_choose_root=False)
    )
    event = forms.ModelChoiceField(queryset=EventPage.objects.order_by("-start_date"), required=False)

    def clean(self):
        cleaned = super().clean()
        scope = cleaned.get("scope")
        if scope in ("page", "event") and not cleaned.get(scope):
            self.add_error(scope, f"Choose the {scope} to export.")
        return cleaned

    def selection(self):
        scope = self.cleaned_data["scope"]
        if scope == "page":
            return select_page(self.cleaned_data["page"].pk)
        if scope == "event":
            return select_event(self.cleaned_data["event"].slug_en)
        if scope == "snippets":
            return select_snippets()
        return select_outdated()


class ImportForm(forms.Form):
    file = forms.FileField(label="Translated XLIFF file", help_text="An .xlf file exported here and translated.")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # Refused before a byte of it is parsed.
        if upload.size > max_bytes():
            raise forms.ValidationError(
                f"The file is {upload.size} bytes, more than the limit of {max_bytes()}; nothing was imported."
            )
        return upload


@method_decorator(user_passes_test(can_exchange_xliff), name="dispatch")
class XliffView(WagtailAdminTemplateMixin, FormView):
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["export_url"] = reverse("translations_xliff:export")
        context["import_url"] = reverse("translations_xliff:import")
        return context


class ExportView(XliffView):
    """A form choosing language and scope; answers with the .xlf file as an attachment."""

    page_title = "Export for translation (XLIFF)"
    template_name = "translations/xliff/export.html"
    form_class = ExportForm

    def get_initial(self):
        initial = {}
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit():
            initial.update(scope="page", page=page_id)
        language = self.request.GET.get("language")
        if language in dict(target_languages()):
            initial["language"] = language
        return initial

    def form_valid(self, form):
        selection = form.selection()
        language = form.cleaned_data["language"]
        data, units = export_xliff(selection, language)
        if not units:
            form.add_error(None, "Nothing to translate in this selection: no file was made.")
            return self.form_invalid(form)
        response = HttpResponse(data, content_type=XLIFF_CONTENT_TYPE)
        response["Content-Disposition"] = content_disposition_header(True, file_name(selection, language))
        return response


class ImportView(XliffView):
    """A file upload; shows what was imported, or every problem and that nothing was."""

    page_title = "Import translations (XLIFF)"
    template_name = "translations/xliff/import.html"
    form_class = ImportForm

    def form_valid(self, form):
        try:
            report = import_xliff(form.cleaned_data["file"].read(), user=self.request.user)
        except XliffImportError as error:
            return self.render_to_response(
                self.get_context_data(form=form, errors=error.errors, problem_count=error.count)
            )
        return self.render_to_response(self.get_context_data(form=self.form_class(), report=report))
