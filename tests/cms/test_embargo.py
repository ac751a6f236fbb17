"""An embargoed press release and a scheduled session are invisible everywhere until their moment.

Every way a reader or a delegate's tool can reach content is asked before and after the
scheduler publishes them: GraphQL lists, `page(path:)`, search, the feeds, the sitemap
and the schedule exports. The GraphQL answers are asked first so that they are cached:
the publication by the scheduler must renew them.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from tests.factories.news import PressReleasePageFactory
from tests.factories.sessions import DUSHANBE, SessionPageFactory
from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db

RELEASE = "Embargoed: Dushanbe Declaration adopted"
SESSION = "Embargoed: closing ministerial session"
GRAPHQL = """query ($path: String!) {
  pressReleases { items { title } }
  schedule(event: "2019") { days { sessions { title } } }
  search(query: "Embargoed") { totalCount }
  page(path: $path) { title }
}"""


def schedule_for_later(page):
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision().publish()  # with go_live_at in the future, this schedules


def let_the_moment_pass(*pages):
    past = timezone.now() - datetime.timedelta(minutes=1)
    for page in pages:
        revision = Revision.objects.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save()
    call_command("run_scheduler", "--once", stdout=io.StringIO())


@pytest.fixture
def embargoed(event_page, news_index_page):
    event_page.slug = "2019"
    event_page.save_revision().publish()
    release = PressReleasePageFactory(parent=news_index_page, title=RELEASE, slug="declaration", live=False)
    start = datetime.datetime(2019, 5, 17, 16, 0, tzinfo=DUSHANBE)
    session = SessionPageFactory(parent=event_page, title=SESSION, slug="closing", start=start, live=False)
    schedule_for_later(release)
    schedule_for_later(session)
    return release, session


def everything_a_reader_sees(client, release, session):
    """(GraphQL data, feed, sitemap, event calendar, Frab JSON, the session's own calendar status)."""
    path = f"/en/{release.get_parent().slug}/declaration/"
    data = graphql_data(client, GRAPHQL, {"path": path})
    get = lambda url: client.get(url, HTTP_HOST="localhost")  # noqa: E731
    return (
        data,
        RELEASE in get("/feeds/en/press-releases.rss").content.decode(),
        "/declaration/" in get("/sitemap.xml").content.decode(),
        SESSION in get("/exports/en/events/2019.ics").content.decode(),
        SESSION in get("/exports/en/events/2019/schedule.json").content.decode(),
        get(f"/exports/en/sessions/{session.pk}.ics").status_code,
    )


def test_embargoed_content_is_nowhere_until_its_moment(client, embargoed):
    release, session = embargoed
    assert everything_a_reader_sees(client, release, session) == (
        {
            "pressReleases": {"items": []},
            "schedule": {"days": []},
            "search": {"totalCount": 0},
            "page": None,
        },
        False,
        False,
        False,
        False,
        404,
    )


def test_embargoed_content_is_everywhere_once_the_scheduler_publishes_it(client, embargoed):
    release, session = embargoed
    everything_a_reader_sees(client, release, session)  # cached before the moment
    let_the_moment_pass(release, session)
    assert everything_a_reader_sees(client, release, session) == (
        {
            "pressReleases": {"items": [{"title": RELEASE}]},
            "schedule": {"days": [{"sessions": [{"title": SESSION}]}]},
            "search": {"totalCount": 2},
            "page": {"title": RELEASE},
        },
        True,
        True,
        True,
        True,
        200,
    )
