"""The GraphQL API platform every content app plugs into.

`cms.api.schema` assembles the root Query and Mutation from each app's `api`
module; this package owns what is the same for all of them: language selection,
the page interface, pagination, query limits and the HTTP view.
"""
