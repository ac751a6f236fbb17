"""The attackers of `make flood`: each sends the floods (bench/flood_payloads.py) in a loop.

No think time: the next flood goes out as soon as the last answer is read, on a new
connection (gunicorn's sync workers close each one anyway), with the attacker's own
X-Forwarded-For, as the reverse proxy in front of production would append it. What each
answer was is counted in the classes the report shows: 400 (a clear refusal), 413 (too
large), 429 (rate limited), and anything else (another status, or no answer at all: the
connection closed or reset, which is what a killed worker leaves).
"""

import contextlib
import http.client
import itertools
import time
from dataclasses import dataclass

HOST = "127.0.0.1"
# Longer than gunicorn's 30 s worker timeout plus a wait in its backlog: an attacker must see
# how its request ended (an answer, or the connection a killed worker dropped), not give up first.
TIMEOUT_SECONDS = 120
CLASSES = ("400", "413", "429", "other")


@dataclass(frozen=True)
class Attack:
    flood: str  # Flood.name
    attacker: int
    started: float  # time.monotonic()
    finished: float
    status: int | None  # None: no HTTP answer
    error: str | None  # what happened instead of an answer

    @property
    def ms(self):
        return (self.finished - self.started) * 1000

    @property
    def outcome(self):
        """The status code, or the name of the transport error: "400", "500", "RemoteDisconnected"."""
        return str(self.status) if self.status is not None else self.error

    @property
    def status_class(self):
        return self.outcome if self.outcome in CLASSES[:-1] else "other"


def send(port, flood, number, headers):
    """(status, error) of one sending of `flood` on a new connection."""
    method, path, body = flood.request(number)
    headers = {**headers, **({"Content-Type": flood.content_type} if flood.content_type else {})}
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT_SECONDS)
    try:
        # Refused before the whole body was read: the answer may be waiting all the same.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, None
    except (OSError, http.client.HTTPException) as error:
        return None, type(error).__name__
    finally:
        connection.close()


class Attacker:
    """One attacking client: its address, and the floods in order from `first` on, again and again."""

    def __init__(self, port, number, address, floods, first=0):
        self.port, self.number = port, number
        self.headers = {"Accept": "application/json", "X-Forwarded-For": address}
        self.floods = floods[first % len(floods) :] + floods[: first % len(floods)]

    def attack(self, stop):
        """Send until the event `stop` is set; the attacks sent, in order."""
        attacks, sendings = [], itertools.count(self.number * 1_000_000)
        for flood in itertools.cycle(self.floods):
            if stop.is_set():
                break
            started = time.monotonic()
            status, error = send(self.port, flood, next(sendings), self.headers)
            attacks.append(Attack(flood.name, self.number, started, time.monotonic(), status, error))
        return attacks
