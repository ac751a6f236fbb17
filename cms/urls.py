"""URL routing: the admin, GraphQL, documents, and the language-prefixed page tree."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from grapple import urls as grapple_urls
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # /graphql/ (and /graphiql/ when GRAPPLE["EXPOSE_GRAPHIQL"] is on).
    path("", include(grapple_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public URLs always carry the language: /en/..., /ru/..., /tg/..., /ar/...
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
