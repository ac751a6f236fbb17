"""Roles: what the "Translators" group may do, and the "Translation review" workflow."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import querydict_from_html

from tests.factories.people import SpeakerIndexPageFactory
from tests.factories.translations import TranslatorFactory, UserFactory
from translations.roles import attach_translation_review, translator_languages

pytestmark = pytest.mark.django_db


def test_translators_group_has_exactly_admin_access_and_report_permissions():
    translators = Group.objects.get(name="Translators")
    assert sorted(translators.permissions.values_list("content_type__app_label", "codename")) == [
        ("translations", "view_translation_report"),
        ("wagtailadmin", "access_admin"),
    ]


def test_translators_group_may_only_change_pages_from_the_root():
    translators = Group.objects.get(name="Translators")
    permissions = GroupPagePermission.objects.filter(group=translators)
    assert list(permissions.values_list("page_id", "permission__codename")) == [
        (Page.get_first_root_node().pk, "change_page")
    ]


def test_translators_group_may_choose_images_and_documents():
    translators = Group.objects.get(name="Translators")
    permissions = GroupCollectionPermission.objects.filter(group=translators).order_by("permission__codename")
    assert list(
        permissions.values_list("collection_id", "permission__content_type__app_label", "permission__codename")
    ) == [
        (Collection.get_first_root_node().pk, "wagtaildocs", "choose_document"),
        (Collection.get_first_root_node().pk, "wagtailimages", "choose_image"),
    ]


def test_translator_can_edit_but_not_publish(report_tree, translator):
    permissions = report_tree.event.permissions_for_user(translator)
    assert permissions.can_edit() is True
    assert permissions.can_publish() is False
    assert permissions.can_submit_for_moderation() is True
    assert permissions.can_add_subpage() is False
    assert permissions.can_delete() is False


def test_moderator_can_publish_despite_the_workflow(report_tree):
    moderator = UserFactory(groups=["Moderators"])
    assert report_tree.event.permissions_for_user(moderator).can_publish() is True


def test_editor_can_publish_despite_the_workflow(report_tree):
    editor = UserFactory(groups=["Editors"])
    permissions = report_tree.event.permissions_for_user(editor)
    assert (permissions.can_edit(), permissions.can_publish()) == (True, True)


def test_translation_review_is_reviewed_by_the_communications_team():
    workflow = Workflow.objects.get(name="Translation review")
    [task] = [task.specific for task in workflow.tasks]
    assert (task.name, sorted(group.name for group in task.groups.all())) == (
        "Translation review",
        ["Editors", "Moderators"],
    )


def test_migration_attached_translation_review_to_the_installs_site_root():
    # In the test database the default site still points at Wagtail's welcome page.
    attached = WorkflowPage.objects.filter(workflow__name="Translation review")
    assert [workflow_page.page.title_en for workflow_page in attached] == ["Welcome to your new Wagtail site!"]


def test_attach_translation_review_applies_to_descendants(report_tree):
    assert Page.objects.get(pk=report_tree.session.pk).get_workflow().name == "Translation review"


def test_attach_translation_review_is_idempotent(report_tree):
    attach_translation_review(report_tree.home)
    assert WorkflowPage.objects.filter(page=report_tree.home).count() == 1


def test_attach_translation_review_keeps_a_pages_own_workflow(report_tree):
    other = Workflow.objects.create(name="Legal review")
    WorkflowPage.objects.create(page=report_tree.about, workflow=other)
    attach_translation_review(report_tree.about)
    assert WorkflowPage.objects.get(page=report_tree.about).workflow == other


@pytest.fixture
def speakers(report_tree):
    # A page type without a StreamField: its whole edit form is in the HTML, no JavaScript needed.
    return SpeakerIndexPageFactory(parent=report_tree.home, title_en="Speakers")


def edit_form_data(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def test_translator_submitting_for_moderation_starts_translation_review(speakers, client, translator):
    client.force_login(translator)
    data = edit_form_data(client, speakers)
    data["title_ru"] = "Выступающие"
    data["action-submit"] = "action-submit"
    response = client.post(f"/admin/pages/{speakers.pk}/edit/", data)
    assert response.status_code == 302
    state = WorkflowState.objects.for_instance(speakers).get()
    assert (state.workflow.name, state.status, state.requested_by) == ("Translation review", "in_progress", translator)
    assert state.current_task_state.task.name == "Translation review"
    # Submitted, not published: the live Russian title is still empty.
    assert Page.objects.get(pk=speakers.pk).title_ru in (None, "")


def test_translator_edit_view_offers_submit_not_publish(speakers, client, translator):
    client.force_login(translator)
    page = client.get(f"/admin/pages/{speakers.pk}/edit/").content.decode()
    assert "Submit to Translation review" in page
    assert 'name="action-publish"' not in page


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_communications_team_publishes_directly(speakers, client, group):
    client.force_login(UserFactory(groups=[group]))
    data = edit_form_data(client, speakers)
    data["title_ru"] = "Выступающие"
    data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{speakers.pk}/edit/", data)
    assert response.status_code == 302
    assert Page.objects.get(pk=speakers.pk).title_ru == "Выступающие"
    assert not WorkflowState.objects.for_instance(speakers).exists()


def test_translator_languages_from_language_groups():
    assert translator_languages(TranslatorFactory(languages=["ar", "ru"])) == ["ru", "ar"]


def test_translator_languages_default_to_all_but_english(translator):
    assert translator_languages(translator) == ["ru", "tg", "ar"]


def test_translator_languages_ignore_unconfigured_language_groups():
    assert translator_languages(TranslatorFactory(languages=["fr"])) == ["ru", "tg", "ar"]
