"""Schedule export URLs. The language is a path part (not i18n_patterns): a calendar
subscription keeps its language whatever the subscriber's Accept-Language says."""

from django.urls import path

from . import freshness, views

app_name = "exports"

urlpatterns = [
    path(
        "<str:language>/events/<str:key>.ics",
        views.export_view(views.event_ical, freshness.for_event),
        name="event-ical",
    ),
    path(
        "<str:language>/events/<str:key>/schedule.xml",
        views.export_view(views.event_frab_xml, freshness.for_event),
        name="event-xml",
    ),
    path(
        "<str:language>/events/<str:key>/schedule.json",
        views.export_view(views.event_frab_json, freshness.for_event),
        name="event-json",
    ),
    path(
        "<str:language>/sessions/<int:key>.ics",
        views.export_view(views.session_ical, freshness.for_session),
        name="session-ical",
    ),
    path(
        "<str:language>/speakers/<int:key>.ics",
        views.export_view(views.speaker_ical, freshness.for_speaker),
        name="speaker-ical",
    ),
]


def export_url(request, name, key, language=None):
    """The absolute URL of an export in `language` (default: the active one), e.g. for GraphQL's `icalUrl`."""
    from django.urls import reverse
    from django.utils import translation

    language = language or translation.get_language()
    return request.build_absolute_uri(reverse(f"exports:{name}", kwargs={"language": language, "key": key}))
