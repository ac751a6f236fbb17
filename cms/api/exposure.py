"""What grapple's generated types may expose: a model's `graphql_fields` and its interfaces' fields.

grapple builds each page type as a DjangoObjectType and keeps every column of
Wagtail's Page on it — `path`, `draftTitle`, `liveRevision`, `goLiveAt`, `locked`,
and modeltranslation's per-language columns (`titleRu`, `slugTg`, `urlPathAr`).
None of that is for readers, so every generated type is trimmed here, once,
before the schema is built: a field is public only if a model declares it.
"""


def _declared_field_names(model):
    names = {"id"}
    for declaration in getattr(model, "graphql_fields", ()):
        field = declaration() if callable(declaration) else declaration
        names.add(field.field_name)
    return names


def expose_declared_fields_only(graphene_type):
    model = getattr(graphene_type._meta, "model", None)
    if model is None:  # stream blocks and other types grapple builds from declarations only
        return graphene_type
    allowed = _declared_field_names(model)
    for interface in graphene_type._meta.interfaces:
        allowed |= set(interface._meta.fields)
    for name in list(graphene_type._meta.fields):
        if name not in allowed:
            del graphene_type._meta.fields[name]
    return graphene_type
