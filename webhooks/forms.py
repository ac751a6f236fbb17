"""The endpoint form: a URL the worker would refuse is refused when it is saved, with the same words."""

from django import forms

from .targets import TargetRefused, TargetUnresolved, resolve_target


def check_endpoint_url(url):
    """The worker's refusal of `url` as it stands now, or "" when it would send to it.

    A name that does not resolve yet passes: its DNS record may not be published yet, and
    the worker checks every attempt again.
    """
    try:
        resolve_target(url)
    except TargetRefused as refused:
        return str(refused)
    except TargetUnresolved:
        return ""
    return ""


class EndpointForm(forms.ModelForm):
    # The base of the viewset's modelform_factory form: the fields and widgets stay Wagtail's choice.

    def clean_url(self):
        url = self.cleaned_data["url"]
        refusal = check_endpoint_url(url)
        if refusal:
            raise forms.ValidationError(refusal, code="refused")
        return url
