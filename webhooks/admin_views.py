"""Webhooks in the Wagtail admin: endpoints (editable) and the delivery log (read-only)."""

import json

from django.db import models
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from .models import WebhookDelivery, WebhookEndpoint


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are written by the worker only: people may view them, never add, edit or delete."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class EndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Endpoints"
    form_fields = ["name", "url", "secret", "is_active"]
    list_display = ["name", "url", "is_active", DateColumn("created_at", label="Created")]
    inspect_view_enabled = True
    inspect_view_fields = ["name", "url", "secret", "is_active", "created_at"]
    copy_view_enabled = False
    # Nothing refers to webhooks; indexing them would only cost a task per save.
    add_to_reference_index = False

    def formfield_for_dbfield(self, db_field, **kwargs):
        # An address typed without a scheme is https (Django 6's default, chosen now).
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, **kwargs)


class DeliveryInspectView(InspectView):
    """A delivery, its JSON body and every attempt (time, duration, status code, error)."""

    template_name = "webhooks/delivery_inspect.html"

    def get_payload_display_value(self):
        return json.dumps(self.object.payload, indent=2, ensure_ascii=False)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attempts"] = self.object.attempts.all()
        return context


class DeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = "Deliveries"
    list_display = [
        "event_type",
        Column("object_label", label="Object"),
        "endpoint",
        "status",
        Column("attempt_count", label="Attempts"),
        DateColumn("next_attempt_at", label="Next attempt"),
        DateColumn("created_at", label="Created"),
    ]
    list_filter = ["status", "endpoint"]
    ordering = ["-created_at", "-pk"]
    inspect_view_enabled = True
    inspect_view_class = DeliveryInspectView
    inspect_view_fields = [
        "event_type",
        "event_id",
        "endpoint",
        "status",
        "attempt_count",
        "next_attempt_at",
        "created_at",
        "delivered_at",
        "payload",
    ]
    copy_view_enabled = False
    # The worker saves a delivery several times per attempt: keep the reference index out of it.
    add_to_reference_index = False
    # Only the form of a view the policy never grants; listed so ModelViewSet does not complain.
    form_fields = ["status"]


class WebhooksViewSetGroup(ViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    menu_order = 800
    items = (EndpointViewSet("webhook_endpoints"), DeliveryViewSet("webhook_deliveries"))
