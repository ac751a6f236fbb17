"""Images, renditions and documents in S3-compatible object storage (a moto server on loopback).

The storage is built by `cms.object_storage.s3_storage`, the function production
settings call, from an environment that points at the local server.
"""

import io

import boto3
import pytest
from django.conf import settings
from django.test.utils import override_settings
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage

from cms.object_storage import s3_storage
from media.models import CustomRendition
from tests.factories.media import DocumentFactory, ImageFactory

BUCKET = "dushanbe-media"
REGION = "eu-central-1"
# moto accepts any credentials; these never leave the loopback interface.
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="module")
def s3_endpoint():
    """A moto S3 server on a free loopback port for this module, stopped after it."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint):
    """An empty bucket on the moto server, and a boto3 client to read it back."""
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    yield client
    for stored in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=stored["Key"])
    client.delete_bucket(Bucket=BUCKET)


def object_storage(s3_endpoint, **environment):
    """override_settings for media in the bucket, built as production settings build it."""
    default = s3_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": s3_endpoint,
            "AWS_S3_REGION_NAME": REGION,
            **CREDENTIALS,
            **environment,
        }
    )
    return override_settings(STORAGES={**settings.STORAGES, "default": default}, WAGTAILDOCS_SERVE_METHOD="redirect")


def stored_keys(client):
    return sorted(stored["Key"] for stored in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


@pytest.fixture(autouse=True)
def empty_rendition_cache():
    CustomRendition.cache_backend.clear()
    yield
    CustomRendition.cache_backend.clear()


@pytest.mark.django_db
def test_object_storage_holds_image_and_rendition(s3_endpoint, bucket):
    with object_storage(s3_endpoint):
        image = ImageFactory(file__filename="plenary-hall.jpg", file__width=800, file__height=600)
        rendition = image.get_rendition("width-320|format-jpeg")

        assert image.file.url == f"{s3_endpoint}/{BUCKET}/original_images/plenary-hall.jpg"
        assert rendition.url == f"{s3_endpoint}/{BUCKET}/images/plenary-hall.width-320.format-jpeg.jpg"
    assert stored_keys(bucket) == [
        "images/plenary-hall.width-320.format-jpeg.jpg",
        "original_images/plenary-hall.jpg",
    ]
    stored = bucket.get_object(Bucket=BUCKET, Key="images/plenary-hall.width-320.format-jpeg.jpg")
    with PILImage.open(io.BytesIO(stored["Body"].read())) as rendition_file:
        assert (rendition_file.format, rendition_file.size) == ("JPEG", (320, 240))


@pytest.mark.django_db
def test_object_storage_document_is_served_by_redirect_to_the_bucket(s3_endpoint, bucket, client):
    with object_storage(s3_endpoint):
        document = DocumentFactory(file__filename="dushanbe-declaration.pdf", file__data=b"%PDF-1.4 declaration")
        response = client.get(document.url)

    assert stored_keys(bucket) == ["documents/dushanbe-declaration.pdf"]
    assert response.status_code == 302
    assert response["Location"] == f"{s3_endpoint}/{BUCKET}/documents/dushanbe-declaration.pdf"
    stored = bucket.get_object(Bucket=BUCKET, Key="documents/dushanbe-declaration.pdf")
    assert stored["Body"].read() == b"%PDF-1.4 declaration"


@pytest.mark.django_db
def test_object_storage_urls_use_the_custom_domain(s3_endpoint, bucket):
    with object_storage(s3_endpoint, AWS_S3_CUSTOM_DOMAIN="media.dushanbe-process.org"):
        document = DocumentFactory(file__filename="press-release.pdf", file__data=b"%PDF-1.4 press")

        assert document.file.url == "https://media.dushanbe-process.org/documents/press-release.pdf"
    assert stored_keys(bucket) == ["documents/press-release.pdf"]
