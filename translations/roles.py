"""Translators' roles at run time: the languages a translator works on, the review workflow.

The "Translators" group and the "Translation review" workflow are made by migration
0003_translator_roles, which explains why translators submit for review while the
communications team publishes directly.
"""

import re

from wagtail.models import Workflow, WorkflowPage

from cms.languages import default_language, language_codes

TRANSLATORS_GROUP = "Translators"
REVIEW_WORKFLOW = "Translation review"

# A translator of one language also belongs to a group named after it: "Translators (ru)".
# Only the name matters; the group needs no permissions of its own.
_LANGUAGE_GROUP = re.compile(r"^Translators \((?P<code>[^)]+)\)$")


def target_languages():
    """Every configured language but the default one, in the configured order."""
    return [code for code in language_codes() if code != default_language()]


def translator_languages(user):
    """Codes of the languages `user` translates, in the configured order.

    Those named by the user's "Translators (<code>)" groups; every non-default
    language when there are none (a translator of all languages, a superuser).
    One query.
    """
    named = {
        match["code"]
        for match in (_LANGUAGE_GROUP.match(name) for name in user.groups.values_list("name", flat=True))
        if match
    }
    languages = [code for code in target_languages() if code in named]
    return languages or target_languages()


def attach_translation_review(page):
    """Make the "Translation review" workflow apply to `page` and the pages below it.

    Idempotent. A page that already has a workflow of its own keeps it, and when the
    workflow was deleted or deactivated in the admin nothing is attached.
    """
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
