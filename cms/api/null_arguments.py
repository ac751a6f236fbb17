"""An explicit `null` for an argument or an input field means the same as leaving it out.

GraphQL hands a resolver `None` for `speakers(offset: null)` even though `offset` declares
a default of 0: the spec applies a default only to an argument that is absent. A resolver
written as `offset=0` then compares `None < 0` and fails with a Python error instead of an
answer. Rather than every resolver guarding every argument, the schema is adjusted once,
when it is built, where graphql-core hands values over:

- a field with nullable arguments gets its resolver wrapped: a null becomes the argument's
  schema default, or, without one, is left out so the resolver's own default applies;
- an input object type with nullable fields gets its `out_type` wrapped the same way, for
  literals and variables alike (graphql-core builds every input object through it).

Fields without nullable arguments keep their resolver untouched, so the cost is a dict scan
on the few fields that take arguments, never a per-field middleware. Middlewares run
outside the resolver and see the arguments as sent: they must read a null as absent
(LanguageMiddleware does, through requested_language()).
"""

from graphql import GraphQLInputObjectType, GraphQLObjectType, Undefined, default_field_resolver, is_non_null_type


def _nullable_defaults(definitions):
    """`{python name: schema default or Undefined}` of the nullable arguments or input fields."""
    return {
        definition.out_name or name: definition.default_value
        for name, definition in definitions.items()
        if not is_non_null_type(definition.type)
    }


def _without_nulls(values, defaults):
    """`values` with each null of `defaults`' names replaced by its default, or dropped when it has none."""
    for name, default in defaults.items():
        if name in values and values[name] is None:
            if default is Undefined:
                del values[name]
            else:
                values[name] = default
    return values


def _resolver_reading_null_as_absent(resolve, defaults):
    def resolve_with_nulls_as_absent(source, info, **arguments):
        return resolve(source, info, **_without_nulls(arguments, defaults))

    return resolve_with_nulls_as_absent


def _container_reading_null_as_absent(out_type, defaults):
    def out_type_with_nulls_as_absent(values):
        return out_type(_without_nulls(dict(values), defaults))

    return out_type_with_nulls_as_absent


def read_null_as_absent(graphql_schema):
    """Make explicit nulls mean "absent" for every argument and input field of `graphql_schema`, once."""
    for name, named_type in graphql_schema.type_map.items():
        if name.startswith("__"):  # graphql-core's introspection types are shared by every schema
            continue
        if isinstance(named_type, GraphQLObjectType):
            for field in named_type.fields.values():
                defaults = _nullable_defaults(field.args)
                if defaults:
                    field.resolve = _resolver_reading_null_as_absent(field.resolve or default_field_resolver, defaults)
        elif isinstance(named_type, GraphQLInputObjectType):
            defaults = _nullable_defaults(named_type.fields)
            if defaults:
                named_type.out_type = _container_reading_null_as_absent(named_type.out_type, defaults)
    return graphql_schema
