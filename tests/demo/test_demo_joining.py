"""The demo's join request and share link (demo/joining.py), on the private space's slug,
without loading the whole demo: created once, printed each run, and the printed link opens
the space's first content."""

import pytest
from django.core.cache import cache

from communities.models import JoinRequest, ShareLink
from demo.accounts import PRIVATE_SPACE
from demo.joining import load_joining
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db


def test_the_demo_request_and_link_are_created_once_and_the_link_printed_each_run(client):
    cache.clear()
    space = CommunityPageFactory(slug=PRIVATE_SPACE, is_private=True)
    WorkshopContentPageFactory(parent=space, title="Atelier de démonstration")
    printed = []
    load_joining(printed.append)
    load_joining(printed.append)
    assert JoinRequest.objects.filter(community=space, state="pending").count() == 1
    link = ShareLink.objects.get()
    assert link.page.title == "Atelier de démonstration"
    assert len(printed) == 2 and printed[0] == printed[1]
    path = "/partage/" + printed[0].split("/partage/")[1]
    response = client.get(path)
    assert response.status_code == 200
    assert "Atelier de démonstration" in response.content.decode()
    # The requester cannot log in: a fictitious person, as the demo's registrations.
    assert not JoinRequest.objects.get().user.has_usable_password()
