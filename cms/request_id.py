"""A request id for every request: taken from the caller or made here, echoed back, logged.

A load balancer or frontend that sends `X-Request-ID` gets its own id back and finds
it in our logs; any other request gets a fresh one. The id lives in a context
variable for the length of the request, so `RequestIdLogFilter` can stamp it on every
log record written meanwhile, whichever module writes it.
"""

import logging
import re
import time
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"
# Letters, digits and . _ - only, at most 128 characters: anything else could forge log
# lines or bloat them, so it is replaced rather than trusted.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")

current_request_id: ContextVar[str | None] = ContextVar("current_request_id", default=None)

request_logger = logging.getLogger("cms.request")


def request_id_from(header_value):
    """The caller's request id when it is a sane token, else a new uuid4 hex."""
    if header_value and SANE_REQUEST_ID.fullmatch(header_value):
        return header_value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Outermost middleware: sets the request id, answers with it, logs one line per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))
        request.request_id = request_id
        token = current_request_id.set(request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request_id
            request_logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                },
            )
            return response
        finally:
            current_request_id.reset(token)


class RequestIdLogFilter(logging.Filter):
    """Adds `request_id` to every record: the current request's, or None outside a request."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
