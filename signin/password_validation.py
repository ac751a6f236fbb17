"""A password validator against the words an attacker tries first on this site."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class SiteWordsValidator:
    """Refuse a password that contains the site's own name or software (e.g. "dushanbe2022").

    Django's validators know common passwords and the user's own name, not the words on
    every page of this site, which a guesser tries first with a year appended.
    """

    def __init__(self, words=("dushanbe", "wagtail")):
        self.words = [word.lower() for word in words]

    def validate(self, password, user=None):
        """Raise ValidationError when `password` contains one of the site's words, in any case."""
        found = [word for word in self.words if word in password.lower()]
        if found:
            raise ValidationError(
                _("This password contains “%(word)s”, a word anyone can guess from this site."),
                code="password_has_site_word",
                params={"word": found[0]},
            )

    def get_help_text(self):
        """The rule, as shown under the password field."""
        return _("Your password can’t contain the site’s name (%(words)s).") % {"words": ", ".join(self.words)}
