"""The JSON a receiver gets: camelCase, like the GraphQL API."""


def _urls(pairs):
    return [{"language": language, "url": url} for language, url in pairs]


def payload_for(change):
    """The notification body for a cms.changes.ContentChange."""
    payload = {
        "id": str(change.id),
        "type": change.event_type,
        "occurredAt": change.occurred_at.isoformat(),
        "object": {"kind": change.kind, "model": change.model, "id": change.object_id, "title": change.title},
        "languages": list(change.languages),
        "urls": _urls(change.urls),
    }
    if change.action == "moved":
        payload["previousUrls"] = _urls(change.previous_urls)
    return payload
