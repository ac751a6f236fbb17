"""Backup, damage, restore: the demo site comes back exactly, on SQLite and on PostgreSQL.

"Exactly" is every row of every table (tests/snapshots.py), every media file's sha256,
and the GraphQL answers a frontend gets (read after a restore through the response cache,
which the restore must have invalidated).
"""

import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from home.models import Organisation
from people.models import SpeakerPage
from sessions.models import SessionPage
from tests.graphql import graphql_data
from tests.snapshots import media_checksums, snapshot

from .conftest import backup, backup_without_media, restore

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCHEDULE = """{ schedule(event: "2022", language: RU) {
  timeZone days { date sessions { title ... on SessionPage { kind start end speakers { role speaker { title } } } } }
} }"""
PAGE = """{ page(path: "/ru/2022/") { title url translations { language url title } } }"""


def answers(client):
    return {"schedule": graphql_data(client, SCHEDULE), "page": graphql_data(client, PAGE)}


def damage_the_site():
    """An editor's bad afternoon: a renamed speaker published, a session deleted, files lost and changed."""
    voronkov = SpeakerPage.objects.get(slug_en="vladimir-voronkov")
    voronkov.title_ru = "Кто-то другой"
    voronkov.save_revision().publish()
    SessionPage.objects.get(slug_en="closing-session").delete()
    first, second = list(default_storage.listdir("original_images")[1])[:2]
    default_storage.delete(f"original_images/{first}")
    with default_storage.open(f"original_images/{second}", "wb") as changed:
        changed.write(b"not the picture any more")
    default_storage.save("documents/unwanted.txt", ContentFile(b"uploaded after the backup"))


def test_restore_brings_back_every_row_every_file_and_every_answer(demo, archive, client):
    answered = answers(client)
    before = snapshot(media=True)
    report = backup(archive)
    assert report.endswith(f"{len(before['media files'])} media files -> {archive}\n")

    damage_the_site()
    damaged = answers(client)  # cached now: the restore must make these answers stale
    assert damaged["schedule"] != answered["schedule"]
    assert snapshot(media=True) != before

    report = restore(archive, "--force")
    assert snapshot(media=True) == before
    assert answers(client) == answered
    files = len(before["media files"])
    assert report.endswith(f"media files: 2 written, {files - 2} unchanged, 1 deleted\n")


def test_backup_without_media_restores_the_database_and_leaves_the_files_alone(small_site, archive):
    """For media in a bucket with versioning of its own: the archive holds the database only."""
    before = snapshot()
    report = backup_without_media(archive)
    assert report.endswith(f"migrations; media files not included -> {archive}\n")
    with tarfile.open(archive) as tar:
        assert [name for name in tar.getnames() if name.startswith("media/")] == []

    Organisation.objects.all().delete()
    uploaded = default_storage.save("documents/uploaded-after-the-backup.txt", ContentFile(b"keep me"))
    files = media_checksums()

    report = restore(archive, "--force")
    assert report.endswith("(counts checked); media files: not in the backup, left as they are\n")
    assert snapshot() == before
    assert media_checksums() == files
    assert uploaded in files
