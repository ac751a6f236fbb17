"""Where content changes come from: Wagtail's and Django's signals, turned into ContentChanges.

- pages: Wagtail's page_published / page_unpublished, pre_/post_page_move, and Django's
  pre_delete (the URLs are read before the rows go). Wagtail sends page_published also
  when a revision is only scheduled (go_live_at in the future) and the page stays a
  draft: only a page that is live is announced, so an embargoed page is announced when
  the scheduler publishes it, not before.
- snippets, images, documents, site settings: none of ours has a draft state
  (DraftStateMixin), so a save is what readers see next: post_save is "published",
  post_delete is "deleted".
- nothing private is announced: neither a page under a privacy restriction (its own or
  an ancestor's) nor an image or document of a private collection (media/privacy.py).

`connect()` is called once from CmsConfig.ready().
"""

import threading

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move
from wagtail.snippets.models import get_snippet_models

from cms.changes import announce, object_change, page_change, page_languages, page_urls
from media.privacy import is_public_media

# A page's URLs before a move, from pre_page_move to post_page_move (same thread, same call).
_before_move = threading.local()


def _is_announced(page):
    """True for a page readers can see when it is live.

    The tree's root has no URL and no reader. A page under a privacy restriction
    (password, login, groups — its own or an ancestor's) is not for the public: its
    title and URLs are not sent to receivers outside the CMS, whatever happens to it.
    """
    return page.depth > 1 and not page.get_view_restrictions().exists()


def _still_live_in_database(page):
    """True when the row says live although `page.live` is False in memory.

    Wagtail unpublishes a live page it is about to delete without saving (its own
    pre_delete handler), which sends page_unpublished: that is a deletion, announced
    once by `announce_page_deleted`, not an unpublication.
    """
    return Page.objects.filter(pk=page.pk, live=True).exists()


@receiver(page_published)
def announce_page_published(sender, instance, **kwargs):
    """A revision went live (now, or at its scheduled moment through the scheduler)."""
    if instance.live and _is_announced(instance):
        announce(page_change(instance, "published"))


@receiver(page_unpublished)
def announce_page_unpublished(sender, instance, **kwargs):
    """A live page was taken down; its URLs are the ones it was served at."""
    if _is_announced(instance) and not _still_live_in_database(instance):
        announce(page_change(instance, "unpublished"))


@receiver(pre_page_move)
def remember_urls_before_move(sender, instance, **kwargs):
    """Keep the URLs the page had, in every language, for the move's announcement."""
    if instance.live and _is_announced(instance):
        _before_move.urls = {instance.pk: page_urls(instance, page_languages(instance))}


@receiver(post_page_move)
def announce_page_moved(sender, instance, parent_page_after, url_path_before, url_path_after, **kwargs):
    """A live page moved: its new URLs, and the old ones the frontends should drop."""
    previous = getattr(_before_move, "urls", {}).pop(instance.pk, None)
    # Reordering among siblings changes no URL: nothing for a reader to notice.
    if previous is None or url_path_before == url_path_after:
        return
    page = instance.specific
    # wagtail-modeltranslation rewrites the other languages' url paths in its own
    # post_page_move receiver, which may run after this one: work them out here.
    page.set_url_path(parent_page_after)
    announce(page_change(page, "moved", previous_urls=previous))


@receiver(pre_delete, sender=Page)
def announce_page_deleted(sender, instance, **kwargs):
    """A page that readers could see is being deleted (descendants each announce themselves)."""
    # The row, not the instance: Wagtail may already have unpublished it in memory.
    if _is_announced(instance) and _still_live_in_database(instance):
        announce(page_change(instance, "deleted"))


def kind_of(instance):
    """ "snippet", "image", "document" or "settings" for a model readers see, else None."""
    model = type(instance)
    if issubclass(model, get_image_model()):
        return "image"
    if issubclass(model, get_document_model()):
        return "document"
    if issubclass(model, BaseSiteSetting | BaseGenericSetting):
        return "settings"
    if model in get_snippet_models():
        return "snippet"
    return None


def _is_private_media(instance, kind):
    # An image or document of a private collection is not for the public: its title is not sent.
    return kind in ("image", "document") and not is_public_media(instance)


def announce_object_saved(sender, instance, raw=False, **kwargs):
    """A snippet, image, document or setting was saved: readers see it from now on."""
    kind = kind_of(instance)
    # raw: loaded from a fixture, not written by anyone.
    if kind and not raw and not _is_private_media(instance, kind):
        announce(object_change(instance, kind, "published"))


def announce_object_deleted(sender, instance, **kwargs):
    """A snippet, image, document or setting was deleted."""
    kind = kind_of(instance)
    if kind and not _is_private_media(instance, kind):
        announce(object_change(instance, kind, "deleted"))


def connect():
    """Connect the receivers that are not bound to one sender by a decorator."""
    # Any sender, filtered by kind_of: snippets register themselves after our app is ready.
    post_save.connect(announce_object_saved, dispatch_uid="cms.changes.object_saved")
    post_delete.connect(announce_object_deleted, dispatch_uid="cms.changes.object_deleted")
