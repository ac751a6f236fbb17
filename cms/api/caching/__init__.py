"""Caching GraphQL answers: in the shared cache (responses.py), over HTTP (http.py), and
Apollo's automatic persisted queries (persisted_queries.py).

A cached answer records which database tables its SQL read (tables.py) and the version
each table had when it was made (versions.py); publishing, unpublishing, moving or
deleting content gives the tables it wrote a new version (invalidation.py), and an
answer is served from the cache only while every table it read still has the version
it was made with.
"""
