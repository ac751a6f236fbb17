"""Schedule export URLs. The language is a path part (not i18n_patterns): a calendar
subscription keeps its language whatever the subscriber's Accept-Language says."""

from django.urls import path

from . import views

app_name = "exports"

urlpatterns = [
    path("<str:language>/events/<str:key>.ics", views.export_view(views.event_ical), name="event-ical"),
    path("<str:language>/events/<str:key>/schedule.xml", views.export_view(views.event_frab_xml), name="event-xml"),
    path("<str:language>/events/<str:key>/schedule.json", views.export_view(views.event_frab_json), name="event-json"),
    path("<str:language>/sessions/<int:key>.ics", views.export_view(views.session_ical), name="session-ical"),
    path("<str:language>/speakers/<int:key>.ics", views.export_view(views.speaker_ical), name="speaker-ical"),
]
