"""What a browser would submit from a Wagtail page edit form, read from the form's HTML.

The plain fields are what the browser's form sends (`form_values()`: checked boxes,
selected options, text areas, empty text inputs; nothing disabled, nothing in the empty
templates of inline panels). A StreamField
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


NOT_SENT = frozenset({"submit", "image", "reset", "file", "button"})


def form_values(form):
    """[(name, value)] a browser submits from the plain fields of `form` (an lxml form element).

    lxml's own form_values() leaves out a text input without a value attribute, which a
    browser sends as an empty string (and Django then reads as "no title in Tajik").
    """
    pairs = []
    for element in form.inputs:
        name = element.name
        if not name or "disabled" in element.attrib or _in_template(element):
            continue
        if element.tag == "select":
            chosen = element.value
            pairs += [(name, value) for value in chosen] if element.multiple else [(name, chosen or "")]
        elif element.tag == "textarea":
            pairs.append((name, element.value or ""))
        elif element.checkable:
            if element.checked:
                pairs.append((name, element.get("value", "on")))
        elif element.type not in NOT_SENT:
            pairs.append((name, element.value or ""))
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
    pairs = form_values(form)
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
