"""Root fields of the home app: any page by its public path, the home page, contact details, organisations."""

import graphene
from grapple.registry import registry

from cms.api.details import load_specific
from cms.api.languages import Language
from cms.api.middleware import answer_in
from cms.api.pages import PageInterface
from home import selectors
from home.models import HomePage, Organisation, SiteContacts


class HomeQueries(graphene.ObjectType):
    page = graphene.Field(
        PageInterface,
        path=graphene.String(required=True, description="A public path with its language prefix, e.g. /ru/2022/."),
        description="The public page at `path`, in the path's language (the `language` argument is ignored).",
    )
    home = graphene.Field(lambda: registry.pages[HomePage], language=Language(), description="The site's home page.")
    site_settings = graphene.Field(
        lambda: registry.settings[SiteContacts], language=Language(), description="Contact details of the site."
    )
    organisations = graphene.List(
        graphene.NonNull(lambda: registry.snippets[Organisation]),
        required=True,
        language=Language(),
        description="Organisers and speakers' organisations, by English name.",
    )

    def resolve_page(root, info, path):
        """Routing for frontends: the page and the language both come from the path."""
        page, language = selectors.page_for_path(path, selectors.default_site())
        if language is not None:
            answer_in(info, language)
        return page

    def resolve_home(root, info):
        site = selectors.default_site()
        return load_specific(selectors.public_pages().filter(pk=site.root_page_id)) if site else None

    def resolve_site_settings(root, info):
        site = selectors.default_site()
        return SiteContacts.for_site(site) if site else None

    def resolve_organisations(root, info):
        return selectors.organisations()
