"""Community spaces. Creating one runs the signal that gives it its CommunityAccess
(three groups, a collection, a review workflow); a private one also gets its view
restrictions. Users in its roles: tests/factories/accounts.py."""

import factory

from communities.models import CommunityContact, CommunityIndexPage, CommunityMember, CommunityPage
from tests.factories.base import LivePageFactory
from tests.factories.home import SectionPageFactory
from tests.factories.taxonomy import department


class CommunityIndexPageFactory(SectionPageFactory):
    title = "Communautés"
    slug = "communautes"

    class Meta:
        model = CommunityIndexPage


def community_index() -> CommunityIndexPage:
    return CommunityIndexPage.objects.first() or CommunityIndexPageFactory()


def contacts(*names: str) -> list[CommunityContact]:
    """Unsaved contacts, for `CommunityPageFactory(contacts=contacts("Léa Martin"))`."""
    return [
        CommunityContact(name=name, role="Animatrice", email="contact@example.org", sort_order=i)
        for i, name in enumerate(names)
    ]


def members(*names: str) -> list[CommunityMember]:
    """Unsaved member organisations, for `CommunityPageFactory(members=members("CCAS"))`."""
    return [
        CommunityMember(name=name, town="Toulouse", sort_order=i) for i, name in enumerate(names)
    ]


class CommunityPageFactory(LivePageFactory):
    """A public community in Haute-Garonne (`is_private=True` for a private space;
    `departments=[department("81")]`, `themes=[...]`)."""

    parent = factory.LazyFunction(community_index)
    title = factory.Sequence(lambda n: f"Communauté {n}")
    summary = "Un réseau local de médiation numérique."
    territory = "Toulouse Métropole"
    description = "<p>Le réseau se réunit chaque mois.</p>"
    departments = factory.LazyFunction(lambda: [department("31")])

    class Meta:
        model = CommunityPage
