"""Answering each root field in its own language.

modeltranslation reads the thread's active language, so the language must be
active while a root field *and everything below it* resolves. graphql-core's
executor resolves a field's value and then completes its sub-fields, so a
resolver-level `override()` would end too early. Instead every field looks up
the language chosen for its root field (kept on the request) and activates it:
`{ ru: event(language: RU) { title } en: event(language: EN) { title } }` gets
Russian under `ru` and English under `en`, never a mix.
"""

from django.utils import translation

from .languages import requested_language

LANGUAGES_ATTRIBUTE = "_api_root_languages"


def _root_key(path):
    while path.prev is not None:
        path = path.prev
    return path.key


class LanguageMiddleware:
    def resolve(self, next_resolver, root, info, **kwargs):
        request = info.context
        chosen = getattr(request, LANGUAGES_ATTRIBUTE, None)
        if chosen is None:
            chosen = {}
            setattr(request, LANGUAGES_ATTRIBUTE, chosen)
        if info.path.prev is None:
            language = requested_language(request, kwargs.pop("language", None))
            chosen[info.path.key] = language
        else:
            language = chosen.get(_root_key(info.path))
        if language and translation.get_language() != language:
            translation.activate(language)
        return next_resolver(root, info, **kwargs)


def answer_in(info, language):
    """Let a root field's resolver choose its language itself (page(path:) takes it from the path)."""
    getattr(info.context, LANGUAGES_ATTRIBUTE)[_root_key(info.path)] = language
    translation.activate(language)
