"""A refused request: its GraphQL error, HTTP status and headers. Nothing ran, nothing changed."""

import json

from django.conf import settings
from django.http import HttpResponse


class QueryRefused(Exception):
    """Raised anywhere while a request is admitted or worked on; the view answers it (view.py)."""

    def __init__(self, message, code="QUERY_LIMIT", limit=None, status=400, headers=None, locations=None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.limit = limit
        self.status = status
        self.headers = headers or {}
        self.locations = locations

    def as_error(self):
        error = {"message": self.message}
        if self.locations:
            error["locations"] = self.locations
        error["extensions"] = {"code": self.code, **({"limit": self.limit} if self.limit else {})}
        return error

    def response(self):
        response = HttpResponse(
            json.dumps({"errors": [self.as_error()]}), status=self.status, content_type="application/json"
        )
        for header, value in self.headers.items():
            response[header] = value
        return response


def over_limit(name, measured, label):
    """The refusal for a measured size over settings.CMS_API[name], naming the setting."""
    return QueryRefused(f"{label} is {measured}, over the limit of {settings.CMS_API[name]} ({name}).", limit=name)
