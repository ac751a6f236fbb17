"""Request ids: taken from a sane X-Request-ID or generated, echoed, stamped on log records."""

import json
import logging
import re
import sys

import pytest

from cms.log_format import JsonLogFormatter
from cms.request_id import RequestIdLogFilter, current_request_id, request_id_from

UUID_HEX = re.compile(r"[0-9a-f]{32}")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("lb-7f3a9c.2026_11_23", "lb-7f3a9c.2026_11_23"),
        ("a" * 128, "a" * 128),
    ],
    ids=["token", "longest"],
)
def test_request_id_from_sane_header_is_kept(header, expected):
    assert request_id_from(header) == expected


@pytest.mark.parametrize(
    "header",
    [None, "", "a" * 129, "id with spaces", 'forged"}\n{"level": "ERROR', "héllo"],
    ids=["missing", "empty", "too-long", "spaces", "log-injection", "non-ascii"],
)
def test_request_id_from_missing_or_insane_header_is_new_uuid(header):
    request_id = request_id_from(header)

    assert UUID_HEX.fullmatch(request_id) is not None
    assert request_id != header


@pytest.mark.django_db
def test_request_id_echoes_the_callers_id(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="frontend-42")

    assert response["X-Request-ID"] == "frontend-42"


@pytest.mark.django_db
def test_request_id_generated_when_header_is_insane(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="not a token")

    assert UUID_HEX.fullmatch(response["X-Request-ID"]) is not None


@pytest.mark.django_db
def test_request_log_line_carries_request_id_method_path_status(client, caplog):
    caplog.set_level(logging.INFO, logger="cms.request")
    # As production's LOGGING does on its stdout handler: the filter runs while the request is served.
    caplog.handler.addFilter(RequestIdLogFilter())

    client.get("/healthz", HTTP_X_REQUEST_ID="probe-1")

    [record] = [record for record in caplog.records if record.name == "cms.request"]
    line = json.loads(JsonLogFormatter().format(record))
    assert isinstance(line.pop("duration_ms"), float)
    assert line.pop("timestamp").endswith("+00:00")
    assert line == {
        "level": "INFO",
        "logger": "cms.request",
        "message": "GET /healthz 200",
        "request_id": "probe-1",
        "method": "GET",
        "path": "/healthz",
        "status": 200,
    }


def test_request_id_log_filter_stamps_current_request_id():
    record = logging.LogRecord("news.feeds", logging.WARNING, __file__, 1, "Feed %s is empty", ("ru",), None)
    token = current_request_id.set("lb-99")
    try:
        assert RequestIdLogFilter().filter(record) is True
    finally:
        current_request_id.reset(token)

    line = json.loads(JsonLogFormatter().format(record))
    assert line.pop("timestamp").endswith("+00:00")
    assert line == {"level": "WARNING", "logger": "news.feeds", "message": "Feed ru is empty", "request_id": "lb-99"}


def test_request_id_log_filter_outside_a_request_is_none():
    record = logging.LogRecord("cms.scheduler", logging.INFO, __file__, 1, "Published %d pages", (3,), None)

    RequestIdLogFilter().filter(record)

    assert record.request_id is None


def test_json_log_formatter_writes_exception_traceback():
    try:
        raise ValueError("broken rendition")
    except ValueError:
        record = logging.LogRecord("media", logging.ERROR, __file__, 1, "Rendition failed", (), sys.exc_info())

    line = json.loads(JsonLogFormatter().format(record))

    assert line["message"] == "Rendition failed"
    assert line["exception"].splitlines()[-1] == "ValueError: broken rendition"
