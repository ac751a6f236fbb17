"""Reads of speakers: public pages only, with what a speaker card shows prefetched."""

from django.db.models import Prefetch

from .models import SpeakerPage


def with_speaker_details(speakers, sessions=None):
    """Prefetch what a speaker's GraphQL type reads; session roles only in public `sessions`."""
    from sessions.models import SessionPage, SessionSpeaker

    if sessions is None:
        sessions = SessionPage.objects.live().public()
    roles = SessionSpeaker.objects.filter(session__in=sessions).select_related("session").order_by("session__start")
    return speakers.select_related("organisation", "organisation__logo", "photo").prefetch_related(
        Prefetch("session_roles", queryset=roles), "links"
    )


def visible_speakers(event=None):
    """Public speakers by name; with `event`, those who speak in its sessions or are featured by it.

    Each speaker's session roles are prefetched (only public sessions, and only
    the event's when one is given), so listing 20 speakers costs as much as one.
    """
    from sessions.models import EventFeaturedSpeaker, SessionPage, SessionSpeaker

    sessions = SessionPage.objects.live().public()
    speakers = SpeakerPage.objects.live().public()
    if event is not None:
        sessions = sessions.child_of(event)
        # Not event.featured_speakers.values(): on an event loaded with a Prefetch of
        # featured_speakers, modelcluster's manager returned other events' rows.
        speakers = speakers.filter(
            pk__in=SessionSpeaker.objects.filter(session__in=sessions).values("speaker")
        ) | speakers.filter(pk__in=EventFeaturedSpeaker.objects.filter(event=event).values("speaker"))
    return with_speaker_details(speakers, sessions).order_by("title_en").distinct()


def public_speaker(pk):
    """The public speaker page with primary key `pk`, or None."""
    return SpeakerPage.objects.live().public().filter(pk=pk).first()
