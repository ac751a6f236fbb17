"""The database router: the primary for everything, a replica only inside replica_reads()."""

import pytest

from cms.db_router import PrimaryReplicaRouter, replica_reads
from sessions.models import SessionPage


@pytest.fixture
def replicas(monkeypatch):
    """Two replicas configured (DATABASE_REPLICA_URLS): the router reads their aliases from settings."""
    monkeypatch.setattr("cms.db_router.replica_aliases", lambda: ["replica_1", "replica_2"])


def test_reads_use_the_primary_outside_replica_reads(replicas):
    assert PrimaryReplicaRouter().db_for_read(SessionPage) == "default"


def test_reads_use_a_replica_inside_replica_reads(replicas):
    with replica_reads():
        chosen = {PrimaryReplicaRouter().db_for_read(SessionPage) for _ in range(50)}
    assert chosen == {"replica_1", "replica_2"}
    assert PrimaryReplicaRouter().db_for_read(SessionPage) == "default"


def test_reads_use_the_primary_when_there_is_no_replica():
    with replica_reads():
        assert PrimaryReplicaRouter().db_for_read(SessionPage) == "default"


@pytest.mark.parametrize("inside", [False, True])
def test_writes_and_migrations_always_use_the_primary(replicas, inside):
    router = PrimaryReplicaRouter()
    if inside:
        with replica_reads():
            assert router.db_for_write(SessionPage) == "default"
    assert router.db_for_write(SessionPage) == "default"
    assert router.allow_migrate("default", "programme") is True
    assert router.allow_migrate("replica_1", "programme") is False
