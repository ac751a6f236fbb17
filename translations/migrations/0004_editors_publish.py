"""The communications team ("Editors") publishes directly and approves translations.

Wagtail's own migrations give "Editors" add and change but no publish, so editors would
have to submit their own news for review. Here the communications team is the Editors
group: it gets publish on the whole tree, and the "Translation review" task (already
assigned to "Moderators") is assigned to it as well. Translators still cannot publish.
"""

from django.db import migrations

EDITORS = "Editors"
WORKFLOW = "Translation review"


def editors_publish(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    editors = Group.objects.filter(name=EDITORS).first()
    root_page = Page.objects.filter(depth=1).first()
    if editors is None or root_page is None:
        return  # the group was removed on purpose, or there is no tree: nothing to grant
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.get_or_create(group=editors, page=root_page, permission=publish)
    for task in GroupApprovalTask.objects.filter(name=WORKFLOW):
        task.groups.add(editors)


class Migration(migrations.Migration):
    dependencies = [("translations", "0003_translator_roles")]

    # Not reversed: taking publish away from a working team is a decision, not a rollback.
    operations = [migrations.RunPython(editors_publish, migrations.RunPython.noop)]
