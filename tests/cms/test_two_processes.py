"""No per-process state: two gunicorn processes share PostgreSQL and Redis.

An editor logs in and publishes through process A; process B, which has just cached
the old answer, serves the new title over GraphQL at once (the response cache and its
invalidation live in the shared Redis) and accepts A's session. Runs only on PostgreSQL with a Redis
at 127.0.0.1:6379 (SQLite's test database is in memory, invisible to other processes).
"""

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.test import override_settings

from bench.browser import Browser
from bench.server import forget_keys
from tests.factories.home import StandardPageFactory
from tests.factories.translations import UserFactory
from tests.processes import NEEDS_POSTGRESQL_AND_REDIS, REDIS_ADDRESS, database_url, free_port

BASE_DIR = Path(__file__).resolve().parents[2]
# Its own Redis database number, and a key prefix per run on top: nothing shared with other tests.
REDIS_DB = 13
START_TIMEOUT = 60  # seconds for a process to answer /healthz

pytestmark = NEEDS_POSTGRESQL_AND_REDIS


def graphql(browser, query):
    """A GET, as frontends send it: public answers are kept in the shared response cache."""
    response, content = browser.request("GET", "/graphql/?" + urlencode({"query": query}))
    assert response.status == 200, content
    return json.loads(content)


def production_environment(static_root):
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),  # noqa: S108
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": uuid.uuid4().hex + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url(),
        "REDIS_URL": f"redis://{REDIS_ADDRESS[0]}:{REDIS_ADDRESS[1]}/{REDIS_DB}",
        "CACHE_KEY_PREFIX": f"two-processes-{uuid.uuid4().hex}",
        "CMS_VAR_DIR": str(static_root),
        # Loopback is plain HTTP; in production the proxy in front speaks HTTPS.
        "SECURE_SSL_REDIRECT": "false",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_ACCESS_LOG": "",
    }


def forget_cache(environment):
    """Delete this run's keys from Redis (its own prefix), answers and table versions alike."""
    forget_keys(environment["REDIS_URL"], environment["CACHE_KEY_PREFIX"])


def collect_static(environment):
    """A deploy step: production's manifest storage needs it before the admin can render."""
    subprocess.run(  # noqa: S603 - our interpreter, our manage.py
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        env=environment,
        cwd=BASE_DIR,
        check=True,
        timeout=120,
    )


def start_gunicorn(environment, port, log_path):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    with log_path.open("wb") as log:  # the child keeps its own copy of the file descriptor
        return subprocess.Popen(  # noqa: S603 - the pinned gunicorn, our wsgi module
            [str(gunicorn), "cms.wsgi", "--config", "gunicorn.conf.py"],
            env={**environment, "PORT": str(port)},
            cwd=BASE_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def wait_until_healthy(process, port, log_path):
    """The /healthz answer once the process serves; fails with its log if it dies or never answers."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn on port {port} exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            with Browser(port) as probe:
                response, content = probe.request("GET", "/healthz")
        except OSError:
            time.sleep(0.2)
            continue
        return response.status, json.loads(content)
    pytest.fail(f"gunicorn on port {port} did not answer within {START_TIMEOUT} s:\n{log_path.read_text()}")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


TITLE_QUERY = '{ page(path: "/en/announcement/") { title } }'


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_processes_publish_through_one_read_through_the_other(home_page, tmp_path):
    page = StandardPageFactory(parent=home_page, title="Programme to be announced", slug="announcement")
    page.title = "Programme of the Dushanbe Conference"
    page.save_revision()  # a draft: the live title stays the old one until someone publishes
    editor = UserFactory(username="comms-editor", is_superuser=True, is_staff=True)
    # Hashed with a hasher production knows (the test settings' fast MD5 is not among them).
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"]):
        editor.set_password("publish-it")
    editor.save()

    environment = production_environment(tmp_path)
    collect_static(environment)
    ports = {"A": free_port(), "B": free_port()}
    processes, browsers = {}, []
    try:
        for name, port in ports.items():
            processes[name] = start_gunicorn(environment, port, tmp_path / f"gunicorn-{name}.log")
        health = {
            name: wait_until_healthy(processes[name], port, tmp_path / f"gunicorn-{name}.log")
            for name, port in ports.items()
        }
        browsers += [Browser(ports["A"]), Browser(ports["B"])]
        process_a, process_b = browsers
        before = graphql(process_b, TITLE_QUERY)

        process_a.log_in("comms-editor", "publish-it")
        published, content = process_a.post_form(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})
        after = graphql(process_b, TITLE_QUERY)
        # The session made by A is valid on B: sessions live in the shared database.
        with Browser(ports["B"], cookies=dict(process_a.cookies)) as signed_in_on_b:
            admin_on_b, _content = signed_in_on_b.request("GET", "/admin/")
    finally:
        for browser in browsers:
            browser.close()
        for process in processes.values():
            stop(process)
        forget_cache(environment)

    ok = (200, {"status": "ok", "database": "ok", "cache": "ok"})
    assert health == {"A": ok, "B": ok}
    assert before == {"data": {"page": {"title": "Programme to be announced"}}}
    assert published.status == 302, content[:500]
    assert after == {"data": {"page": {"title": "Programme of the Dushanbe Conference"}}}
    assert admin_on_b.status == 200
