"""The demo's communities: each one set up by the signals as a new one would be.

The rules themselves are tested on communities built by the factories
(test_access.py); these tests check that `load_demo` goes through them.
"""

import pytest
from wagtail.models import WorkflowPage

from communities.models import CommunityPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def test_every_demo_community_has_its_groups_collection_and_workflow():
    communities = list(CommunityPage.objects.all())
    assert len(communities) >= 2
    for community in communities:
        access = community.access
        assert access.administrators.name == f"Administrateurs · {community.title}"
        assert access.contributors.name == f"Contributeurs · {community.title}"
        assert access.members.name == f"Membres · {community.title}"
        assert access.collection.name == community.title
        assert access.collection.get_parent().name == "Communautés"
        assert WorkflowPage.objects.get(page=community).workflow == access.workflow
        assert access.workflow.name == f"Relecture communauté · {community.title}"


def test_the_demo_puts_community_files_in_the_community_collection():
    checked = 0
    for community in CommunityPage.objects.all():
        for contribution in community.get_children().specific():
            for document in contribution.get_downloads():
                assert document.collection == community.access.collection
                checked += 1
    assert checked, "the demo's contributions hold no file"
