"""The Webhooks admin menu: endpoints with their secret, the delivery log with every attempt, and who sees it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from tests.factories.translations import UserFactory
from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.worker import run_worker
from webhooks.models import DeliveryAttempt, WebhookDelivery

pytestmark = pytest.mark.django_db

DELIVERIES_URL = "/admin/webhook_deliveries/"
ENDPOINTS_URL = "/admin/webhook_endpoints/"


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_superuser=True))
    return client


@pytest.fixture
def failed_then_delivered():
    endpoint = WebhookEndpointFactory(name="Mobile backend", url="https://mobile.example.org/hooks", secret="abc123")
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint,
        event_type="page.published",
        payload={"type": "page.published", "object": {"model": "news.newspage", "id": "7", "title": "Press release"}},
        status=WebhookDelivery.Status.DELIVERED,
        attempt_count=2,
    )
    DeliveryAttempt.objects.create(
        delivery=delivery,
        number=1,
        started_at=timezone.now(),
        duration_ms=3,
        error="[Errno 111] Connection refused",
        outcome=DeliveryAttempt.Outcome.UNREACHABLE,
    )
    DeliveryAttempt.objects.create(
        delivery=delivery,
        number=2,
        started_at=timezone.now(),
        duration_ms=41,
        status_code=204,
        outcome=DeliveryAttempt.Outcome.DELIVERED,
    )
    return delivery


def test_delivery_list_shows_type_object_status_and_attempts(superuser_client, failed_then_delivered):
    response = superuser_client.get(DELIVERIES_URL)

    assert response.status_code == 200
    assert [
        (delivery.event_type, delivery.object_label, delivery.status, delivery.attempt_count)
        for delivery in response.context["object_list"]
    ] == [("page.published", "news.newspage 7: Press release", "delivered", 2)]


def test_delivery_list_filters_by_status(superuser_client, failed_then_delivered):
    response = superuser_client.get(DELIVERIES_URL, {"status": "pending"})

    assert list(response.context["object_list"]) == []


def test_delivery_detail_shows_every_attempt(superuser_client, failed_then_delivered):
    response = superuser_client.get(f"{DELIVERIES_URL}inspect/{failed_then_delivered.pk}/")

    assert response.status_code == 200
    assert [(a.number, a.status_code, a.outcome, a.error) for a in response.context["attempts"]] == [
        (1, None, "unreachable", "[Errno 111] Connection refused"),
        (2, 204, "delivered", ""),
    ]
    assert "Connection refused" in response.content.decode()


def test_deliveries_cannot_be_edited_even_by_a_superuser(superuser_client, failed_then_delivered):
    response = superuser_client.get(f"{DELIVERIES_URL}edit/{failed_then_delivered.pk}/")

    assert response.status_code == 302
    assert WebhookDelivery.objects.get().status == "delivered"


def test_endpoint_form_shows_the_secret(superuser_client, failed_then_delivered):
    response = superuser_client.get(f"{ENDPOINTS_URL}edit/{failed_then_delivered.endpoint.pk}/")

    assert response.status_code == 200
    assert 'value="abc123"' in response.content.decode()


def test_endpoint_created_in_the_admin_gets_a_generated_secret(superuser_client):
    response = superuser_client.get(f"{ENDPOINTS_URL}new/")
    secret = response.context["form"]["secret"].value()

    response = superuser_client.post(
        f"{ENDPOINTS_URL}new/",
        {"name": "Web site", "url": "https://dushanbeprocess.org/api/revalidate", "secret": secret, "is_active": "on"},
    )

    assert response.status_code == 302
    assert len(secret) == 64
    assert WebhookEndpointFactory._meta.model.objects.get().secret == secret


def test_endpoint_with_a_bad_url_is_refused_and_nothing_saved(superuser_client):
    response = superuser_client.post(f"{ENDPOINTS_URL}new/", {"name": "Web site", "url": "not a url", "secret": "x"})

    assert response.status_code == 200
    assert response.context["form"].errors == {"url": ["Enter a valid URL."]}
    assert WebhookEndpointFactory._meta.model.objects.count() == 0


def test_editor_without_webhooks_permissions_does_not_see_them(client, failed_then_delivered):
    client.force_login(UserFactory(groups=["Moderators"]))

    assert client.get(DELIVERIES_URL).status_code == 302
    assert "Webhooks" not in client.get("/admin/").content.decode()


def test_holder_of_the_view_permission_sees_the_deliveries(client, failed_then_delivered):
    group = Group.objects.create(name="Web developers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_webhookdelivery"),
    )
    client.force_login(UserFactory(groups=["Web developers"]))

    assert client.get(DELIVERIES_URL).status_code == 200
    assert client.get(f"{DELIVERIES_URL}inspect/{failed_then_delivered.pk}/").status_code == 200
    assert client.get(ENDPOINTS_URL).status_code == 302


def test_send_a_test_notification_queues_a_signed_webhook_test(superuser_client, endpoint, receiver):
    assert superuser_client.get(f"{ENDPOINTS_URL}send-test/{endpoint.pk}/").status_code == 200
    response = superuser_client.post(f"{ENDPOINTS_URL}send-test/{endpoint.pk}/")
    delivery = WebhookDelivery.objects.get()
    assert response.url == f"{DELIVERIES_URL}inspect/{delivery.pk}/"

    run_worker()

    (request,) = receiver.received
    assert request["verified"] is True
    assert (request["json"]["type"], request["json"]["object"]) == (
        "webhook.test",
        {"kind": "endpoint", "model": "webhooks.webhookendpoint", "id": str(endpoint.pk), "title": "Web site"},
    )


def test_send_a_test_notification_needs_the_change_permission(client, endpoint):
    client.force_login(UserFactory(groups=["Moderators"]))

    response = client.post(f"{ENDPOINTS_URL}send-test/{endpoint.pk}/")

    assert response.status_code == 302
    assert WebhookDelivery.objects.count() == 0


def test_endpoint_list_offers_a_test_notification(superuser_client, endpoint):
    response = superuser_client.get(ENDPOINTS_URL)

    assert f"{ENDPOINTS_URL}send-test/{endpoint.pk}/" in response.content.decode()
