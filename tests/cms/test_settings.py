"""Settings read from the environment; each case runs in a fresh interpreter.

Settings are module-level code evaluated once per process, so a subprocess with a
controlled environment is the only honest way to see what a given environment yields.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

SETUP_PRODUCTION = (
    "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='cms.settings.production'; django.setup(); "
    "import json; from django.conf import settings; "
    "print(json.dumps({'DEBUG': settings.DEBUG, 'ALLOWED_HOSTS': settings.ALLOWED_HOSTS, "
    "'SECRET_KEY': settings.SECRET_KEY, 'ENGINE': settings.DATABASES['default']['ENGINE']}))"
)
READ_BASE_DATABASE = (
    "import json; import cms.settings.base as base; "
    "print(json.dumps({'ENGINE': base.DATABASES['default']['ENGINE'], 'NAME': str(base.DATABASES['default']['NAME']), "
    "'HOST': base.DATABASES['default'].get('HOST', ''), 'PORT': base.DATABASES['default'].get('PORT', ''), "
    "'USER': base.DATABASES['default'].get('USER', ''), "
    "'postgres_app': 'django.contrib.postgres' in base.INSTALLED_APPS}))"
)


def run_python(code, **environment):
    """Run `code` in a new interpreter with only PATH, HOME and `environment` set."""
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **environment}  # noqa: S108
    return subprocess.run(  # noqa: S603 - our own interpreter, our own code
        [sys.executable, "-c", code], env=env, cwd=BASE_DIR, capture_output=True, text=True, timeout=60
    )


def last_line(text):
    return text.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("environment", "missing"),
    [
        ({}, "SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL"),
        ({"DATABASE_URL": "postgres://cms@db.example.org:5432/cms"}, "SECRET_KEY, ALLOWED_HOSTS, REDIS_URL"),
        # Blank values are as good as unset.
        (
            {
                "SECRET_KEY": "  ",
                "ALLOWED_HOSTS": "",
                "DATABASE_URL": "postgres://cms@db.example.org:5432/cms",
                "REDIS_URL": "redis://cache.example.org:6379/0",
            },
            "SECRET_KEY, ALLOWED_HOSTS",
        ),
    ],
    ids=["nothing-set", "secret-and-hosts-unset", "secret-and-hosts-blank"],
)
def test_production_settings_refuse_to_start_without_required_environment(environment, missing):
    result = run_python(SETUP_PRODUCTION, **environment)

    assert result.returncode == 1
    assert last_line(result.stderr) == (
        "django.core.exceptions.ImproperlyConfigured: Production settings need these environment variables: " + missing
    )


def test_production_settings_start_with_required_environment(tmp_path):
    result = run_python(
        SETUP_PRODUCTION,
        SECRET_KEY="production-test-key",
        ALLOWED_HOSTS="cms.dushanbe-process.org, www.dushanbe-process.org",
        DATABASE_URL="postgres://cms@db.example.org:5432/cms",
        REDIS_URL="redis://cache.example.org:6379/0",
        CMS_VAR_DIR=str(tmp_path),
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "DEBUG": False,
        "ALLOWED_HOSTS": ["cms.dushanbe-process.org", "www.dushanbe-process.org"],
        "SECRET_KEY": "production-test-key",
        "ENGINE": "django.db.backends.postgresql",
    }


def test_base_settings_use_sqlite_under_var_without_database_url():
    result = run_python(READ_BASE_DATABASE)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(BASE_DIR / "var" / "db.sqlite3"),
        "HOST": "",
        "PORT": "",
        "USER": "",
        "postgres_app": False,
    }


def test_base_settings_use_database_url_when_set():
    result = run_python(READ_BASE_DATABASE, DATABASE_URL="postgres://cms@db.example.org:6543/conference")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "conference",
        "HOST": "db.example.org",
        "PORT": 6543,
        "USER": "cms",
        "postgres_app": True,
    }


def test_replica_urls_become_replica_databases_mirrored_in_tests():
    code = (
        "import json; import cms.settings.base as base; "
        "print(json.dumps({alias: [db['HOST'], db['NAME'], db.get('TEST', {})] "
        "for alias, db in base.DATABASES.items()}))"
    )
    result = run_python(
        code,
        DATABASE_URL="postgres://cms@primary.internal:5432/cms",
        DATABASE_REPLICA_URLS="postgres://cms@replica-a.internal:5432/cms, postgres://cms@replica-b.internal:5432/cms",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(last_line(result.stdout)) == {
        "default": ["primary.internal", "cms", {}],
        "replica_1": ["replica-a.internal", "cms", {"MIRROR": "default"}],
        "replica_2": ["replica-b.internal", "cms", {"MIRROR": "default"}],
    }
