"""Two-factor sign-in everywhere: a user who enrolled a TOTP device is signed in nowhere until they gave its code.

The password alone only half signs such a user in. Until the code is given:

- every request sees them as anonymous (signin/two_factor.py): private pages, documents of
  private collections, the API, templates; except on the few URLs that take the code or sign out;
- the admin, and every sign-in form (the admin's, Wagtail's front-end one under each language),
  sends them to the code step, with the URL they were going to as `next`;
- a password sign-in of such a user, by any view, is answered with the code step instead of
  the view's redirect, whose target becomes the code step's `next`.
"""

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django_otp.middleware import OTPMiddleware

from .two_factor import SIGNED_IN_NOW, has_confirmed_device, hide_until_verified, owes_code

# URLs a signed-in but unverified user still needs, as who they are: to give the code, to
# leave, and the assets the code page loads.
OPEN_URL_NAMES = {
    "signin_verify",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
# The password forms: an unverified user who opens one is sent to the code step instead.
SIGN_IN_URL_NAMES = {"wagtailadmin_login", "wagtailcore_login"}
# Where a superuser who must have two-factor sign-in (SIGNIN_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS)
# but has no device yet may go.
ENROL_URL_NAMES = OPEN_URL_NAMES | SIGN_IN_URL_NAMES | {"signin_enrol"}


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (request.user.is_verified()) plus the second step, site-wide."""

    # The site is served synchronously; Django adapts an async stack around this.
    async_capable = False

    def __call__(self, request):
        self._install_lazy_accessors(request)
        user = request.user  # as the session says, with is_verified()
        url_name = _url_name(request)
        if url_name not in OPEN_URL_NAMES:
            hide_until_verified(request)
        redirect = self.second_step_redirect(request, user, url_name)
        if redirect is not None:
            return redirect
        response = self.get_response(request)
        return self.code_step_after_sign_in(request, response) or response

    def second_step_redirect(self, request, user, url_name):
        """A redirect to the code (or enrolment) step when this request needs it, else None.

        Only the admin and the sign-in forms redirect; elsewhere the user is simply anonymous
        and the site answers as it would anyone (a private page sends them to sign in, which
        sends them here).
        """
        in_admin = request.path_info.startswith(reverse("wagtailadmin_home"))
        if url_name in OPEN_URL_NAMES or not (in_admin or url_name in SIGN_IN_URL_NAMES):
            return None
        if not user.is_authenticated or user.is_verified():
            return None
        if has_confirmed_device(user):
            if url_name not in SIGN_IN_URL_NAMES:
                return code_step(request.get_full_path())
            # Opening a sign-in form: on to the code, then where the form would have led.
            # Posting one signs in again, maybe as someone else: the view runs, the user hidden.
            return code_step(request.GET.get(REDIRECT_FIELD_NAME, "")) if request.method == "GET" else None
        if (
            in_admin
            and user.is_superuser
            and settings.SIGNIN_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS
            and url_name not in ENROL_URL_NAMES
        ):
            return redirect_to_login(request.get_full_path(), login_url=reverse("signin_enrol"))
        return None

    def code_step_after_sign_in(self, request, response):
        """The code step instead of `response` when the view just signed in a user who owes the code."""
        user = getattr(request, SIGNED_IN_NOW, None)
        if user is None:
            return None
        self._verify_user_sync(request, user)  # is_verified() from this session, as for request.user
        if not owes_code(user):
            return None
        return code_step(response.get("Location", ""))


def code_step(next_url):
    """A redirect to the code step, which leads on to `next_url` (when there is one)."""
    if next_url:
        return redirect_to_login(next_url, login_url=reverse("signin_verify"))
    return HttpResponseRedirect(reverse("signin_verify"))


def _url_name(request):
    try:
        return resolve(request.path_info, urlconf=getattr(request, "urlconf", None)).url_name
    except Resolver404:
        return None
