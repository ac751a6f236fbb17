"""Admin views of the translators' workflow; their URLs and menu items are in wagtail_hooks.py."""
