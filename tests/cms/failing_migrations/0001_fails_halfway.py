"""A migration that writes rows, changes the schema, then fails: what a bad deploy looks like.

Only tests/cms/test_failed_migration.py uses it, as the migrations of the `cms` app (which
has none of its own) through MIGRATION_MODULES.
"""

from django.db import migrations, models


def write_rows(apps, schema_editor):
    apps.get_model("auth", "Group").objects.create(name="Added by a failed migration")
    apps.get_model("wagtailcore", "Page").objects.update(title="Overwritten by a failed migration")


def fail(apps, schema_editor):
    raise RuntimeError("the migration fails halfway")


class Migration(migrations.Migration):
    dependencies = [("auth", "__latest__"), ("wagtailcore", "__latest__")]

    operations = [
        migrations.RunPython(write_rows),
        migrations.CreateModel(
            name="MigrationScratch",
            fields=[("id", models.BigAutoField(primary_key=True)), ("note", models.TextField())],
        ),
        migrations.RunSQL("ALTER TABLE auth_group ADD COLUMN migrated_by varchar(20)"),
        migrations.RunPython(fail),
    ]
