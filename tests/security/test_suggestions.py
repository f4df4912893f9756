"""What the search tells about pages a visitor may not open: nothing. Not its words
(a typo's correction), not its title (autocomplete), not its community or its tags
(facets, filter chips), not in a count."""

from html import unescape

import pytest

from tests.factories.accounts import role_users
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory
from tests.factories.taxonomy import ThemeFactory
from tests.search.conftest import _fresh_search_cache, engine  # noqa: F401 - fixtures
from tests.search.visible import chips, facet_counts, facet_labels, total

pytestmark = pytest.mark.django_db

PRIVATE_TITLE = "Déjouer les arnaques au faux conseiller"
PUBLIC_TITLE = "Repérer un courriel frauduleux"
DRAFT_TITLE = "Tablettes partagées en médiathèque"


@pytest.fixture
def spaces(engine):  # noqa: F811 - the engine fixture, imported above
    private = CommunityPageFactory(title="Cercle confidentiel du Lauragais", is_private=True)
    public = CommunityPageFactory(title="Réseau ouvert du Tarn")
    theme = ThemeFactory(name="Utilisation sécurisée")
    private_content = WorkshopContentPageFactory(
        parent=private, title=PRIVATE_TITLE, themes=[theme], tags=["secret-maison"]
    )
    public_content = WorkshopContentPageFactory(parent=public, title=PUBLIC_TITLE, themes=[theme])
    WorkshopContentPageFactory(parent=public, title=DRAFT_TITLE, live=False)
    users = role_users(private, public)
    return {
        "private": private,
        "theme": theme,
        "private_content": private_content,
        "public_content": public_content,
        "users": users,
    }


def login(client, spaces, role):
    client.logout()
    if spaces["users"][role]:
        client.force_login(spaces["users"][role])


def html(response) -> str:
    return unescape(response.content.decode())


def test_a_correction_never_uses_a_word_of_a_private_space(client, spaces):
    for role in ["anonymous", "trainer", "contributor_b"]:
        login(client, spaces, role)
        response = client.get("/recherche/", {"q": "dejouet"})
        assert total(response) == 0, role
        assert "Déjouer" not in html(response), role
        assert "déjouer" not in html(response), role
        assert "corrected" not in response.context, role


def test_a_correction_still_helps_with_public_words_and_members_with_theirs(client, spaces):
    response = client.get("/recherche/", {"q": "fraudulex"})
    assert PUBLIC_TITLE in html(response)
    assert response.context.get("corrected") in (None, "frauduleux")
    login(client, spaces, "mediator")
    member = client.get("/recherche/", {"q": "dejouet"})
    # The database corrects the word; an external engine finds it through the typo.
    assert PRIVATE_TITLE in html(member)
    assert member.context.get("corrected") in (None, "déjouer")


def test_a_correction_never_uses_a_word_of_a_draft(client, spaces):
    response = client.get("/recherche/", {"q": "tablettez"})
    assert total(response) == 0
    assert "corrected" not in response.context


def test_autocomplete_lists_titles_the_visitor_may_open_only(client, spaces):
    for role, may_open in [("anonymous", False), ("contributor_b", False), ("mediator", True)]:
        login(client, spaces, role)
        results = client.get("/recherche/suggestions/", {"q": "dejou"}).json()["results"]
        assert (PRIVATE_TITLE in [result["title"] for result in results]) is may_open, role


def test_facet_counts_and_totals_leave_out_what_the_visitor_cannot_see(client, spaces):
    theme = spaces["theme"]
    for role, count in [("anonymous", 1), ("mediator", 2), ("anonymous", 1)]:
        login(client, spaces, role)
        response = client.get("/recherche/")
        assert facet_counts(response, "thematique")[theme.slug] == count, role
        assert total(response) == count, role
        by_theme = client.get("/recherche/", {"thematique": theme.slug})
        assert total(by_theme) == count, role
    login(client, spaces, "anonymous")
    communities = facet_labels(client.get("/recherche/"), "communaute")
    assert spaces["private"].title not in communities.values()


def test_a_private_communitys_or_tags_filter_is_not_named_to_outsiders(client, spaces):
    private = spaces["private"]
    for role in ["anonymous", "contributor_b"]:
        login(client, spaces, role)
        response = client.get(
            "/recherche/", {"communaute": private.slug, "etiquette": "secret-maison"}
        )
        assert chips(response) == {}, role
        assert private.title not in html(response), role
        assert "secret-maison" in response.context["ignored_filters"], role
    login(client, spaces, "mediator")
    member = client.get("/recherche/", {"communaute": private.slug})
    assert private.title in chips(member)
    assert total(member) == 1


def test_a_tag_address_tells_nothing_of_tags_met_only_in_private_spaces(client, spaces):
    known, unknown = client.get("/etiquettes/secret-maison/"), client.get("/etiquettes/inconnue/")
    assert (known.status_code, unknown.status_code) == (301, 301)
    assert known["Location"] == "/recherche/?etiquette=secret-maison"
    assert chips(client.get(known["Location"])) == {}


def test_autocomplete_answers_are_kept_by_the_visitors_browser_only(client, spaces):
    response = client.get("/recherche/suggestions/", {"q": "repe"})
    assert response.json()["results"]
    # A shared cache would keep a title for everyone after its page was made private.
    assert response["Cache-Control"].startswith("private")
