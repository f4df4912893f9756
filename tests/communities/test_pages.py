from html import unescape

import pytest

from communities.models import CommunityPage

pytestmark = pytest.mark.django_db


def test_community_page_shows_territory_contacts_members_and_contributions(client):
    community = CommunityPage.objects.filter(is_private=False).first()
    html = unescape(client.get(community.url).content.decode())
    assert community.territory in html
    for department in community.departments.all():
        assert department.get_absolute_url() in html
    for contact in community.contacts.all():
        assert contact.name in html
    for member in community.members.all():
        assert member.name in html
    for contribution in community.get_children().live():
        assert contribution.url in html


def test_department_listing_shows_its_communities(client):
    community = CommunityPage.objects.filter(departments__code="31").first()
    html = unescape(client.get("/departements/31/").content.decode())
    assert community.url in html
