"""Admin users with a known password, for the sign-in tests (the others use force_login)."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories.translations import UserFactory

PASSWORD = "correct horse battery staple"  # noqa: S105 - a test account, never outside tests
VERIFY_URL = "/admin/signin/verify/"


def with_password(user):
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def editor(db):
    """A member of Editors who signs in with PASSWORD."""
    return with_password(UserFactory(username="farrukh", groups=["Editors"]))


def sign_in(client, username, password=PASSWORD, **extra):
    """POST the Wagtail admin's sign-in form."""
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


@pytest.fixture
def enrolled_editor(editor):
    """The editor, with a confirmed TOTP device: the password alone does not sign them in."""
    TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
    return editor


def code_of(device):
    """The code the user's authenticator app shows now."""
    return f"{totp(device.bin_key):06d}"


def wrong_code_of(device):
    """A well-formed code that is not the current one."""
    return f"{(int(code_of(device)) + 1) % 1_000_000:06d}"


def give_code(client, user, next_url=""):
    """POST the current code of `user`'s device to the code step."""
    return client.post(VERIFY_URL, {"token": code_of(user.totpdevice_set.get()), "next": next_url})
