"""A failed XLIFF import leaves the whole database exactly as it was (tests/snapshots.py).

Two ways to fail: a file whose last unit is bad (caught by validation, before any write),
and the database failing on the second save, after the first has been written (caught
by the import's transaction, which must roll the first back).
"""

import pytest
from django.db import DatabaseError
from django.db.models import Model

from tests.snapshots import snapshot
from tests.translations.xliff_helpers import export, translate, units_of
from translations.xliff import XliffImportError, import_xliff, select_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(conference):
    """The event's file with six plain-text units translated: a page, snippets, an image, a document."""
    c = conference
    data = export(select_event(c.event.slug))
    targets = {
        f"programme.eventpage:{c.event.pk}:title": "Душанбинская конференция 2022",
        f"home.organisation:{c.organisation.pk}:name": "Организация по безопасности и сотрудничеству в Европе",
        f"programme.venue:{c.venue.pk}:name": "Кохи Сомон",
        f"programme.venue:{c.venue.pk}:rooms:{c.room.pk}:name": "Пленарный зал",
        f"media.customimage:{c.image.pk}:alt_text": "Пленарный зал",
        f"media.customdocument:{c.document.pk}:title": "Душанбинская декларация",
    }
    assert set(targets) <= set(units_of(data))
    return translate(data, targets)


def test_file_whose_last_unit_is_bad_changes_nothing(translated):
    last_unit = b'<trans-unit id="home.organisation:999999:name"><source>Gone</source><target>x</target></trans-unit>'
    head, tail = translated.rsplit(b"</body>", 1)
    data = head + last_unit + b"</body>" + tail
    assert list(units_of(data))[-1] == "home.organisation:999999:name"
    before = snapshot()

    with pytest.raises(XliffImportError) as refused:
        import_xliff(data)

    assert refused.value.errors == ["home.organisation:999999:name: unknown unit, the object does not exist (deleted?)"]
    assert snapshot() == before


def test_database_error_on_the_second_save_rolls_back_the_first(translated, monkeypatch):
    before = snapshot()
    saved = []
    real_save = Model.save

    def save_once_then_fail(self, *args, **kwargs):
        if saved:
            raise DatabaseError("could not extend file: No space left on device")
        real_save(self, *args, **kwargs)
        saved.append(self)

    monkeypatch.setattr(Model, "save", save_once_then_fail)
    with pytest.raises(DatabaseError, match="No space left on device"):
        import_xliff(translated)
    monkeypatch.undo()

    assert len(saved) == 1  # one object was written before the failure...
    assert snapshot() == before  # ...and rolled back with the rest
    # The same file, without the fault, does write: the failure above had something to undo.
    assert len(import_xliff(translated).changed_units) == 6
    assert snapshot() != before
