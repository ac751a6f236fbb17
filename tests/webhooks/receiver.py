"""A webhook receiver on loopback for tests: checks each signature on its own and records what came.

The check is written here with hmac directly, not with webhooks.signing, so that a bug
in the signing module cannot make the tests agree with it.
"""

import contextlib
import hashlib
import hmac
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# The secret of the tests' endpoints and receivers.
TEST_SECRET = "test-secret-for-the-web-site"  # noqa: S105 - never leaves the test
# A receiver told to hang gives up after this long, so a test can never wait forever.
HANG_LIMIT = 30


class LoopbackReceiver:
    """An HTTP server on 127.0.0.1, on a free port, in a thread.

    `answer` decides the reply: an HTTP status (204, 500...) or "hang" (accept, never
    answer until released), with `answer_headers` and `answer_body`. Every request is
    recorded in `received`, answered or not, and every connection counted in `connections`
    (a refused target must never be connected to). `host` may be another loopback address
    (127.0.0.2) and `port` a given one, for two receivers that differ only by address; with
    `tls` (a server-side ssl.SSLContext) it speaks https.
    """

    def __init__(self, secret, host="127.0.0.1", port=0, tls=None):
        self.secret = secret
        self.answer = 204
        self.answer_headers = {}
        self.answer_body = b""
        self.connections = 0
        self.received = []
        self.request_arrived = threading.Event()
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def setup(self):
                receiver.connections += 1
                super().setup()

            def do_POST(self):  # noqa: N802 - the name http.server calls
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append(
                    {
                        "headers": dict(self.headers),
                        "json": json.loads(body),
                        "verified": receiver.verify(self.headers, body),
                        "answer": receiver.answer,
                    }
                )
                receiver.request_arrived.set()
                if receiver.answer == "hang":
                    receiver.release.wait(HANG_LIMIT)
                    return
                self.send_response(receiver.answer)
                for name, value in receiver.answer_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(receiver.answer_body)))
                self.end_headers()
                self.wfile.write(receiver.answer_body)

            def log_message(self, format, *args):  # noqa: A002
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            # The handshake happens on accept: a client that refuses our certificate never gets to a request.
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_port
        self.url = f"{'https' if tls else 'http'}://{host}:{self.port}/hooks/cms"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def verify(self, headers, body):
        message = headers["X-Webhook-Timestamp"].encode() + b"." + body
        expected = "sha256=" + hmac.new(self.secret.encode(), message, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, headers["X-Webhook-Signature"])

    @property
    def bodies(self):
        return [request["json"] for request in self.received]

    def stop(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


class BannerListener:
    """A loopback service that is not HTTP (Redis, SMTP...): it writes `banner` to whoever connects, then hangs up."""

    def __init__(self, banner):
        self.banner = banner
        self.connections = 0
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return  # stopped
            self.connections += 1
            with connection:
                connection.recv(65536)
                connection.sendall(self.banner)

    def stop(self):
        # shutdown() wakes the accept() that close() alone would leave waiting.
        with contextlib.suppress(OSError):
            self.socket.shutdown(socket.SHUT_RDWR)
        self.socket.close()


def closed_port_url():
    """A loopback URL nobody listens on: connecting is refused at once (a receiver that is down)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/hooks/cms"
