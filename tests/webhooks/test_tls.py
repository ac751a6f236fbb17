"""https to a checked address keeps the URL's host name: its TLS server name and its certificate check.

A certificate authority made for the test (trustme) is the only one trusted (SSL_CERT_FILE,
which ssl.create_default_context reads), and the receiver on 127.0.0.1 shows a certificate
it issued, for hooks.example.org or for another name.
"""

import ssl

import pytest
import trustme

from cms.changes import ContentChange
from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.receiver import TEST_SECRET, LoopbackReceiver
from tests.webhooks.worker import run_worker
from webhooks.dispatch import queue_deliveries
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

SECRET = TEST_SECRET


@pytest.fixture
def authority(tmp_path, monkeypatch, settings, resolver):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    resolver.answer("hooks.example.org", ["127.0.0.1"])
    authority = trustme.CA()
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    return authority


def tls_receiver(authority, certified_name, server_names):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(certified_name).configure_cert(context)
    context.sni_callback = lambda tls_socket, server_name, tls_context: server_names.append(server_name)
    return LoopbackReceiver(secret=SECRET, tls=context)


def deliver_to(port):
    WebhookEndpointFactory(url=f"https://hooks.example.org:{port}/hooks/cms", secret=SECRET)
    queue_deliveries(
        ContentChange(
            action="published",
            kind="snippet",
            model="home.organisation",
            object_id="3",
            title="OSCE",
            languages=("en",),
        )
    )
    run_worker()
    return WebhookDelivery.objects.get()


def test_https_to_the_checked_address_verifies_the_certificate_for_the_host_name(authority):
    server_names = []
    receiver = tls_receiver(authority, "hooks.example.org", server_names)
    try:
        delivery = deliver_to(receiver.port)
    finally:
        receiver.stop()

    (request,) = receiver.received
    assert request["verified"] is True
    assert request["headers"]["Host"] == f"hooks.example.org:{receiver.port}"
    assert server_names == ["hooks.example.org"]
    attempt = delivery.attempts.get()
    assert (delivery.status, attempt.outcome, attempt.status_code, attempt.address) == (
        "delivered",
        "delivered",
        204,
        "127.0.0.1",
    )


def test_https_certificate_for_another_name_is_refused_before_anything_is_sent(authority):
    server_names = []
    receiver = tls_receiver(authority, "other.example.org", server_names)
    try:
        delivery = deliver_to(receiver.port)
    finally:
        receiver.stop()

    assert receiver.received == []
    attempt = delivery.attempts.get()
    assert (delivery.status, attempt.outcome, attempt.status_code, attempt.address, attempt.response_excerpt) == (
        "pending",
        "unreachable",
        None,
        None,
        "",
    )
    assert attempt.error.startswith(
        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, "
        "certificate is not valid for 'hooks.example.org'."
    )
