"""Mon espace: who I am and my roles, my communities, my contributions and their state,
for each role; nothing of anyone else's."""

import pytest
from django.contrib.auth.models import Group

from accounts.invitations import get_or_invite
from accounts.roles import HUB_EDITORS, MEDIATORS, TRAINERS
from tests.factories.accounts import UserFactory, community_user
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db
MEMBER_AREA = "/mon-espace/"


def html_of(client, url=MEMBER_AREA) -> str:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def panel(html: str, name: str) -> str:
    start = html.index(f'class="member-panel member-panel--{name}"')
    return html[start : html.index("</section>", start)]


def submit(page, user):
    """`page` sent to its community's review workflow by `user`; its workflow state."""
    return page.get_workflow().start(page, user)


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(MEMBER_AREA)
    assert response.status_code == 302
    assert response["Location"] == "/connexion/?next=/mon-espace/"


def test_mon_espace_says_who_i_am_and_my_roles_in_french(client):
    user = UserFactory(
        first_name="Maya",
        last_name="Médiatrice",
        username="maya-medi-1a2b3c",
        email="maya@example.org",
        groups=[MEDIATORS],
    )
    client.force_login(user)
    identity = panel(html_of(client), "identity")
    assert "Qui je suis" in identity
    assert "Maya Médiatrice" in identity and "maya@example.org" in identity
    assert "maya-medi-1a2b3c" in identity
    assert "Médiateurs" in identity and "rejoindre des communautés" in identity
    assert "/admin/" not in identity  # no editing role, no door to the admin


@pytest.mark.parametrize(
    ("group", "link_text"),
    [
        (HUB_EDITORS, "Ouvrir le tableau de bord de l’administration"),
        (TRAINERS, "Mes modules et les catalogues, dans l’administration"),
    ],
)
def test_editing_roles_get_the_admin_page_where_their_work_starts(client, group, link_text):
    client.force_login(UserFactory(groups=[group]))
    identity = panel(html_of(client), "identity")
    assert group in identity
    assert f'href="/admin/">{link_text}</a>' in identity


def test_my_communities_public_and_private_with_their_latest_contents(client):
    public = CommunityPageFactory(title="Réseau ouvert")
    private = CommunityPageFactory(title="Espace réservé", is_private=True)
    elsewhere = CommunityPageFactory(title="Autre espace réservé", is_private=True)
    WorkshopContentPageFactory(parent=public, title="Atelier public")
    WorkshopContentPageFactory(parent=private, title="Atelier réservé")
    WorkshopContentPageFactory(parent=elsewhere, title="Atelier d’un autre réseau")
    user = UserFactory(groups=[MEDIATORS, public.access.members, private.access.members])
    client.force_login(user)
    communities = panel(html_of(client), "communities")
    assert "Réseau ouvert" in communities and "Espace réservé" in communities
    assert "Atelier public" in communities and "Atelier réservé" in communities
    assert "Votre rôle : membre" in communities and "Espace privé" in communities
    # Nothing of a private space the member does not belong to.
    assert "Autre espace réservé" not in communities
    assert "Atelier d’un autre réseau" not in communities
    # Members have no admin door.
    assert "/admin/" not in communities


def test_community_contributors_and_administrators_get_their_community_in_the_explorer(client):
    community = CommunityPageFactory(title="Réseau du Sicoval")
    contributor = community_user(community, "contributors")
    client.force_login(contributor)
    communities = panel(html_of(client), "communities")
    assert f'href="/admin/pages/{community.pk}/"' in communities
    assert "Votre rôle : contributeur" in communities
    assert "membres" not in communities.lower().split("contribuer")[0]

    administrator = community_user(community, "administrators")
    client.force_login(administrator)
    communities = panel(html_of(client), "communities")
    assert f'href="/admin/communautes/{community.pk}/membres/"' in communities


def test_administrators_see_the_invitations_waiting_in_their_communities(client, rf):
    community = CommunityPageFactory(title="Réseau du Sicoval")
    administrator = community_user(community, "administrators", first_name="Alice")
    request = rf.post("/")
    request.user = administrator
    for email in ("un@example.org", "deux@example.org"):
        invitee, _invited = get_or_invite(request, email, community.title)
        invitee.groups.add(community.access.members)
    # An account that accepted is no longer waiting.
    accepted = community_user(community, "members")
    accepted.last_login = accepted.date_joined
    accepted.save()
    client.force_login(administrator)
    communities = panel(html_of(client), "communities")
    assert "Gérer les membres (2 invitations en attente)" in communities
    # Members do not see invitations.
    client.force_login(accepted)
    assert "invitation" not in panel(html_of(client), "communities")


def test_my_contributions_and_their_state_in_the_hubs_words(client):
    community = CommunityPageFactory(title="Réseau du Sicoval")
    contributor = community_user(community, "contributors", first_name="Camille")
    administrator = community_user(community, "administrators")
    WorkshopContentPageFactory(
        parent=community, title="Brouillon d’atelier", owner=contributor, live=False
    )
    in_review = WorkshopContentPageFactory(
        parent=community, title="Atelier en relecture", owner=contributor, live=False
    )
    submit(in_review, contributor)
    sent_back = WorkshopContentPageFactory(
        parent=community, title="Atelier à reprendre", owner=contributor, live=False
    )
    submit(sent_back, contributor).current_task_state.reject(
        user=administrator, comment="Ajoutez la durée de chaque séance."
    )
    published = WorkshopContentPageFactory(
        parent=community, title="Atelier publié", owner=contributor
    )
    WorkshopContentPageFactory(parent=community, title="Atelier d’une autre", owner=administrator)

    client.force_login(contributor)
    contributions = panel(html_of(client), "contributions")
    rows = {
        title: contributions[contributions.index(title) :].split("</li>")[0]
        for title in (
            "Brouillon d’atelier",
            "Atelier en relecture",
            "Atelier à reprendre",
            "Atelier publié",
        )
    }
    assert "Brouillon" in rows["Brouillon d’atelier"]
    assert "En relecture" in rows["Atelier en relecture"]
    assert "Modifications demandées" in rows["Atelier à reprendre"]
    assert "Ajoutez la durée de chaque séance." in rows["Atelier à reprendre"]
    assert "Publié" in rows["Atelier publié"]
    assert f'<a href="{published.url}">Atelier publié</a>' in contributions
    assert f'href="/admin/pages/{sent_back.pk}/edit/"' in rows["Atelier à reprendre"]
    assert "Vous êtes l’auteur de 4 pages." in contributions
    # Another member's pages are not mine.
    assert "Atelier d’une autre" not in contributions


def test_a_reader_without_pages_has_no_contributions_panel(client):
    client.force_login(UserFactory(groups=[MEDIATORS]))
    assert "member-panel--contributions" not in html_of(client)


def test_the_lists_are_paginated(client):
    communities = [CommunityPageFactory(title=f"Réseau {n:02d}") for n in range(12)]
    user = UserFactory(groups=[community.access.contributors for community in communities])
    for n in range(12):
        WorkshopContentPageFactory(
            parent=communities[0], title=f"Contribution {n:02d}", owner=user, live=False
        )
    client.force_login(user)
    first = html_of(client)
    assert "Réseau 09" in first and "Réseau 10" not in first
    assert "communautes=2" in first and "contributions=2" in first
    second = html_of(client, f"{MEMBER_AREA}?communautes=2")
    assert "Réseau 10" in panel(second, "communities")
    assert "Réseau 00" not in panel(second, "communities")


def build_member(count: int, name: str):
    """A contributor in `count` communities, each with two contents, owning `count` pages
    in several states."""
    user = UserFactory(groups=[MEDIATORS, TRAINERS])
    for n in range(count):
        community = CommunityPageFactory(title=f"{name} {n}", is_private=n % 2 == 0)
        user.groups.add(community.access.contributors)
        WorkshopContentPageFactory(parent=community, title=f"Contenu A {name} {n}")
        page = WorkshopContentPageFactory(
            parent=community, title=f"Contenu B {name} {n}", owner=user, live=n % 3 == 0
        )
        if n % 3 == 1:
            submit(page, user)
    return user


def test_the_number_of_queries_does_not_grow_with_communities_and_contributions(
    client, django_assert_max_num_queries
):
    client.force_login(build_member(2, "Petit réseau"))
    client.get(MEMBER_AREA)  # caches warmed (site root paths, content types)
    # 31 since « Mes demandes d'adhésion » (communities.member_area): one query.
    with django_assert_max_num_queries(31) as few:
        html_of(client)
    # Counted now: the query log is a bounded deque, which building ten more rotates.
    few = len(few)
    client.force_login(build_member(10, "Grand réseau"))
    client.get(MEMBER_AREA)
    with django_assert_max_num_queries(few):
        html = html_of(client)
    assert "Grand réseau 9" in html and "Contenu B Grand réseau 9" in html


def test_a_member_never_sees_another_members_space(client):
    """Mon espace is the logged-in member's: no parameter shows another account."""
    other = UserFactory(first_name="Alice", last_name="Autre", email="alice@example.org")
    community = CommunityPageFactory(title="Réseau d’Alice", is_private=True)
    other.groups.add(community.access.administrators)
    WorkshopContentPageFactory(parent=community, title="Page d’Alice", owner=other)
    client.force_login(UserFactory(groups=[MEDIATORS]))
    html = html_of(client, f"{MEMBER_AREA}?user={other.pk}&communautes=1")
    for secret in ("Alice", "alice@example.org", "Réseau d’Alice", "Page d’Alice"):
        assert secret not in html


def test_hub_editors_see_no_private_space_listed_as_theirs(client):
    """Hub editors may open every private space, but belong to none: Mon espace lists only
    the communities whose groups the account is in."""
    CommunityPageFactory(title="Espace réservé", is_private=True)
    client.force_login(UserFactory(groups=[Group.objects.get(name=HUB_EDITORS)]))
    assert "Espace réservé" not in html_of(client)
