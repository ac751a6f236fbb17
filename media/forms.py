"""The admin's image upload form: Wagtail's, with the pixel limit checked before the image is decoded.

Wagtail's `WagtailImageField` measures an upload through Willow, which decodes the
whole image (`PIL.Image.load()`) just to read its size. A PNG of a few hundred bytes
can declare 8000 x 8000 pixels of zeros: below Pillow's own bomb limit, it would be
decoded into 192 MB of memory before WAGTAILIMAGES_MAX_IMAGE_PIXELS refused it. And a
file whose header is fine but whose data is cut short makes that decoding raise an
OSError that Wagtail does not catch: a 500 instead of a form error.

`ImageForm` (WAGTAILIMAGES_IMAGE_FORM_BASE) swaps in `HeaderCheckedImageField`, which
reads the size from the header first (Pillow opens lazily) and turns a file that cannot
be decoded into Wagtail's own "not a valid image" error. Every other check (extension,
format matching the extension, WAGTAILIMAGES_MAX_UPLOAD_SIZE) is Wagtail's.
"""

import warnings

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# What Pillow raises for a file it cannot decode, bombs aside: those have their own message.
UNDECODABLE = (OSError, SyntaxError, ValueError)


class HeaderCheckedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        self._check_declared_pixels(f)
        try:
            super().check_image_pixel_size(f)
        except UNDECODABLE as error:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error

    def _check_declared_pixels(self, f):
        if self.max_image_pixels is None:
            return
        source = f.image.f
        source.seek(0)
        try:
            # Above Pillow's own limit it warns, above twice that it raises: both are a
            # refusal here, whatever the warning filters of the process.
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                with PILImage.open(source) as header:  # lazy: reads the header only
                    width, height = header.size
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": "unknown number", "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from None
        except UNDECODABLE:
            return  # a format Pillow cannot open lazily: Willow's full check below decides
        finally:
            source.seek(0)
        # Frames are counted by Wagtail after decoding; one frame already over the limit is enough.
        if width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """Wagtail's image form (add, edit, multiple upload) with `HeaderCheckedImageField` for the file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Swapped per form instance: the multiple uploader's edit form has no file field,
        # and a field declared on the class would survive its Meta.exclude.
        field = self.fields.get("file")
        if field is not None and not isinstance(field, HeaderCheckedImageField):
            self.fields["file"] = HeaderCheckedImageField(
                label=field.label, required=field.required, widget=field.widget, help_text=field.help_text
            )
