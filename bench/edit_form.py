"""What a browser would submit from a Wagtail page edit form, read from the form's HTML.

The plain fields are what the browser's form sends (lxml's form_values(): checked boxes,
selected options, text areas; never the empty templates of inline panels). A StreamField
has no inputs in the HTML: Wagtail's JavaScript builds them from the state in the
`w-block` element's `data-w-block-arguments-value`. `stream_inputs()` builds the same
inputs from that state, for streams of simple blocks (rich text, text, choosers): the
only kind a session page has. Anything else is refused rather than posted wrong.
"""

import json

import lxml.html

EDIT_FORM_ID = "page-edit-form"


class UnsupportedForm(ValueError):
    """The edit form holds something this reader cannot submit as a browser would."""


def stream_inputs(name, state):
    """The inputs Wagtail's StreamBlock JavaScript posts for `state` (a list of {type, value, id})."""
    pairs = [(f"{name}-count", str(len(state)))]
    for index, child in enumerate(state):
        if not isinstance(child.get("value"), str):
            raise UnsupportedForm(f"{name}: block {child.get('type')!r} is not a simple field block")
        prefix = f"{name}-{index}"
        pairs += [
            (f"{prefix}-type", child["type"]),
            (f"{prefix}-value", child["value"]),
            (f"{prefix}-deleted", ""),
            (f"{prefix}-order", str(index)),
            (f"{prefix}-id", child.get("id") or ""),
        ]
    return pairs


def _in_template(element):
    return any(ancestor.tag == "template" for ancestor in element.iterancestors())


def edit_form_fields(html):
    """[(name, value)] that the edit form in `html` submits, StreamFields included."""
    document = lxml.html.fromstring(html)
    forms = document.xpath(f'//form[@id="{EDIT_FORM_ID}"]')
    if not forms:
        raise UnsupportedForm(f"no form #{EDIT_FORM_ID} in the page")
    form = forms[0]
    templated = {element.name for element in form.inputs if _in_template(element)}
    pairs = [(name, value) for name, value in form.form_values() if name not in templated]
    for block in form.xpath('.//*[@data-controller="w-block"]'):
        state, _error = json.loads(block.get("data-w-block-arguments-value"))
        if not isinstance(state, list):
            raise UnsupportedForm(f"{block.get('id')}: only a StreamField's list of blocks is supported")
        pairs += stream_inputs(block.get("id"), state)
    return pairs


def with_values(pairs, replacements):
    """`pairs` with the values of the names in `replacements` replaced (each name must be there)."""
    missing = replacements.keys() - {name for name, _value in pairs}
    if missing:
        raise UnsupportedForm(f"the edit form has no field {sorted(missing)}")
    return [(name, replacements.get(name, value)) for name, value in pairs]
