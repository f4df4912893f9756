"""The search box's suggestions: titles with a word beginning like the query's or holding
it inside a word, and the themes and competencies so named, offered as filters; never a
title, theme or competency met only where the visitor may not go."""

import pytest

from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory
from tests.factories.taxonomy import ThemeFactory, competency

pytestmark = pytest.mark.django_db

PUBLIC_THEME = "Démarches pas à pas"
PRIVATE_THEME = "Dématérialisation confidentielle"


@pytest.fixture
def contents(engine):
    public_theme = ThemeFactory(name=PUBLIC_THEME, slug="demarches-pas-a-pas")
    private_theme = ThemeFactory(name=PRIVATE_THEME, slug="dematerialisation-confidentielle")
    private = CommunityPageFactory(title="Cercle fermé", is_private=True)
    WorkshopContentPageFactory(
        title="Se connecter avec FranceConnect",
        themes=[public_theme],
        competencies=[competency("CRCN-2.1")],
    )
    WorkshopContentPageFactory(title="Connecter son imprimante")
    WorkshopContentPageFactory(parent=private, title="Dossier interne", themes=[private_theme])
    engine.rebuild()
    return engine


def suggest(client, text: str) -> dict:
    response = client.get("/recherche/suggestions/", {"q": text})
    assert response.status_code == 200
    return response.json()


def test_titles_with_a_word_beginning_so_come_before_titles_holding_it(client, contents):
    proposed = [item["title"] for item in suggest(client, "connect")["results"]]
    assert proposed == ["Connecter son imprimante", "Se connecter avec FranceConnect"]
    inside = [item["title"] for item in suggest(client, "franceconn")["results"]]
    assert inside == ["Se connecter avec FranceConnect"]
    assert [item["title"] for item in suggest(client, "nnect")["results"]] == sorted(proposed)


def test_themes_and_competencies_are_offered_as_filters(client, contents):
    filters = suggest(client, "demarch")["filters"]
    assert filters == [
        {
            "title": f"Thématique\u00a0: {PUBLIC_THEME}",
            "url": "/recherche/?thematique=demarches-pas-a-pas",
        }
    ]
    competencies = suggest(client, "interag")["filters"]
    assert [item["url"] for item in competencies] == ["/recherche/?competence=CRCN-2.1"]
    assert client.get(filters[0]["url"]).status_code == 200


def test_a_theme_met_only_in_a_private_space_is_never_offered(client, contents):
    assert suggest(client, "demat")["filters"] == []
    assert suggest(client, "dossier")["results"] == []
