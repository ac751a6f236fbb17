"""The development receiver (manage.py webhook_receiver): prints verified notifications, refuses forged ones."""

import json
import threading
import urllib.error
import urllib.request

import pytest

from webhooks.receiver import make_receiver
from webhooks.signing import signed_headers

NOTIFICATION = {
    "id": "0b6f3c1e-0000-4000-8000-000000000001",
    "type": "page.unpublished",
    "object": {"kind": "page", "model": "news.newspage", "id": "7", "title": "Press release"},
    "languages": ["en", "ru"],
    "urls": [{"language": "en", "url": "https://example.org/en/news/7/"}],
}


@pytest.fixture
def receiver_lines():
    lines = []
    server = make_receiver("127.0.0.1", 0, "try-it-secret", lines.append)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hooks", lines
    server.shutdown()
    server.server_close()


def send(url, secret):
    body = json.dumps(NOTIFICATION).encode()
    headers = signed_headers(secret, NOTIFICATION["id"], body)
    request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310 - loopback test server
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - loopback test server
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_receiver_prints_a_verified_notification(receiver_lines):
    url, lines = receiver_lines

    assert send(url, "try-it-secret") == 204
    assert lines == [
        "verified page.unpublished id=0b6f3c1e-0000-4000-8000-000000000001 news.newspage 7 “Press release” "
        "languages=en,ru urls=https://example.org/en/news/7/"
    ]


def test_receiver_refuses_another_secret(receiver_lines):
    url, lines = receiver_lines

    assert send(url, "forged") == 401
    assert lines == ["REJECTED bad signature id=0b6f3c1e-0000-4000-8000-000000000001"]
