"""URL routing: the admin, GraphQL, documents, and the language-prefixed page tree."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.view import ContentGraphQLView
from cms.db_router import reads_from_replicas
from home.sitemap import sitemap

urlpatterns = [
    # The code step of two-factor sign-in, before the admin: it must not need admin access.
    path("admin/signin/", include("signin.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The content API; GraphiQL in the browser when settings.GRAPHIQL is on (dev).
    # Feeds and the sitemap name their language in the path themselves, outside i18n_patterns.
    path("feeds/", include("news.urls")),
    path("sitemap.xml", reads_from_replicas(sitemap), name="sitemap"),
    path("graphql/", csrf_exempt(ContentGraphQLView.as_view(graphiql=settings.GRAPHIQL)), name="graphql"),
    # Calendar (iCal) and schedule-app (Frab) exports; the language is part of the path.
    path("exports/", include("sessions.exports.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public URLs always carry the language: /en/..., /ru/..., /tg/..., /ar/...
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
