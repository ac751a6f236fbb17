"""One load-while-publishing run: readers and the editor in threads of this one process.

One process, so that the readers' request start times and the editor's publish times
come from the same monotonic clock. Threads rather than asyncio: http.client needs no
dependency beyond the standard library, so the same code runs in the test suite, and
the GIL is released while a thread waits for the server, which is most of its time.

Each reader keeps one keep-alive connection and sends its next query as soon as the
last answer is read (no think time: 50 readers are 50 requests always in flight).
When the time is up, the readers stop, the editor finishes its last publish, and then
every reader asks every query once more: the final round, which must show the last
revision published.
"""

import http.client
import json
import threading
import time
from dataclasses import dataclass, field

from .load_editor import Editor
from .load_workload import reader_choices, revision_shown, workload

HOST = "127.0.0.1"
HEADERS = {"Accept": "application/json"}


@dataclass(frozen=True)
class Answer:
    kind: str
    language: str
    started: float  # time.monotonic() before the request was sent
    finished: float
    revision: int | None  # the edited session's revision it shows; None when it shows none
    error: str | None
    cached: bool  # answered by the cached-answer middleware (see `served_from_cache`)
    final: bool  # asked in the final round, after the last publish returned
    resent: bool = False  # sent again on a new connection: the server had closed the kept-alive one

    @property
    def ms(self):
        return (self.finished - self.started) * 1000


@dataclass
class Run:
    answers: list = field(default_factory=list)
    publishes: list = field(default_factory=list)
    window: tuple = (0.0, 0.0)  # monotonic start and end of the loaded period
    readers: int = 0


def served_from_cache(headers):
    """Whether the cached-answer middleware answered (cms/api/caching/middleware.py).

    It answers above the rest of the middleware stack, so its answers lack the
    X-Frame-Options header that Django's XFrameOptionsMiddleware, further down, adds to
    everything else (tests/bench/test_load_workload.py keeps this true).
    """
    return headers.get("X-Frame-Options") is None


class Reader:
    """One client: a keep-alive connection and the readings of its answers."""

    def __init__(self, port, session, shown, headers=HEADERS):
        self.port = port
        self.session = session
        self.shown = shown  # (url, ETag) -> (revision, error): an answer's body is read once
        self.headers = headers  # a client behind the reverse proxy adds its X-Forwarded-For
        self.connection = None

    def ask(self, query, final=False):
        started, resent = time.monotonic(), False
        try:
            try:
                response, body = self._get(query.url)
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                if self.connection is None:
                    raise
                # The server closed the kept-alive connection as the request went out (gunicorn
                # does when a worker restarts after max_requests, or at its keep-alive timeout).
                # Browsers and the apps' HTTP clients then send an idempotent GET once more on a
                # new connection (RFC 9112, 9.3.1); the report counts these. A failure on a new
                # connection is an error.
                self.close()
                resent = True
                response, body = self._get(query.url)
        except (OSError, http.client.HTTPException) as error:
            self.close()  # a browser or app opens a new connection after a failed one
            finished = time.monotonic()
            return Answer(query.kind, query.language, started, finished, None, repr(error), False, final, resent)
        finished = time.monotonic()
        if response.status != 200:
            error = f"HTTP {response.status}: {body[:200]!r}"
            return Answer(query.kind, query.language, started, finished, None, error, False, final, resent)
        etag = response.getheader("ETag")
        if etag is None:  # not a public answer (an error): read it, never remember it
            revision, error = self._read(query, body)
        else:
            if (query.url, etag) not in self.shown:
                self.shown[query.url, etag] = self._read(query, body)
            revision, error = self.shown[query.url, etag]
        cached = served_from_cache(response.headers)
        return Answer(query.kind, query.language, started, finished, revision, error, cached, final, resent)

    def _get(self, url):
        """(response, body) of one GET on the kept-alive connection; a first request opens it."""
        fresh = self.connection is None
        if fresh:
            self.connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
        try:
            self.connection.request("GET", url, headers=self.headers)
            response = self.connection.getresponse()
            return response, response.read()
        except Exception:
            if fresh:  # nothing to send again on: `ask` reports it as an error
                self.close()
            raise

    def _read(self, query, body):
        try:
            answer = json.loads(body)
            if answer.get("errors"):
                return None, f"GraphQL errors: {answer['errors']}"[:300]
            title = query.title_shown(answer["data"])
        except (ValueError, KeyError, TypeError, LookupError) as error:
            return None, f"unreadable answer ({error!r}): {body[:200]!r}"
        revision = revision_shown(query.language, title, self.session)
        if revision is None:
            return None, f"unexpected title in {query.language}: {title!r}"
        return revision, None

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def warm_up(port, session, queries):
    """Each query once, so that the run starts from a warm cache, as a server does on conference day."""
    reader = Reader(port, session, {})
    try:
        failed = [answer.error for answer in (reader.ask(query) for query in queries) if answer.error]
    finally:
        reader.close()
    if failed:
        raise RuntimeError(f"warm-up failed: {failed[0]}")


def run_load(
    port, session, editor_credentials, readers=50, seconds=60.0, interval=1.0, seed=0, min_publishes=0, max_seconds=None
):
    """Load the server with `readers` clients for `seconds` while the editor publishes every `interval` s.

    With `min_publishes`, the load goes on after `seconds` until that many publishes are
    done (a busy machine's admin takes longer per publish), for at most `max_seconds`.
    """
    queries = workload(session)
    editor = Editor(port, *editor_credentials, session)
    try:
        editor.sign_in()
        warm_up(port, session, queries)
    except Exception:
        editor.browser.close()
        raise
    run, shown, lock = Run(readers=readers), {}, threading.Lock()
    time_is_up, editor_done = threading.Event(), threading.Event()

    def read(number):
        reader, choices, answers = Reader(port, session, shown), reader_choices(queries, seed + number), []
        try:
            while not time_is_up.is_set():
                answers.append(reader.ask(next(choices)))
            editor_done.wait()
            answers += [reader.ask(query, final=True) for query in queries]
        finally:
            reader.close()
            with lock:
                run.answers += answers

    threads = [threading.Thread(target=read, args=(number,), daemon=True) for number in range(readers)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    try:
        run.publishes = editor.publish_every(
            interval, until=start + seconds, at_least=min_publishes, latest=start + (max_seconds or seconds)
        )
        # The editor's last publish may end before the time is up: the readers go on until then.
        time.sleep(max(0.0, start + seconds - time.monotonic()))
    finally:
        time_is_up.set()
        run.window = (start, time.monotonic())
        editor_done.set()
        editor.browser.close()
        for thread in threads:
            thread.join(timeout=120)
    return run
