"""What the load test's readers ask for, and which revision of the edited session an answer shows.

The readers are the web site and the mobile app on conference day. Each request is
one of three GraphQL GETs, in one of the four languages, and every one of them shows
the title of the session the editor keeps changing:

- `session`: the session's own page, by its public path (`page(path:)`), as a reader
  opening it from a link or a push notification;
- `schedule`: the whole programme (bench/queries.py's schedule query, the heaviest);
- `home`: the app's home screen, the latest news and the session on now (`nowOn:`) in
  one query. The news list alone never shows a session's title.

The editor publishes revision n as TITLES[language] with n in every language; the
original title (before any publish) is revision 0.
"""

import random
import re
from dataclasses import dataclass

from .queries import graphql_get, schedule_query

LANGUAGES = ("en", "ru", "tg", "ar")
TITLES = {
    "en": "Opening session · rev {revision:04d}",
    "ru": "Открытие конференции · ред. {revision:04d}",
    "tg": "Маросими ифтитоҳ · таҳр. {revision:04d}",
    "ar": "الجلسة الافتتاحية · مراجعة {revision:04d}",
}
# How often each kind is asked, out of 10: readers open sessions most, then the programme.
WEIGHTS = {"session": 4, "schedule": 3, "home": 3}

SESSION_QUERY = """{ page(path: "%(path)s") { title url language
  ... on SessionPage { start end kind summary room { name } speakers { role speaker { title url } } } } }"""
HOME_QUERY = """{ news(language: %(language)s, limit: 10) { totalCount items { title url date summary } }
  nowOn: page(path: "%(path)s") { title url ... on SessionPage { start end room { name } } } }"""


@dataclass(frozen=True)
class EditedSession:
    """The session page the editor publishes again and again."""

    page_id: int
    event_slug: str
    paths: dict  # language -> its public path, /ru/bench/session-0-ru/
    original_titles: dict  # language -> the live title before the first publish (revision 0)


def edited_session(event_slug):
    """The first session of the event `event_slug` in programme order (needs Django set up)."""
    from cms.frontend import page_path
    from sessions.models import EventPage, SessionPage

    event = EventPage.objects.live().get(slug_en=event_slug)
    session = SessionPage.objects.child_of(event).live().order_by("start", "path").first()
    if session is None:
        raise LookupError(f"the event {event_slug!r} has no live session to edit")
    return EditedSession(
        page_id=session.pk,
        event_slug=event_slug,
        paths={code: page_path(session, code) for code in LANGUAGES},
        original_titles={code: getattr(session, f"title_{code}") or session.title_en for code in LANGUAGES},
    )


def published_titles(revision):
    """{title_<language>: title} of the edit form for revision `revision`."""
    return {f"title_{code}": TITLES[code].format(revision=revision) for code in LANGUAGES}


@dataclass(frozen=True)
class Query:
    kind: str
    language: str
    url: str  # the GET path with its query string
    session_path: str  # where the edited session's title is in the answer (its path in this language)

    def title_shown(self, data):
        """The edited session's title in an answer's `data`."""
        if self.kind == "session":
            return data["page"]["title"]
        if self.kind == "home":
            return data["nowOn"]["title"]
        for day in data["schedule"]["days"]:
            for session in day["sessions"]:
                if session["url"] == self.session_path:
                    return session["title"]
        raise LookupError(f"the schedule has no session at {self.session_path}")


def workload(session):
    """Every query the readers send: each kind in each language."""
    queries = []
    for code in LANGUAGES:
        path = session.paths[code]
        texts = {
            "session": SESSION_QUERY % {"path": path},
            "schedule": schedule_query(session.event_slug, code),
            "home": HOME_QUERY % {"language": code.upper(), "path": path},
        }
        queries += [Query(kind, code, graphql_get("/graphql/", text), path) for kind, text in texts.items()]
    return queries


def reader_choices(queries, seed):
    """An endless, reproducible sequence of queries for one reader, kinds weighted by WEIGHTS."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible mix of requests, not a secret
    weights = [WEIGHTS[query.kind] for query in queries]
    while True:
        yield rng.choices(queries, weights)[0]


def revision_shown(language, title, session):
    """The revision a title shows in `language`: 0 for the original, None for anything else."""
    if title == session.original_titles[language]:
        return 0
    prefix = TITLES[language].split("{")[0]
    matched = re.fullmatch(re.escape(prefix) + r"(\d{4,})", title)
    return int(matched.group(1)) if matched else None
