"""Reading the translators' admin screens in tests."""

import html

from django.contrib.messages import get_messages


def messages_of(response):
    """The admin messages a response set, as text (Wagtail renders them as HTML)."""
    return [html.unescape(str(message)).strip() for message in get_messages(response.wsgi_request)]
