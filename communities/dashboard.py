"""The community roles' dashboard: add a content to one's community, follow one's
contributions, and, for its administrators, every contribution of the community."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.dashboard import AddPagePanel, PageWorkPanel, under_any

from .membership import managed_communities
from .models import CommunityPage


def contributed_communities(user):
    """The communities where `user` may add contents: contributors and administrators."""
    return CommunityPage.objects.filter(
        Q(access__contributors__user=user) | Q(access__administrators__user=user)
    ).distinct()


class AddContributionPanel(AddPagePanel):
    name = "add-contribution"
    heading = _("Add a content")
    description = _(
        "A workshop content or a resource, in the space of your community. It stays a "
        "draft until you send it for review; the community's administrators publish it."
    )
    button_label = _("Add a content to “%(parent)s”")
    order = 80

    def get_parents(self):
        return contributed_communities(self.user)


class MyContributionsPanel(PageWorkPanel):
    """What this user wrote in their communities; no one else's."""

    name = "my-contributions"
    heading = _("My contributions")
    description = _(
        "Drafts that were never sent for review include the ones the editor saved on its "
        "own while you typed: resume them or delete them."
    )
    parent_heading = _("Community")
    order = 100

    def get_pages(self):
        communities = list(contributed_communities(self.user).only("path", "depth"))
        return Page.objects.filter(under_any(communities), owner=self.user)


class CommunityContributionsPanel(PageWorkPanel):
    """ "Contributions de ma communauté": for its administrators, every content under it."""

    name = "community-contributions"
    heading = _("Contributions to my community")
    description = _(
        "Every content of your community's space, whoever wrote it, and where it stands."
    )
    parent_heading = _("Community")
    show_owner = True
    order = 110

    def get_pages(self):
        communities = list(managed_communities(self.user).only("path", "depth"))
        return Page.objects.filter(under_any(communities))
