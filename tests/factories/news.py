import datetime
from zoneinfo import ZoneInfo

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from news.models import MediaContact, NewsIndexPage, NewsPage, PressReleasePage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News {n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Conference opens in Dushanbe {n}")
    date = datetime.date(2019, 5, 16)

    class Meta:
        model = NewsPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dushanbe Declaration adopted {n}")
    release_at = datetime.datetime(2019, 5, 17, 18, 0, tzinfo=ZoneInfo("Asia/Dushanbe"))
    dateline = "DUSHANBE/NEW YORK/VIENNA"

    class Meta:
        model = PressReleasePage


class MediaContactFactory(DjangoModelFactory):
    """`press_release` is required: a contact belongs to one release."""

    name = factory.Sequence(lambda n: f"Sahobiddin Sadriddinzod {n}")
    email = "press@example.org"

    class Meta:
        model = MediaContact
