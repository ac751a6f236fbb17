"""What each benchmark target asks for: the same schedule information, in each API's own words.

The GraphQL schedule is the query of tests/cms/api/test_query_counts.py (sessions with
rooms, speakers with their roles, photos, organisations, translations and readiness).
The other APIs cannot say "translations" and "isReady"; they are asked for everything
else, so they do strictly less work than the GraphQL schedule.
"""

from urllib.parse import urlencode

LANGUAGE = "ru"  # every target answers in Russian: translated columns are read, not just English

SCHEDULE = """{ schedule(event: "%(event)s", language: %(language)s) { days { date sessions { title url
  translations { url isReady }
  ... on SessionPage { start end kind room { name } venue { name }
    speakers { role speaker { title url translations { isReady } availableLanguages fallbackFields
      ... on SpeakerPage { position photo { url } organisation { name } } } } } } } } }"""

# Stock grapple: the event's id by slug, then its sessions with the generic `pages` query,
# in tree order (its `order` applies to wagtailcore_page columns only, not `start`; the
# generator creates sessions in programme order, so the two orders are the same).
GRAPPLE_EVENT = """{ page(slug: "%(event)s", contentType: "programme.EventPage") { id } }"""
GRAPPLE_SESSIONS = """{ pages(contentType: "programme.SessionPage", parent: %(event_id)d, limit: %(limit)d,
  order: "path") { title url ... on SessionPage { start end kind room { name } venue { name }
    speakers { role speaker { title url ... on SpeakerPage { position photo { url } organisation { name } } } } } } }"""

# API v2: the event's id by slug, then its sessions with nested rooms and speakers.
V2_SESSION_FIELDS = (
    "_,id,title,html_url,kind,start,end,room(name),"
    "speakers(role,speaker(title,html_url,position,photo(download_url),organisation(name)))"
)


def graphql_get(endpoint, query):
    """The GET URL of a GraphQL query (GET: the cacheable way, with ETag)."""
    return f"{endpoint}?{urlencode({'query': ' '.join(query.split())})}"


def schedule_query(event_slug, language=LANGUAGE):
    """The schedule query of the event in `language` (a code: "ru")."""
    return SCHEDULE % {"event": event_slug, "language": language.upper()}


def v2_event_url(event_slug):
    return "/bench/api/v2/pages/?" + urlencode({"type": "programme.EventPage", "slug": event_slug, "fields": "_,id"})


def v2_sessions_url(event_id, limit):
    params = {"type": "programme.SessionPage", "child_of": event_id, "order": "start", "limit": limit}
    return "/bench/api/v2/pages/?" + urlencode({**params, "fields": V2_SESSION_FIELDS})
