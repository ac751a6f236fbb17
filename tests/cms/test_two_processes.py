"""No per-process state: two gunicorn processes share PostgreSQL and Redis.

An editor logs in and publishes through process A; process B, which has just cached
the old answer, serves the new title over GraphQL at once (the response cache and its
invalidation live in the shared Redis) and accepts A's session. Runs only on PostgreSQL with a Redis
at 127.0.0.1:6379 (SQLite's test database is in memory, invisible to other processes).
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
import redis
from django.db import connection
from django.test import override_settings

from tests.factories.home import StandardPageFactory
from tests.factories.translations import UserFactory

BASE_DIR = Path(__file__).resolve().parents[2]
REDIS_ADDRESS = ("127.0.0.1", 6379)
# Its own Redis database number, and a key prefix per run on top: nothing shared with other tests.
REDIS_DB = 13
START_TIMEOUT = 60  # seconds for a process to answer /healthz
REQUEST_TIMEOUT = 20


def redis_reachable():
    try:
        with socket.create_connection(REDIS_ADDRESS, timeout=1):
            return True
    except OSError:
        return False


pytestmark = [
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


class Browser:
    """Just enough of a browser for one process: cookies kept by hand, no redirects followed.

    The cookies are Secure (production settings); a browser would not send them over
    plain HTTP, but the processes behind the proxy neither know nor care.
    """

    def __init__(self, port, cookies=None):
        self.port = port
        self.cookies = cookies if cookies is not None else {}

    def request(self, method, path, body=None, headers=None):
        connection_ = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        try:
            connection_.request(method, path, body=body, headers=headers)
            response = connection_.getresponse()
            content = response.read()
        finally:
            connection_.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.update({name: morsel.value for name, morsel in SimpleCookie(header).items()})
        return response, content

    def post_form(self, path, fields):
        """A form POST with the CSRF token from the cookie, as the admin's forms send it."""
        body = urlencode({"csrfmiddlewaretoken": self.cookies["csrftoken"], **fields})
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def graphql(self, query):
        """A GET, as frontends send it: public answers are kept in the shared response cache."""
        response, content = self.request("GET", "/graphql/?" + urlencode({"query": query}))
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
    client = redis.Redis.from_url(environment["REDIS_URL"], socket_timeout=5)
    try:
        stale = list(client.scan_iter(match=f"{environment['CACHE_KEY_PREFIX']}:*"))
        if stale:
            client.delete(*stale)
    finally:
        client.close()


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
            response, content = Browser(port).request("GET", "/healthz")
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


def log_in(browser, username, password):
    browser.request("GET", "/admin/login/")
    response, content = browser.post_form("/admin/login/", {"username": username, "password": password})
    assert (response.status, response.getheader("Location")) == (302, "/admin/"), content[:500]


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
    processes = {}
    try:
        for name, port in ports.items():
            processes[name] = start_gunicorn(environment, port, tmp_path / f"gunicorn-{name}.log")
        health = {
            name: wait_until_healthy(processes[name], port, tmp_path / f"gunicorn-{name}.log")
            for name, port in ports.items()
        }
        process_a, process_b = Browser(ports["A"]), Browser(ports["B"])
        before = process_b.graphql(TITLE_QUERY)

        log_in(process_a, "comms-editor", "publish-it")
        published, content = process_a.post_form(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})
        after = process_b.graphql(TITLE_QUERY)
        # The session made by A is valid on B: sessions live in the shared database.
        admin_on_b, _content = Browser(ports["B"], cookies=dict(process_a.cookies)).request("GET", "/admin/")
    finally:
        for process in processes.values():
            stop(process)
        forget_cache(environment)

    ok = (200, {"status": "ok", "database": "ok", "cache": "ok"})
    assert health == {"A": ok, "B": ok}
    assert before == {"data": {"page": {"title": "Programme to be announced"}}}
    assert published.status == 302, content[:500]
    assert after == {"data": {"page": {"title": "Programme of the Dushanbe Conference"}}}
    assert admin_on_b.status == 200
