"""Renditions asked for outside the allow-list, or of an image whose stored file is hostile: an error, nothing made.

Through the real /graphql/ endpoint, as a frontend (or a stranger) would ask. "Nothing
made": no rendition row and no new file under MEDIA_ROOT. The time bound is loose (5 s):
it guards against a hang or a decoder working through a bomb, not against slowness.
"""

import io
import json
import time

import pytest
from django.core.management import call_command

from media.models import CustomRendition
from tests.factories.media import ImageFactory
from tests.factories.sessions import EventPageFactory
from tests.media.uploads import declared_png, library_rows, media_files

pytestmark = pytest.mark.django_db

TIME_BOUND_SECONDS = 5
WIDTHS = "320, 640, 960, 1280, 1920"
NO_ROWS = {"images": 1, "renditions": 0, "documents": 0, "uploaded files": 0}


@pytest.fixture(autouse=True)
def empty_rendition_cache():
    # Renditions are cached by image id; SQLite reuses ids after a rolled-back test.
    CustomRendition.cache_backend.clear()
    yield
    CustomRendition.cache_backend.clear()


@pytest.fixture
def event_with_image(home_page):
    image = ImageFactory(file__width=1000, file__height=800)
    EventPageFactory(parent=home_page, slug="2022", hero_image=image)
    return image


def ask(client, hero_image_fields):
    """POST an event query selecting `hero_image_fields`; returns (status, body, seconds)."""
    query = f'{{ event(slug: "2022") {{ heroImage {{ {hero_image_fields} }} }} }}'
    started = time.perf_counter()
    response = client.post("/graphql/", json.dumps({"query": query}), content_type="application/json")
    return response.status_code, response.json(), time.perf_counter() - started


def errors_of(body):
    return [(error["message"], error.get("extensions")) for error in body["errors"]]


@pytest.mark.parametrize(
    ("width", "message"),
    [
        (7, f"Width 7 is not allowed; allowed widths: {WIDTHS}."),
        (100_000, f"Width 100000 is not allowed; allowed widths: {WIDTHS}."),
        (-640, f"Width -640 is not allowed; allowed widths: {WIDTHS}."),
        (0, f"Width 0 is not allowed; allowed widths: {WIDTHS}."),
    ],
)
def test_width_outside_the_allow_list_makes_nothing(client, event_with_image, width, message):
    files_before = media_files()

    status, body, seconds = ask(client, f"id rendition(width: {width}) {{ url }}")

    assert status == 200
    assert body["data"] == {"event": {"heroImage": {"id": str(event_with_image.pk), "rendition": None}}}
    assert errors_of(body) == [(message, {"code": "RENDITION_NOT_ALLOWED"})]
    assert seconds < TIME_BOUND_SECONDS
    assert library_rows() == NO_ROWS
    assert media_files() == files_before


def test_format_the_policy_no_longer_allows_makes_nothing(client, event_with_image, settings):
    settings.CMS_IMAGE_RENDITIONS = {**settings.CMS_IMAGE_RENDITIONS, "FORMATS": ["webp"]}
    files_before = media_files()

    status, body, seconds = ask(client, "rendition(width: 640, format: PNG) { url } srcSet(format: JPEG)")

    assert status == 200
    assert body["data"] == {"event": {"heroImage": None}}  # srcSet is non-null: its error nulls the image
    assert errors_of(body) == [
        ("Format png is not allowed; allowed formats: webp.", {"code": "RENDITION_NOT_ALLOWED"}),
        ("Format jpeg is not allowed; allowed formats: webp.", {"code": "RENDITION_NOT_ALLOWED"}),
    ]
    assert seconds < TIME_BOUND_SECONDS
    assert library_rows() == NO_ROWS
    assert media_files() == files_before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("width: 640, format: GIF", "Value 'GIF' does not exist in 'ImageFormat' enum."),
        (
            'width: 640, format: "width-640|format-gif"',
            "Enum 'ImageFormat' cannot represent non-enum value: \"width-640|format-gif\".",
        ),
        ('width: "fill-100000x100000"', 'Int cannot represent non-integer value: "fill-100000x100000"'),
        ("width: 99999999999", "Int cannot represent non 32-bit signed integer value: 99999999999"),
    ],
    ids=["unknown-format", "filter-spec-as-format", "filter-spec-as-width", "width-beyond-32-bits"],
)
def test_filter_spec_and_unknown_format_are_refused_by_the_schema(client, event_with_image, arguments, message):
    # No argument takes a string: a Wagtail filter spec cannot even reach a resolver.
    files_before = media_files()

    status, body, seconds = ask(client, f"rendition({arguments}) {{ url }}")

    assert status == 400
    assert "data" not in body
    assert [error["message"] for error in body["errors"]] == [message]
    assert seconds < TIME_BOUND_SECONDS
    assert library_rows() == NO_ROWS
    assert media_files() == files_before


def test_flood_of_distinct_disallowed_renditions_makes_nothing(client, event_with_image):
    files_before = media_files()
    formats = ["JPEG", "PNG", "WEBP"]
    started = time.perf_counter()

    answers = [
        ask(client, f"rendition(width: {width}, format: {formats[width % 3]}) {{ url }}") for width in range(1, 201)
    ]

    seconds = time.perf_counter() - started
    assert [errors_of(body)[0][1] for _status, body, _seconds in answers] == [{"code": "RENDITION_NOT_ALLOWED"}] * 200
    assert {body["data"]["event"]["heroImage"]["rendition"] for _status, body, _seconds in answers} == {None}
    assert seconds < 4 * TIME_BOUND_SECONDS
    assert library_rows() == NO_ROWS
    assert media_files() == files_before


HOSTILE_FILES = {
    # 900 megapixels declared in 57 bytes: beyond Pillow's own limit.
    "bomb": declared_png(30_000, 30_000),
    "truncated": declared_png(1000, 800),
    "not an image": b"<html><script>alert(1)</script></html>",
}


def stored_as(image, data):
    """Replace the image's stored file with `data`, as a broken copy or a tampered bucket would."""
    with open(image.file.path, "wb") as stored:
        stored.write(data)


@pytest.mark.parametrize("kind", list(HOSTILE_FILES))
def test_rendition_of_a_hostile_stored_file_is_a_clear_error(client, event_with_image, kind, caplog):
    stored_as(event_with_image, HOSTILE_FILES[kind])
    files_before = media_files()

    status, body, seconds = ask(client, "rendition(width: 320) { url } srcSet")

    assert status == 200
    assert body["data"] == {"event": {"heroImage": None}}
    message = (
        f"Image {event_with_image.pk} cannot be resized: its file is missing, damaged or not an image that can be read."
    )
    assert errors_of(body) == [(message, {"code": "IMAGE_UNREADABLE"})] * 2
    assert seconds < TIME_BOUND_SECONDS
    assert library_rows() == NO_ROWS
    assert media_files() == files_before
    # The decoder's own words go to the log, for whoever fixes the file.
    assert [record.getMessage().split(":")[0] for record in caplog.records if record.name == "media.api"] == [
        f"Image {event_with_image.pk} ({event_with_image.file.name}) cannot be resized"
    ] * 2


def test_generate_renditions_reports_a_bomb_and_makes_nothing(event_with_image):
    stored_as(event_with_image, HOSTILE_FILES["bomb"])
    files_before = media_files()
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()

    call_command("generate_renditions", stdout=out, stderr=err)

    assert time.perf_counter() - started < TIME_BOUND_SECONDS
    assert out.getvalue().splitlines()[-1] == "created 0, existing 0, failed 15"
    assert err.getvalue() == (
        f"Failed: image {event_with_image.pk} {event_with_image.title!r} ({event_with_image.file.name}): "
        "Image size (900000000 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack.\n"
    )
    assert library_rows() == NO_ROWS
    assert media_files() == files_before
