"""Languages in the API: the `Language` enum, `languages { ... }`, and which language a root field is answered in.

A root field's language is, in order: its `language` argument, the request's
Accept-Language header, the default language. The enum is built from
settings.LANGUAGES, so adding a language is a settings change.
"""

import graphene
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation.trans_real import parse_accept_lang_header

from cms.languages import default_language, language_codes

Language = graphene.Enum(
    "Language",
    [(code.upper(), code) for code in language_codes()],
    description="A language the content is published in.",
)


class Direction(graphene.Enum):
    LTR = "ltr"
    RTL = "rtl"


class LanguageInfo(graphene.ObjectType):
    code = graphene.Field(Language, required=True)
    name = graphene.String(required=True, description="English name, e.g. Russian.")
    name_local = graphene.String(required=True, description="Name in the language itself, e.g. Русский.")
    direction = graphene.Field(Direction, required=True)
    is_default = graphene.Boolean(required=True)


def language_infos():
    infos = []
    for code in language_codes():
        info = get_language_info(code)
        infos.append(
            LanguageInfo(
                code=code,
                name=info["name"],
                name_local=info["name_local"],
                direction="rtl" if info["bidi"] else "ltr",
                is_default=code == default_language(),
            )
        )
    return infos


def enum_value(language):
    """Graphene hands enum arguments over as the enum member or its value; normalise to a code."""
    return getattr(language, "value", language)


def language_from_header(request):
    """The best configured language in the Accept-Language header, or None."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "") if request is not None else ""
    configured = set(language_codes())
    for accepted, _quality in parse_accept_lang_header(header):
        accepted = accepted.lower()
        for candidate in (accepted, accepted.split("-")[0]):
            if candidate in configured:
                return candidate
    return None


def requested_language(request, argument=None):
    """The language a root field is answered in: argument, then Accept-Language, then the default."""
    return enum_value(argument) or language_from_header(request) or settings.MODELTRANSLATION_DEFAULT_LANGUAGE


class LanguageQueries(graphene.ObjectType):
    languages = graphene.List(
        graphene.NonNull(LanguageInfo), required=True, description="The configured languages, default first."
    )

    def resolve_languages(root, info):
        return language_infos()
