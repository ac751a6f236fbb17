"""The media types of the API: translated texts, allow-listed renditions, documents."""

import graphene
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from graphene.types.definitions import GrapheneObjectType

from media.api import DocumentType, ImageType, document_field, image_field, rendition_filter_specs
from media.models import CustomImage, CustomRendition
from tests.factories.media import DocumentFactory, ImageFactory


class Query(graphene.ObjectType):
    image = graphene.Field(ImageType)
    document = graphene.Field(DocumentType)

    def resolve_image(root, info):
        return root["image"]

    def resolve_document(root, info):
        return root["document"]


schema = graphene.Schema(query=Query)


def execute(query, image=None, document=None):
    return schema.execute(query, root_value={"image": image, "document": document})


@pytest.fixture(autouse=True)
def empty_rendition_cache():
    # Renditions are cached by image id; SQLite reuses ids after a rolled-back test.
    CustomRendition.cache_backend.clear()
    yield
    CustomRendition.cache_backend.clear()


def wide_image(width=1000, height=600):
    return ImageFactory(file__width=width, file__height=height)


def rendition_urls(image):
    return {rendition.filter_spec: rendition.url for rendition in image.renditions.all()}


def test_image_type_exposes_only_reader_fields():
    image_type = schema.graphql_schema.get_type("Image")
    assert isinstance(image_type, GrapheneObjectType)
    assert sorted(image_type.fields) == [
        "alt",
        "caption",
        "credit",
        "height",
        "id",
        "rendition",
        "srcSet",
        "url",
        "width",
    ]
    assert sorted(schema.graphql_schema.get_type("ImageRendition").fields) == ["format", "height", "url", "width"]
    assert list(schema.graphql_schema.get_type("ImageFormat").values) == ["JPEG", "PNG", "WEBP"]


@pytest.mark.django_db
def test_image_original_file_and_size():
    image = wide_image()

    result = execute("{ image { id url width height } }", image=image)

    assert result.errors is None
    assert result.data == {
        "image": {"id": str(image.id), "url": image.file.url, "width": 1000, "height": 600},
    }
    assert result.data["image"]["url"].startswith("/media/original_images/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", {"alt": "The plenary hall", "caption": "Opening session", "credit": "OSCE"}),
        ("ru", {"alt": "Пленарный зал", "caption": "Открытие", "credit": "ОБСЕ"}),
        ("tg", {"alt": "The plenary hall", "caption": "Opening session", "credit": "OSCE"}),
    ],
)
def test_image_texts_in_language_served_with_english_fallback(language, expected):
    image = ImageFactory(
        alt_text_en="The plenary hall",
        alt_text_ru="Пленарный зал",
        alt_text_tg="",
        caption_en="Opening session",
        caption_ru="Открытие",
        credit_en="OSCE",
        credit_ru="ОБСЕ",
    )

    with translation.override(language):
        result = execute("{ image { alt caption credit } }", image=image)

    assert result.errors is None
    assert result.data == {"image": expected}


@pytest.mark.django_db
def test_image_alt_empty_for_decorative_image():
    image = ImageFactory(alt_text_en="")

    result = execute("{ image { alt caption credit } }", image=image)

    assert result.errors is None
    assert result.data == {"image": {"alt": "", "caption": "", "credit": ""}}


@pytest.mark.django_db
def test_rendition_allowed_width_and_format():
    image = wide_image()

    result = execute("{ image { rendition(width: 640, format: WEBP) { url width height format } } }", image=image)

    assert result.errors is None
    url = rendition_urls(image)["width-640|format-webp"]
    assert result.data == {"image": {"rendition": {"url": url, "width": 640, "height": 384, "format": "WEBP"}}}
    assert url.endswith(".webp")


@pytest.mark.django_db
def test_rendition_without_format_uses_default_format():
    image = wide_image()

    result = execute("{ image { rendition(width: 320) { width format } } }", image=image)

    assert result.errors is None
    assert result.data == {"image": {"rendition": {"width": 320, "format": "WEBP"}}}
    assert list(rendition_urls(image)) == ["width-320|format-webp"]


@pytest.mark.django_db
def test_rendition_disallowed_width_is_rejected_by_name():
    image = wide_image()

    result = execute("{ image { id rendition(width: 333) { url } } }", image=image)

    assert result.data == {"image": {"id": str(image.id), "rendition": None}}
    assert [(error.message, error.extensions) for error in result.errors] == [
        (
            "Width 333 is not allowed; allowed widths: 320, 640, 960, 1280, 1920.",
            {"code": "RENDITION_NOT_ALLOWED"},
        )
    ]
    assert image.renditions.count() == 0


@pytest.mark.django_db
@override_settings(CMS_IMAGE_RENDITIONS={"WIDTHS": [320, 640], "FORMATS": ["webp"], "DEFAULT_FORMAT": "webp"})
def test_rendition_format_outside_settings_is_rejected():
    image = wide_image()

    result = execute("{ image { rendition(width: 320, format: PNG) { url } } }", image=image)

    assert result.data == {"image": {"rendition": None}}
    assert [(error.message, error.extensions) for error in result.errors] == [
        ("Format png is not allowed; allowed formats: webp.", {"code": "RENDITION_NOT_ALLOWED"})
    ]


@pytest.mark.django_db
def test_src_set_lists_widths_not_wider_than_original():
    image = wide_image(width=1000)

    result = execute("{ image { srcSet } }", image=image)

    assert result.errors is None
    urls = rendition_urls(image)
    assert result.data == {
        "image": {
            "srcSet": (
                f"{urls['width-320|format-webp']} 320w, "
                f"{urls['width-640|format-webp']} 640w, "
                f"{urls['width-960|format-webp']} 960w"
            )
        }
    }
    assert sorted(urls) == ["width-320|format-webp", "width-640|format-webp", "width-960|format-webp"]


@pytest.mark.django_db
def test_src_set_of_small_image_has_one_entry_at_its_own_width():
    image = wide_image(width=200, height=100)

    result = execute("{ image { srcSet(format: JPEG) } }", image=image)

    assert result.errors is None
    assert result.data == {"image": {"srcSet": f"{rendition_urls(image)['width-320|format-jpeg']} 200w"}}


def count_queries(query, image):
    with CaptureQueriesContext(connection) as queries:
        result = execute(query, image=image)
    assert result.errors is None
    return len(queries)


@pytest.mark.django_db
def test_src_set_queries_do_not_grow_with_widths_and_are_cached():
    two_widths = wide_image(width=700)
    five_widths = wide_image(width=2000)

    # Cold: one lookup, one clash check, one bulk insert, whatever the number of widths.
    assert count_queries("{ image { srcSet } }", two_widths) == 3
    assert count_queries("{ image { srcSet } }", five_widths) == 3
    # Warm: every rendition comes from the rendition cache.
    assert count_queries("{ image { srcSet } }", five_widths) == 0
    assert len(rendition_urls(five_widths)) == 5


@pytest.mark.django_db
def test_src_set_of_prefetched_image_runs_no_query():
    execute("{ image { srcSet } }", image=wide_image(width=2000))
    CustomRendition.cache_backend.clear()
    image = CustomImage.objects.prefetch_renditions(*rendition_filter_specs()).get()

    assert count_queries("{ image { srcSet rendition(width: 640) { width } } }", image) == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "Dushanbe Declaration"), ("ru", "Душанбинская декларация"), ("tg", "Dushanbe Declaration")],
)
def test_document_title_in_language_served_with_english_fallback(language, title):
    document = DocumentFactory(title="Dushanbe Declaration", title_ru="Душанбинская декларация", language="ru")

    with translation.override(language):
        result = execute("{ document { title language } }", document=document)

    assert result.errors is None
    assert result.data == {"document": {"title": title, "language": "RU"}}


@pytest.mark.django_db
def test_document_file_facts():
    document = DocumentFactory(file__filename="declaration.pdf", file_size=48_213)

    result = execute("{ document { id url language fileSize fileExtension } }", document=document)

    assert result.errors is None
    assert result.data == {
        "document": {
            "id": str(document.id),
            "url": f"/documents/{document.id}/{document.filename}",
            "language": None,
            "fileSize": 48_213,
            "fileExtension": "pdf",
        }
    }


@pytest.mark.django_db
def test_document_size_unknown_is_null_and_not_written_on_read():
    document = DocumentFactory()

    with CaptureQueriesContext(connection) as queries:
        result = execute("{ document { fileSize } }", document=document)

    assert result.data == {"document": {"fileSize": None}}
    assert len(queries) == 0


def test_field_helpers_declare_our_types():
    hero_image = image_field("hero_image", required=True)()
    outcome_document = document_field("document", description="The outcome document.")()

    assert (hero_image.field_name, str(hero_image.field_type)) == ("hero_image", "Image!")
    assert (outcome_document.field_name, outcome_document.field_type, outcome_document.description) == (
        "document",
        DocumentType,
        "The outcome document.",
    )
