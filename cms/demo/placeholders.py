"""Placeholder images and documents drawn locally with Pillow: nothing is downloaded."""

import hashlib
import io

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

# The palette of the 2022 conference identity (blue, sand, green), used so the
# demo looks deliberate rather than random.
PALETTE = [(0, 84, 147), (190, 160, 110), (46, 125, 50), (121, 85, 72), (69, 90, 100)]


def _colour_for(label):
    digest = hashlib.sha256(label.encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def _draw(label, size):
    image = PILImage.new("RGB", size, _colour_for(label))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(size) // 12)
    draw.multiline_text((size[0] // 2, size[1] // 2), label, fill="white", font=font, anchor="mm", align="center")
    return image


def placeholder_png(label, size=(1200, 675)):
    """PNG bytes of a coloured card with `label` in the middle."""
    buffer = io.BytesIO()
    _draw(label, size).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def initials(name):
    return "".join(part[0] for part in name.split() if part[:1].isalpha())[:3].upper()


def placeholder_pdf(label):
    """A one-page PDF whose page shows `label` (Pillow writes PDF natively)."""
    buffer = io.BytesIO()
    _draw(label, (1240, 1754)).save(buffer, format="PDF")
    return buffer.getvalue()
