"""wagtail-grapple's stock schema (its root `pages`, `page`, `images`... fields), for the bench only.

The CMS never exposes it: its root fields read drafts by id and pass `order` straight to
`order_by` (see cms/settings/base.py, GRAPPLE). The benchmark compares its generic `pages`
query with our `schedule`, on the same page types.
"""

from graphql.validation import NoUnusedFragmentsRule


def stock_schema():
    """The schema grapple builds from its registry, as `grapple.urls` would serve it."""
    # Importing grapple.schema switches off graphql-core's "no unused fragments" rule for the
    # whole process (its preview hack); keep that rule as it was for every other schema.
    leave_document = NoUnusedFragmentsRule.leave_document
    try:
        from grapple.schema import schema
    finally:
        NoUnusedFragmentsRule.leave_document = leave_document
    return schema
