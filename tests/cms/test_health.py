"""`/healthz`: database and cache checked, 503 naming the failed check, never cached."""

import json
import socket
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import override_settings


def closed_port():
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unreachable_redis_cache():
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


@pytest.mark.django_db
def test_healthz_all_checks_pass(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Type"] == "application/json"


@pytest.mark.django_db
def test_healthz_answers_a_probe_by_ip_address_not_in_allowed_hosts(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.5")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_healthz_database_down_is_503_naming_the_database(client):
    broken = mock.MagicMock()
    broken.cursor.side_effect = OperationalError("connection to server at db.internal (10.0.0.9) refused")

    with mock.patch("cms.health.connection", broken):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "failed", "database": "failed", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert b"10.0.0.9" not in response.content


@pytest.mark.django_db
def test_healthz_cache_down_is_503_naming_the_cache(client):
    with override_settings(CACHES=unreachable_redis_cache()):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "failed", "database": "ok", "cache": "failed"}
    assert b"127.0.0.1" not in response.content


def test_healthz_refuses_other_methods(client):
    response = client.post("/healthz")

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
