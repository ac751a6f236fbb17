"""The leak site, built once per test module: the matrix only reads it."""

import pytest
from django.db import transaction
from django.test import Client
from django.utils import translation

from .content import build_leak_site


@pytest.fixture(scope="module")
def leak_site(django_db_setup, django_db_blocker):
    """tests/leaks/content.py's site, written once per module and rolled back after it.

    Tests that use it also need `db`; each runs in a savepoint inside this module-wide
    transaction, so a rendition or cache row a request writes goes with its test.
    """
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("en"):
        yield build_leak_site()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def answers():
    """Answers already fetched in this module, by key: each (way in, language) is asked once.

    The content is read-only across the matrix, so every kind of one row reads the
    same bytes; asking again would only make the matrix slower.
    """
    fetched = {}

    def answer(key, fetch):
        if key not in fetched:
            fetched[key] = fetch(Client())
        return fetched[key]

    return answer
