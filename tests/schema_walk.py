"""Walking the live GraphQL schema: every nullable argument, the ways to reach its field, and queries that select it.

Used by tests/cms/api/test_null_arguments.py, so that a field added later is covered
without anyone listing it. Values are Python objects rendered as GraphQL literals:
`str` a string, `int` an int, `dict` an input object,
`list` a list, `None` null, and `VARIABLE` the variable `$v`.
"""

import json
from collections import deque
from dataclasses import dataclass

from graphql import (
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLUnionType,
    get_named_type,
    is_leaf_type,
    is_non_null_type,
    is_required_argument,
)

# Deeper than any way the content nests (event > session > speaker > photo), below MAX_DEPTH.
MAX_PATH_LENGTH = 5
TARGET = "target"  # the alias of the field under test, to find it in the answer


class _Variable:
    def __repr__(self):
        return "$v"


VARIABLE = _Variable()


def literal(value):
    """`value` as a GraphQL literal."""
    if value is None:
        return "null"
    if value is VARIABLE:
        return "$v"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{name}: {literal(item)}" for name, item in value.items()) + "}"
    raise TypeError(f"No GraphQL literal for {value!r}")


@dataclass(frozen=True)
class NullableArgument:
    """One argument of `owner.field` (or one input field inside it, `member`) that a client may send as null."""

    owner: str
    field: str
    argument: str
    member: tuple = ()  # input-object field names from the argument's value down to the nullable one
    type: str = ""  # the nullable type as written in a variable definition, e.g. Int

    @property
    def id(self):
        return ".".join((self.owner, self.field, self.argument, *self.member))


def root_types(graphql_schema):
    return [root for root in (graphql_schema.query_type, graphql_schema.mutation_type) if root is not None]


def _next_types(graphql_schema, named_type):
    """(type condition or None, type) pairs a selection on `named_type` can continue in."""
    if isinstance(named_type, GraphQLObjectType):
        return [(None, named_type)]
    if isinstance(named_type, GraphQLInterfaceType | GraphQLUnionType):
        possible = [
            (possible_type.name, possible_type) for possible_type in graphql_schema.get_possible_types(named_type)
        ]
        return ([(None, named_type)] if isinstance(named_type, GraphQLInterfaceType) else []) + possible
    return []


def reachable_object_types(graphql_schema):
    """Every object type some query or mutation can select, roots first, in schema order."""
    seen = {}
    queue = deque(root_types(graphql_schema))
    while queue:
        named_type = queue.popleft()
        if named_type.name in seen:
            continue
        seen[named_type.name] = named_type
        for field in named_type.fields.values():
            queue.extend(next_type for _condition, next_type in _next_types(graphql_schema, get_named_type(field.type)))
    return [named_type for named_type in seen.values() if isinstance(named_type, GraphQLObjectType)]


def _nullable_members(input_type, prefix=()):
    """(member path, type) of every nullable field of an input object, nested objects included."""
    for name, input_field in input_type.fields.items():
        if not is_non_null_type(input_field.type):
            yield (*prefix, name), str(input_field.type)
        nested = get_named_type(input_field.type)
        if isinstance(nested, GraphQLInputObjectType):
            yield from _nullable_members(nested, (*prefix, name))


def nullable_arguments(graphql_schema):
    """Every argument and input field a client can send as null, on every reachable field."""
    found = []
    for owner in reachable_object_types(graphql_schema):
        for field_name, field in owner.fields.items():
            for argument_name, argument in field.args.items():
                if not is_non_null_type(argument.type):
                    found.append(NullableArgument(owner.name, field_name, argument_name, type=str(argument.type)))
                input_type = get_named_type(argument.type)
                if isinstance(input_type, GraphQLInputObjectType):
                    for member, member_type in _nullable_members(input_type):
                        found.append(NullableArgument(owner.name, field_name, argument_name, member, member_type))
    return found


@dataclass(frozen=True)
class Step:
    """One field on the way down: `field(required arguments) { ... on condition { <next> } }`."""

    field: str
    arguments: dict
    condition: str | None


class MissingRequiredValue(LookupError):
    pass


def required_arguments(owner, field_name, field, required_values):
    """The values of `owner.field`'s required arguments, from `required_values` ("Type.field.argument": value)."""
    values = {}
    for name, argument in field.args.items():
        if is_required_argument(argument):
            key = f"{owner}.{field_name}.{name}"
            if key not in required_values:
                raise MissingRequiredValue(f"No value for the required argument {key}: add one to REQUIRED_VALUES.")
            values[name] = required_values[key]
    return values


def paths_to(graphql_schema, owner, required_values):
    """(root type, steps) that end on a value of type `owner`, shortest first; () for a root itself."""
    for root in root_types(graphql_schema):
        if root.name == owner:
            yield root, ()
    queue = deque((root, root, (), frozenset({root.name})) for root in root_types(graphql_schema))
    while queue:
        root, parent, steps, on_path = queue.popleft()
        if len(steps) >= MAX_PATH_LENGTH:
            continue
        for field_name, field in parent.fields.items():
            named = get_named_type(field.type)
            next_types = [pair for pair in _next_types(graphql_schema, named) if pair[1].name not in on_path]
            if not next_types:
                continue
            arguments = required_arguments(parent.name, field_name, field, required_values)
            for condition, next_type in next_types:
                path = (*steps, Step(field_name, arguments, condition))
                if next_type.name == owner:
                    yield root, path
                queue.append((root, next_type, path, on_path | {next_type.name}))


def leaf_selection(output_type, nested=True):
    """A selection that shows what the field answered: its scalar fields, and those of the objects it holds.

    One level into the objects, so that an argument that changes which items come back
    or in which order (a list's `order`), not only how many, changes the answer.
    """
    named = get_named_type(output_type)
    if is_leaf_type(named):
        return ""
    if isinstance(named, GraphQLUnionType):
        return " { __typename }"
    selected = ["__typename"]
    for name, field in named.fields.items():
        if any(is_required_argument(argument) for argument in field.args.values()):
            continue
        if is_leaf_type(get_named_type(field.type)):
            selected.append(name)
        elif nested:
            selected.append(name + leaf_selection(field.type, nested=False))
    return " { " + " ".join(selected) + " }"


def _arguments_text(arguments):
    return "(" + ", ".join(f"{name}: {literal(value)}" for name, value in arguments.items()) + ")" if arguments else ""


def operation(root, steps, target_field, target_arguments, target_type, variable_type=None):
    """The query (or mutation) text selecting `target_field` as `target` at the end of `steps`."""
    text = f"{TARGET}: {target_field}{_arguments_text(target_arguments)}{leaf_selection(target_type)}"
    for step in reversed(steps):
        inner = f"... on {step.condition} {{ {text} }}" if step.condition else text
        text = f"{step.field}{_arguments_text(step.arguments)} {{ {inner} }}"
    keyword = "mutation" if root.name == "Mutation" else "query"
    variables = f" ($v: {variable_type})" if variable_type else ""
    return f"{keyword}{variables} {{ {text} }}"


def target_values(data, steps):
    """Every value of `target` in an answer's `data` at the end of `steps`: empty when no object there exists."""
    level = [data] if data is not None else []
    for step in steps:
        below = []
        for value in level:
            if isinstance(value, dict) and value.get(step.field) is not None:
                found = value[step.field]
                below.extend(found if isinstance(found, list) else [found])
        level = below
    return [value[TARGET] for value in level if isinstance(value, dict) and TARGET in value]
