"""The home app's part of the GraphQL schema: routing by path, site settings, organisations, the contact form."""

from .queries import HomeQueries

__all__ = ["HomeQueries"]
