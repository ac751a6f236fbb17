"""Translators edit and submit; they cannot delete, move, copy, unpublish, restrict or create pages.

Every action through the real admin views, GET and POST, on a draft (never published)
press release and on a live one: the translator is refused and the tree is exactly as
before (every page's path, live flag and lock, the page count, view restrictions). The
same request by an editor, and by an editor who also translates, does it
(translations/page_permissions.py; docs/security.md, "Roles").
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.test.utils.form_data import querydict_from_html

from tests.factories.home import ContactPageFactory
from tests.factories.news import NewsIndexPageFactory, PressReleasePageFactory
from tests.factories.translations import TranslatorFactory, UserFactory
from translations.page_permissions import StructuralPagePermissionTester
from translations.roles import attach_translation_review

pytestmark = pytest.mark.django_db

REFUSED = (302, "/admin/")  # Wagtail's "Sorry, you do not have permission to access this area."


@pytest.fixture
def site(home_page):
    """Home > "Press releases" (a draft release, a live release) and "Archive", an empty news index.

    The translator's chances to create: a child of the home page (a news index: its form needs no JavaScript).
    """
    releases = NewsIndexPageFactory(parent=home_page, title="Press releases", slug="press-releases")
    archive = NewsIndexPageFactory(parent=home_page, title="Archive", slug="archive")
    draft = PressReleasePageFactory(parent=releases, title="Embargoed statement", slug="embargoed", live=False)
    live = PressReleasePageFactory(parent=releases, title="Dushanbe Declaration adopted", slug="declaration")
    live.save_revision().publish()
    return {"home": home_page, "releases": releases, "archive": archive, "draft": draft, "live": live}


def tree():
    """What no refused request may change: every page's path, live flag and lock, and the view restrictions."""
    return (
        list(Page.objects.order_by("pk").values_list("pk", "path", "live", "locked")),
        list(PageViewRestriction.objects.order_by("pk").values_list("page_id", "restriction_type")),
    )


def signed_in(client, role):
    users = {
        "translator": lambda: TranslatorFactory(languages=["ru"]),
        "editor": lambda: UserFactory(groups=["Editors"]),
        "editor and translator": lambda: UserFactory(groups=["Editors", "Translators"]),
        "moderator": lambda: UserFactory(groups=["Moderators"]),
        "superuser": lambda: UserFactory(is_superuser=True, is_staff=True),
    }
    client.force_login(users[role]())
    return client


def answer(response):
    return (response.status_code, response.get("Location"))


def edit(client, page, action, **changes):
    """POST the page's own edit form with `changes` and the button `action` pressed.

    A press release's body is a StreamField in every language, whose block count the
    browser's JavaScript writes: here it is empty, 0 blocks.
    """
    url = f"/admin/pages/{page.pk}/edit/"
    empty_bodies = {f"body_{code}-count": "0" for code, _name in settings.LANGUAGES}
    return client.post(url, {**create_form_data(client, url, **empty_bodies, **changes), action: action})


def bulk_url(action, page):
    """A bulk action on `page` from its parent's listing, where the admin goes back to afterwards."""
    next_url = f"/admin/pages/{page.get_parent().pk}/"
    return reverse("wagtail_bulk_action", args=("wagtailcore", "page", action)) + f"?id={page.pk}&next={next_url}"


# Each action: (method, url, POST data) for a page of the site.
ACTIONS = {
    "delete": lambda site, page: ("post", f"/admin/pages/{page.pk}/delete/", {}),
    "move: choose destination": lambda site, page: (
        "post",
        f"/admin/pages/{page.pk}/move/",
        {"new_parent_page": site["archive"].pk},
    ),
    "move: confirm": lambda site, page: ("post", f"/admin/pages/{page.pk}/move/{site['archive'].pk}/confirm/", {}),
    # wagtail-modeltranslation's copy form (its before_copy_page hook) has per-language titles and
    # slugs, and makes no aliases: Wagtail's "alias" choice is not offered.
    "copy": lambda site, page: (
        "post",
        f"/admin/pages/{page.pk}/copy/",
        {"new_title_en": "Copy", "new_slug_en": "copy", "new_parent_page": site["releases"].pk},
    ),
    "unpublish": lambda site, page: ("post", f"/admin/pages/{page.pk}/unpublish/", {}),
    "privacy": lambda site, page: ("post", f"/admin/pages/{page.pk}/privacy/", {"restriction_type": "login"}),
    "reorder": lambda site, page: ("post", f"/admin/pages/{page.pk}/set_position/?position=0", {}),
    "lock": lambda site, page: ("post", f"/admin/pages/{page.pk}/lock/", {}),
    "create: choose type": lambda site, page: ("post", f"/admin/pages/{site['home'].pk}/add_subpage/", {}),
    "create": lambda site, page: (
        "post",
        f"/admin/pages/add/news/newsindexpage/{site['home'].pk}/",
        {"title_en": "Statements", "slug_en": "statements"},
    ),
}
BULK_ACTIONS = {
    "bulk delete": lambda site, page: ("post", bulk_url("delete", page), {}),
    "bulk move": lambda site, page: ("post", bulk_url("move", page), {"chooser": site["archive"].pk}),
    "bulk unpublish": lambda site, page: ("post", bulk_url("unpublish", page), {}),
    "bulk publish": lambda site, page: ("post", bulk_url("publish", page), {}),
}


# Views that only take POST answer a GET with 405 Method Not Allowed, for everyone.
POST_ONLY = {"reorder", "lock"}


def outcomes(client, site, page, actions):
    """For each action: what GET answers, what POST answers, and whether the tree is as it was.

    A bulk action's GET is its confirmation page: it says which pages the user may not act on.
    """
    table = {}
    for name, action in actions.items():
        _method, url, data = action(site, page)
        before = tree()
        shown = client.get(url)
        if shown.status_code == 200 and "items_with_no_access" in shown.context:
            not_permitted = [entry["item"].pk for entry in shown.context["items_with_no_access"]]
            shown_answer = (200, f"may act on {len(shown.context['items'])}, not on {not_permitted}")
        else:
            shown_answer = answer(shown)
        table[name] = (shown_answer, answer(client.post(url, data)), tree() == before)
    return table


@pytest.mark.parametrize("state", ["draft", "live"])
def test_translator_is_refused_every_structural_action_and_nothing_changes(client, site, state):
    page = site[state]
    signed_in(client, "translator")

    table = outcomes(client, site, page, {**ACTIONS, **BULK_ACTIONS})

    back_to_listing = (302, f"/admin/pages/{site['releases'].pk}/")
    assert table == {
        **{name: ((405, None) if name in POST_ONLY else REFUSED, REFUSED, True) for name in ACTIONS},
        **{name: ((200, f"may act on 0, not on {[page.pk]}"), back_to_listing, True) for name in BULK_ACTIONS},
    }


# --- an editor, and an editor who also translates, keep every right ---------------


def children_slugs(parent):
    return list(Page.objects.get(pk=parent.pk).get_children().values_list("slug", flat=True))


def create_form_data(client, url, **changes):
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    return data


def did_delete(client, site):
    client.post(f"/admin/pages/{site['draft'].pk}/delete/")
    return children_slugs(site["releases"]) == ["declaration"]


def did_move(client, site):
    page, archive = site["draft"], site["archive"]
    chosen = client.post(f"/admin/pages/{page.pk}/move/", {"new_parent_page": archive.pk})
    confirm = f"/admin/pages/{page.pk}/move/{archive.pk}/confirm/"
    assert (answer(chosen), client.get(confirm).status_code) == ((302, confirm), 200)
    client.post(confirm)
    return (children_slugs(site["releases"]), children_slugs(archive)) == (["declaration"], ["embargoed"])


def did_copy(client, site):
    client.post(*ACTIONS["copy"](site, site["draft"])[1:])
    return children_slugs(site["releases"]) == ["embargoed", "declaration", "copy"]


def did_unpublish(client, site):
    client.post(f"/admin/pages/{site['live'].pk}/unpublish/")
    return Page.objects.get(pk=site["live"].pk).live is False


def did_restrict(client, site):
    client.post(*ACTIONS["privacy"](site, site["live"])[1:])
    return list(PageViewRestriction.objects.values_list("page_id", "restriction_type")) == [(site["live"].pk, "login")]


def did_reorder(client, site):
    client.post(f"/admin/pages/{site['live'].pk}/set_position/?position=0")
    return children_slugs(site["releases"]) == ["declaration", "embargoed"]


def did_create(client, site):
    url = f"/admin/pages/add/news/newsindexpage/{site['home'].pk}/"
    assert client.get(f"/admin/pages/{site['home'].pk}/add_subpage/").status_code == 200
    client.post(url, create_form_data(client, url, title_en="Statements", slug_en="statements"))
    return children_slugs(site["home"]) == ["press-releases", "archive", "statements"]


def did_bulk_delete(client, site):
    client.post(bulk_url("delete", site["draft"]))
    return children_slugs(site["releases"]) == ["declaration"]


def did_bulk_move(client, site):
    client.post(bulk_url("move", site["draft"]), {"chooser": site["archive"].pk})
    return children_slugs(site["archive"]) == ["embargoed"]


def did_bulk_publish(client, site):
    client.post(bulk_url("publish", site["draft"]))
    return Page.objects.get(pk=site["draft"].pk).live is True


def did_bulk_unpublish(client, site):
    client.post(bulk_url("unpublish", site["live"]))
    return Page.objects.get(pk=site["live"].pk).live is False


EDITOR_ACTIONS = {
    "delete": did_delete,
    "move": did_move,
    "copy": did_copy,
    "unpublish": did_unpublish,
    "privacy": did_restrict,
    "reorder": did_reorder,
    "create": did_create,
    "bulk delete": did_bulk_delete,
    "bulk move": did_bulk_move,
    "bulk publish": did_bulk_publish,
    "bulk unpublish": did_bulk_unpublish,
}


@pytest.mark.parametrize("role", ["editor", "editor and translator", "moderator", "superuser"])
@pytest.mark.parametrize("action", list(EDITOR_ACTIONS))
def test_editors_moderators_and_superusers_do_it(client, site, role, action):
    signed_in(client, role)

    assert EDITOR_ACTIONS[action](client, site) is True


@pytest.mark.parametrize(
    ("role", "locked"),
    [
        ("translator", False),
        ("editor", False),
        ("editor and translator", False),
        ("moderator", True),
        ("superuser", True),
    ],
)
def test_only_moderators_and_superusers_lock(client, site, role, locked):
    # "lock" is Wagtail's own permission: its migrations give it to Moderators, not to Editors.
    signed_in(client, role)

    client.post(f"/admin/pages/{site['draft'].pk}/lock/")

    assert Page.objects.get(pk=site["draft"].pk).locked is locked


# --- what the admin offers: action menus, header and listing buttons -------------

STRUCTURAL_LINK = re.compile(r'href="/admin/pages/(\d+)/(delete|move|copy|unpublish|add_subpage|lock|set_position)/')
# The privacy dialog is in every page's markup; what offers it is the "Change privacy" button.
PRIVACY_BUTTON = 'data-a11y-dialog-show="set-privacy"'


def structural_links(client, site):
    """(page, action) for every structural action offered on the two releases' edit pages and their listing."""
    names = {site[name].pk: name for name in ("home", "releases", "archive", "draft", "live")}
    screens = {
        "draft": f"/admin/pages/{site['draft'].pk}/edit/",
        "live": f"/admin/pages/{site['live'].pk}/edit/",
        "releases": f"/admin/pages/{site['releases'].pk}/",
    }
    found = set()
    for screen, url in screens.items():
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        found |= {(names[int(pk)], action) for pk, action in STRUCTURAL_LINK.findall(html)}
        if PRIVACY_BUTTON in html:
            found.add((screen, "privacy"))
    return found


def test_translator_is_offered_no_structural_action(client, site):
    signed_in(client, "translator")

    assert structural_links(client, site) == set()


EDITOR_LINKS = {
    *{(page, action) for page in ("draft", "live") for action in ("delete", "move", "copy", "privacy")},
    ("live", "unpublish"),
    *{("releases", action) for action in ("add_subpage", "copy", "move", "privacy", "unpublish")},
}


@pytest.mark.parametrize("role", ["editor", "editor and translator"])
def test_editor_is_offered_every_structural_action(client, site, role):
    signed_in(client, role)

    assert structural_links(client, site) == EDITOR_LINKS


# --- what translators keep --------------------------------------------------------


@pytest.mark.parametrize("state", ["draft", "live"])
def test_translator_still_saves_a_draft_and_submits_for_review(client, site, state):
    page = site[state]
    attach_translation_review(site["home"])
    signed_in(client, "translator")

    saved = edit(client, page, "action-save", title_ru="Заявление")
    submitted = edit(client, page, "action-submit", title_ru="Заявление")

    assert (answer(saved)[0], answer(submitted)[0]) == (302, 302)
    page = Page.objects.get(pk=page.pk)
    assert (page.get_latest_revision().as_object().title_ru, page.workflow_in_progress) == ("Заявление", True)


# --- contact-form submissions: the senders' personal data --------------------------


@pytest.fixture
def submission(home_page):
    page = ContactPageFactory(parent=home_page, title="Contact", slug="contact")
    return FormSubmission.objects.create(page=page, form_data={"name": "Dilnoza Rahimova"})


def test_translator_cannot_list_export_or_delete_contact_form_submissions(client, submission):
    page_id = submission.page_id
    signed_in(client, "translator")

    forms_index = client.get("/admin/forms/")
    listing = client.get(f"/admin/forms/submissions/{page_id}/")
    export = client.get(f"/admin/forms/submissions/{page_id}/", {"export": "csv"})
    deleted = client.post(f"/admin/forms/submissions/{page_id}/delete/?selected-submissions={submission.pk}")

    assert (forms_index.status_code, list(forms_index.context["object_list"])) == (200, [])
    assert [answer(response) for response in (listing, export, deleted)] == [REFUSED, REFUSED, REFUSED]
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [submission.pk]


@pytest.mark.parametrize("role", ["editor", "editor and translator", "moderator", "superuser"])
def test_editor_reads_and_deletes_contact_form_submissions(client, submission, role):
    page_id = submission.page_id
    signed_in(client, role)

    listing = client.get(f"/admin/forms/submissions/{page_id}/")
    deleted = client.post(f"/admin/forms/submissions/{page_id}/delete/?selected-submissions={submission.pk}")

    assert (listing.status_code, answer(deleted)) == (200, (302, f"/admin/forms/submissions/{page_id}/"))
    assert FormSubmission.objects.count() == 0


# --- every page type ---------------------------------------------------------------


def test_every_page_type_of_the_project_answers_with_the_structural_tester(translator):
    # Wagtail's base Page (the tree root, a fresh install's welcome page) is not the project's.
    testers = {
        model._meta.label: type(model().permissions_for_user(translator)).__name__
        for model in get_page_models()
        if model is not Page
    }
    assert testers == dict.fromkeys(testers, StructuralPagePermissionTester.__name__)
    assert len(testers) == 10
