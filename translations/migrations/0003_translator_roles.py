"""Roles: the "Translators" group and the "Translation review" workflow.

Translators edit every page (all language columns: Wagtail has no per-field or
per-language permission) and submit their work for review; they cannot publish.

Why a workflow and publish permission together do what we want: in Wagtail a
workflow belongs to a page subtree, not to a user, and it never stops a user who
has publish permission on the page: the editor still offers "Publish" to them,
next to "Submit to Translation review". So

- Translators ("change" only) get "Submit to Translation review" and no "Publish";
- whoever holds "publish" (Wagtail's "Moderators", superusers; the communications
  team) publishes directly, workflow or not;
- the review task is assigned to "Moderators", the group Wagtail's own migrations
  give publish permission on the whole tree.

Wagtail's "Editors" group (the communications team) gets publish, and joins the
reviewers, in 0004_editors_publish.

The workflow is attached to the default site's root page, replacing there Wagtail's
"Moderators approval" from the tree root (same reviewers, clearer name), unless
that page already has a workflow of its own. A fresh install's site root is
Wagtail's welcome page, which `load_demo` replaces with the home page: the loader
attaches the workflow to the home page again (translations.roles).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRANSLATORS = "Translators"
REVIEWERS = "Moderators"
WORKFLOW = "Translation review"


def _create_permission_rows(apps):
    # Django creates model permissions after the whole migrate run (post_migrate);
    # view_translation_report is needed now. Wagtail's 0086 does the same.
    app_config = apps.get_app_config("translations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None


def create_translators_group(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    translators, _created = Group.objects.get_or_create(name=TRANSLATORS)
    translators.permissions.add(
        permission("wagtailadmin", "access_admin"),
        permission("translations", "view_translation_report"),
    )
    # Edit (and so submit for review) every page; no add, publish, lock or delete.
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        GroupPagePermission.objects.get_or_create(
            group=translators, page=root_page, permission=permission("wagtailcore", "change_page")
        )
    # Choosing images and documents keeps the page editor's choosers working (an event's
    # outcome document per language); changing them stays with the communications team.
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codename in (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")):
            GroupCollectionPermission.objects.get_or_create(
                group=translators, collection=root_collection, permission=permission(app_label, codename)
            )


def create_review_workflow(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Site = apps.get_model("wagtailcore", "Site")

    task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
    if task is None:
        task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=WORKFLOW, content_type=task_type, active=True)
        # Without a "Moderators" group (deleted on purpose) only superusers can approve.
        task.groups.set(Group.objects.filter(name=REVIEWERS))
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and not WorkflowPage.objects.filter(page_id=site.root_page_id).exists():
        WorkflowPage.objects.create(page_id=site.root_page_id, workflow=workflow)


def create_roles(apps, schema_editor):
    _create_permission_rows(apps)
    create_translators_group(apps)
    create_review_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0002_translation_report_permission"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
    ]

    # Not reversed: by then users may belong to the group and pages may be in review.
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
