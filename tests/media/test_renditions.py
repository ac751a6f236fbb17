"""Renditions are made once and reused; `generate_renditions` makes them ahead of time."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.test.utils import override_settings
from wagtail.images.models import Filter

from media.api import allow_listed_filter_specs
from media.models import CustomImage, CustomRendition
from tests.factories.media import ImageFactory
from tests.media.test_api import execute

# Two widths in two formats: four renditions per image keep the tests quick.
SMALL_POLICY = {"WIDTHS": [320, 640], "FORMATS": ["jpeg", "webp"], "DEFAULT_FORMAT": "webp"}


@pytest.fixture(autouse=True)
def empty_rendition_cache():
    # Renditions are cached by image id; SQLite reuses ids after a rolled-back test.
    CustomRendition.cache_backend.clear()
    yield
    CustomRendition.cache_backend.clear()


def count_image_processing():
    """Patch Filter.run (where Wagtail resizes and encodes) to count its calls, still running it."""
    return mock.patch.object(Filter, "run", autospec=True, side_effect=Filter.run)


def generate_renditions(*arguments):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("generate_renditions", *arguments, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def stored_specs(image):
    return sorted(image.renditions.values_list("filter_spec", flat=True))


def break_file(image):
    """Replace the stored original with bytes that are no image."""
    with image.file.storage.open(image.file.name, "wb") as original:
        original.write(b"this is not an image")


@override_settings(CMS_IMAGE_RENDITIONS=SMALL_POLICY)
def test_allow_listed_filter_specs_are_every_width_in_every_format():
    assert allow_listed_filter_specs() == [
        "width-320|format-jpeg",
        "width-640|format-jpeg",
        "width-320|format-webp",
        "width-640|format-webp",
    ]


@pytest.mark.django_db
def test_src_set_second_request_reuses_stored_renditions_without_processing():
    image = ImageFactory(file__width=1000, file__height=600)

    with count_image_processing() as first_run:
        first = execute("{ image { srcSet(format: JPEG) } }", image=image)
    # As another process would: no cache, a fresh instance from the database.
    CustomRendition.cache_backend.clear()
    with count_image_processing() as second_run:
        second = execute("{ image { srcSet(format: JPEG) } }", image=CustomImage.objects.get(pk=image.pk))

    assert first.errors is None
    assert second.data == first.data
    assert first_run.call_count == 3  # 320, 640 and 960: the widths not wider than 1000
    assert second_run.call_count == 0
    assert CustomRendition.objects.filter(image=image).count() == 3


@pytest.mark.django_db
def test_rendition_second_request_reads_the_cache_without_a_query(django_assert_num_queries):
    image = ImageFactory(file__width=1000, file__height=600)
    execute("{ image { rendition(width: 640) { url } } }", image=image)
    fresh = CustomImage.objects.get(pk=image.pk)

    with count_image_processing() as second_run, django_assert_num_queries(0):
        second = execute("{ image { rendition(width: 640) { url } } }", image=fresh)

    assert second.data == {"image": {"rendition": {"url": image.renditions.get().url}}}
    assert second_run.call_count == 0


@pytest.mark.django_db
@override_settings(CMS_IMAGE_RENDITIONS=SMALL_POLICY)
def test_generate_renditions_makes_missing_and_keeps_existing():
    made_by_api = ImageFactory(file__width=800, file__height=600)
    made_by_api.get_rendition("width-320|format-jpeg")
    untouched = ImageFactory(file__width=800, file__height=600)

    stdout, stderr = generate_renditions()

    assert stdout == "images: 2/2 (100%)\ncreated 7, existing 1, failed 0\n"
    assert stderr == ""
    expected = ["width-320|format-jpeg", "width-320|format-webp", "width-640|format-jpeg", "width-640|format-webp"]
    assert stored_specs(made_by_api) == expected
    assert stored_specs(untouched) == expected


@pytest.mark.django_db
@override_settings(CMS_IMAGE_RENDITIONS=SMALL_POLICY)
def test_generate_renditions_second_run_makes_nothing():
    ImageFactory.create_batch(2, file__width=800, file__height=600)
    generate_renditions()

    with count_image_processing() as second_run:
        stdout, _stderr = generate_renditions()

    assert stdout == "images: 2/2 (100%)\ncreated 0, existing 8, failed 0\n"
    assert second_run.call_count == 0
    assert CustomRendition.objects.count() == 8


@pytest.mark.django_db
@override_settings(CMS_IMAGE_RENDITIONS=SMALL_POLICY)
def test_generate_renditions_dry_run_counts_and_makes_nothing():
    image = ImageFactory(file__width=800, file__height=600)
    image.get_rendition("width-640|format-webp")

    stdout, _stderr = generate_renditions("--dry-run")

    assert stdout == "images: 1/1 (100%)\nwould create 3, existing 1, failed 0\n"
    assert stored_specs(image) == ["width-640|format-webp"]


@pytest.mark.django_db
@override_settings(CMS_IMAGE_RENDITIONS=SMALL_POLICY)
def test_generate_renditions_reports_broken_image_and_goes_on():
    broken = ImageFactory(title="Broken scan", file__width=800, file__height=600)
    break_file(broken)
    sound = ImageFactory(file__width=800, file__height=600)

    stdout, stderr = generate_renditions()

    assert stdout == "images: 2/2 (100%)\ncreated 4, existing 0, failed 4\n"
    [failure] = stderr.splitlines()
    assert failure.startswith(f"Failed: image {broken.pk} 'Broken scan' ({broken.file.name}): ")
    assert stored_specs(broken) == []
    assert len(stored_specs(sound)) == 4


@pytest.mark.django_db
@override_settings(CMS_IMAGE_RENDITIONS=SMALL_POLICY)
def test_generate_renditions_reports_missing_file_and_goes_on():
    missing = ImageFactory(title="Lost photo", file__width=800, file__height=600)
    missing.file.storage.delete(missing.file.name)

    stdout, stderr = generate_renditions()

    assert stdout == "images: 1/1 (100%)\ncreated 0, existing 0, failed 4\n"
    assert stderr.startswith(f"Failed: image {missing.pk} 'Lost photo' ({missing.file.name}): ")


@pytest.mark.django_db
def test_generate_renditions_without_images_reports_zero():
    stdout, stderr = generate_renditions()

    assert stdout == "created 0, existing 0, failed 0\n"
    assert stderr == ""
