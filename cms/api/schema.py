"""The schema: one root Query and Mutation assembled from each app's API module.

Like Saleor's `graphql/api.py`, the roots are lists of the apps' query and mutation classes;
cms never reaches into an app. grapple contributes the page, snippet and
orderable types it generated from each model's `graphql_fields`.
"""

import graphene
from grapple.registry import registry

from home.api import HomeQueries
from home.api.contact import ContactMutations
from news.api import NewsQueries
from people.api import SpeakerQueries
from sessions.api import ProgrammeQueries

from .exposure import expose_declared_fields_only
from .languages import LanguageQueries
from .null_arguments import read_null_as_absent
from .preview import PreviewQueries
from .search import SearchQueries


class Query(
    LanguageQueries,
    HomeQueries,
    ProgrammeQueries,
    SpeakerQueries,
    NewsQueries,
    SearchQueries,
    PreviewQueries,
    graphene.ObjectType,
):
    pass


class Mutation(ContactMutations, graphene.ObjectType):
    pass


for generated_type in registry.models.values():
    expose_declared_fields_only(generated_type)

schema = graphene.Schema(
    query=Query,
    mutation=Mutation,
    # Page and stream block types are reachable only through their interfaces,
    # so they are listed; every other type is reachable from a root field.
    types=[*registry.pages.values(), *registry.streamfield_blocks.values()],
    auto_camelcase=True,
)
# `offset: null` must mean what leaving `offset` out means, for every argument and input field.
read_null_as_absent(schema.graphql_schema)
