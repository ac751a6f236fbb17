"""The leak matrix as data: the kinds of non-public content, and how a test looks for them.

A kind names the markers that must never come out (tests/leaks/content.py writes them
into every language column) and the public control of the same type that must come
out of the same way in, so that a way in answering nothing fails instead of passing.
"""

from dataclasses import dataclass

from cms.languages import language_codes

from .content import EDITOR_MARKERS, SUBMISSION_MARKERS, title

LANGUAGES = tuple(language_codes())


@dataclass(frozen=True)
class Kind:
    id: str
    markers: tuple[str, ...]
    control: str  # the marker of the public page (or file) of the same type
    # The type that carries it: event, session, speaker, news, release, index, contact, document or image.
    page_type: str
    is_page: bool = True  # a page with a path of its own (page(path:), the site, its own export)
    # The page that holds the markers, when it is a live one (draft changes): its path serves the live version.
    live_page: str | None = None

    @property
    def page(self):
        """The marker the kind's page is addressed by in LeakSite.pages."""
        return self.live_page or self.markers[0]

    def leaked(self, body):
        """The markers found in `body` (raw bytes), case-insensitively: slugs are lower case."""
        text = body.decode("utf-8", "replace").lower() if isinstance(body, bytes) else body.lower()
        return [marker for marker in self.markers if marker.lower() in text]


KINDS = (
    Kind("draft-session", ("LEAKDRAFTSESSION",), "CONTROLSESSION", "session"),
    Kind("draft-news", ("LEAKDRAFTNEWS",), "CONTROLNEWS", "news"),
    Kind("draft-press-release", ("LEAKDRAFTRELEASE",), "CONTROLRELEASE", "release"),
    Kind("draft-speaker", ("LEAKDRAFTSPEAKER",), "CONTROLSPEAKER", "speaker"),
    # The live page is CONTROLREVISED; a later, unpublished revision is all LEAKREVISION.
    Kind("draft-changes", ("LEAKREVISION",), "CONTROLREVISED", "news", live_page="CONTROLREVISED"),
    Kind("scheduled", ("LEAKSCHEDULED",), "CONTROLRELEASE", "release"),
    Kind("expired", ("LEAKEXPIRED",), "CONTROLNEWS", "news"),
    Kind("unpublished", ("LEAKUNPUBLISHED",), "CONTROLSESSION", "session"),
    Kind("private-password", ("LEAKPASSWORD",), "CONTROLEVENT", "event"),
    Kind("private-password-child", ("LEAKPASSWORDCHILD",), "CONTROLSESSION", "session"),
    Kind("private-login", ("LEAKLOGIN",), "CONTROLNEWSINDEX", "index"),
    Kind("private-login-child", ("LEAKLOGINCHILD",), "CONTROLNEWS", "news"),
    Kind("deleted", ("LEAKDELETED",), "CONTROLNEWS", "news", is_page=False),
    Kind("form-submission", SUBMISSION_MARKERS, "CONTROLCONTACT", "contact", is_page=False),
    Kind("editor", EDITOR_MARKERS, "CONTROLNEWS", "news", is_page=False),
    Kind("private-document", ("LEAKPRIVATEDOC",), "CONTROLDOC", "document", is_page=False),
    Kind("private-image", ("LEAKPRIVATEIMAGE",), "CONTROLIMAGE", "image", is_page=False),
)
PAGE_KINDS = tuple(kind for kind in KINDS if kind.is_page)


def cells(kinds=KINDS, languages=LANGUAGES):
    """pytest params kind × language, with ids like "draft-session/ru"."""
    import pytest

    return [pytest.param(kind, language, id=f"{kind.id}/{language}") for kind in kinds for language in languages]


def assert_no_leak(body, kind, language, control=None):
    """`body` shows the control's text in `language` exactly and none of the kind's markers."""
    if control is not None:
        text = body.decode() if isinstance(body, bytes) else body
        assert title(control, language) in text, f"the control {title(control, language)!r} did not come out"
    assert kind.leaked(body) == [], leak_context(body, kind)


def leak_context(body, kind, width=160):
    """Where each marker came out: the bytes around it, for the failure message."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    excerpts = []
    for marker in kind.leaked(body):
        at = text.lower().index(marker.lower())
        excerpts.append(text[max(0, at - width) : at + width])
    return "\n...\n".join(excerpts)
