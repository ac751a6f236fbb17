"""Optional two-factor sign-in: a user with a TOTP device gives its code after the password."""

import io

import pytest
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories.translations import UserFactory
from tests.signin.conftest import VERIFY_URL, code_of, sign_in, with_password, wrong_code_of

pytestmark = pytest.mark.django_db

ENROL_URL = "/admin/signin/enrol/"


def test_password_alone_leads_to_the_code_step(client, enrolled_editor):
    assert sign_in(client, enrolled_editor.username).status_code == 302

    response = client.get("/admin/pages/")

    assert (response.status_code, response.url) == (302, f"{VERIFY_URL}?next=/admin/pages/")
    assert client.get("/admin/").url == f"{VERIFY_URL}?next=/admin/"
    assert client.get(VERIFY_URL).status_code == 200


def test_correct_code_opens_the_admin(client, enrolled_editor):
    sign_in(client, enrolled_editor.username)

    response = client.post(
        VERIFY_URL, {"token": code_of(enrolled_editor.totpdevice_set.get()), "next": "/admin/pages/"}
    )

    assert (response.status_code, response.url) == (302, "/admin/pages/")
    assert client.get("/admin/").status_code == 200


def test_wrong_code_is_refused_and_the_admin_stays_closed(client, enrolled_editor):
    sign_in(client, enrolled_editor.username)
    response = client.post(VERIFY_URL, {"token": wrong_code_of(enrolled_editor.totpdevice_set.get())})

    assert response.status_code == 400
    assert response.context["form"].errors == {
        "token": ["That code is not valid. Check the time on your phone and try the newest code."]
    }
    assert client.get("/admin/").url == f"{VERIFY_URL}?next=/admin/"


def test_malformed_code_is_refused(client, enrolled_editor):
    sign_in(client, enrolled_editor.username)

    response = client.post(VERIFY_URL, {"token": "12ab"})

    assert response.status_code == 400
    assert response.context["form"].errors == {"token": ["Enter the six digits your authenticator app shows."]}


def test_next_to_another_site_is_ignored(client, enrolled_editor):
    sign_in(client, enrolled_editor.username)

    response = client.post(
        VERIFY_URL, {"token": code_of(enrolled_editor.totpdevice_set.get()), "next": "https://evil.example/"}
    )

    assert response.url == "/admin/"


def test_user_without_a_device_signs_in_with_the_password(client, editor):
    sign_in(client, editor.username)

    assert client.get("/admin/").status_code == 200


def test_unconfirmed_device_does_not_ask_for_a_code(client, editor):
    TOTPDevice.objects.create(user=editor, name="Phone", confirmed=False)
    sign_in(client, editor.username)

    assert client.get("/admin/").status_code == 200


def test_account_page_offers_two_factor_set_up(client, editor):
    client.force_login(editor)

    assert "Set up two-factor sign-in" in client.get("/admin/account/").content.decode()


def test_enrol_confirms_the_device_with_a_first_code(client, editor):
    client.force_login(editor)
    assert client.get(ENROL_URL).status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    assert device.confirmed is False

    response = client.post(ENROL_URL, {"token": code_of(device)})

    assert (response.status_code, response.url) == (302, "/admin/account/")
    assert TOTPDevice.objects.get(user=editor).confirmed is True
    # Verified by that first code: the admin stays open in this session.
    assert client.get("/admin/").status_code == 200


def test_enrol_reload_keeps_the_pending_key(client, editor):
    client.force_login(editor)
    first = client.get(ENROL_URL).context["secret"]

    assert client.get(ENROL_URL).context["secret"] == first
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_enrol_with_a_wrong_code_leaves_the_device_unconfirmed(client, editor):
    client.force_login(editor)
    client.get(ENROL_URL)

    response = client.post(ENROL_URL, {"token": wrong_code_of(editor.totpdevice_set.get())})

    assert response.status_code == 400
    assert TOTPDevice.objects.get(user=editor).confirmed is False


def test_superuser_must_enrol_when_required(client, settings):
    settings.SIGNIN_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = True
    superuser = with_password(UserFactory(username="admin", is_superuser=True, is_staff=True))
    sign_in(client, superuser.username)

    assert client.get("/admin/").url == f"{ENROL_URL}?next=/admin/"
    assert client.get(ENROL_URL).status_code == 200


def test_superuser_without_a_device_signs_in_when_not_required(client):
    superuser = with_password(UserFactory(username="admin", is_superuser=True, is_staff=True))
    sign_in(client, superuser.username)

    assert client.get("/admin/").status_code == 200


def test_public_api_ignores_the_code_step(client, enrolled_editor):
    sign_in(client, enrolled_editor.username)

    response = client.post("/graphql/", {"query": "{ languages { code } }"}, content_type="application/json")

    assert response.status_code == 200


def test_reset_two_factor_removes_the_devices(client, enrolled_editor):
    output = io.StringIO()

    call_command("reset_two_factor", enrolled_editor.username, stdout=output)

    assert output.getvalue() == "1 two-factor device(s) removed for farrukh.\n"
    sign_in(client, enrolled_editor.username)
    assert client.get("/admin/").status_code == 200


def test_reset_two_factor_of_an_unknown_user_is_an_error():
    with pytest.raises(CommandError) as error:
        call_command("reset_two_factor", "nobody")

    assert str(error.value) == "No user named 'nobody'."
