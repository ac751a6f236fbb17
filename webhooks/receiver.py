"""A webhook receiver for development and the docs' "Try it": prints each notification it verifies.

Not for production: a real receiver is the frontend's (docs/webhooks.md shows the check).
"""

import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .signing import verify


def make_receiver(host, port, secret, report):
    """An HTTP server on (host, port) that checks each POST's signature with `secret`.

    `report(line)` is called once per request: "verified <type> ..." or "REJECTED ...".
    Verified notifications get 204, bad signatures 401.
    """

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the name http.server calls
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            timestamp = self.headers.get("X-Webhook-Timestamp")
            if not verify(secret, timestamp, body, self.headers.get("X-Webhook-Signature")):
                report(f"REJECTED bad signature id={self.headers.get('X-Webhook-Id')}")
                self.send_response(401)
                self.end_headers()
                return
            notification = json.loads(body)
            changed = notification["object"]
            urls = " ".join(entry["url"] for entry in notification["urls"])
            report(
                f"verified {notification['type']} id={notification['id']} "
                f"{changed['model']} {changed['id']} “{changed['title']}” "
                f"languages={','.join(notification['languages'])} urls={urls or '-'}"
            )
            self.send_response(204)
            self.end_headers()

        def log_message(self, format, *args):  # noqa: A002 - http.server's signature
            # report() says what matters; the default access log would repeat it on stderr.
            pass

    return ThreadingHTTPServer((host, port), Handler)
