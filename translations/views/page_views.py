"""What every per-page translators' screen (readiness, outdated translations) shares."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page


class TranslatorsPageView(WagtailAdminTemplateMixin):
    """Loads `self.page` (specific) for anyone who may edit it; `load(request)` adds the rest."""

    header_icon = "globe"

    def dispatch(self, request, page_id):
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            # Not a 404: LocaleMiddleware would turn it into a redirect to /en/admin/...
            messages.error(request, _("There is no page with id %(id)s: nothing was saved.") % {"id": page_id})
            return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
        self.page = page.specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.load(request)
        return super().dispatch(request, page_id)

    def load(self, request):
        pass

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.get_page_title()},
        ]
