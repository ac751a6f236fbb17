"""The code step of two-factor sign-in, at /admin/signin/verify/ (cms/urls.py).

Not in the admin's own URLs (signin/wagtail_hooks.py): Wagtail wraps those in its access
check, which would send a user who signed in on the site, and may not use the admin, back
to the sign-in form, and the sign-in form back here.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("verify/", views.verify, name="signin_verify"),
]
