"""The "Translations" report: pages × languages, what is missing or outdated, and readiness.

Reached from Reports > Translations by users with `translations.view_translation_report`
(the "Translators" group, superusers). The rows come from `translations.report`, so
the report runs the same fixed number of queries whatever the number of pages.
"""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_content_types

from sessions.models import EventPage

from ..report import page_report, report_pages
from ..roles import target_languages
from ..status import COMPLETE, MISSING, OUTDATED

REPORT_PERMISSION = "translations.view_translation_report"

STATUS_CHOICES = [(MISSING, _("Missing")), (OUTDATED, _("Outdated")), (COMPLETE, _("Complete"))]
STATUS_LABELS = dict(STATUS_CHOICES)


def language_name(code):
    return str(dict(settings.LANGUAGES)[code])


def language_choices():
    return [(code, language_name(code)) for code in target_languages()]


class TranslationReportFilterSet(WagtailFilterSet):
    """Page type and event narrow the pages; language and status are applied to the rows (see the view)."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, empty_label=_("All languages"), method="applied_by_view"
    )
    content_type = ContentTypeFilter(
        label=_("Page type"), queryset=lambda request: get_page_content_types(include_base_page_type=False)
    )
    event = django_filters.ModelChoiceFilter(
        label=_("Event"),
        queryset=lambda request: EventPage.objects.order_by("-start_date"),
        empty_label=_("All events"),
        method="filter_event",
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, empty_label=_("Any status"), method="applied_by_view"
    )

    class Meta:
        model = Page
        fields = ["language", "content_type", "event", "status"]

    def filter_event(self, pages, name, event):
        # The event itself and everything below it (its sessions).
        return pages.filter(path__startswith=event.path)

    def applied_by_view(self, pages, name, value):
        return pages


def fields_to_do(row):
    parts = []
    if row.status.missing:
        parts.append(f"{_('Missing')}: {', '.join(row.status.missing)}")
    if row.status.outdated:
        parts.append(f"{_('Outdated')}: {', '.join(row.status.outdated)}")
    return "; ".join(parts)


def share_done(row):
    return f"{row.fields_done}/{row.fields_to_translate} fields, {row.percent_done}%"


# What each column shows, shared by the table and the spreadsheet export.
CELL_VALUES = {
    "page": lambda row: row.translated.get_admin_display_title(),
    "page_type": lambda row: capfirst(type(row.translated)._meta.verbose_name),
    "event": lambda row: row.event.get_admin_display_title() if row.event else "",
    "language": lambda row: language_name(row.language),
    "done": share_done,
    "status": lambda row: str(STATUS_LABELS[row.overall]),
    "ready": lambda row: str(_("Yes") if row.is_ready else _("No")),
    "to_do": fields_to_do,
}


class ShareDoneColumn(Column):
    cell_template_name = "translations/report/share_done_cell.html"


class ReadyColumn(Column):
    cell_template_name = "translations/report/ready_cell.html"

    def get_cell_context_data(self, row, parent_context):
        context = super().get_cell_context_data(row, parent_context)
        context["readiness_url"] = reverse("translators:readiness", args=[row.translated.pk])
        request = parent_context.get("request")
        if request is not None:
            # Back to the report as filtered, also when this table came as a filter-refresh fragment.
            query = request.GET.copy()
            query.pop("_w_filter_fragment", None)
            back = reverse("translators:report") + (f"?{query.urlencode()}" if query else "")
            context["readiness_url"] += "?" + urlencode({"next": back})
        return context


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    index_url_name = "translators:report"
    index_results_url_name = "translators:report_results"
    filterset_class = TranslationReportFilterSet
    export_filename = "translations"
    columns = [
        TitleColumn(
            "page",
            label=_("Page"),
            accessor=CELL_VALUES["page"],
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.translated.pk]),
        ),
        Column("page_type", label=_("Page type"), accessor=CELL_VALUES["page_type"]),
        Column("event", label=_("Event"), accessor=CELL_VALUES["event"]),
        Column("language", label=_("Language"), accessor=CELL_VALUES["language"]),
        ShareDoneColumn("done", label=_("Done"), accessor=CELL_VALUES["done"]),
        StatusTagColumn(
            "status", label=_("Status"), accessor=CELL_VALUES["status"], primary=lambda row: row.overall == COMPLETE
        ),
        ReadyColumn("ready", label=_("Ready"), accessor=CELL_VALUES["ready"]),
        Column("to_do", label=_("Fields to translate"), accessor=CELL_VALUES["to_do"]),
    ]
    list_export = list(CELL_VALUES)
    export_headings = {column.name: column.label for column in columns}

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return report_pages()

    def get_filtered_queryset(self):
        """The report's rows: the filtered pages × the chosen language(s), of the chosen status."""
        pages = self.filter_queryset(self.get_queryset())
        chosen = self.filters.form.cleaned_data if self.filters is not None and self.filters.is_valid() else {}
        rows = page_report(pages, [chosen["language"]] if chosen.get("language") else None)
        if chosen.get("status"):
            rows = [row for row in rows if row.overall == chosen["status"]]
        return rows

    def to_row_dict(self, row):
        return {name: CELL_VALUES[name](row) for name in self.list_export}
