"""The whole database (and optionally the media files) as plain values, to compare exactly.

`snapshot()` reads every row of every table of every installed model, the many-to-many
tables Django creates included, ordered by primary key. A test that takes one before an
operation and one after can assert `snapshot() == before`: nothing written, nothing
half-written, anywhere. Deliberately independent of the code under test (cms/backup):
a helper that shared its listing of tables or files would hide that code's mistakes.
"""

import datetime
import hashlib
import uuid
from decimal import Decimal

from django.apps import apps
from django.core.files.storage import default_storage
from django.db import connection


def _plain(value):
    """A value that compares by content and prints readably in an assertion's diff."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value  # file fields come back as their names already; JSON as dicts and lists


def stored_models():
    """Every model with a table of its own in this database (proxies share their parent's).

    Unmanaged models count when their table exists (Wagtail's SQLite full-text index);
    PostgreSQL-only or SQLite-only models do not exist on the other engine.
    """
    tables = set(connection.introspection.table_names())
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy and model._meta.db_table in tables
    ]


def table_rows(model):
    """The rows of one model's table as tuples of plain values, in primary-key order."""
    columns = [field.attname for field in model._meta.concrete_fields]
    return [
        tuple(_plain(value) for value in row)
        for row in model._base_manager.order_by("pk").values_list(*columns).iterator()
    ]


def media_checksums(storage=default_storage):
    """{file name: sha256} of every file in the media storage, walked through the storage API."""
    checksums = {}
    folders = [""] if storage.exists("") else []  # a site with no upload yet has no media folder
    while folders:
        folder = folders.pop()
        subfolders, files = storage.listdir(folder)
        folders.extend(f"{folder}{name}/" for name in subfolders)
        for name in files:
            with storage.open(f"{folder}{name}", "rb") as stored:
                checksums[f"{folder}{name}"] = hashlib.file_digest(stored, "sha256").hexdigest()
    return dict(sorted(checksums.items()))


def snapshot(media=False):
    """{model label: [row, ...]} for every table; with `media`, also {"media files": {name: sha256}}."""
    state = {model._meta.label: table_rows(model) for model in stored_models()}
    if media:
        state["media files"] = media_checksums()
    return state
