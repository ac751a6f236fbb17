"""A site of its own for each backup test: the demo content, and media in a fresh folder.

Backup and restore work on committed data (pg_dump reads it from another connection;
SQLite's backup API copies the database, not a transaction), so these tests are
transactional; serialized_rollback gives the next test Wagtail's migration rows back.
The media folder is the test's own: a restore deletes every file the backup does not have.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from tests.factories.home import HomePageFactory, OrganisationFactory
from tests.factories.media import DocumentFactory, ImageFactory
from tests.factories.sessions import EventPageFactory


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def demo(media_root):
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def archive(tmp_path):
    return tmp_path / "site.tar.gz"


@pytest.fixture
def small_site(media_root):
    """Enough to back up in a second: pages, a snippet, an image and a document with their files."""
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Dushanbe Process")
    EventPageFactory(parent=home, title="Dushanbe Conference 2022")
    OrganisationFactory(name="United Nations Office of Counter-Terrorism")
    ImageFactory(title="Kokhi Somon")
    DocumentFactory(title="Dushanbe Declaration")


def backup(archive):
    output = io.StringIO()
    call_command("backup_site", str(archive), stdout=output)
    return output.getvalue()


def backup_without_media(archive):
    output = io.StringIO()
    call_command("backup_site", str(archive), "--no-media", stdout=output)
    return output.getvalue()


def restore(archive, *args):
    output = io.StringIO()
    call_command("restore_site", str(archive), *args, stdout=output)
    return output.getvalue()
