"""The "Your translations" panel on the admin dashboard.

For a user who may see the translation report: per language they translate (see
`roles.translator_languages`: their "Translators (ru)" groups, else every language
but the default), how many pages have missing fields, outdated fields, and are
marked ready, each language linking to the report filtered by it.
"""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from ..report import language_summary, page_report
from ..roles import translator_languages
from ..status import MISSING, OUTDATED
from .report import language_name


class YourTranslationsPanel(Component):
    """Shown to users with the report permission (see wagtail_hooks.py)."""

    name = "your_translations"
    template_name = "translations/dashboard_panel.html"
    order = 150  # after the workflow panels, before recent edits

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        languages = translator_languages(self.user)
        summary = language_summary(page_report(languages=languages))
        report_url = reverse("translators:report")
        context["languages"] = [
            {
                "code": language,
                "name": language_name(language),
                "url": f"{report_url}?{urlencode({'language': language})}",
                "missing_url": f"{report_url}?{urlencode({'language': language, 'status': MISSING})}",
                "outdated_url": f"{report_url}?{urlencode({'language': language, 'status': OUTDATED})}",
                **summary.get(language, {"missing": 0, "outdated": 0, "ready": 0}),
            }
            for language in languages
        ]
        return context
