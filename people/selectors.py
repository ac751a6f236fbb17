"""Reads of speakers: public pages only, with what a speaker card shows prefetched."""

from django.db.models import Prefetch

from .models import SpeakerPage


def visible_speakers(event=None):
    """Public speakers by name; with `event`, those who speak in its sessions or are featured by it.

    Each speaker's session roles are prefetched (only public sessions, and only
    the event's when one is given), so listing 20 speakers costs as much as one.
    """
    from sessions.models import SessionPage, SessionSpeaker

    sessions = SessionPage.objects.live().public()
    speakers = SpeakerPage.objects.live().public().select_related("organisation", "organisation__logo", "photo")
    if event is not None:
        sessions = sessions.child_of(event)
        speakers = speakers.filter(
            pk__in=SessionSpeaker.objects.filter(session__in=sessions).values("speaker")
        ) | speakers.filter(pk__in=event.featured_speakers.values("speaker"))
    roles = SessionSpeaker.objects.filter(session__in=sessions).select_related("session").order_by("session__start")
    return speakers.prefetch_related(Prefetch("session_roles", queryset=roles), "links").order_by("title_en").distinct()
