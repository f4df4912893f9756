"""The demo's join request and share link (demo/joining.py) on the demo's private space:
created once however often the demo loads, printed each run, and the printed link opens
the space's first content."""

import pytest
from django.core.cache import cache

from communities.models import CommunityPage, JoinRequest, ShareLink
from demo.accounts import PRIVATE_SPACE
from demo.joining import load_joining

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def test_the_demo_request_and_link_are_created_once_and_the_link_printed_each_run(client):
    cache.clear()
    space = CommunityPage.objects.get(slug=PRIVATE_SPACE)
    first_content = space.get_children().live().order_by("path").first()
    printed = []
    load_joining(printed.append)
    load_joining(printed.append)
    assert JoinRequest.objects.filter(community=space, state="pending").count() == 1
    link = ShareLink.objects.get(community=space)
    assert link.page_id == first_content.pk
    assert len(printed) == 2 and printed[0] == printed[1]
    path = "/partage/" + printed[0].split("/partage/")[1]
    response = client.get(path)
    assert response.status_code == 200
    assert first_content.title in response.content.decode()
    # The requester cannot log in: a fictitious person, as the demo's registrations.
    assert not JoinRequest.objects.get(community=space).user.has_usable_password()
