"""A version for each table, kept in the shared cache so every app process sees the same.

A version is a random token, not a counter: if the cache evicts a table's version, the
next reader draws a new token, which matches no answer stored before; a counter reset to
zero could match one. Changing a table's version is one `set`, atomic in Redis.
"""

import uuid

from .settings import shared_cache

PREFIX = "cms:api:table-version:"


def _new_version():
    return uuid.uuid4().hex[:16]


def current_versions(tables):
    """{table: version} for `tables`, giving a version to any table that has none yet."""
    store = shared_cache()
    keys = {PREFIX + table: table for table in tables}
    found = store.get_many(keys)
    for key in keys.keys() - found.keys():
        # add() keeps a version another process set meanwhile; read back whichever won.
        store.add(key, _new_version(), timeout=None)
    if len(found) < len(keys):
        found.update(store.get_many([key for key in keys if key not in found]))
    return {keys[key]: version for key, version in found.items()}


def change_versions(tables):
    """Give each of `tables` a new version: every answer made from them stops being served."""
    if tables:
        shared_cache().set_many({PREFIX + table: _new_version() for table in tables}, timeout=None)
