"""Create (or keep) the benchmark database of one scale: `python -m bench.generate --scale 10 --label 10x`.

The generated database is kept between runs: it is rebuilt only when GENERATOR_VERSION
changes (the version is recorded in the default Site's name) or with --regenerate,
which drops and recreates the PostgreSQL database first.
"""

import argparse
import contextlib
import io
import os
import sys
import time

# Bump when bench/content.py changes what it makes: the next `make bench` rebuilds.
GENERATOR_VERSION = 1


def _marker(scale):
    return f"bench v{GENERATOR_VERSION} scale {scale}"


def recreate_database(template=None):
    """Drop the settings' database and create it anew: empty, or a copy of the database `template`."""
    import psycopg
    from django.db import connections

    settings_dict = connections["default"].settings_dict
    connections.close_all()
    name = settings_dict["NAME"]
    with psycopg.connect(
        host=settings_dict["HOST"],
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"],
        dbname="postgres",
        autocommit=True,
    ) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def _current_marker():
    from django.db import DatabaseError
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # a database without tables, or none at all
        return None
    return site.site_name if site else None


def ensure_content(scale, label, regenerate=False, out=sys.stdout):
    """Build the content of `scale` unless the database already holds this generator version's."""
    from django.core.management import call_command
    from django.db import OperationalError
    from wagtail.models import Site

    try:
        marker = None if regenerate else _current_marker()
    except OperationalError:  # the database does not exist yet
        marker = None
    if marker == _marker(scale):
        out.write(f"[{label}] content of generator v{GENERATOR_VERSION} kept (--regenerate to rebuild)\n")
        return False
    started = time.monotonic()
    recreate_database()
    # wagtail-modeltranslation's column sync prints its SQL whatever the verbosity.
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("migrate", interactive=False, verbosity=0)
    migrated = time.monotonic()
    from .content import build_content

    counts = build_content(scale, label)
    Site.objects.filter(is_default_site=True).update(site_name=_marker(scale), hostname="127.0.0.1")
    out.write(
        f"[{label}] generated {counts} in {time.monotonic() - migrated:.1f} s "
        f"(plus {migrated - started:.1f} s creating and migrating the database)\n"
    )
    return True


def main(argv=None):
    """Command line: --scale, --label, --regenerate."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, required=True)
    parser.add_argument("--label", required=True)
    parser.add_argument("--regenerate", action="store_true")
    options = parser.parse_args(argv)
    os.environ["BENCH_LABEL"] = options.label
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    ensure_content(options.scale, options.label, options.regenerate)


if __name__ == "__main__":
    main()
