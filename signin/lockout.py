"""The page django-axes answers a locked-out sign-in with."""

from django.conf import settings
from django.template.response import TemplateResponse

# 429 Too Many Requests: the client is refused for its rate, not for who it is.
LOCKOUT_STATUS = 429


def lockout_response(request, original_response, credentials):
    """A "too many failed sign-ins" page that says how long to wait (AXES_LOCKOUT_CALLABLE)."""
    context = {"cooloff_minutes": settings.AXES_COOLOFF_MINUTES}
    return TemplateResponse(request, "signin/lockout.html", context, status=LOCKOUT_STATUS).render()
