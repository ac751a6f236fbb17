"""Admin users with a known password, for the sign-in tests (the others use force_login)."""

import pytest

from tests.factories.translations import UserFactory

PASSWORD = "correct horse battery staple"  # noqa: S105 - a test account, never outside tests


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
