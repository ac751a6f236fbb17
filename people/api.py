"""Speakers in the GraphQL schema."""

import graphene
from grapple.registry import registry

from cms.api.details import register_detail_loader
from cms.api.languages import Language
from cms.api.pagination import list_arguments, paginated, window
from sessions.selectors import event_for_slug

from . import selectors
from .models import SpeakerPage

register_detail_loader(SpeakerPage)(selectors.with_speaker_details)

SpeakerList = paginated(lambda: registry.pages[SpeakerPage], "SpeakerList")


class SpeakerQueries(graphene.ObjectType):
    speakers = graphene.Field(
        SpeakerList,
        required=True,
        event=graphene.String(description="Only the speakers of this event (its slug)."),
        language=Language(),
        **list_arguments(),
        description="Public speakers by name, each with the public sessions they speak in.",
    )

    def resolve_speakers(root, info, event=None, limit=None, offset=0):
        found_event = None
        if event is not None:
            found_event = event_for_slug(event)
            if found_event is None:
                return {"items": [], "total_count": 0, "limit": limit or 0, "offset": offset}
        return window(selectors.visible_speakers(found_event), limit, offset)
