from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Publish webhooks: a signed JSON notification to each configured endpoint per content change.

    It listens to cms.changes.content_changed (dispatch.py), stores one WebhookDelivery
    per active endpoint, and delivers it outside the request through the "webhooks"
    task backend (tasks.py, delivery.py), retrying with backoff; every attempt is kept.
    """

    name = "webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import dispatch

        dispatch.connect()
