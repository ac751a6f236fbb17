"""Guessing the password of a private page or document collection: limited like sign-in.

Wagtail answers every guess at its password forms: a page's (a PageViewRestriction, at
/<language>/_util/authenticate_with_password/<restriction>/<page>/) and a document
collection's (a CollectionViewRestriction, at /documents/authenticate_with_password/<restriction>/).
This middleware counts the attempts at each restriction per client address
(cms/client_address.py) in the default cache — Redis in production, so every process shares
one count. PAGE_PASSWORD_FAILURE_LIMIT wrong passwords lock that restriction for that address
for PAGE_PASSWORD_COOLOFF_MINUTES: every password, the right one too, is then answered with
a 429 page saying how long to wait. The right password before that clears the count.

The count is per restriction, not per page of the URL: Wagtail takes any page id there and
checks the restriction's password alone, so a count per page would give a guesser a fresh
one with every page id (and with every language prefix).
"""

import math
import time

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve
from django.utils.cache import add_never_cache_headers
from django.utils.translation import ngettext_lazy
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from cms.client_address import client_address
from cms.counters import increment

from .lockout import LOCKOUT_STATUS

# Wagtail's password views by URL name: the restriction each checks, the URL argument that
# names it, and what the lockout page says (in the reader's language).
PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": (
        PageViewRestriction,
        "page_view_restriction_id",
        ngettext_lazy(
            "Too many wrong passwords for this page; try again in %(minutes)d minute.",
            "Too many wrong passwords for this page; try again in %(minutes)d minutes.",
            "minutes",
        ),
    ),
    "wagtaildocs_authenticate_with_password": (
        CollectionViewRestriction,
        "restriction_id",
        ngettext_lazy(
            "Too many wrong passwords for these documents; try again in %(minutes)d minute.",
            "Too many wrong passwords for these documents; try again in %(minutes)d minutes.",
            "minutes",
        ),
    ),
}


class PasswordAttempts:
    """The attempts one client address made at one restriction's password, in the shared cache."""

    def __init__(self, restriction_model, restriction_id, address):
        self.restriction_model = restriction_model
        self.restriction_id = restriction_id
        key = f"signin.restriction-password:{restriction_model._meta.label_lower}:{restriction_id}:{address}"
        self.count_key, self.lock_key = f"{key}:attempts", f"{key}:locked-until"

    @property
    def cooloff_seconds(self):
        return settings.PAGE_PASSWORD_COOLOFF_MINUTES * 60

    def locked_for(self):
        """Seconds this address must still wait, or 0."""
        locked_until = cache.get(self.lock_key)
        return max(0, math.ceil(locked_until - time.time())) if locked_until else 0

    def count(self):
        """Count one more attempt, before the password is checked; returns the attempts so far.

        Counted before, not after: parallel guesses each take their number atomically (incr),
        so no burst gets more than the limit through while the first answers are on their way.
        The count lasts the cool-off after the latest attempt, as django-axes's does.
        """
        attempts = increment(cache, self.count_key, 1, self.cooloff_seconds)
        cache.touch(self.count_key, timeout=self.cooloff_seconds)
        return attempts

    def lock(self):
        """Refuse this address for the cool-off; returns its length in seconds."""
        cache.set(self.lock_key, time.time() + self.cooloff_seconds, timeout=self.cooloff_seconds)
        cache.delete(self.count_key)  # after the lock, a fresh count
        return self.cooloff_seconds

    def clear(self):
        cache.delete_many([self.count_key, self.lock_key])

    def accepted(self, request, response):
        """Whether Wagtail's view took the password: it redirects, the restriction marked as passed.

        A session that passed before and guesses again is answered with the form: still counted.
        """
        session_key = self.restriction_model.passed_view_restrictions_session_key
        return response.status_code == 302 and self.restriction_id in request.session.get(session_key, [])


class RestrictionPasswordThrottleMiddleware:
    """Every password form Wagtail serves, throttled per restriction and client address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        guessed = _guessed_restriction(request) if request.method == "POST" else None
        if guessed is None:
            return self.get_response(request)
        restriction_model, restriction_id, message = guessed
        attempts = PasswordAttempts(restriction_model, restriction_id, client_address(request))
        wait = attempts.locked_for()
        if wait:
            return lockout_response(request, message, wait)
        counted = attempts.count()
        if counted > settings.PAGE_PASSWORD_FAILURE_LIMIT:
            # Beyond the limit without a lock yet: a parallel attempt reached it a moment ago.
            return lockout_response(request, message, attempts.cooloff_seconds)
        response = self.get_response(request)
        if attempts.accepted(request, response):
            attempts.clear()
        elif counted == settings.PAGE_PASSWORD_FAILURE_LIMIT:
            return lockout_response(request, message, attempts.lock())
        return response


def _guessed_restriction(request):
    """(restriction model, restriction id, lockout message) when `request` is for a password view, else None."""
    try:
        match = resolve(request.path_info, urlconf=getattr(request, "urlconf", None))
    except Resolver404:
        return None
    if match.url_name not in PASSWORD_VIEWS:
        return None
    restriction_model, argument, message = PASSWORD_VIEWS[match.url_name]
    return restriction_model, match.kwargs[argument], message


def lockout_response(request, message, wait_seconds):
    """429 with Retry-After and a page that says, in the reader's language, how long to wait."""
    context = {"message": message % {"minutes": math.ceil(wait_seconds / 60)}}
    response = TemplateResponse(request, "signin/password_lockout.html", context, status=LOCKOUT_STATUS)
    response["Retry-After"] = str(wait_seconds)
    add_never_cache_headers(response)
    return response.render()
