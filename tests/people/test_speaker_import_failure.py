"""A failed speaker CSV import leaves the whole database exactly as it was (tests/snapshots.py).

Two ways to fail: a file whose last row is bad (caught by validation, before any write), and
an error while the second speaker is written, after the first was created and published
(caught by the import's transaction, which must roll the first back: page, revision, log).
"""

import pytest
from django.db import DatabaseError

from people import speaker_import
from people.speaker_import import SpeakerImportError, import_speakers
from tests.factories.home import OrganisationFactory
from tests.snapshots import snapshot

from .test_speaker_import import HEADER

pytestmark = pytest.mark.django_db

ROWS = (
    "vladimir-voronkov,Vladimir Voronkov,Владимир Воронков,Under-Secretary-General,,"
    "United Nations Office of Counter-Terrorism\n"
    "terhi-hakala,Terhi Hakala,Терхи Хакала,OSCE Secretary General's Special Representative,,\n"
    "jurgen-stock,Jürgen Stock,Юрген Шток,Secretary General of INTERPOL,,\n"
)


@pytest.fixture
def unoct(db):
    return OrganisationFactory(name="United Nations Office of Counter-Terrorism")


def test_file_whose_last_row_is_bad_changes_nothing(speaker_index_page, unoct):
    data = (HEADER + ROWS + "natalia-gherman,Natalia Gherman,,,,Foo\n").encode()
    before = snapshot()

    with pytest.raises(SpeakerImportError) as refused:
        import_speakers(data)

    assert refused.value.errors == ['row 5 (slug "natalia-gherman"): organisation "Foo" does not exist']
    assert snapshot() == before


def test_error_while_writing_the_second_speaker_rolls_back_the_first(speaker_index_page, unoct, monkeypatch):
    data = (HEADER + ROWS).encode()
    before = snapshot()
    written = []
    real_write = speaker_import._write

    def write_once_then_fail(index, change):
        if written:
            raise DatabaseError("could not extend file: No space left on device")
        real_write(index, change)
        written.append(change.slug)

    monkeypatch.setattr(speaker_import, "_write", write_once_then_fail)
    with pytest.raises(DatabaseError, match="No space left on device"):
        import_speakers(data)
    monkeypatch.undo()

    assert written == ["vladimir-voronkov"]  # created and published before the failure...
    assert snapshot() == before  # ...and rolled back with the rest
    # The same file, without the fault, does write: the failure above had something to undo.
    assert import_speakers(data).summary() == "created 3, updated 0, unchanged 0"
