"""restore_site refuses what it cannot restore faithfully, says why, and changes nothing.

Each test makes a real backup of a small site, spoils a copy of it the way it happens in
life (another engine, a newer version, a truncated download, a lost or altered file), and
checks the exact message and that the database and the media files are as they were.
"""

import io
import json
import os
import tarfile

import pytest
from django.core.management import CommandError
from django.db import connection

from cms.backup.database import PostgreSQLDatabase
from tests.snapshots import snapshot

from .conftest import backup, restore

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def respin(archive, spoiled, manifest=None, drop=(), replace=None):
    """Copy `archive` to `spoiled`, changing the manifest, dropping or replacing members."""
    replace = replace or {}
    with tarfile.open(archive, "r:gz") as source, tarfile.open(spoiled, "w:gz") as target:
        for member in source:
            if member.name in drop:
                continue
            data = source.extractfile(member).read()
            if member.name == "manifest.json" and manifest:
                contents = json.loads(data)
                manifest(contents)
                data = json.dumps(contents).encode()
            data = replace.get(member.name, data)
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return spoiled


def refusal(archive, *args):
    """The message of a refused restore, after checking that it changed nothing."""
    before = snapshot(media=True)
    with pytest.raises(CommandError) as refused:
        restore(archive, *args)
    assert snapshot(media=True) == before
    return str(refused.value)


@pytest.fixture
def made(small_site, archive):
    backup(archive)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    return archive, names


def media_member(names):
    return next(name for name in names if name.startswith("media/original_images/"))


def test_restore_over_a_database_with_tables_needs_force(made):
    archive, _names = made
    assert refusal(archive) == (
        "Nothing restored: the database is not empty: restoring replaces everything in it and in the"
        " media storage with the backup's content; run again with --force if that is what you want"
    )


def test_restore_refuses_a_backup_of_another_engine(made, tmp_path):
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    spoiled = respin(made[0], tmp_path / "other.tar.gz", manifest=lambda m: m["database"].update(engine=other))
    ours = connection.vendor
    assert refusal(spoiled, "--force") == (
        f"Nothing restored: the backup is of a {other} database and this site uses {ours}:"
        f" restore it on a site configured with {other}"
    )


def test_restore_refuses_a_migration_state_newer_than_the_code(made, tmp_path):
    def newer(manifest):
        manifest["migrations"] += ["people.9999_from_the_future", "programme.9999_from_the_future"]

    spoiled = respin(made[0], tmp_path / "newer.tar.gz", manifest=newer)
    assert refusal(spoiled, "--force") == (
        "Nothing restored: the backup's database has migrations this code does not know"
        " (people.9999_from_the_future, programme.9999_from_the_future): it was made by a newer version;"
        " deploy that version (or newer) first, then restore"
    )


def test_restore_refuses_a_truncated_archive(made, tmp_path):
    archive, _names = made
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    message = refusal(truncated, "--force")
    assert message.startswith(f"Nothing restored: {truncated} is not a readable .tar.gz backup (")


def test_restore_refuses_a_file_that_is_no_archive(tmp_path, small_site):
    text = tmp_path / "notes.tar.gz"
    text.write_text("backup: ask Nigora")
    assert refusal(text, "--force") == (f"Nothing restored: {text} is not a readable .tar.gz backup (not a gzip file)")


def test_restore_refuses_an_archive_without_manifest(made, tmp_path):
    spoiled = respin(made[0], tmp_path / "bare.tar.gz", drop={"manifest.json"})
    assert refusal(spoiled, "--force") == (
        "Nothing restored: the archive has no manifest.json: it is not a backup made by backup_site"
    )


def test_restore_refuses_an_archive_with_a_missing_file(made, tmp_path):
    archive, names = made
    lost = media_member(names)
    spoiled = respin(archive, tmp_path / "lost.tar.gz", drop={lost})
    assert refusal(spoiled, "--force") == (
        f"Nothing restored: the archive does not match its manifest: {lost} is listed in the manifest"
        " but missing from the archive"
    )


def test_restore_refuses_an_archive_with_an_altered_file(made, tmp_path):
    archive, names = made
    database = next(name for name in names if name.startswith("database."))
    spoiled = respin(archive, tmp_path / "altered.tar.gz", replace={database: b"SQLite format 3\x00 and then garbage"})
    assert refusal(spoiled, "--force") == (
        f"Nothing restored: the archive does not match its manifest: {database} is damaged:"
        " its sha256 differs from the manifest's"
    )


def test_restore_into_a_database_without_tables_needs_no_force(made, tmp_path):
    """A fresh machine: an empty database, an empty media folder, the archive."""
    archive, _names = made
    before = snapshot(media=True)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            for table in connection.introspection.table_names():
                cursor.execute(f'DROP TABLE IF EXISTS "{table}"')  # a full-text table takes its shadows along
            cursor.execute("PRAGMA foreign_keys = ON")
    assert connection.introspection.table_names() == []
    report = restore(archive)
    assert report.startswith("Restored the backup of ")
    assert snapshot(media=True) == before


postgresql_only = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="pg_dump, pg_restore and left-over tables are PostgreSQL's concerns",
)


@postgresql_only
def test_restore_refuses_a_database_migrated_further_than_the_backup(made):
    """pg_restore replaces the dump's tables only: a newer table would stay, unknown to django_migrations."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE people_speakerinterview (id bigint PRIMARY KEY)")
    try:
        assert refusal(made[0], "--force") == (
            "Nothing restored: the database has tables the backup has not (people_speakerinterview):"
            " it was migrated further than the backup; restore into an empty database, then run `manage.py migrate`"
        )
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE people_speakerinterview")


@postgresql_only
def test_backup_and_restore_refuse_a_client_of_another_version_than_the_server(made, tmp_path, monkeypatch):
    archive, _names = made
    server = connection.pg_version // 10000
    monkeypatch.setattr(PostgreSQLDatabase, "tool_major", lambda self, tool: server - 1)
    advice = f"use the client of the server's version (Debian: apt-get install postgresql-client-{server})"
    with pytest.raises(CommandError) as refused:
        backup(tmp_path / "old-client.tar.gz")
    assert str(refused.value) == (
        f"No backup written: pg_dump is version {server - 1} but the server is PostgreSQL {server}: {advice}"
    )
    assert list(tmp_path.glob("*old-client*")) == []
    assert refusal(archive, "--force") == (
        f"Nothing restored: pg_restore is version {server - 1} but the server is PostgreSQL {server}: {advice}"
    )


@postgresql_only
def test_restore_refuses_a_dump_newer_than_pg_restore(made, tmp_path):
    newer = connection.pg_version // 10000 + 1
    spoiled = respin(made[0], tmp_path / "newer-dump.tar.gz", manifest=lambda m: m["versions"].update(pg_dump=newer))
    assert refusal(spoiled, "--force") == (
        f"Nothing restored: the backup was made by pg_dump {newer}; pg_restore {newer - 1} cannot read it"
    )
