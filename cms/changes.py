"""Content changed: one announcement, after commit, whenever readers may see something new.

Publishing, unpublishing, moving or deleting a page, and saving or deleting a snippet,
an image, a document or a site setting, each become one `ContentChange` sent through the
`content_changed` signal. Whoever must react (webhooks to the frontends, later the
GraphQL response cache) listens here instead of to Wagtail's many signals; the
receivers that turn those signals into changes live in cms/change_sources.py.

The signal is sent from `transaction.on_commit`: a write that is rolled back announces
nothing, and a listener that reads the database sees the change.
"""

import uuid
from dataclasses import dataclass, field
from datetime import datetime

import django.dispatch
from django.db import transaction
from django.utils import timezone

from cms.frontend import page_frontend_url
from cms.languages import language_codes

ACTIONS = ("published", "unpublished", "moved", "deleted")
KINDS = ("page", "snippet", "image", "document", "settings")

# Sent with `change=ContentChange(...)`, after the transaction that made it commits.
content_changed = django.dispatch.Signal()


@dataclass(frozen=True)
class ContentChange:
    """What changed, in which languages, and at which public URLs.

    `urls` and `previous_urls` are (language, absolute frontend URL) pairs; for an
    unpublished or deleted page they are the URLs it had, for a move `previous_urls`
    are the ones it had before. Snippets, images, documents and settings have no URL
    of their own.
    """

    action: str
    kind: str
    model: str
    object_id: str
    title: str
    languages: tuple[str, ...]
    urls: tuple[tuple[str, str], ...] = ()
    previous_urls: tuple[tuple[str, str], ...] = ()
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    occurred_at: datetime = field(default_factory=timezone.now)

    def __post_init__(self):
        if self.action not in ACTIONS:
            raise ValueError(f"Unknown action {self.action!r}; expected one of {', '.join(ACTIONS)}")
        if self.kind not in KINDS:
            raise ValueError(f"Unknown kind {self.kind!r}; expected one of {', '.join(KINDS)}")

    @property
    def event_type(self):
        """ "page.published", "image.deleted"...: the name a receiver switches on."""
        return f"{self.kind}.{self.action}"


def page_urls(page, languages):
    """(language, frontend URL) for each of `languages`, as the page's url paths stand now."""
    return tuple((language, page_frontend_url(page, language)) for language in languages)


def page_languages(page):
    """The languages `page` is served in (all, or only the ready ones: TRANSLATIONS_SERVE_UNREADY)."""
    # Imported here: translations imports cms (languages), and cms must load without it.
    from translations.readiness import available_languages

    return tuple(available_languages(page))


def page_change(page, action, previous_urls=()):
    """A ContentChange for `page`, with its languages and URLs read now (before a delete)."""
    languages = page_languages(page)
    return ContentChange(
        action=action,
        kind="page",
        model=page.specific_class._meta.label_lower,
        object_id=str(page.pk),
        title=page.title,
        languages=languages,
        urls=page_urls(page, languages),
        previous_urls=tuple(previous_urls),
    )


def object_change(instance, kind, action):
    """A ContentChange for a snippet, image, document or setting: every language, no URL."""
    return ContentChange(
        action=action,
        kind=kind,
        model=instance._meta.label_lower,
        object_id=str(instance.pk),
        title=str(instance),
        languages=tuple(language_codes()),
    )


def announce(change):
    """Send `content_changed` for `change` once the current transaction commits (now if none)."""
    # robust: the change is already saved; a listener that fails is logged, and must not turn
    # the editor's successful publish into an error page.
    transaction.on_commit(lambda: content_changed.send(sender=ContentChange, change=change), robust=True)
