"""Inserting thousands of published pages and images fast, for the benchmark's content.

`parent.add_child()` costs a dozen queries per page (path lookup, slug checks, search
index, translation hashes); 10 000 pages would take minutes on a 2-core machine. Here a
batch of children is placed by hand exactly as treebeard would place them (consecutive
materialised paths after the parent's last child), its `wagtailcore_page` rows go in
with one bulk INSERT, and the rows of the specific page table with another.
"""

import hashlib
import io

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.models import Collection, Page

from cms.languages import language_codes
from media.models import CustomImage
from translations.models import LanguageReadiness

BATCH = 200


def add_children(parent, pages):
    """Save unsaved specific `pages` as published children of `parent`, after its existing ones.

    Each page must have its per-language titles and slugs set; unique slugs among
    siblings are the caller's job (the generator numbers them). Returns the pages, saved.
    """
    if not pages:
        return pages
    parent = Page.objects.get(pk=parent.pk)  # fresh path, depth and numchild
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for number, page in enumerate(pages, start=parent.numchild + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, number)
        page.numchild = 0
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.draft_title = page.title_en
        for code in language_codes():
            # wagtail-modeltranslation keeps one url_path per language, built from that language's slug.
            parent_path = getattr(parent, f"url_path_{code}") or parent.url_path_en
            setattr(page, f"url_path_{code}", f"{parent_path}{getattr(page, f'slug_{code}')}/")
        page.url_path = page.url_path_en
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        # The wagtailcore_page rows first (Page's own columns of these subclass
        # instances, ids returned), then the subclass table's rows pointing at them.
        Page.objects.bulk_create(batch)
        for page in batch:
            page.page_ptr_id = page.id
        model._base_manager._insert(batch, fields=model._meta.local_concrete_fields, using=connection.alias)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def mark_ready(pages):
    """Record every non-default language of `pages` as ready, as translators would after filling them."""
    others = language_codes()[1:]
    LanguageReadiness.objects.bulk_create(
        [LanguageReadiness(page_id=page.pk, language=code, is_ready=True) for page in pages for code in others],
        batch_size=1000,
    )


def jpeg_bytes(seed, size=96):
    """A small JPEG of one colour derived from `seed`: distinct, cheap, and a real image file."""
    colour = tuple(hashlib.sha256(str(seed).encode()).digest()[:3])
    buffer = io.BytesIO()
    PillowImage.new("RGB", (size, size), colour).save(buffer, format="JPEG", quality=70)
    return buffer.getvalue()


def add_images(names, texts):
    """One CustomImage per name with a generated JPEG file; `texts(index)` gives its translated fields."""
    collection = Collection.get_first_root_node()
    images = []
    for index, name in enumerate(names):
        content = jpeg_bytes(name)
        image = CustomImage(title=name, collection=collection, file_size=len(content))
        image.file_hash = hashlib.sha1(content).hexdigest()  # noqa: S324 - Wagtail's own duplicate check uses sha1
        image.file.save(f"{name}.jpg", ContentFile(content), save=False)
        # Set after the file: saving it resets the dimension fields.
        image.width = image.height = 96
        for field, value in texts(index).items():
            setattr(image, field, value)
        images.append(image)
    return CustomImage.objects.bulk_create(images, batch_size=BATCH)
