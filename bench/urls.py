"""The benchmark server's URLs: everything of cms.urls plus what the benchmark compares it with.

- /bench/graphql-uncached/  the same GraphQL view as /graphql/, built with the response cache off;
- /bench/api/v2/            Wagtail's REST API v2 (DRF), a pages endpoint;
- /bench/api/v3/            Wagtail 8's API v3 (django-ninja);
- /bench/grapple/           wagtail-grapple's stock schema with its generic `pages` query.
None of these is routed in production (cms/urls.py).
"""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms import urls as cms_urls
from cms.api.view import ContentGraphQLView

from .grapple_schema import stock_schema

api_v2 = WagtailAPIRouter("bench_wagtailapi_v2")
api_v2.register_endpoint("pages", PagesAPIViewSet)
# Routed so that a speaker's nested photo can carry its download_url, as GraphQL's photo { url }.
api_v2.register_endpoint("images", ImagesAPIViewSet)


def _api_v3_urls():
    from wagtail.api.v3.urls import api

    return api.urls


# Ahead of cms.urls: its language-prefixed page tree (i18n_patterns, allowed only in the
# root URLconf, hence the list rather than include()) answers every other path.
urlpatterns = [
    path("bench/graphql-uncached/", csrf_exempt(ContentGraphQLView.as_view(cache_answers=False))),
    path("bench/api/v2/", api_v2.urls),
    path("bench/api/v3/", _api_v3_urls()),
    path("bench/grapple/", csrf_exempt(GraphQLView.as_view(schema=stock_schema()))),
    *cms_urls.urlpatterns,
]
