"""The media part of a backup: every file of the default storage, through the storage API.

Local folders and S3 buckets are read and written the same way, so a backup made from
one can be restored into the other. A restore makes the storage hold exactly the
backup's files: missing or different ones are written, ones the backup does not have
are deleted (a restore replaces everything; a file no row points to is clutter).
"""

import hashlib

from django.core.files import File

from . import BackupError


def stored_names(storage):
    """Every file name in `storage`, sorted; nothing when the media folder does not exist yet."""
    names = []
    folders = [""] if storage.exists("") else []
    while folders:
        folder = folders.pop()
        subfolders, files = storage.listdir(folder)
        folders.extend(f"{folder}{name}/" for name in subfolders)
        names.extend(f"{folder}{name}" for name in files)
    return sorted(names)


class HashingReader:
    """A file read once, for the archive, while its sha256 is computed."""

    def __init__(self, stream):
        self.stream = stream
        self.hash = hashlib.sha256()

    def read(self, size=-1):
        chunk = self.stream.read(size)
        self.hash.update(chunk)
        return chunk


def sha256_of(storage, name):
    with storage.open(name, "rb") as stored:
        return hashlib.file_digest(stored, "sha256").hexdigest()


def restore_files(storage, folder, wanted):
    """Make `storage` hold exactly `wanted` ({name: sha256}), copying from `folder`; return counts."""
    present = set(stored_names(storage))
    deleted = sorted(present - set(wanted))
    for name in deleted:
        storage.delete(name)
    written = 0
    for name, checksum in sorted(wanted.items()):
        if name in present:
            if sha256_of(storage, name) == checksum:
                continue
            storage.delete(name)
        with (folder / name).open("rb") as source:
            saved = storage.save(name, File(source, name=name))
        if saved != name:
            raise BackupError(f"media file {name} was stored as {saved}: the storage renamed it")
        written += 1
    return {"written": written, "unchanged": len(wanted) - written, "deleted": len(deleted)}
