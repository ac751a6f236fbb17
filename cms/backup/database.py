"""The database part of a backup, one class per engine.

Each engine dumps the configured database into one file and reads the facts the manifest
records (row count of every table, applied migrations) from exactly what it dumped, so
that a site written to during the backup still gets a manifest that matches its dump.
A restore replaces the whole database in one transaction: it either happens completely
or not at all.
"""

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess

from django.db import connection, transaction

from . import BackupError


def _facts(cursor, tables, quote):
    """{"tables": {name: rows}, "migrations": ["app.name", ...]} through a DB-API cursor."""
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 - names from the catalogue, quoted
        counts[table] = cursor.fetchone()[0]
    migrations = []
    if "django_migrations" in tables:
        cursor.execute("SELECT app, name FROM django_migrations")
        migrations = sorted(f"{app}.{name}" for app, name in cursor.fetchall())
    return {"tables": counts, "migrations": migrations}


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


class SQLiteDatabase:
    """The database file, copied page by page with SQLite's online backup API.

    The backup API reads a consistent state while other processes keep writing, and
    writes the destination in one transaction: a restore replaces every table (those
    the backup does not have included) or, on failure, nothing.
    """

    engine = "sqlite"
    dump_name = "database.sqlite3"

    def versions(self):
        return {"sqlite": sqlite3.sqlite_version}

    def check_restore_tools(self, manifest):
        """Nothing to check: the sqlite3 module reads any SQLite 3 file."""

    @staticmethod
    def _raw():
        connection.ensure_connection()
        return connection.connection

    @staticmethod
    def _tables(raw):
        rows = raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        return [name for (name,) in rows]

    def facts(self):
        raw = self._raw()
        return _facts(raw.cursor(), self._tables(raw), _quote)

    def dump(self, path):
        with contextlib.closing(sqlite3.connect(path)) as copy:
            self._raw().backup(copy)
            return _facts(copy.cursor(), self._tables(copy), _quote)

    def restore(self, path):
        with contextlib.closing(sqlite3.connect(path)) as copy:
            copy.backup(self._raw())


def _major(version_text):
    """15 from "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"."""
    found = re.search(r"\b(\d+)(?:\.\d+)?", version_text)
    return int(found.group(1)) if found else None


class PostgreSQLDatabase:
    """`pg_dump --format=custom`, restored with `pg_restore --single-transaction`.

    The dump and the manifest's facts come from one exported snapshot, so they agree
    even while editors work. pg_restore `--clean --if-exists` drops and recreates every
    object of the dump; `--no-owner` lets another database user own the restored tables.
    """

    engine = "postgresql"
    dump_name = "database.pgdump"

    def _environment(self):
        """libpq's variables for the configured database: no password on a command line."""
        params = connection.settings_dict
        environment = {"PGDATABASE": params["NAME"], "PGUSER": params["USER"] or ""}
        if params["HOST"]:
            environment["PGHOST"] = params["HOST"]
        if params["PORT"]:
            environment["PGPORT"] = str(params["PORT"])
        if params["PASSWORD"]:
            environment["PGPASSWORD"] = params["PASSWORD"]
        if params.get("OPTIONS", {}).get("sslmode"):  # DATABASE_URL's ?sslmode=require
            environment["PGSSLMODE"] = params["OPTIONS"]["sslmode"]
        return environment

    def _run(self, *arguments):
        executable = shutil.which(arguments[0])
        if executable is None:
            raise BackupError(
                f"{arguments[0]} is not installed: install the PostgreSQL client of the server's version"
                f" (Debian: apt-get install postgresql-client-{self.server_major()})"
            )
        result = subprocess.run(  # noqa: S603 - our own fixed arguments, no shell
            [executable, *arguments[1:]],
            env={**os.environ, **self._environment()},
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise BackupError(f"{arguments[0]} failed: {result.stderr.strip()}")
        return result.stdout

    def server_major(self):
        connection.ensure_connection()
        return connection.pg_version // 10000

    def tool_major(self, tool):
        return _major(self._run(tool, "--version"))

    def versions(self):
        connection.ensure_connection()
        version = connection.pg_version
        return {"postgresql": f"{version // 10000}.{version % 10000}", "pg_dump": self.tool_major("pg_dump")}

    def _check_dump_tool(self):
        # The server's own version: an older pg_dump refuses a newer server (with a message
        # that names no fix), and a newer one may write a format the server's pg_restore cannot read.
        tool, server = self.tool_major("pg_dump"), self.server_major()
        if tool != server:
            raise BackupError(
                f"pg_dump is version {tool} but the server is PostgreSQL {server}: use the client of the"
                f" server's version (Debian: apt-get install postgresql-client-{server})"
            )

    def check_restore_tools(self, manifest):
        tool, server = self.tool_major("pg_restore"), self.server_major()
        made_by = manifest["versions"].get("pg_dump")
        if tool != server:
            raise BackupError(
                f"pg_restore is version {tool} but the server is PostgreSQL {server}: use the client of the"
                f" server's version (Debian: apt-get install postgresql-client-{server})"
            )
        if made_by and tool < made_by:
            raise BackupError(f"the backup was made by pg_dump {made_by}; pg_restore {tool} cannot read it")

    @staticmethod
    def _tables(cursor):
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        return [name for (name,) in cursor.fetchall()]

    def facts(self):
        with connection.cursor() as cursor:
            return _facts(cursor, self._tables(cursor), connection.ops.quote_name)

    def dump(self, path):
        self._check_dump_tool()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            self._run("pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={path}")
            return _facts(cursor, self._tables(cursor), connection.ops.quote_name)

    def restore(self, path):
        # pg_restore drops every table: an idle connection of ours must not hold a lock on one.
        connection.close()
        name = connection.settings_dict["NAME"]
        self._run(
            "pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", f"--dbname={name}", str(path)
        )


def configured_database():
    """The engine class of the default database."""
    if connection.vendor == "sqlite":
        return SQLiteDatabase()
    if connection.vendor == "postgresql":
        return PostgreSQLDatabase()
    raise BackupError(f"backups support SQLite and PostgreSQL, not {connection.vendor}")
