"""The schema in git matches the models, and the test database has every column."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page


@pytest.mark.django_db
def test_makemigrations_check_finds_no_pending_migrations():
    # --check exits non-zero (SystemExit) when a model change has no migration.
    output = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=output, stderr=StringIO())

    assert output.getvalue() == "No changes detected\n"


@pytest.mark.django_db
def test_test_database_has_wagtail_page_translation_columns():
    # These columns are added outside migrations by the non-interactive sync in
    # cms/management/commands/migrate.py; pytest-django's migrate must have run it.
    with connection.cursor() as cursor:
        columns = {column.name for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")}

    assert {"title_ru", "slug_tg", "url_path_ar"} <= columns


@pytest.mark.django_db
def test_root_page_has_default_language_columns_filled():
    # Wagtail's root page exists before the columns do; migrate fills its English ones.
    root = Page.objects.filter(depth=1).values("title_en", "slug_en").get()

    assert root == {"title_en": "Root", "slug_en": "root"}
