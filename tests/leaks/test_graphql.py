"""The leak matrix over GraphQL: every root field, page(path:), search and preview, in every language.

Each cell reads the raw bytes of the answer, so a marker that came out in any field —
a title, a slug inside a URL, an image's file name, a translation's title — is found.
"""

import json

import pytest

from tests.graphql import graphql_response

from .content import title
from .matrix import KINDS, LANGUAGES, PAGE_KINDS, assert_no_leak, cells

pytestmark = pytest.mark.django_db

IMAGE = "url alt caption credit rendition(width: 320) { url } srcSet"
PAGE = "title slug url seoTitle searchDescription translations { title url }"
SESSION = f"""{PAGE} ... on SessionPage {{ summary documents {{ document {{ title url }} }}
  speakers {{ role speaker {{ {PAGE} ... on SpeakerPage {{ photo {{ {IMAGE} }} }} }} }} }}"""
SPEAKER = f"""{PAGE} ... on SpeakerPage {{ position biography photo {{ {IMAGE} }}
  sessionRoles {{ role session {{ {PAGE} }} }} }}"""
EVENT = f"""{PAGE} ... on EventPage {{ summary subtitle heroImage {{ {IMAGE} }}
  outcomeDocuments {{ document {{ title url }} }} featuredSpeakers {{ speaker {{ {PAGE} }} }}
  sessions {{ {PAGE} }} }}"""
NEWS = f"{PAGE} ... on NewsPage {{ summary body {{ rawValue }} image {{ {IMAGE} }} relatedEvent {{ {PAGE} }} }}"
RELEASE = f"""{PAGE} ... on PressReleasePage {{ summary body {{ rawValue }}
  attachments {{ document {{ title url }} }} relatedEvent {{ {PAGE} }} }}"""

# One query per root field of `type Query` (page, search and preview have their own tests):
# together they would pass the complexity limit.
ROOT_FIELDS = {
    "home": f"home(language: $language) {{ {PAGE} ... on HomePage {{ heroTitle intro }} }}",
    "events": f"events(language: $language) {{ {EVENT} }}",
    "event": f'event(slug: "controlevent-en", language: $language) {{ {EVENT} }}',
    "schedule": f'schedule(event: "controlevent-en", language: $language) {{ days {{ sessions {{ {SESSION} }} }} }}',
    "speakers": f"speakers(language: $language, limit: 100) {{ totalCount items {{ {SPEAKER} }} }}",
    "news": f"news(language: $language, limit: 100) {{ totalCount items {{ {NEWS} }} }}",
    "pressReleases": f"pressReleases(language: $language, limit: 100) {{ totalCount items {{ {RELEASE} }} }}",
    "siteSettings": "siteSettings(language: $language) { organisationName address email phone }",
    "organisations": "organisations(language: $language) { name acronym }",
    "languages": "languages { code name nameLocal }",
}
# The root fields that carry each type of page, document or image (the control must be there).
CARRIERS = {
    "event": ("events", "event", "news", "pressReleases"),
    "session": ("events", "event", "schedule", "speakers"),
    "speaker": ("events", "event", "schedule", "speakers"),
    "news": ("news",),
    "release": ("pressReleases",),
    "document": ("events", "event", "schedule", "pressReleases"),
    "image": ("schedule", "speakers"),
}


def post(client, query, variables=None, **headers):
    response = graphql_response(client, query, variables, **headers)
    assert response.status_code in (200, 400), response.content
    return response.content


def root_field_query(field):
    # `languages` takes no language: it is asked in the request's (Accept-Language) only.
    variables = "" if field == "languages" else "($language: Language)"
    return f"query {variables} {{ {ROOT_FIELDS[field]} }}"


def page_query(fields):
    return "query ($path: String!) { page(path: $path) { " + fields + " } }"


def root_field_cells():
    return [
        pytest.param(field, kind, language, id=f"{kind.id}/{field}/{language}")
        for field in ROOT_FIELDS
        for kind in KINDS
        for language in LANGUAGES
    ]


@pytest.mark.parametrize(("field", "kind", "language"), root_field_cells())
def test_root_field(leak_site, answers, field, kind, language):
    body = answers(
        ("root", field, language),
        lambda client: post(
            client, root_field_query(field), {"language": language.upper()}, HTTP_ACCEPT_LANGUAGE=language
        ),
    )
    assert b'"errors"' not in body, body
    control = kind.control if field in CARRIERS.get(kind.page_type, ()) else None
    assert_no_leak(body, kind, language, control)


def test_every_root_field_is_in_the_matrix():
    from cms.api.schema import schema

    assert sorted(schema.graphql_schema.query_type.fields) == sorted([*ROOT_FIELDS, "page", "search", "preview"])


@pytest.mark.parametrize(("kind", "language"), cells(PAGE_KINDS))
def test_page_path(leak_site, answers, client, kind, language):
    """page(path:) with the kind's own path answers null; the control's path answers the control."""
    body = post(client, page_query(PAGE), {"path": leak_site.path(kind.page, language)})
    if kind.live_page:  # its path serves the live version, never the draft
        assert json.loads(body)["data"]["page"]["title"] == title(kind.live_page, language)
        assert_no_leak(body, kind, language)
    else:
        assert json.loads(body) == {"data": {"page": None}}
    control = answers(
        ("page", kind.control, language),
        lambda client: post(client, page_query(PAGE), {"path": leak_site.path(kind.control, language)}),
    )
    assert json.loads(control)["data"]["page"]["title"] == title(kind.control, language)


REFERRING_PAGES = {
    "CONTROLEVENT": EVENT,
    "CONTROLSPEAKER": SPEAKER,
    "CONTROLNEWS": NEWS,
    "CONTROLRELEASE": RELEASE,
    "CONTROLCONTACT": f"{PAGE} ... on ContactPage {{ intro thankYouText formFields {{ label }} }}",
}


@pytest.mark.parametrize(("kind", "language"), cells([kind for kind in KINDS if not kind.is_page]))
def test_page_path_of_the_pages_that_refer_to_them(leak_site, answers, kind, language):
    """The public pages that refer to documents, images, submissions and editors show none of them."""
    for marker, fields in REFERRING_PAGES.items():
        path = leak_site.path(marker, language)
        body = answers(
            ("referring page", marker, language),
            lambda client, fields=fields, path=path: post(client, page_query(fields), {"path": path}),
        )
        assert_no_leak(body, kind, language, marker)


SEARCHED = {"event", "session", "speaker", "news", "release"}
SEARCH = (
    "query ($q: String!, $language: Language) { search(query: $q, language: $language) { totalCount items { title } } }"
)


@pytest.mark.parametrize(("kind", "language"), cells())
def test_search(leak_site, answers, client, kind, language):
    """Searching for a marker finds nothing; searching for its control finds exactly the control."""
    for marker in kind.markers:
        body = post(client, SEARCH, {"q": marker, "language": language.upper()})
        assert json.loads(body) == {"data": {"search": {"totalCount": 0, "items": []}}}
    control = kind.control if kind.page_type in SEARCHED else "CONTROLNEWS"
    found = json.loads(
        answers(
            ("search", control, language),
            lambda client: post(client, SEARCH, {"q": title(control, language), "language": language.upper()}),
        )
    )
    assert found == {"data": {"search": {"totalCount": 1, "items": [{"title": title(control, language)}]}}}


@pytest.mark.parametrize(("kind", "language"), cells(PAGE_KINDS))
def test_preview_without_a_valid_token(leak_site, client, kind, language):
    """A forged token naming the page (what headless-preview's tokens look like, unsigned) reads nothing."""
    page = leak_site.pages[kind.page]
    query = "query ($token: String!, $language: Language) { preview(token: $token, language: $language) { title } }"
    token = f"{page.content_type.app_label}.{page.content_type.model}:{page.pk}"
    body = post(client, query, {"token": token, "language": language.upper()})
    answer = json.loads(body)
    assert answer["data"] == {"preview": None}
    assert [error["extensions"]["code"] for error in answer["errors"]] == ["PREVIEW_TOKEN_INVALID"]
    assert kind.leaked(body) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("field", ["draftTitle", "latestRevision { id }", "titleRu", "owner { username }", "live"])
def test_revisions_and_internal_columns_are_not_fields(leak_site, client, field, language):
    path = leak_site.path("CONTROLREVISED", language)
    body = post(client, page_query("... on NewsPage { " + field + " }"), {"path": path})
    name = field.split()[0]
    answer = json.loads(body)
    assert [error["message"].split(".")[0] for error in answer["errors"]] == [
        f"Cannot query field '{name}' on type 'NewsPage'"
    ]
    assert b"LEAKREVISION" not in body and b"leakeditor" not in body.lower()
