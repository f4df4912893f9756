"""Page rights that Wagtail's group permissions cannot state on their own."""

from wagtail.models import PagePermissionTester


class AnchorPagePermissionTester(PagePermissionTester):
    """For a page that anchors a group's rights (the home page, a community space).

    The group edits the page, but deleting or moving it would take the whole
    subtree, its rights and its members with it: only rights held from above
    the page (or a superuser's) allow that.
    """

    def can_delete(self, ignore_bulk=False):
        if not self.user.is_active or self.user.is_superuser:
            return super().can_delete(ignore_bulk)
        from_above = PagePermissionTester(self.user, self.page)
        from_above.permissions = {
            perm.permission.codename.rsplit("_", maxsplit=1)[0]
            for perm in self.permission_policy.get_cached_permissions_for_user(self.user)
            if self.page.path.startswith(perm.page.path) and perm.page.path != self.page.path
        }
        return from_above.can_delete(ignore_bulk)
