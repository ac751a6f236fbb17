"""Webhooks in the Wagtail admin: endpoints (editable) and the delivery log (read-only)."""

import json

from django.contrib import messages
from django.db import models
from django.forms.models import modelform_factory
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ViewSetGroup
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from .addresses import is_allowed
from .dispatch import queue_test_notification
from .forms import EndpointForm, check_endpoint_url
from .models import WebhookDelivery, WebhookEndpoint


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are written by the worker only: people may view them, never add, edit or delete."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class SendTestNotificationView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then queue a "webhook.test" notification and show its delivery."""

    template_name = "webhooks/send_test.html"
    page_title = "Send a test notification"
    header_icon = "link-external"

    def dispatch(self, request, pk):
        if not policy_registry.get_by_type(WebhookEndpoint).user_has_permission(request.user, "change"):
            return permission_denied(request)
        self.endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.endpoint.name

    def get_context_data(self, **kwargs):
        return super().get_context_data(endpoint=self.endpoint, **kwargs)

    def post(self, request):
        # Said now rather than as a failed delivery a moment later; the worker checks again anyway.
        refusal = check_endpoint_url(self.endpoint.url)
        if refusal:
            messages.error(request, f"Nothing was sent. {refusal}")
            return self.get(request)
        delivery = queue_test_notification(self.endpoint)
        messages.success(request, f"A test notification to “{self.endpoint.name}” is queued.")
        return redirect("webhook_deliveries:inspect", delivery.pk)


class EndpointIndexView(IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if self.user_has_permission("change"):
            buttons.append(
                ListingButton(
                    "Send a test",
                    url=reverse("webhook_endpoints:send_test", args=[instance.pk]),
                    icon_name="mail",
                    priority=30,
                )
            )
        return buttons


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
    index_view_class = EndpointIndexView

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("send-test/<int:pk>/", SendTestNotificationView.as_view(), name="send_test"),
        ]

    def formfield_for_dbfield(self, db_field, **kwargs):
        # An address typed without a scheme is https (Django 6's default, chosen now).
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, **kwargs)

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model, form=EndpointForm, formfield_callback=self.formfield_for_dbfield, fields=self.form_fields
        )


class DeliveryInspectView(InspectView):
    """A delivery, its JSON body and every attempt (time, duration, status code, error)."""

    template_name = "webhooks/delivery_inspect.html"

    def get_payload_display_value(self):
        return json.dumps(self.object.payload, indent=2, ensure_ascii=False)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attempts"] = attempts = list(self.object.attempts.all())
        for attempt in attempts:
            # A receiver's words only from an address webhooks may go to now: an attempt logged
            # before the address checks (no address) or whose network was since taken off
            # WEBHOOK_ALLOWED_NETWORKS shows none. Bounded when stored; escaped by the template.
            attempt.shown_excerpt = attempt.response_excerpt if attempt.address and is_allowed(attempt.address) else ""
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
