"""Who still owes the second factor, and what the rest of the site sees of them.

A user with a confirmed TOTP device who gave their password but not yet a code is half
signed in. One rule holds wherever `request.user` is read: such a user is anonymous
(signin/middleware.py applies it), so no view, hook or template can grant them what only
a signed-in user may see, whether it checks `is_authenticated`, groups or permissions.
"""

from asgiref.sync import sync_to_async
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.functional import SimpleLazyObject
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware

# The request attribute under which user_logged_in leaves the user a view just signed in.
SIGNED_IN_NOW = "signin_signed_in_now"


def has_confirmed_device(user):
    """Whether `user` enrolled a device; asked once per request, however often it is read."""
    if not hasattr(user, "_signin_has_confirmed_device"):
        user._signin_has_confirmed_device = user_has_device(user, confirmed=True)
    return user._signin_has_confirmed_device


def owes_code(user):
    """True for a signed-in user with a confirmed device whose session has not given its code.

    `user` must carry django-otp's is_verified() (OTPMiddleware installs it).
    """
    return user.is_authenticated and not user.is_verified() and has_confirmed_device(user)


def as_seen(user):
    """`user`, or an anonymous user while they owe the code."""
    if not owes_code(user):
        return user
    anonymous = AnonymousUser()
    # Code written for django-otp may ask anyone is_verified(): the anonymous user is not.
    OTPMiddleware._init_user_fields(anonymous)
    return anonymous


def hide_until_verified(request):
    """Make `request.user` (and `await request.auser()`) anonymous while the user owes the code.

    Lazy, like Django's own request.user: a request that never looks at the user costs nothing.
    """
    user = request.user
    request.user = SimpleLazyObject(lambda: as_seen(user))
    auser = getattr(request, "auser", None)
    if auser is not None:

        async def auser_as_seen():
            return await sync_to_async(as_seen)(await auser())

        request.auser = auser_as_seen


@receiver(user_logged_in)
def remember_sign_in(sender, request, user, **kwargs):
    """Note on the request whom a view signed in: the middleware sends them on to the code step."""
    if request is not None:
        setattr(request, SIGNED_IN_NOW, user)
