"""The benchmark's content generator, at a tiny scale on the test database."""

import pytest

from bench.content import EVENT_SLUG, Counts, build_content
from news.models import NewsPage
from people.models import SpeakerPage
from sessions.models import SessionPage, SessionSpeaker
from translations.models import LanguageReadiness

pytestmark = pytest.mark.django_db

TINY = 0.05  # 3 sessions, 15 speakers, 25 news


def test_counts_for_scale_one_are_the_issues_sizes():
    assert Counts.for_scale(1) == Counts(sessions=60, speakers=300, news=500, organisations=30)


def test_counts_for_scale_ten_multiply_everything():
    assert Counts.for_scale(10) == Counts(sessions=600, speakers=3000, news=5000, organisations=300)


def test_build_content_tiny_scale_makes_exact_counts():
    counts = build_content(TINY, "test")
    assert counts == Counts(sessions=3, speakers=15, news=25, organisations=2)
    assert SessionPage.objects.live().filter(url_path_en__startswith=f"/home/{EVENT_SLUG}/").count() == 3
    assert SpeakerPage.objects.live().count() == 15
    assert NewsPage.objects.live().count() == 25
    # 3, 4 and 5 speakers for the three sessions.
    assert SessionSpeaker.objects.count() == 12
    # Every page but Wagtail's root is ready in ru, tg and ar: home, event, 2 indexes, 43 pages.
    assert LanguageReadiness.objects.filter(is_ready=True).count() == (4 + 3 + 15 + 25) * 3


def test_build_content_pages_form_a_valid_tree():
    from wagtail.models import Page

    build_content(TINY, "test")
    problems = Page.find_problems()
    assert problems == ([], [], [], [], [])


def test_build_content_sessions_have_translated_titles_and_urls():
    build_content(TINY, "test")
    session = SessionPage.objects.get(slug_en="session-0")
    assert (session.title_ru, session.url_path_en, session.url_path_ru.rsplit("/", 2)[1]) == (
        "Session 0: Безопасность и управление границами в борьбе с терроризмом",
        f"/home/{EVENT_SLUG}/session-0/",
        "session-0-ru",
    )
