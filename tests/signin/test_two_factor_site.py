"""Two-factor sign-in beyond the admin: with a confirmed device, the password alone signs in nowhere.

Each way in is asked through real requests after the password alone (the user is anonymous
there, or sent to the code step) and again after the code (open). The reader's side of the
site is asked under every language prefix.
"""

import pytest
from asgiref.sync import async_to_sync
from django.core.files.base import ContentFile
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_headless_preview.models import PagePreview

from tests.factories.media import DocumentFactory
from tests.factories.people import SpeakerIndexPageFactory, SpeakerPageFactory
from tests.factories.translations import UserFactory
from tests.graphql import graphql_response
from tests.signin.conftest import PASSWORD, VERIFY_URL, give_code, sign_in, with_password

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ru", "tg", "ar")
DOCUMENT_BYTES = b"%PDF-1.4 Dushanbe Declaration, embargoed"
LANGUAGES_QUERY = "{ languages { code } }"
LANGUAGES_ANSWER = {"data": {"languages": [{"code": "EN"}, {"code": "RU"}, {"code": "TG"}, {"code": "AR"}]}}


@pytest.fixture
def private_pages(home_page):
    """The speakers index for signed-in readers only, and a speaker under it (restrictions are inherited)."""
    speakers = SpeakerIndexPageFactory(parent=home_page, title="Speakers", slug="speakers")
    PageViewRestriction.objects.create(page=speakers, restriction_type=PageViewRestriction.LOGIN)
    SpeakerPageFactory(parent=speakers, title="Vladimir Voronkov", slug="voronkov")
    return {"index": "speakers/", "child": "speakers/voronkov/"}


@pytest.fixture
def private_document_url(db):
    """The URL of a document in a collection for signed-in readers only."""
    collection = Collection.get_first_root_node().add_child(name="Embargoed outcome documents")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    document = DocumentFactory(collection=collection, file=ContentFile(DOCUMENT_BYTES, name="declaration.pdf"))
    return f"/documents/{document.pk}/{document.filename}"


def body_of(response):
    # serve_view streams the file; production's "redirect" serves a private one as a plain answer.
    return b"".join(response.streaming_content) if response.streaming else response.content


def front_end_sign_in(client, user, language, next_url):
    return client.post(f"/{language}/_util/login/", {"username": user.username, "password": PASSWORD, "next": next_url})


def test_admin_sign_in_answers_with_the_code_step(client, enrolled_editor):
    response = client.post(
        "/admin/login/?next=/admin/pages/", {"username": enrolled_editor.username, "password": PASSWORD}
    )

    assert (response.status_code, response.url) == (302, f"{VERIFY_URL}?next=/admin/pages/")
    assert client.session["_auth_user_id"] == str(enrolled_editor.pk)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", ["index", "child"])
def test_private_page_is_closed_until_the_code(client, enrolled_editor, private_pages, page, language):
    path = f"/{language}/{private_pages[page]}"
    sign_in(client, enrolled_editor.username)

    response = client.get(path)

    assert (response.status_code, response["Location"]) == (302, f"/{language}/_util/login/?next={path}")
    assert response.wsgi_request.user.is_authenticated is False
    give_code(client, enrolled_editor)
    response = client.get(path)
    assert response.status_code == 200
    assert response.wsgi_request.user == enrolled_editor


def test_private_page_leads_to_the_code_step_and_back_without_a_loop(client, enrolled_editor, private_pages):
    sign_in(client, enrolled_editor.username)

    response = client.get("/ru/speakers/", follow=True)

    assert response.redirect_chain == [
        ("/ru/_util/login/?next=/ru/speakers/", 302),
        (f"{VERIFY_URL}?next=/ru/speakers/", 302),
    ]
    assert (response.status_code, response.context["next"]) == (200, "/ru/speakers/")
    response = give_code(client, enrolled_editor, response.context["next"])
    assert (response.status_code, response.url) == (302, "/ru/speakers/")
    assert client.get("/ru/speakers/").status_code == 200


@pytest.mark.parametrize("serve_method", ["serve_view", "redirect"])
def test_private_document_is_closed_until_the_code(
    settings, client, enrolled_editor, private_document_url, serve_method
):
    """Both serve methods: "serve_view" (the default here), "redirect" (production, object storage)."""
    settings.WAGTAILDOCS_SERVE_METHOD = serve_method
    sign_in(client, enrolled_editor.username)

    response = client.get(private_document_url)

    assert (response.status_code, response["Location"]) == (302, f"/en/_util/login/?next={private_document_url}")
    assert response.wsgi_request.user.is_authenticated is False
    give_code(client, enrolled_editor)
    response = client.get(private_document_url)
    assert (response.status_code, body_of(response)) == (200, DOCUMENT_BYTES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_front_end_sign_in_leads_to_the_code_step_then_back(client, enrolled_editor, private_pages, language):
    path = f"/{language}/speakers/"

    response = front_end_sign_in(client, enrolled_editor, language, path)

    assert (response.status_code, response.url) == (302, f"{VERIFY_URL}?next={path}")
    assert client.get(path).status_code == 302
    # Opening the sign-in form again leads on to the code, not to a second password.
    response = client.get(f"/{language}/_util/login/?next={path}")
    assert (response.status_code, response.url) == (302, f"{VERIFY_URL}?next={path}")
    response = give_code(client, enrolled_editor, path)
    assert (response.status_code, response.url) == (302, path)
    assert client.get(path).status_code == 200


def test_reader_without_admin_access_gives_the_code_on_the_code_step(client, private_pages):
    """The code step needs no admin access: otherwise the admin's check would send them to sign in, round again."""
    reader = with_password(UserFactory(username="zarina"))
    TOTPDevice.objects.create(user=reader, name="Phone", confirmed=True)

    response = front_end_sign_in(client, reader, "tg", "/tg/speakers/")

    assert (response.status_code, response.url) == (302, f"{VERIFY_URL}?next=/tg/speakers/")
    assert client.get(response.url).status_code == 200
    response = give_code(client, reader, "/tg/speakers/")
    assert (response.status_code, response.url) == (302, "/tg/speakers/")
    assert client.get("/tg/speakers/").status_code == 200


def test_graphql_sees_no_user_until_the_code(client, enrolled_editor):
    sign_in(client, enrolled_editor.username)

    response = graphql_response(client, LANGUAGES_QUERY)

    assert (response.status_code, response.json()) == (200, LANGUAGES_ANSWER)
    assert response.wsgi_request.user.is_authenticated is False
    assert async_to_sync(response.wsgi_request.auser)().is_authenticated is False
    give_code(client, enrolled_editor)
    response = graphql_response(client, LANGUAGES_QUERY)
    assert (response.status_code, response.json()) == (200, LANGUAGES_ANSWER)
    assert response.wsgi_request.user == enrolled_editor
    assert async_to_sync(response.wsgi_request.auser)() == enrolled_editor


# Admin pages an editor may open; before the code each sends to the code step (as before this change).
ADMIN_PATHS = ("/admin/", "/admin/pages/", "/admin/documents/", "/admin/images/", "/admin/account/")


@pytest.mark.parametrize("path", [*ADMIN_PATHS, "/admin/api/main/pages/"])
def test_admin_is_closed_until_the_code(client, enrolled_editor, home_page, path):
    sign_in(client, enrolled_editor.username)

    response = client.get(path)

    assert (response.status_code, response.url) == (302, f"{VERIFY_URL}?next={path}")
    assert response.wsgi_request.user.is_authenticated is False
    give_code(client, enrolled_editor)
    assert client.get(path).status_code == 200


def test_preview_is_closed_until_the_code(client, enrolled_editor, home_page):
    """The admin's preview makes the token that reads a draft over GraphQL (cms/api/preview.py)."""
    url = f"/admin/pages/{SpeakerIndexPageFactory(parent=home_page).pk}/view_draft/"
    sign_in(client, enrolled_editor.username)

    response = client.get(url)

    assert (response.status_code, response.url) == (302, f"{VERIFY_URL}?next={url}")
    assert PagePreview.objects.count() == 0
    give_code(client, enrolled_editor)
    assert client.get(url).status_code == 200
    assert PagePreview.objects.count() == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_without_a_device_signs_in_with_the_password(client, editor, private_pages, language):
    path = f"/{language}/speakers/voronkov/"

    response = front_end_sign_in(client, editor, language, path)

    assert (response.status_code, response.url) == (302, path)
    assert client.get(path).status_code == 200


def test_code_step_of_a_user_without_a_device_goes_on(client, editor):
    sign_in(client, editor.username)

    response = client.get(f"{VERIFY_URL}?next=/en/speakers/")

    assert (response.status_code, response.url) == (302, "/en/speakers/")


def test_code_step_without_a_password_sends_to_sign_in(client):
    response = client.get(VERIFY_URL)

    assert (response.status_code, response.url) == (302, f"/admin/login/?next={VERIFY_URL}")


def test_code_step_signs_out_with_a_post(client, enrolled_editor):
    """Django's logout takes a POST only: the code page's "Sign out" is a form, not a link."""
    sign_in(client, enrolled_editor.username)

    assert '<form action="/admin/logout/" method="post">' in client.get(VERIFY_URL).content.decode()
    response = client.post("/admin/logout/")
    assert (response.status_code, response.url) == (302, "/admin/login/")
    assert "_auth_user_id" not in client.session
