"""A migration that fails leaves the database exactly as it was, on SQLite and PostgreSQL.

Both engines change their schema inside transactions, and Django runs each migration in one
(`atomic = True`, the default): the rows it wrote, the table it created and the column it
added are all rolled back, and it is not recorded as applied, so the next deploy runs it
again from the start. The second test keeps it that way for every migration we ship.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.test import override_settings

from tests.snapshots import snapshot

# Wagtail's own: renaming PageRevision to Revision on SQLite needs legacy_alter_table off,
# which SQLite ignores inside a transaction. Applied once, by Wagtail 4.0 (2022), on every
# site, including this one's before it had content; never run again on an existing site.
NOT_ATOMIC = {("wagtailcore", "0070_rename_pagerevision_revision")}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_failed_migration_leaves_every_row_and_the_schema_as_they_were(home_page):
    before = snapshot()
    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        group_columns = [column.name for column in connection.introspection.get_table_description(cursor, "auth_group")]

    with (
        override_settings(MIGRATION_MODULES={"cms": "tests.cms.failing_migrations"}),
        pytest.raises(RuntimeError, match="^the migration fails halfway$"),
    ):
        call_command("migrate", "cms", verbosity=0, stdout=io.StringIO())

    assert snapshot() == before
    assert connection.introspection.table_names() == tables  # no cms_migrationscratch
    with connection.cursor() as cursor:
        assert [
            column.name for column in connection.introspection.get_table_description(cursor, "auth_group")
        ] == group_columns
    assert ("cms", "0001_fails_halfway") not in MigrationRecorder(connection).applied_migrations()


def test_every_migration_we_run_is_atomic():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    not_atomic = {key for key, migration in loader.disk_migrations.items() if not migration.atomic}
    assert not_atomic == NOT_ATOMIC
