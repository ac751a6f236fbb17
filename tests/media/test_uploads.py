"""Hostile uploads through the real Wagtail admin views, as an editor: refused with a clear error, nothing written.

Each file goes through the single upload form (`add`) and the multiple uploader's AJAX
view (`add_multiple`), which answer differently (a form error, a JSON message) but
validate with the same form. "Nothing written": the library's row counts and the files
under MEDIA_ROOT are the same before and after. The time bound is loose (5 s): what it
guards against is a hang or a decoder chewing through gigabytes, not slowness.
"""

import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from PIL import ImageFile as PILImageFile

from media.models import CustomImage
from tests.factories.media import DocumentFactory, ImageFactory
from tests.media.uploads import declared_png, library_rows, media_files, real_image, zero_png

pytestmark = pytest.mark.django_db

TIME_BOUND_SECONDS = 5
MB = 1024 * 1024
NOT_AN_IMAGE = "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
UNSUPPORTED = "Not a supported image format. Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP."
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
SVG_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'


@pytest.fixture
def editor(client, django_user_model):
    """A member of the communications team: Wagtail's Editors group, signed in."""
    user = django_user_model.objects.create_user(username="dilnoza", password="not-used-here")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def library():
    """One image and one document already in the library, so counts start above zero."""
    ImageFactory()
    DocumentFactory()
    return {"images": 1, "renditions": 0, "documents": 1, "uploaded files": 0}


def upload_image(client, view, name, data):
    """Upload through `view` ("add" or "add_multiple"); returns (the file's error or None, seconds)."""
    started = time.perf_counter()
    if view == "add":
        form = {"title": "Plenary", "file": SimpleUploadedFile(name, data)}
        response = client.post(reverse("wagtailimages:add"), form)
        seconds = time.perf_counter() - started
        assert response.status_code == 200  # a refused form is shown again; a saved one redirects
        return response.context["form"].errors.get("file"), seconds
    response = client.post(reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, data)})
    seconds = time.perf_counter() - started
    assert response.status_code == 200
    answer = response.json()
    return (None if answer["success"] else [answer["error_message"]]), seconds


def upload_document(client, view, name, data):
    started = time.perf_counter()
    if view == "add":
        response = client.post(
            reverse("wagtaildocs:add"), {"title_en": "Dushanbe Declaration", "file": SimpleUploadedFile(name, data)}
        )
        seconds = time.perf_counter() - started
        if response.status_code == 302:
            return None, seconds
        assert response.status_code == 200
        return response.context["form"].errors.get("file"), seconds
    response = client.post(reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile(name, data)})
    seconds = time.perf_counter() - started
    assert response.status_code == 200
    answer = response.json()
    return (None if answer["success"] else [answer["error_message"]]), seconds


def refused(upload, client, view, name, data, library):
    """Upload, expecting a refusal that wrote nothing; returns the error messages."""
    files_before = media_files()
    assert library_rows() == library

    errors, seconds = upload(client, view, name, data)

    assert errors is not None, "the file was accepted"
    assert seconds < TIME_BOUND_SECONDS
    assert library_rows() == library
    assert media_files() == files_before
    return errors


VIEWS = ["add", "add_multiple"]


@pytest.mark.parametrize("view", VIEWS)
def test_decompression_bomb_beyond_pillows_limit_is_refused(client, editor, library, view):
    # 900 megapixels declared in 57 bytes.
    errors = refused(upload_image, client, view, "hall.png", declared_png(30_000, 30_000), library)

    assert errors == ["This file has too many pixels (unknown number). Maximum pixels 50000000."]


@pytest.mark.parametrize("view", VIEWS)
def test_complete_bomb_under_pillows_limit_is_refused_without_decoding(client, editor, library, view, monkeypatch):
    # 64 megapixels of zeros: ~190 kB that Willow would decode into 192 MB before measuring it.
    data = zero_png(8000, 8000)
    assert len(data) < 200_000

    def never_decode(image):
        raise AssertionError("the bomb was decoded")

    monkeypatch.setattr(PILImageFile.ImageFile, "load", never_decode)

    errors = refused(upload_image, client, view, "hall.png", data, library)

    assert errors == ["This file has too many pixels (64000000). Maximum pixels 50000000."]


@pytest.mark.parametrize("view", VIEWS)
def test_bomb_whose_pixel_data_is_missing_is_refused_not_a_server_error(client, editor, library, view):
    errors = refused(upload_image, client, view, "hall.png", declared_png(8000, 8000), library)

    assert errors == ["This file has too many pixels (64000000). Maximum pixels 50000000."]


@pytest.mark.parametrize("view", VIEWS)
def test_truncated_image_within_the_limit_is_refused_not_a_server_error(client, editor, library, view):
    # Wagtail's own field lets the decoder's OSError through: a 500 before media/forms.py.
    errors = refused(upload_image, client, view, "hall.png", declared_png(100, 100), library)

    assert errors == [NOT_AN_IMAGE]


@pytest.mark.parametrize("view", VIEWS)
def test_one_pixel_row_over_the_pixel_limit_is_refused(client, editor, library, view):
    errors = refused(upload_image, client, view, "hall.png", declared_png(10_000, 5_001), library)

    assert errors == ["This file has too many pixels (50010000). Maximum pixels 50000000."]


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("declaration.jpg", PDF, NOT_AN_IMAGE),
        ("photo.jpg", b"#!/bin/sh\nrm -rf /\n", NOT_AN_IMAGE),
        # Willow takes any XML for SVG; the extension check then refuses it.
        (
            "photo.jpg",
            b"<html><body><script>alert(document.cookie)</script></body></html>",
            "Not a valid .jpeg image. The extension does not match the file format (svg)",
        ),
        ("logo.png", SVG_SCRIPT, "Not a valid .png image. The extension does not match the file format (svg)"),
        ("logo.svg", SVG_SCRIPT, UNSUPPORTED),
        (
            "photo.jpg",
            real_image(image_format="PNG"),
            "Not a valid .jpeg image. The extension does not match the file format (png)",
        ),
    ],
    ids=["pdf", "script", "html", "svg-as-png", "svg", "png-as-jpg"],
)
def test_what_is_not_the_image_it_claims_to_be_is_refused(client, editor, library, view, name, data, error):
    assert refused(upload_image, client, view, name, data, library) == [error]


@pytest.mark.parametrize("view", VIEWS)
def test_image_one_byte_over_the_upload_size_is_refused(client, editor, library, view):
    data = real_image() + b"\0" * (10 * MB + 1 - len(real_image()))
    assert len(data) == 10 * MB + 1

    errors = refused(upload_image, client, view, "hall.png", data, library)

    assert errors == ["This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB."]


def test_image_at_the_pixel_limit_is_accepted_and_its_renditions_are_made(client, editor, library):
    # 10,000 x 5,000 = the limit exactly, as a photographer's grey-scale scan.
    data = real_image(10_000, 5_000, mode="L")
    # Pillow's own limit is above ours: it will not refuse to resize what was accepted.
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 10_000 * 5_000 < PILImage.MAX_IMAGE_PIXELS

    errors, seconds = upload_image(client, "add_multiple", "scan.png", data)

    assert errors is None
    image = CustomImage.objects.get(title="scan.png")
    assert (image.width, image.height) == (10_000, 5_000)
    started = time.perf_counter()
    rendition = image.get_rendition("width-320|format-webp")
    assert (rendition.width, rendition.height) == (320, 160)
    assert time.perf_counter() - started < TIME_BOUND_SECONDS
    assert seconds < TIME_BOUND_SECONDS


@pytest.mark.parametrize("view", VIEWS)
def test_document_one_byte_over_the_upload_size_is_refused(client, editor, library, view):
    data = b"%PDF-1.7\n" + b"\0" * (20 * MB + 1 - 9)

    errors = refused(upload_document, client, view, "declaration.pdf", data, library)

    assert errors == ["This file is too big (20.0\xa0MB). Maximum filesize 20.0\xa0MB."]


def test_document_of_exactly_the_upload_size_is_accepted(client, editor, library):
    errors, _seconds = upload_document(client, "add", "declaration.pdf", b"%PDF-1.7\n" + b"\0" * (20 * MB - 9))

    assert errors is None
    assert library_rows() == {**library, "documents": 2}


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("name", ["declaration.html", "logo.svg", "setup.exe"])
def test_document_of_a_type_not_allowed_is_refused(client, editor, library, view, name):
    errors = refused(upload_document, client, view, name, b"<script>alert(1)</script>", library)

    extension = name.rsplit(".", 1)[1]
    assert errors == [
        f"File extension \u201c{extension}\u201d is not allowed. "
        "Allowed extensions are: csv, docx, odt, pdf, pptx, rtf, txt, xlsx, zip."
    ]


def test_genuine_photo_is_accepted_through_the_single_upload_form(client, editor, library):
    # The form swap (media/forms.py) keeps Wagtail's form working for what it should accept.
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Plenary hall", "file": SimpleUploadedFile("plenary.jpg", real_image(image_format="JPEG"))},
    )

    assert response.status_code == 302
    image = CustomImage.objects.get(title="Plenary hall")
    assert (image.width, image.height) == (64, 48)
    assert library_rows() == {**library, "images": 2}
