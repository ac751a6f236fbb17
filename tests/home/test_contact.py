"""submitContactForm: the page's own form validates, submissions are stored before they are mailed, abuse is refused."""

import logging

import graphene
import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.test import RequestFactory
from wagtail.contrib.forms.models import FormSubmission

from cms.client_address import client_address
from home.api.contact import ContactMutations
from home.models import ContactFormField
from tests.factories.home import ContactPageFactory


class Query(graphene.ObjectType):
    # A schema needs a query type; the project's root Query is assembled elsewhere.
    ping = graphene.String()


schema = graphene.Schema(query=Query, mutation=ContactMutations)

SUBMIT = """
mutation Submit($input: ContactFormInput!, $language: Language) {
  submitContactForm(input: $input, language: $language) {
    submission { id submittedAt thankYouText }
    errors { field message code }
  }
}
"""

SENDER = [
    {"name": "name", "value": "Dilnoza Rahimova"},
    {"name": "email", "value": "d.rahimova@example.org"},
    {"name": "message", "value": "Will the 2022 conference sessions be streamed?"},
]


class FailingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("The mail server is down.")


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit counts in the cache: every test starts with no attempts."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact_page(home_page):
    page = ContactPageFactory(
        parent=home_page,
        title="Contact",
        thank_you_text="<p>Thank you. The secretariat will answer within a week.</p>",
        to_address="secretariat@example.org",
        from_address="website@example.org",
        subject="Message from the Dushanbe Process website",
    )
    page.thank_you_text_ru = "<p>Спасибо. Секретариат ответит в течение недели.</p>"
    page.save()
    for sort_order, (label, field_type, required) in enumerate(
        [
            ("Name", "singleline", True),
            ("Email", "email", True),
            ("Organisation", "singleline", False),
            ("Message", "multiline", True),
        ]
    ):
        ContactFormField.objects.create(
            page=page, sort_order=sort_order, label=label, field_type=field_type, required=required
        )
    return page


def submit(input, ip="198.51.100.7", language=None, **meta):
    request = RequestFactory().post("/graphql/", REMOTE_ADDR=ip, **meta)
    result = schema.execute(SUBMIT, context_value=request, variables={"input": input, "language": language})
    assert result.errors is None, result.errors
    return result.data["submitContactForm"]


@pytest.mark.django_db
def test_submit_contact_form_valid_is_stored_and_mailed(contact_page):
    payload = submit({"fields": SENDER})

    stored = FormSubmission.objects.get()
    assert payload["errors"] == []
    assert payload["submission"]["id"] == str(stored.pk)
    assert payload["submission"]["submittedAt"] == stored.submit_time.isoformat()
    assert payload["submission"]["thankYouText"] == "<p>Thank you. The secretariat will answer within a week.</p>"
    assert stored.page_id == contact_page.pk
    assert stored.form_data == {
        "name": "Dilnoza Rahimova",
        "email": "d.rahimova@example.org",
        "organisation": "",
        "message": "Will the 2022 conference sessions be streamed?",
    }
    assert [(m.subject, m.to, m.from_email) for m in mail.outbox] == [
        ("Message from the Dushanbe Process website", ["secretariat@example.org"], "website@example.org")
    ]


@pytest.mark.django_db
def test_submit_contact_form_page_by_id_in_requested_language(contact_page):
    payload = submit({"page": str(contact_page.pk), "fields": SENDER}, language="RU")

    assert payload["errors"] == []
    assert payload["submission"]["thankYouText"] == "<p>Спасибо. Секретариат ответит в течение недели.</p>"


@pytest.mark.django_db
def test_submit_contact_form_missing_required_field(contact_page):
    payload = submit({"fields": [field for field in SENDER if field["name"] != "message"]})

    assert payload == {
        "submission": None,
        "errors": [{"field": "message", "message": "This field is required.", "code": "REQUIRED"}],
    }
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_submit_contact_form_bad_email(contact_page):
    fields = [*SENDER[:1], {"name": "email", "value": "rahimova-at-example"}, *SENDER[2:]]

    payload = submit({"fields": fields})

    assert payload == {
        "submission": None,
        "errors": [{"field": "email", "message": "Enter a valid email address.", "code": "INVALID"}],
    }
    assert FormSubmission.objects.count() == 0


@pytest.mark.django_db
def test_submit_contact_form_unknown_field(contact_page):
    payload = submit({"fields": [*SENDER, {"name": "phone", "value": "+992 37 221 00 00"}]})

    assert payload == {
        "submission": None,
        "errors": [{"field": "phone", "message": "This form has no field called “phone”.", "code": "UNKNOWN_FIELD"}],
    }
    assert FormSubmission.objects.count() == 0


@pytest.mark.django_db
def test_submit_contact_form_unknown_page(contact_page):
    contact_page.unpublish()

    payloads = [
        submit({"fields": SENDER}),
        submit({"page": str(contact_page.pk), "fields": SENDER}),
        submit({"page": "contact", "fields": SENDER}),
        submit({"page": "99999999999999999999", "fields": SENDER}),
    ]

    not_found = {"field": "page", "message": "There is no such contact form.", "code": "NOT_FOUND"}
    assert payloads == [{"submission": None, "errors": [not_found]}] * 4
    assert FormSubmission.objects.count() == 0


@pytest.mark.django_db
def test_submit_contact_form_honeypot_is_spam(contact_page):
    payload = submit({"fields": SENDER, "website": "https://cheap-pills.example"})

    assert payload == {
        "submission": None,
        "errors": [{"field": None, "message": "The submission was not accepted.", "code": "SPAM"}],
    }
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_submit_contact_form_mail_failure_still_stored(contact_page, settings, caplog):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"

    with caplog.at_level(logging.ERROR, logger="home.contact"):
        payload = submit({"fields": SENDER})

    stored = FormSubmission.objects.get()
    assert payload["errors"] == []
    assert payload["submission"]["id"] == str(stored.pk)
    assert [(record.name, record.getMessage()) for record in caplog.records] == [
        ("home.contact", f"Contact form submission {stored.pk} on page {contact_page.pk} was stored but not e-mailed")
    ]


@pytest.mark.django_db
def test_submit_contact_form_rate_limited_per_ip(contact_page):
    allowed = [submit({"fields": SENDER}) for _attempt in range(5)]
    # A client-written X-Forwarded-For changes nothing unless proxies are trusted.
    sixth = submit({"fields": SENDER}, HTTP_X_FORWARDED_FOR="203.0.113.99")

    assert [payload["errors"] for payload in allowed] == [[]] * 5
    assert sixth == {
        "submission": None,
        "errors": [
            {
                "field": None,
                "message": "Too many submissions from your address. Please try again later.",
                "code": "RATE_LIMITED",
            }
        ],
    }
    assert FormSubmission.objects.count() == 5

    other_client = submit({"fields": SENDER}, ip="198.51.100.8")

    assert other_client["errors"] == []
    assert FormSubmission.objects.count() == 6


def test_client_address_ignores_forwarded_for_by_default():
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.99")

    assert client_address(request) == "10.0.0.2"


def test_client_address_behind_trusted_proxy(settings):
    settings.TRUSTED_PROXIES = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")

    assert client_address(request) == "198.51.100.7"


def test_cors_preflight_allowed_origin(client):
    response = client.options(
        "/graphql/", HTTP_ORIGIN="http://localhost:3000", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )

    assert response.headers.get("access-control-allow-origin") == "http://localhost:3000"


def test_cors_preflight_other_origin(client):
    response = client.options(
        "/graphql/", HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )

    assert response.headers.get("access-control-allow-origin") is None
