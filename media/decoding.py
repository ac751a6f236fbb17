"""What decoding a stored or uploaded image can raise when the file is not a sound image.

Pillow and Willow do not share one exception for "this file cannot be read as an image":
truncated or unknown data is an OSError (Willow's UnrecognisedImageFormatError and
Pillow's UnidentifiedImageError among them), a broken PNG chunk a SyntaxError,
impossible header values a ValueError, and a decompression bomb Pillow's own
DecompressionBombError (or its warning, where warnings are errors).
"""

from PIL import Image as PILImage

DECODING_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    PILImage.DecompressionBombError,
    PILImage.DecompressionBombWarning,
)
