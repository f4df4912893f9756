from html import unescape

import pytest
from bs4 import BeautifulSoup

from communities.models import CommunityPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def test_community_page_shows_territory_contacts_members_and_contributions(client):
    community = CommunityPage.objects.filter(is_private=False).first()
    html = unescape(client.get(community.url).content.decode())
    assert community.territory in html
    for department in community.departments.all():
        assert f"/recherche/communautes/?departement={department.code}" in html
    for theme in community.themes.all():
        assert f"/recherche/communautes/?thematique={theme.slug}" in html
    for contact in community.contacts.all():
        assert contact.name in html
    for member in community.members.all():
        assert member.name in html
    for contribution in community.get_children().live():
        assert contribution.url in html


def test_community_page_searches_inside_the_community(client):
    community = CommunityPage.objects.filter(is_private=False).first()
    soup = BeautifulSoup(client.get(community.url).content, "html.parser")
    hidden = soup.find("input", attrs={"type": "hidden", "name": "communaute"})
    assert hidden is not None and hidden["value"] == community.slug
    form = hidden.find_parent("form")
    assert form["method"] == "get"
    assert form["action"] == "/recherche/"
    assert form.find("input", attrs={"name": "q"})


def test_department_listing_shows_its_communities(client):
    community = CommunityPage.objects.filter(departments__code="31").first()
    html = unescape(client.get("/departements/31/").content.decode())
    assert community.url in html
