"""Read replicas: public reads that can bear a moment's replication lag may use a replica.

Everything reads the primary unless it runs inside `replica_reads()`: the admin, every
write, the translators' screens and the GraphQL answers the response cache keeps. The
latter matters: an answer made from a replica that has not yet replayed a publish would
be cached under the new table versions and stay stale until the next change. The
exports, feeds and sitemap, which validate by ETag and are not cached server-side, read
replicas: a delegate's calendar may see a publish a second later, never a wrong one for long.

Replicas are the databases named `replica_1`, `replica_2`... (DATABASE_REPLICA_URLS).
"""

import random
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings

_reading_from_replicas = ContextVar("reading_from_replicas", default=False)


@contextmanager
def replica_reads():
    """Within the block, reads go to a replica when there is one."""
    token = _reading_from_replicas.set(True)
    try:
        yield
    finally:
        _reading_from_replicas.reset(token)


def replica_aliases():
    return [alias for alias in settings.DATABASES if alias.startswith("replica_")]


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        replicas = replica_aliases()
        if replicas and _reading_from_replicas.get():
            return random.choice(replicas)  # noqa: S311 - spreading load, not security
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # Replicas hold the same rows as the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"
