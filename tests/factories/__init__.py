"""Factories for the content model, one module per app.

Pages need a place in the tree, so page factories take `parent=`; the test decides
where a page lives instead of a factory inventing a tree behind its back.
"""
