"""For tests that run the app in other processes (gunicorn): they need PostgreSQL and Redis.

SQLite's test database is in memory, invisible to another process, and the processes
share their cache through Redis, so such tests are skipped without either.
"""

import os
import socket

import pytest
from django.db import connection

REDIS_ADDRESS = ("127.0.0.1", 6379)


def redis_reachable():
    try:
        with socket.create_connection(REDIS_ADDRESS, timeout=1):
            return True
    except OSError:
        return False


NEEDS_POSTGRESQL_AND_REDIS = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        reason="needs PostgreSQL (DATABASE_URL): other processes cannot see SQLite's in-memory test database",
    ),
    pytest.mark.skipif(not redis_reachable(), reason="needs Redis at 127.0.0.1:6379"),
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The URL of pytest-django's test database (test_<name>), which the processes must use."""
    database = connection.settings_dict
    return f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
