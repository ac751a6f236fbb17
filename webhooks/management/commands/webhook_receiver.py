"""python manage.py webhook_receiver --port 8765 --secret SECRET

A loopback receiver for trying webhooks out: prints every notification whose signature
checks out with SECRET (the endpoint's secret, in the admin), and answers 204.
"""

from django.core.management.base import BaseCommand, CommandError

from webhooks.receiver import make_receiver


class Command(BaseCommand):
    help = "Receive webhook notifications on 127.0.0.1:PORT and print the ones whose signature verifies."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, required=True)
        parser.add_argument("--secret", required=True, help="The endpoint's secret.")
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, port, secret, host, **options):
        def report(line):
            self.stdout.write(line)
            self.stdout.flush()

        try:
            server = make_receiver(host, port, secret, report)
        except OSError as error:
            raise CommandError(f"Cannot listen on {host}:{port}: {error}") from error
        report(f"Receiving webhooks on http://{host}:{server.server_port}/ (Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
