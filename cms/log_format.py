"""One JSON object per log line, for log collectors (production LOGGING).

Every line has timestamp (UTC, ISO 8601), level, logger, message and request_id
(null outside a request); the request log line of `cms.request_id` adds method,
path, status and duration_ms; an exception adds its formatted traceback.
"""

import json
import logging
from datetime import UTC, datetime

# Attributes the request log line passes through `extra=`, written when present.
REQUEST_FIELDS = ("method", "path", "status", "duration_ms")


class JsonLogFormatter(logging.Formatter):
    """Formats a record as one line of JSON with a fixed set of keys."""

    def format(self, record):
        """The record as a JSON object on one line."""
        line = {
            "timestamp": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
        }
        for field in REQUEST_FIELDS:
            if hasattr(record, field):
                line[field] = getattr(record, field)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        # default=str: a stray non-JSON value in `extra` must never lose the line.
        return json.dumps(line, ensure_ascii=False, default=str)
