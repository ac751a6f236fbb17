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

    def handle(self, *args, **options):
        try:
            contents = write_backup(options["archive"])
        except BackupError as error:
            raise CommandError(f"No backup written: {error}") from None
        rows = sum(contents["tables"].values())
        self.stdout.write(
            f"Backed up {contents['database']['engine']}: {len(contents['tables'])} tables, {rows} rows,"
            f" {len(contents['migrations'])} migrations; {len(contents['media'])} media files"
            f" -> {options['archive']}"
        )
