"""`manage.py backup_site <archive.tar.gz>`: the database and the media files in one archive.

See docs/deploying.md, "Backup and restore". The work is in cms/backup/.
"""

from django.core.management.base import BaseCommand, CommandError

from cms.backup import BackupError
from cms.backup.archive import write_backup


class Command(BaseCommand):
    help = "Write the database, the media files and a manifest to one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz file to write (replaced if it exists)")
        parser.add_argument(
            "--no-media",
            action="store_true",
            help="leave the media files out (a bucket backed up by its own versioning); restore then leaves them alone",
        )

    def handle(self, *args, **options):
        try:
            contents = write_backup(options["archive"], media=not options["no_media"])
        except BackupError as error:
            raise CommandError(f"No backup written: {error}") from None
        rows = sum(contents["tables"].values())
        files = "media files not included" if contents["media"] is None else f"{len(contents['media'])} media files"
        self.stdout.write(
            f"Backed up {contents['database']['engine']}: {len(contents['tables'])} tables, {rows} rows,"
            f" {len(contents['migrations'])} migrations; {files} -> {options['archive']}"
        )
