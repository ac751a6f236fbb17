"""Checks that run before an imported file is trusted: hostile XML, unsafe rich text."""

from html.parser import HTMLParser
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.conf import settings

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# An exported file nests about ten levels (xliff, file, body, trans-unit, target, inline
# markup). translate-toolkit's parser (lxml) gives up at 256 with an exception nobody
# caught; refused here first, with words a translator can act on.
MAX_NESTING = 64

# Tags (and their attributes) each rich-text feature allows, in Wagtail's stored format.
FEATURE_TAGS = {
    "bold": {"b": set(), "strong": set()},
    "italic": {"i": set(), "em": set()},
    "link": {"a": {"href", "linktype", "id"}},
    "document-link": {"a": {"linktype", "id"}},
    "ol": {"ol": set(), "li": set()},
    "ul": {"ul": set(), "li": set()},
    "h2": {"h2": set()},
    "h3": {"h3": set()},
    "h4": {"h4": set()},
}
ALWAYS_ALLOWED = {"p": set(), "br": set()}
VOID_TAGS = {"br"}
LINK_TYPES = {"link": "page", "document-link": "document"}
SAFE_URL_SCHEMES = ("http://", "https://", "mailto:", "tel:", "/", "#")


class UnsafeXml(ValueError):
    pass


def max_bytes():
    return getattr(settings, "XLIFF_MAX_BYTES", DEFAULT_MAX_BYTES)


def parse_safely(data):
    """Parse `data` with defusedxml, refusing DTDs, entities and external references.

    Returns the ElementTree root; raises UnsafeXml with a reader-facing message.
    """
    if len(data) > max_bytes():
        raise UnsafeXml(f"the file is {len(data)} bytes, more than the limit of {max_bytes()}")
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise UnsafeXml(f"the file declares a DTD, entities or external references ({error})") from None
    except ParseError as error:
        raise UnsafeXml(f"the file is not well-formed XML ({error})") from None
    if _nesting_over(root, MAX_NESTING):
        raise UnsafeXml(f"elements are nested more than {MAX_NESTING} levels deep; an XLIFF file needs about 10")
    return root


def _nesting_over(root, limit):
    """Whether any element lies deeper than `limit` below `root` (iterative: a deep file must not recurse)."""
    level = [root]
    for _depth in range(limit):
        level = [child for element in level for child in element]
        if not level:
            return False
    return True


def allowed_tags(features):
    allowed = {tag: set(attrs) for tag, attrs in ALWAYS_ALLOWED.items()}
    for feature in features:
        for tag, attrs in FEATURE_TAGS.get(feature, {}).items():
            allowed.setdefault(tag, set()).update(attrs)
    return allowed


class _RichTextChecker(HTMLParser):
    def __init__(self, features):
        # Character references stay as they are, so that a "<" left in the text can only
        # be a stray or unfinished tag, never an escaped "&lt;".
        super().__init__(convert_charrefs=False)
        self.allowed = allowed_tags(features)
        self.link_types = {LINK_TYPES[f] for f in features if f in LINK_TYPES}
        self.external_links = "link" in features
        self.problems = []
        self.open = []

    def handle_starttag(self, tag, attrs):
        self._check_tag(tag, attrs)
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._check_tag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        if tag not in self.open:
            self.problems.append(f"</{tag}> closes no open element")
            return
        while self.open[-1] != tag:
            self.problems.append(f"<{self.open.pop()}> is not closed")
        self.open.pop()

    def handle_data(self, data):
        if "<" in data:
            # HTMLParser passes an unfinished tag ("<b class") at the end through as text.
            self.problems.append("a tag is not finished, or a literal '<' is not written as &lt;")

    def handle_comment(self, data):
        self.problems.append("comments are not allowed")

    def handle_decl(self, decl):
        self.problems.append(f"declaration <!{decl}> is not allowed")

    def handle_pi(self, data):
        self.problems.append("processing instructions are not allowed")

    def unknown_decl(self, data):
        self.problems.append("CDATA and other declarations are not allowed")

    def _check_tag(self, tag, attrs):
        if tag not in self.allowed:
            self.problems.append(f"<{tag}> is not allowed")
            return
        attributes = dict(attrs)
        for name in attributes:
            if name not in self.allowed[tag]:
                self.problems.append(f"attribute {name!r} is not allowed on <{tag}>")
        if tag == "a":
            self._check_link(attributes)

    def _check_link(self, attributes):
        linktype = attributes.get("linktype")
        if linktype is not None:
            if linktype not in self.link_types:
                self.problems.append(f"link type {linktype!r} is not allowed")
            elif not (attributes.get("id") or "").isdigit():
                self.problems.append(f"a {linktype} link needs a numeric id")
            return
        href = (attributes.get("href") or "").strip()
        if not self.external_links or not href.lower().startswith(SAFE_URL_SCHEMES):
            self.problems.append(f"link target {href!r} is not allowed")


def rich_text_problems(html, features):
    """What is wrong with `html` as the value of a rich text with `features` ([] when fine)."""
    checker = _RichTextChecker(features)
    checker.feed(html)
    checker.close()
    if checker.rawdata:
        checker.problems.append("the markup ends inside a tag")
    checker.problems.extend(f"<{tag}> is not closed" for tag in reversed(checker.open))
    return checker.problems
