"""Which database tables a GraphQL answer was made from.

Every SQL statement run while a query executes is read for the tables it names
(`FROM "programme_sessionpage"`, `JOIN "media_customimage"`). That list is complete by
construction: a table the answer depends on is one its SQL read, including the empty
lists and the prefetches, with nothing to declare per field and nothing to forget.
"""

import re
from contextlib import ExitStack, contextmanager
from functools import cache

from django.apps import apps
from django.db import connections

# Django quotes every table name it writes, on SQLite and PostgreSQL alike.
TABLE_NAME = re.compile(r'\b(?:FROM|JOIN)\s+"([A-Za-z0-9_]+)"', re.IGNORECASE)


class TablesRead:
    """A database execute wrapper that notes the tables each statement names."""

    def __init__(self):
        self.tables = set()

    def __call__(self, execute, sql, params, many, context):
        self.tables.update(TABLE_NAME.findall(sql))
        return execute(sql, params, many, context)


@contextmanager
def recording_tables_read():
    """Within the block, every statement on every database adds its tables to the yielded set."""
    recorder = TablesRead()
    with ExitStack() as stack:
        for alias in connections:
            stack.enter_context(connections[alias].execute_wrapper(recorder))
        yield recorder.tables


@cache
def model_tables():
    """Every table of an installed model (many-to-many tables included): the tables a version is kept for."""
    tables = set()
    for model in apps.get_models(include_auto_created=True):
        tables.add(model._meta.db_table)
    return frozenset(tables)


def tables_of(model):
    """The tables a write to `model` touches: its own and, with multi-table inheritance, its parents'."""
    return [model._meta.db_table, *(parent._meta.db_table for parent in model._meta.get_parent_list())]
