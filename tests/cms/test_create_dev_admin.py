"""create_dev_admin: its generated password passes the project's own password validators."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_dev_admin_password_satisfies_the_validators(settings, tmp_path):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    output = io.StringIO()

    call_command("create_dev_admin", stdout=output)

    password = (tmp_path / "dev_admin_password").read_text().strip()
    admin = get_user_model().objects.get(username="admin")
    assert output.getvalue() == f"Development admin: user admin, password {password}\n"
    assert validate_password(password, user=admin) is None
    assert admin.check_password(password) is True
