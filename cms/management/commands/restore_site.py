"""`manage.py restore_site <archive.tar.gz> [--force]`: the site as it was at the backup.

See docs/deploying.md, "Backup and restore". Every check runs before anything changes;
the work is in cms/backup/.
"""

from django.core.management.base import BaseCommand, CommandError

from cms.backup import BackupError, PartlyRestored
from cms.backup.archive import restore_backup


class Command(BaseCommand):
    help = "Replace the database and the media files with those of a backup made by backup_site."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a .tar.gz written by backup_site")
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore over a database that has tables: everything in it and in the media storage is replaced",
        )

    def handle(self, *args, **options):
        try:
            contents, media = restore_backup(options["archive"], force=options["force"])
        except PartlyRestored as error:
            raise CommandError(f"Restore incomplete: {error}") from None
        except BackupError as error:
            raise CommandError(f"Nothing restored: {error}") from None
        rows = sum(contents["tables"].values())
        if media is None:
            files = "media files: not in the backup, left as they are"
        else:
            files = (
                f"media files: {media['written']} written, {media['unchanged']} unchanged, {media['deleted']} deleted"
            )
        self.stdout.write(
            f"Restored the backup of {contents['created']}: {len(contents['tables'])} tables, {rows} rows"
            f" (counts checked); {files}"
        )
