"""What "change" on a page allows: editing its text and submitting it for review, nothing structural.

Wagtail lets whoever may change a page also delete or move it while nothing in it is
live, and copy it (PagePermissionTester: can_delete, can_move = can_delete,
can_copy = can_edit). The "Translators" group holds "change" on the whole tree
(migration 0003) and nothing else, so a translator could delete a draft press release.

Here deleting, moving and copying a page need, on top of Wagtail's own checks, a
permission that creates or publishes pages on it: "add", "publish" or "bulk_delete"
(superusers have all). The permissions of all of a user's groups count together, so an
editor who also translates keeps every right of an editor; Editors, Moderators and
superusers lose nothing. Unpublishing, privacy, unscheduling, reordering and creating
already need "publish" or "add", locking "lock": Wagtail refuses those to "change" alone.

Every admin view, bulk action, action menu and button asks the page's
`permissions_for_user()` (Wagtail's documented extension point), so one tester answers
for all of them. The page types of the project get it from `StructuralPermissionsMixin`;
Wagtail's base Page (the tree root, the welcome page of a fresh install) keeps Wagtail's.
"""

from wagtail.models import PagePermissionTester
from wagtail.permissions import page_permission_policy

# Holding one of these on a page is what lets a user remove, move or duplicate it.
STRUCTURAL_PERMISSIONS = {"add", "publish", "bulk_delete"}


class StructuralPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, where delete, move and copy also need "add", "publish" or "bulk_delete"."""

    def may_restructure(self):
        if not self.user.is_active:
            return False
        # `permissions` (the actions the user's groups hold on this page) is set for active non-superusers.
        return self.user.is_superuser or bool(self.permissions & STRUCTURAL_PERMISSIONS)

    def can_delete(self, ignore_bulk=False):
        return self.may_restructure() and super().can_delete(ignore_bulk=ignore_bulk)

    # can_move is can_delete(ignore_bulk=True) in Wagtail, and can_move_to calls can_move.

    def can_copy(self):
        return self.may_restructure() and super().can_copy()


class StructuralPermissionsMixin:
    """For page models: answer permission questions with StructuralPagePermissionTester."""

    def permissions_for_user(self, user):
        return StructuralPagePermissionTester(user, self)


def pages_user_may_restructure(user):
    """The pages on which `user` holds "add", "publish" or "bulk_delete" (every page for a superuser)."""
    return page_permission_policy.instances_user_has_any_permission_for(user, STRUCTURAL_PERMISSIONS)
