"""The scheduler: a press release scheduled for later stays invisible until its moment passes."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Revision

from news.models import NewsPage
from tests.factories.news import NewsPageFactory
from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db

NEWS_TITLES = "{ news { totalCount items { title } } }"


@pytest.fixture
def scheduled_article(news_index_page):
    article = NewsPageFactory(parent=news_index_page, title="Embargoed until the opening", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    article.save_revision().publish()  # with go_live_at in the future, this schedules
    return NewsPage.objects.get(pk=article.pk)


def test_scheduler_leaves_a_page_hidden_before_its_moment(client, scheduled_article):
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert NewsPage.objects.get(pk=scheduled_article.pk).live is False
    assert graphql_data(client, NEWS_TITLES)["news"] == {"totalCount": 0, "items": []}


def test_scheduler_publishes_a_page_once_its_moment_has_passed(client, scheduled_article):
    # The hour passes: move the scheduled revision's moment into the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = Revision.objects.get(object_id=str(scheduled_article.pk), approved_go_live_at__isnull=False)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert NewsPage.objects.get(pk=scheduled_article.pk).live is True
    assert graphql_data(client, NEWS_TITLES)["news"] == {
        "totalCount": 1,
        "items": [{"title": "Embargoed until the opening"}],
    }


def test_scheduler_refuses_a_zero_interval():
    with pytest.raises(CommandError, match="--interval must be at least 1 second."):
        call_command("run_scheduler", "--interval", "0", "--once")
