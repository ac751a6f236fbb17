"""WEBHOOK_ALLOWED_NETWORKS from the environment: empty by default, loopback in development, a typo stops it."""

import json

from tests.cms.test_settings import last_line, run_python

READ_NETWORKS = "import json, {module} as s; print(json.dumps(s.WEBHOOK_ALLOWED_NETWORKS))"


def allowed_networks(module, tmp_path, **environment):
    result = run_python(READ_NETWORKS.format(module=module), CMS_VAR_DIR=str(tmp_path), **environment)
    assert result.returncode == 0, result.stderr
    return json.loads(last_line(result.stdout))


def test_no_network_is_allowed_by_default(tmp_path):
    assert allowed_networks("cms.settings.base", tmp_path) == []


def test_networks_come_from_the_environment(tmp_path):
    networks = allowed_networks("cms.settings.base", tmp_path, WEBHOOK_ALLOWED_NETWORKS=" 10.20.0.0/16, fd00:20::/32 ,")

    assert networks == ["10.20.0.0/16", "fd00:20::/32"]


def test_development_allows_a_local_receiver(tmp_path):
    networks = allowed_networks("cms.settings.dev", tmp_path, WEBHOOK_ALLOWED_NETWORKS="10.20.0.0/16")

    assert networks == ["10.20.0.0/16", "127.0.0.0/8", "::1/128"]


def test_a_network_that_is_not_one_stops_the_process(tmp_path):
    result = run_python(
        READ_NETWORKS.format(module="cms.settings.base"),
        CMS_VAR_DIR=str(tmp_path),
        WEBHOOK_ALLOWED_NETWORKS="10.20.0.0/16,127.0.0.1/8",
    )

    assert result.returncode == 1
    assert last_line(result.stderr) == (
        "django.core.exceptions.ImproperlyConfigured: WEBHOOK_ALLOWED_NETWORKS: 127.0.0.1/8 has host bits set "
        "(expected comma-separated networks, e.g. 10.20.0.0/16)"
    )
