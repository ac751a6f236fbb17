"""Two-factor sign-in in the admin: the enrolment URL and the "Two-factor sign-in" item of the account page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_signin_urls():
    # /admin/signin/enrol/, for admin users only; the code step is in signin/urls.py.
    return [
        path("signin/enrol/", views.enrol, name="signin_enrol"),
    ]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    if user_has_device(request.user, confirmed=True):
        return None
    return {
        "url": reverse("signin_enrol"),
        "label": _("Set up two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app after your password."),
    }
