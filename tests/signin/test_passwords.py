"""Strong passwords: the admin's user form and password change refuse weak ones with a clear message."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories.translations import UserFactory
from tests.signin.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SITE_WORD = "This password contains “dushanbe”, a word anyone can guess from this site."
TOO_SHORT = "This password is too short. It must contain at least 12 characters."


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


def create_user(client, password):
    return client.post(
        "/admin/users/new/",
        {
            "username": "zarina",
            "email": "zarina@example.org",
            "first_name": "Zarina",
            "last_name": "Nazarova",
            "password1": password,
            "password2": password,
            "is_active": "on",
        },
    )


@pytest.mark.parametrize(
    ("password", "errors"),
    [
        ("dushanbe2022", [SITE_WORD]),
        ("samarkand22", [TOO_SHORT]),
        ("password1234", ["This password is too common."]),
        ("738204619573", ["This password is entirely numeric."]),
    ],
)
def test_user_create_form_refuses_weak_password(superuser_client, password, errors):
    response = create_user(superuser_client, password)

    assert response.status_code == 200
    assert response.context["form"].errors == {"password2": errors}
    assert get_user_model().objects.filter(username="zarina").exists() is False


def test_user_create_form_accepts_a_long_uncommon_password(superuser_client):
    response = create_user(superuser_client, "plov on a Tuesday in Khujand")

    assert response.status_code == 302
    assert get_user_model().objects.get(username="zarina").check_password("plov on a Tuesday in Khujand") is True


def change_password(client, new_password):
    return client.post(
        "/admin/account/",
        {
            "password-old_password": PASSWORD,
            "password-new_password1": new_password,
            "password-new_password2": new_password,
        },
    )


def test_password_change_refuses_a_site_word(client, editor):
    client.force_login(editor)

    response = change_password(client, "dushanbe2022")

    assert response.status_code == 200
    [password_panel] = [
        panel for panels in response.context["panels_by_tab"].values() for panel in panels if panel.name == "password"
    ]
    assert password_panel.get_form().errors == {"new_password2": [SITE_WORD]}
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD) is True
