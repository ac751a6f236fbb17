"""The "Webhooks" admin menu: endpoints and the delivery log, for superusers and holders of the webhooks permissions."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import ReadOnlyPermissionPolicy, WebhooksViewSetGroup
from .models import WebhookDelivery

register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery), exact_class=True)


@hooks.register("register_admin_viewset")
def register_webhooks_viewsets():
    return WebhooksViewSetGroup()
