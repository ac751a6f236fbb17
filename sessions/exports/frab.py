"""The Frab schedule (voc/schedule format) of one event, as JSON and as XML.

Giggity, EventFahrplan, ConfClerk and info-beamer read it. Every public session is
an event of the schedule, breaks and the cultural programme included; a session
without a room is placed in its venue. Schemas: tests/sessions/schemas/frab/.
"""

import json
import xml.etree.ElementTree as ET

from django.utils.html import strip_tags
from django.utils.text import slugify

from cms.frontend import frontend_url, page_frontend_url

from .common import guid, in_language, latest_published, room_name

SCHEDULE_SCHEMA = "https://c3voc.de/schedule/schema.json"
GENERATOR = {"name": "dushanbe-process-cms", "version": "1.0"}
TIMESLOT_DURATION = "00:15"


def acronym(event):
    """ "dushanbe_process_2022": lowercase letters, digits and underscores, as both schemas require."""
    return "dushanbe_process_" + slugify(event.slug_en or str(event.pk)).replace("-", "_")


def _hours_minutes(delta):
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _person(role):
    speaker = role.speaker
    return {"id": speaker.pk, "guid": guid("speaker", speaker.pk), "public_name": speaker.full_name_with_honorific}


def _links(session):
    links = []
    if session.livestream_url:
        links.append({"type": "media", "url": session.livestream_url, "title": "Livestream"})
    if session.recording_url:
        links.append({"type": "media", "url": session.recording_url, "title": "Recording"})
    return links


def _attachments(session, request):
    return [
        {"type": "paper", "url": request.build_absolute_uri(item.document.url), "title": item.document.title}
        for item in session.documents.all()
    ]


def _schedule_event(session, event, request, language):
    key_issues = [strip_tags(str(block.value)).strip() for block in session.key_issues]
    return {
        "id": session.pk,
        "guid": guid("session", session.pk),
        "date": session.local_start.isoformat(),
        "start": session.local_start.strftime("%H:%M"),
        "end": session.local_end.isoformat(),
        "duration": _hours_minutes(session.end - session.start),
        "room": room_name(session, event),
        "slug": f"{acronym(event)}-{session.pk}-{slugify(session.slug_en or session.slug)}".rstrip("-"),
        "url": page_frontend_url(session, language, request),
        "title": session.title,
        "subtitle": "",
        "track": None,
        "type": session.kind,
        "language": session.floor_language or None,
        "abstract": session.summary,
        "description": "\n".join(key_issues),
        "persons": [_person(role) for role in session.speakers.all()],
        "links": _links(session),
        "attachments": _attachments(session, request),
    }


def schedule(event, days, request, language):
    """The Frab schedule of `event` as a dict; `days` is sessions.selectors.schedule_days(event)."""
    with in_language(language):
        rooms = {}
        frab_days = []
        for index, (date, sessions) in enumerate(days, start=1):
            day_rooms = {}
            for session in sessions:
                entry = _schedule_event(session, event, request, language)
                day_rooms.setdefault(entry["room"], []).append(entry)
                rooms.setdefault(entry["room"], _room_guid(session, event))
            frab_days.append(
                {
                    "index": index,
                    "date": date.isoformat(),
                    "day_start": min(session.local_start for session in sessions).isoformat(),
                    "day_end": max(session.local_end for session in sessions).isoformat(),
                    "rooms": day_rooms,
                }
            )
        sessions = [session for _, day_sessions in days for session in day_sessions]
        modified = latest_published([event, *sessions])
        conference = {
            "acronym": acronym(event),
            "title": event.title,
            "description": event.summary,
            "start": event.start_date.isoformat(),
            "end": event.end_date.isoformat(),
            "daysCount": len(frab_days),
            "timeslot_duration": TIMESLOT_DURATION,
            "time_zone_name": event.time_zone,
            "url": page_frontend_url(event, language, request),
            "rooms": [{"name": name, "guid": room_guid} for name, room_guid in rooms.items()],
            "days": frab_days,
        }
    return {
        "$schema": SCHEDULE_SCHEMA,
        "generator": GENERATOR,
        "schedule": {
            # The schedule's version changes whenever a page in it is republished.
            "version": modified.isoformat() if modified else "1",
            # The web site's root, like every `url` here (attachments stay on this service).
            "base_url": frontend_url("/", request),
            "conference": conference,
        },
    }


def _room_guid(session, event):
    if session.room_id:
        return guid("room", session.room_id)
    venue = session.venue_id or (event.venue_id if event is not None else None)
    return guid("venue", venue) if venue else guid("event", event.pk)


def schedule_json(schedule_dict):
    """The schedule as schedule.json bytes (UTF-8, not ASCII-escaped)."""
    return json.dumps(schedule_dict, ensure_ascii=False, indent=2).encode()


def schedule_xml(schedule_dict):
    """The same schedule in schedule.xml form (attributes and element names of the XSD)."""
    data = schedule_dict["schedule"]
    conference = data["conference"]
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", name=GENERATOR["name"], version=GENERATOR["version"])
    _text(root, "version", data["version"])
    conference_element = ET.SubElement(root, "conference")
    for name in ("acronym", "title", "start", "end"):
        _text(conference_element, name, conference[name])
    _text(conference_element, "days", conference["daysCount"])
    for name in ("timeslot_duration", "base_url", "url", "time_zone_name"):
        value = data["base_url"] if name == "base_url" else conference[name]
        _text(conference_element, name, value)
    room_guids = {room["name"]: room["guid"] for room in conference["rooms"]}
    for day in conference["days"]:
        day_element = ET.SubElement(
            root, "day", index=str(day["index"]), date=day["date"], start=day["day_start"], end=day["day_end"]
        )
        for room, entries in day["rooms"].items():
            room_element = ET.SubElement(day_element, "room", name=room, guid=room_guids[room])
            for entry in entries:
                _xml_event(room_element, entry)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _xml_event(parent, entry):
    element = ET.SubElement(parent, "event", id=str(entry["id"]), guid=entry["guid"])
    for name in ("date", "start", "duration", "room", "slug", "url", "title", "subtitle", "type", "abstract"):
        _text(element, name, entry[name])
    _text(element, "track", entry["track"] or "")
    if entry["language"]:
        _text(element, "language", entry["language"])
    _text(element, "description", entry["description"])
    persons = ET.SubElement(element, "persons")
    for person in entry["persons"]:
        _text(persons, "person", person["public_name"], id=str(person["id"]), guid=person["guid"])
    links = ET.SubElement(element, "links")
    for link in entry["links"]:
        _text(links, "link", link["title"], href=link["url"], type=link["type"])
    attachments = ET.SubElement(element, "attachments")
    for attachment in entry["attachments"]:
        _text(attachments, "attachment", attachment["title"], href=attachment["url"], type=attachment["type"])


def _text(parent, tag, text, **attributes):
    element = ET.SubElement(parent, tag, **attributes)
    element.text = str(text)
    return element
