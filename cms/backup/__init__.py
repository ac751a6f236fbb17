"""Backup and restore of the whole site: the database and the media files, in one archive.

`manage.py backup_site` and `manage.py restore_site` (docs/deploying.md, "Backup and
restore") are thin: the work is in `archive` (writing, unpacking and verifying the .tar.gz),
`database` (one class per engine), `media` (files through the storage API) and
`manifest` (what an archive holds and whether this site may take it).
"""


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why and what to do."""


class PartlyRestored(BackupError):
    """A restore failed after it began to write: the message says what is already replaced."""
