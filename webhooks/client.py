"""One POST to a checked Target, on a connection to exactly the address that was checked.

http.client rather than urllib: urllib looks the host name up again when it connects (the
check would be about another answer than the one connected to), takes HTTP(S)_PROXY from the
environment, and follows redirects unless told not to. Here the socket is opened to the checked
address while the Host header and, for https, the TLS server name and the certificate check
keep the URL's host name; a 3xx is an answer like any other and is never followed (its
Location could name any address).
"""

import dataclasses
import http.client
import socket
import ssl

USER_AGENT = "DushanbeProcessCMS-Webhooks/1"
# What the admin may show of a receiver's answer: enough to diagnose it, never a whole page.
EXCERPT_LENGTH = 500
# UTF-8 takes at most 4 bytes a character: reading more could not show more.
_EXCERPT_BYTES = EXCERPT_LENGTH * 4
# Our own error texts are short; an OSError's text is the system's, bounded all the same.
MAX_ERROR_LENGTH = 1000


@dataclasses.dataclass(frozen=True)
class Answer:
    """What came of one POST: the status code (None without an HTTP answer), our error text,
    the start of the receiver's answer when it was not a 2xx, and the address connected to."""

    status_code: int | None = None
    error: str = ""
    excerpt: str = ""
    address: str | None = None


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Speaks to the URL's host name, connected to `address`, never to a fresh lookup of the name."""

    def __init__(self, target, address, timeout):
        super().__init__(target.host, target.port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """TLS to `address`, with the certificate verified for the URL's host name (SNI sent for it too)."""

    def __init__(self, target, address, timeout):
        # The default context: system CAs, CERT_REQUIRED, check_hostname.
        self.tls = ssl.create_default_context()
        super().__init__(target.host, target.port, timeout=timeout, context=self.tls)
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        try:
            self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


def _excerpt(answer):
    if isinstance(answer, bytes):
        answer = answer.decode("utf-8", "replace")
    return answer[:EXCERPT_LENGTH]


def _error_text(error):
    return (str(error) or type(error).__name__)[:MAX_ERROR_LENGTH]


def post(target, body, headers, timeout):
    """POST `body` to `target`, trying its checked addresses in order until one connects; returns an Answer."""
    connection_class = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    failure = None
    for address in target.addresses:
        connection = connection_class(target, address, timeout)
        try:
            connection.connect()
        except OSError as error:
            connection.close()
            failure = error
            continue
        try:
            return _exchange(connection, address, target.path, body, headers)
        finally:
            connection.close()
    return Answer(error=_error_text(failure))


def _exchange(connection, address, path, body, headers):
    try:
        connection.request("POST", path, body=body, headers={**headers, "User-Agent": USER_AGENT})
        response = connection.getresponse()
        status = response.status
        excerpt = "" if 200 <= status < 300 else _excerpt(response.read(_EXCERPT_BYTES))
    except http.client.RemoteDisconnected:
        return Answer(error="The receiver closed the connection without answering.", address=address)
    except http.client.HTTPException as error:
        # Not HTTP at all (a Redis or SMTP banner...): what came back is the receiver's words, not ours.
        return Answer(error="The answer was not HTTP.", excerpt=_excerpt(str(error)), address=address)
    except OSError as error:
        # A timeout or a reset after connecting.
        return Answer(error=_error_text(error), address=address)
    error = "Redirects are not followed: the endpoint's URL must answer 2xx itself." if 300 <= status < 400 else ""
    return Answer(status, error, excerpt, address)
