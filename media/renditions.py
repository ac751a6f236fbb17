"""Making the allow-listed renditions ahead of time, so that no reader's request makes one.

Wagtail stores every rendition it makes (a row in the renditions table and a file in
storage) and finds it again by filter spec: the API makes a rendition at most once.
`pregenerate_renditions` moves even that first time out of the request path, for
every image, with the same filter specs the API asks for (`allow_listed_filter_specs`).
"""

from dataclasses import dataclass, field

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from media.api import allow_listed_filter_specs


@dataclass
class RenditionReport:
    created: int = 0
    existing: int = 0
    failed: int = 0
    # One line per image that could not be processed: which image, and why.
    failures: list[str] = field(default_factory=list)

    def summary(self, dry_run=False):
        """One line for the end of the command, e.g. `created 12, existing 3, failed 0`."""
        made = "would create" if dry_run else "created"
        return f"{made} {self.created}, existing {self.existing}, failed {self.failed}"


def missing_filters(image, filters):
    """The filters of `filters` that `image` has no stored rendition for (its focal point included)."""
    found = image.find_existing_renditions(*filters)
    return [rendition_filter for rendition_filter in filters if rendition_filter not in found]


def pregenerate_renditions(images, *, dry_run=False, progress=None):
    """Make every allow-listed rendition `images` lack; a broken image is reported and skipped.

    `progress(done, total)` is called after each image. Nothing is made when `dry_run`:
    the report then counts what would be made.
    """
    filters = [Filter(spec=spec) for spec in allow_listed_filter_specs()]
    images = list(images)
    report = RenditionReport()
    for done, image in enumerate(images, start=1):
        missing = missing_filters(image, filters)
        report.existing += len(filters) - len(missing)
        if missing and dry_run:
            report.created += len(missing)
        elif missing:
            try:
                made = image.create_renditions(*missing)
            except Exception as error:  # a broken or missing file: report it, go on with the next image
                report.failed += len(missing)
                report.failures.append(f"image {image.pk} {image.title!r} ({image.file.name}): {error}")
            else:
                report.created += len(made)
        if progress is not None:
            progress(done, len(images))
    return report


def all_images():
    """Every image of the library, oldest first (a stable order for the progress bar)."""
    return get_image_model().objects.order_by("pk")
