"""Login throttling (django-axes): a username is locked from an address after repeated failures."""

import io
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.utils import timezone

from tests.factories.translations import UserFactory
from tests.signin.conftest import sign_in, with_password

pytestmark = pytest.mark.django_db

LOCKOUT_TEXT = "Too many failed sign-ins; try again in 15 minutes."


def fail_five_times(client, username):
    return [sign_in(client, username, password="wrong password").status_code for _attempt in range(5)]


def test_wrong_password_shows_the_sign_in_form_again(client, editor):
    response = sign_in(client, editor.username, password="wrong password")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.get().failures_since_start == 1


def test_fifth_wrong_password_locks_the_username(client, editor):
    assert fail_five_times(client, editor.username) == [200, 200, 200, 200, 429]


def test_locked_out_user_is_refused_with_the_right_password(client, editor):
    fail_five_times(client, editor.username)

    response = sign_in(client, editor.username)

    assert response.status_code == 429
    assert LOCKOUT_TEXT in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_lockout_is_per_username_and_address(client, editor):
    other = with_password(UserFactory(username="malika", groups=["Editors"]))
    fail_five_times(client, editor.username)

    # Another username from the same address, and the same username from another address.
    assert sign_in(client, other.username).status_code == 302
    client.logout()
    assert sign_in(client, editor.username, REMOTE_ADDR="198.51.100.7").status_code == 302


def test_sign_in_works_after_the_cool_off(client, editor):
    fail_five_times(client, editor.username)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    response = sign_in(client, editor.username)

    assert (response.status_code, response.url) == (302, "/admin/")
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_successful_sign_in_resets_the_failures(client, editor):
    sign_in(client, editor.username, password="wrong password")

    assert sign_in(client, editor.username).status_code == 302
    assert AccessAttempt.objects.count() == 0


def test_axes_reset_username_unlocks(client, editor):
    fail_five_times(client, editor.username)

    output = io.StringIO()
    call_command("axes_reset_username", editor.username, stdout=output)

    assert output.getvalue() == "1 attempts removed.\n"
    assert sign_in(client, editor.username).status_code == 302
