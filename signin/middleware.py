"""Keeps an admin user who enrolled a TOTP device out of the admin until they gave its code."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware

# Admin URLs a signed-in but unverified user still needs: to give the code, to leave,
# and the assets the sign-in pages load.
OPEN_URL_NAMES = {
    "signin_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
# Where a superuser who must have two-factor sign-in (SIGNIN_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS)
# but has no device yet may go.
ENROL_URL_NAMES = OPEN_URL_NAMES | {"signin_enrol"}


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (request.user.is_verified()) plus the admin's second step.

    The password alone signs in only users without a confirmed device: the API and the
    public site never look at this, only URLs under the admin.
    """

    # The admin is served synchronously; Django adapts an async stack around this.
    async_capable = False

    def __call__(self, request):
        self._install_lazy_accessors(request)
        return self.second_step_redirect(request) or self.get_response(request)

    def second_step_redirect(self, request):
        """A redirect to the code (or enrolment) step when this admin request needs it, else None."""
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        url_name = _url_name(request.path_info)
        if url_name in OPEN_URL_NAMES:
            return None
        if user_has_device(user, confirmed=True):
            return redirect_to_login(request.get_full_path(), login_url=reverse("signin_verify"))
        if user.is_superuser and settings.SIGNIN_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS and url_name not in ENROL_URL_NAMES:
            return redirect_to_login(request.get_full_path(), login_url=reverse("signin_enrol"))
        return None


def _url_name(path):
    try:
        return resolve(path).url_name
    except Resolver404:
        return None
