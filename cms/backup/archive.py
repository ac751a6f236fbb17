"""One .tar.gz per backup: the database dump, media/<every file>, and manifest.json.

Writing goes to a temporary name that is renamed only when the archive is complete, so a
backup interrupted by a full disk never leaves a truncated file under the real name.
Reading unpacks into a temporary folder and checks every file against the manifest before
the caller changes anything.
"""

import hashlib
import io
import json
import os
import tarfile
import tempfile
import zlib
from contextlib import contextmanager
from pathlib import Path

from django.core.files.storage import default_storage
from wagtail.models import Site

from cms.api.caching.invalidation import invalidate_everything

from . import BackupError, PartlyRestored, manifest
from .database import configured_database
from .media import HashingReader, restore_files, stored_names

MEDIA_FOLDER = "media"


def _sha256(path):
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, fileobj=io.BytesIO(data))


def write_backup(path, storage=default_storage, media=True):
    """Write the backup of the database and of `storage` to `path`; return its manifest.

    Without `media` the manifest says the files are not included (None, not {}), and a
    restore leaves the storage as it finds it: for buckets backed up by their own versioning.
    """
    path = Path(path)
    engine = configured_database()
    with tempfile.TemporaryDirectory(prefix="cms-backup-") as work:
        dump = Path(work) / engine.dump_name
        facts = engine.dump(dump)
        partial = path.with_name(f".{path.name}.partial")
        try:
            with tarfile.open(partial, "w:gz") as tar:
                tar.add(dump, arcname=engine.dump_name)
                checksums = {} if media else None
                for name in stored_names(storage) if media else []:
                    info = tarfile.TarInfo(f"{MEDIA_FOLDER}/{name}")
                    info.size = storage.size(name)
                    with storage.open(name, "rb") as stored:
                        reader = HashingReader(stored)
                        tar.addfile(info, fileobj=reader)
                    checksums[name] = reader.hash.hexdigest()
                contents = manifest.build(engine, engine.dump_name, _sha256(dump), facts, checksums)
                _add_bytes(tar, manifest.NAME, json.dumps(contents, indent=2, ensure_ascii=False).encode())
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return contents


def _read_manifest(folder):
    try:
        contents = json.loads((folder / manifest.NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"the archive has no {manifest.NAME}: it is not a backup made by backup_site") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"{manifest.NAME} is damaged: {error}") from None
    if not isinstance(contents, dict) or contents.get("format") != manifest.FORMAT:
        raise BackupError(f"{manifest.NAME} is not of format {manifest.FORMAT}: this code cannot read it")
    return contents


def _check_files(folder, contents):
    """Every listed file present and intact, and nothing unlisted."""
    expected = {contents["database"]["file"]: contents["database"]["sha256"]}
    media = contents["media"] or {}
    expected.update({f"{MEDIA_FOLDER}/{name}": checksum for name, checksum in media.items()})
    present = {str(file.relative_to(folder)) for file in folder.rglob("*") if file.is_file()} - {manifest.NAME}
    problems = [
        f"{name} is listed in the manifest but missing from the archive" for name in sorted(set(expected) - present)
    ]
    problems += [f"{name} is in the archive but not in the manifest" for name in sorted(present - set(expected))]
    problems += [
        f"{name} is damaged: its sha256 differs from the manifest's"
        for name in sorted(set(expected) & present)
        if _sha256(folder / name) != expected[name]
    ]
    if problems:
        raise BackupError("the archive does not match its manifest: " + "; ".join(problems))


@contextmanager
def unpacked(path):
    """(folder, manifest) of a verified backup, in a temporary folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="cms-restore-") as work:
        folder = Path(work)
        try:
            with tarfile.open(path, "r:gz") as tar:
                for member in tar:
                    if not (member.isfile() or member.isdir()):
                        raise BackupError(f"the archive holds {member.name}, which is not a file")
                # The "data" filter refuses absolute names, "..", links out of the folder.
                tar.extractall(folder, filter="data")
        except FileNotFoundError:
            raise BackupError(f"{path} does not exist") from None
        except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
            raise BackupError(f"{path} is not a readable .tar.gz backup ({error})") from None
        contents = _read_manifest(folder)
        _check_files(folder, contents)
        yield folder, contents


def restore_backup(path, force=False, storage=default_storage):
    """Replace the database and `storage` with the backup at `path`; return (manifest, media counts).

    The media counts are None when the backup has no media: the storage is left alone.

    Every check runs before anything is written (BackupError, nothing changed); then the
    database is replaced in one transaction, then the media files, then the database is
    compared with the manifest.
    """
    engine = configured_database()
    with unpacked(path) as (folder, contents):
        manifest.check_restorable(contents, engine, engine.facts(), force)
        engine.check_restore_tools(contents)
        engine.restore(folder / contents["database"]["file"])
        # From here on the database is the backup's: an error no longer means "nothing changed".
        try:
            media = None
            if contents["media"] is not None:
                media = restore_files(storage, folder / MEDIA_FOLDER, contents["media"])
        except BackupError as error:
            raise PartlyRestored(f"the database was restored, the media files not completely: {error}") from None
    # Answers cached from the replaced content, and Wagtail's cached site roots, are stale.
    invalidate_everything()
    Site.clear_site_root_paths_cache()
    manifest.check_restored(contents, engine.facts())
    return contents, media
