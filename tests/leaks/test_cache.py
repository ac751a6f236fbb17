"""The GraphQL response cache never hands out a public answer about something that stopped being public.

Each test asks once (the answer is cached, and a second ask is served without SQL), makes
the content non-public the way an editor would, and asks again, in every language.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories.media import ImageFactory
from tests.factories.news import NewsPageFactory
from tests.graphql import post_graphql

from .content import page_texts, texts, title
from .matrix import LANGUAGES

pytestmark = pytest.mark.django_db

QUERY = """query ($language: Language) {
  news(language: $language) { totalCount items { title ... on NewsPage { image { alt } } } }
  search(query: "CONTROLCACHED", language: $language) { totalCount }
}"""


def ask(client, language):
    """(answer, SQL statements run)."""
    with CaptureQueriesContext(connection) as captured:
        status, body = post_graphql(client, QUERY, {"language": language.upper()})
    assert status == 200
    return body, len(captured)


@pytest.fixture
def article(news_index_page):
    image = ImageFactory(**texts("CONTROLCACHEDIMAGE", "alt_text"))
    article = NewsPageFactory(parent=news_index_page, image=image, **page_texts("CONTROLCACHED", "summary"))
    article.save_revision().publish()
    return article


def restrict_by_password(article):
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="x")


def restrict_to_signed_in_users(article):
    PageViewRestriction.objects.create(page=article.get_parent(), restriction_type=PageViewRestriction.LOGIN)


def unpublish(article):
    article.unpublish()


def move_image_to_a_private_collection(article):
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    image = article.image
    image.collection = private
    image.save()


def make_the_collection_private(article):
    """The restriction is added to the image's own collection: the image row is not written."""
    CollectionViewRestriction.objects.create(
        collection=article.image.collection, restriction_type=CollectionViewRestriction.LOGIN
    )


CHANGES = (restrict_by_password, restrict_to_signed_in_users, unpublish)
MEDIA_CHANGES = (move_image_to_a_private_collection, make_the_collection_private)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__.replace("_", "-"))
def test_a_cached_answer_loses_a_page_that_stops_being_public(client, article, change, language):
    before, _queries = ask(client, language)
    assert before == {
        "data": {
            "news": {
                "totalCount": 1,
                "items": [
                    {"title": title("CONTROLCACHED", language), "image": {"alt": title("CONTROLCACHEDIMAGE", language)}}
                ],
            },
            "search": {"totalCount": 1},
        }
    }
    assert ask(client, language) == (before, 0)  # served from the cache
    change(article)
    after, queries = ask(client, language)
    assert after == {"data": {"news": {"totalCount": 0, "items": []}, "search": {"totalCount": 0}}}
    assert queries > 0
    assert "CONTROLCACHED" not in json.dumps(after)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("change", MEDIA_CHANGES, ids=lambda change: change.__name__.replace("_", "-"))
def test_a_cached_answer_loses_an_image_that_becomes_private(client, article, change, language):
    ask(client, language)
    assert ask(client, language)[1] == 0
    change(article)
    after, _queries = ask(client, language)
    assert after["data"]["news"]["items"] == [{"title": title("CONTROLCACHED", language), "image": None}]
