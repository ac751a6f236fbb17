"""Hostile files for the upload tests, built in memory, and what an upload may have written."""

import io
import struct
import zlib
from pathlib import Path

from django.conf import settings
from PIL import Image as PILImage
from wagtail.models import UploadedFile

from media.models import CustomDocument, CustomImage, CustomRendition

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def declared_png(width, height, pixel_data=b""):
    """A PNG whose header declares `width` x `height` RGB pixels, followed by `pixel_data` (zlib'd scanlines).

    With no pixel data the file is a few dozen bytes: a decoder that trusts the header
    allocates for every declared pixel, then finds the data missing.
    """
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixel_data) + _chunk(b"IEND", b"")


def zero_png(width, height):
    """A complete, valid PNG of `width` x `height` black pixels: decodes to width*height*3 bytes."""
    compressor = zlib.compressobj(9)
    row = b"\0" * (1 + 3 * width)  # filter byte + RGB
    block_rows = 256  # a few MB at a time: the whole image would be width*height*3 bytes in memory
    data = b"".join(
        compressor.compress(row * min(block_rows, height - start)) for start in range(0, height, block_rows)
    )
    data += compressor.flush()
    return declared_png(width, height, data)


def real_image(width=64, height=48, image_format="PNG", mode="RGB"):
    """The bytes of a genuine image, as a camera or an editor's tool would write it."""
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height), color=0).save(buffer, format=image_format)
    return buffer.getvalue()


def media_files():
    """Every file under MEDIA_ROOT, relative: an upload that was refused must add none."""
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def library_rows():
    """Row counts of every table an upload or a rendition may write."""
    return {
        "images": CustomImage.objects.count(),
        "renditions": CustomRendition.objects.count(),
        "documents": CustomDocument.objects.count(),
        "uploaded files": UploadedFile.objects.count(),
    }
