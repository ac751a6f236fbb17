"""The two steps of two-factor sign-in: give a code (after any password sign-in), and enrol a device (admin)."""

from base64 import b32encode

import django_otp
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import TokenForm
from .two_factor import owes_code

WRONG_CODE = "That code is not valid. Check the time on your phone and try the newest code."


def verify(request):
    """The second step: a signed-in user with a confirmed device gives its current code.

    Routed outside the admin's access check (signin/urls.py): a user who signed in on the
    site, and may not use the admin, gives their code here too.
    """
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), login_url=reverse("wagtailadmin_login"))
    if not owes_code(request.user):
        return redirect(_safe_next(request))  # nothing to give: on to where they were going
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = django_otp.match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            django_otp.login(request, device)
            return redirect(_safe_next(request))
        form.add_error("token", _(WRONG_CODE))
    status = 400 if form.errors else 200
    return TemplateResponse(request, "signin/verify.html", {"form": form, "next": _safe_next(request)}, status=status)


def enrol(request):
    """Add a TOTP device to one's own account: show its key, confirm it with a first code."""
    if django_otp.user_has_device(request.user, confirmed=True) and request.user.is_verified():
        messages.info(request, _("Two-factor sign-in is already on for your account."))
        return redirect("wagtailadmin_account")
    # One pending device per user: reloading the page keeps the key already scanned.
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first() or TOTPDevice.objects.create(
        user=request.user, name="Authenticator app", confirmed=False
    )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            django_otp.login(request, device)
            messages.success(request, _("Two-factor sign-in is on: you will be asked for a code after your password."))
            return redirect("wagtailadmin_account")
        form.add_error("token", _(WRONG_CODE))
    context = {"form": form, "secret": b32encode(device.bin_key).decode(), "config_url": device.config_url}
    return TemplateResponse(request, "signin/enrol.html", context, status=400 if form.errors else 200)


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")
