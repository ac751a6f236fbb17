"""The notification body: camelCase, previousUrls for moves only."""

import datetime
import uuid

from cms.changes import ContentChange
from webhooks.payloads import payload_for

EVENT_ID = uuid.UUID("0b6f3c1e-0000-4000-8000-000000000001")
OCCURRED_AT = datetime.datetime(2022, 10, 18, 9, 0, tzinfo=datetime.UTC)


def test_payload_of_a_move_lists_previous_urls():
    change = ContentChange(
        action="moved",
        kind="page",
        model="programme.sessionpage",
        object_id="42",
        title="Opening session",
        languages=("en", "ru"),
        urls=(("en", "https://example.org/en/2022/opening/"), ("ru", "https://example.org/ru/2022/opening/")),
        previous_urls=(("en", "https://example.org/en/2019/opening/"), ("ru", "https://example.org/ru/2019/opening/")),
        id=EVENT_ID,
        occurred_at=OCCURRED_AT,
    )

    assert payload_for(change) == {
        "id": "0b6f3c1e-0000-4000-8000-000000000001",
        "type": "page.moved",
        "occurredAt": "2022-10-18T09:00:00+00:00",
        "object": {"kind": "page", "model": "programme.sessionpage", "id": "42", "title": "Opening session"},
        "languages": ["en", "ru"],
        "urls": [
            {"language": "en", "url": "https://example.org/en/2022/opening/"},
            {"language": "ru", "url": "https://example.org/ru/2022/opening/"},
        ],
        "previousUrls": [
            {"language": "en", "url": "https://example.org/en/2019/opening/"},
            {"language": "ru", "url": "https://example.org/ru/2019/opening/"},
        ],
    }


def test_payload_of_an_image_has_no_urls():
    change = ContentChange(
        action="deleted",
        kind="image",
        model="media.customimage",
        object_id="7",
        title="Plenary hall",
        languages=("en", "ru", "tg", "ar"),
        id=EVENT_ID,
        occurred_at=OCCURRED_AT,
    )

    assert payload_for(change) == {
        "id": "0b6f3c1e-0000-4000-8000-000000000001",
        "type": "image.deleted",
        "occurredAt": "2022-10-18T09:00:00+00:00",
        "object": {"kind": "image", "model": "media.customimage", "id": "7", "title": "Plenary hall"},
        "languages": ["en", "ru", "tg", "ar"],
        "urls": [],
    }
