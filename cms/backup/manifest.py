"""What a backup holds (manifest.json) and whether this site may take it.

The manifest is written last into the archive and read first on restore: it names every
file with its sha256, the engine, the applied migrations and the row count of every
table, so that a restore can refuse before it changes anything and check after.
"""

import datetime
import platform

import django
import wagtail
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from . import BackupError, PartlyRestored

FORMAT = 1
NAME = "manifest.json"


def build(engine, database_file, database_sha256, facts, media):
    """The manifest of a backup: `facts` read from the dump itself, `media` {name: sha256}."""
    return {
        "format": FORMAT,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "versions": {
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "python": platform.python_version(),
            **engine.versions(),
        },
        "database": {"engine": engine.engine, "file": database_file, "sha256": database_sha256},
        "migrations": facts["migrations"],
        "tables": facts["tables"],
        "media": media,
    }


def known_migrations():
    """Every migration of the code that runs now, as "app.name"."""
    loader = MigrationLoader(connection, ignore_no_migrations=True, load=False)
    loader.load_disk()
    return {f"{app}.{name}" for app, name in loader.disk_migrations}


def _listed(names, limit=5):
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def check_restorable(manifest, engine, current, force):
    """Refuse, with the reason, a backup this site cannot take; `current` is the database's facts now."""
    if manifest["database"]["engine"] != engine.engine:
        raise BackupError(
            f"the backup is of a {manifest['database']['engine']} database and this site uses"
            f" {engine.engine}: restore it on a site configured with {manifest['database']['engine']}"
        )
    unknown = sorted(set(manifest["migrations"]) - known_migrations())
    if unknown:
        raise BackupError(
            f"the backup's database has migrations this code does not know ({_listed(unknown)}):"
            " it was made by a newer version; deploy that version (or newer) first, then restore"
        )
    if current["tables"] and not force:
        raise BackupError(
            "the database is not empty: restoring replaces everything in it and in the media storage"
            " with the backup's content; run again with --force if that is what you want"
        )
    extra = sorted(set(current["tables"]) - set(manifest["tables"]))
    if extra and engine.engine == "postgresql":
        # pg_restore drops and recreates only the tables in the dump; these would stay
        # behind, with rows the restored django_migrations knows nothing about.
        raise BackupError(
            f"the database has tables the backup has not ({_listed(extra)}): it was migrated further"
            " than the backup; restore into an empty database, then run `manage.py migrate`"
        )


def check_restored(manifest, restored):
    """After a restore: the database holds exactly the tables, rows and migrations the manifest lists."""
    differences = [
        f"{table}: {manifest['tables'].get(table)} in the backup, {restored['tables'].get(table)} now"
        for table in sorted(set(manifest["tables"]) | set(restored["tables"]))
        if manifest["tables"].get(table) != restored["tables"].get(table)
    ]
    if restored["migrations"] != manifest["migrations"]:
        differences.append("the applied migrations differ from the backup's")
    if differences:
        raise PartlyRestored("the restored database does not match the backup: " + "; ".join(differences))
