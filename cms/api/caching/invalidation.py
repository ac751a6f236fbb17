"""Content writes give the tables they wrote new versions, so no stale answer is served.

Connected in CmsConfig.ready(). A write changes its tables' versions at once and again
after its transaction commits: the first covers readers inside the same transaction
(and tests), the second a reader in another process that made an answer from the old
rows between the write and the commit.

Pages all share Wagtail's page table, so publishing, unpublishing, moving or deleting a
page invalidates every answer that read any page; snippets, images, documents, settings
and readiness marks have tables of their own and invalidate only the answers that read
them. Saving a draft changes no public answer and invalidates nothing.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page
from wagtail.signals import post_page_move

from .tables import model_tables, tables_of
from .versions import change_versions

# What Wagtail writes to a page row when an editor saves a draft, submits it, locks it
# or comments on it: none of it is public (the live columns are written on publish).
DRAFT_ONLY_FIELDS = frozenset(
    {
        "wagtail_admin_comments",
        "comments",
        "latest_revision_created_at",
        "latest_revision",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)

# Tables whose writes no public answer can show: sessions and users (the API reads
# neither), the admin's history, drafts waiting for publication, preview rows (preview
# answers are never cached), task and webhook bookkeeping, and renditions (made while an
# answer is computed, from an image whose own version changes when its file does).
SILENT_TABLE_PREFIXES = (
    "django_session",
    "django_admin_log",
    "auth_",
    "wagtailcore_revision",
    "wagtailcore_pagelogentry",
    "wagtailcore_modellogentry",
    "wagtailcore_workflowstate",
    "wagtailcore_taskstate",
    "wagtailcore_pagesubscription",
    "wagtailcore_comment",
    "wagtailcore_referenceindex",
    "wagtailusers_",
    "wagtail_headless_preview_",
    "django_tasks",
    "webhooks_",
    "media_customrendition",
)


def _is_silent(model):
    return model._meta.db_table.startswith(SILENT_TABLE_PREFIXES)


def invalidate(tables):
    """New versions for `tables` now and once the current transaction commits."""
    tables = list(tables)
    change_versions(tables)
    transaction.on_commit(lambda: change_versions(tables))


def invalidate_everything():
    """After writes that bypass model signals (queryset updates, bulk loads): nothing cached survives."""
    invalidate(model_tables())


def _saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or _is_silent(sender):
        return
    if isinstance(instance, Page) and update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    invalidate(tables_of(sender))


def _deleted(sender, **kwargs):
    if not _is_silent(sender):
        invalidate(tables_of(sender))


def _relation_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and not _is_silent(sender):
        invalidate([sender._meta.db_table])


def _page_moved(sender, **kwargs):
    # A move rewrites the paths of the page and all its descendants with queryset updates.
    invalidate([Page._meta.db_table])


def connect():
    post_save.connect(_saved, dispatch_uid="cms.api.caching.saved")
    post_delete.connect(_deleted, dispatch_uid="cms.api.caching.deleted")
    m2m_changed.connect(_relation_changed, dispatch_uid="cms.api.caching.relation_changed")
    post_page_move.connect(_page_moved, dispatch_uid="cms.api.caching.page_moved")
