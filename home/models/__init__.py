"""Models of the site root: general pages, the contact form, organisations, site settings."""

from .contact import ContactFormField, ContactPage
from .organisations import Organisation
from .pages import HomePage, StandardPage
from .site_settings import SiteContacts

__all__ = [
    "ContactFormField",
    "ContactPage",
    "HomePage",
    "Organisation",
    "SiteContacts",
    "StandardPage",
]
