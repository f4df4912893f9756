"""French queries a mediator would type, and the pages each must bring in its top 3.

The same expectations hold on every engine: that is what "the same results on the
same content" means for the hub.
"""

import pytest

from search.analysis import parse_query
from search.backends import SearchQuery
from search.facets import CONTENT_KINDS, Kind
from search.models import SearchEntry
from tests.demo.landmarks import CONCERTATION_31400_SLUG, SICOVAL_SLUG

# About the demo itself: relevance is judged on its real corpus of French contents.
pytestmark = pytest.mark.usefixtures("demo_site")

QUERIES = [
    # Accents and case are optional.
    ("atelier numerique seniors", "seniors-ateliers-itinerants-ruraux"),
    ("securite", "securite-bonnes-pratiques-numeriques"),
    ("SÉCURITÉ numérique quotidien", "securite-bonnes-pratiques-numeriques"),
    ("hameconnage", "reconnaitre-hameconnage"),
    ("demarches caf", "demarches-caf-en-ligne"),
    ("franceconnect", "se-connecter-avec-franceconnect"),
    ("coffre fort numerique", "coffre-fort-numerique-documents"),
    ("controle parental", "controle-parental"),
    ("visioconference petits enfants", "visioconference-petits-enfants"),
    ("prendre en main son smartphone", "prendre-en-main-smartphone"),
    ("espace sante", "mon-espace-sante"),
    ("ameli", "compte-ameli-assurance-maladie"),
    ("impots revenus", "declarer-revenus-en-ligne"),
    ("clavier souris", "exercice-clavier-souris"),
    # Plural and singular, inflections joined by the French stemmer.
    ("acheter en ligne", "acheter-en-ligne-securite"),
    ("ateliers itinérants", "seniors-ateliers-itinerants-ruraux"),
    ("accompagnement distance", "accompagnement-social-a-distance"),
    ("accompagner les allophones", "allophones-difficultes-ecrit"),
    ("fausse information", "reperer-fausses-informations"),
    ("photo sauvegarde", "classer-sauvegarder-photos"),
    ("handicaps accessibilité", "handicap-accessibilite-services-en-ligne"),
    ("parentalité familles", "parentalite-numerique-familles"),
    ("données personnelles RGPD", "donnees-personnelles-rgpd-accompagnement"),
    ("aidants connect", "aidants-connect-cadre-ethique"),
    ("pass numérique APTIC", "pass-numerique-aptic"),
    ("cv traitement de texte", "rediger-cv-traitement-de-texte"),
    ("réemploi matériel informatique", "filiere-reemploi-materiel-informatique"),
    ("évaluer compétences Pix", "evaluer-competences-pix"),
    # A phrase in quotes.
    ('"mot de passe"', "choisir-mot-de-passe-solide"),
    ('"réseaux sociaux" vie privée', "confidentialite-reseaux-sociaux"),
]


def top_slugs(query: str, kinds=CONTENT_KINDS, size: int = 3) -> list[str]:
    from search.backends import get_engine

    response = get_engine().search(SearchQuery(query=parse_query(query), kinds=kinds, limit=size))
    slugs = dict(
        SearchEntry.objects.filter(pk__in=response.page_ids).values_list("pk", "page__slug")
    )
    return [slugs[pk] for pk in response.page_ids]


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[query for query, _ in QUERIES])
def test_the_expected_page_is_in_the_top_three(engine, query, expected):
    assert expected in top_slugs(query), (query, top_slugs(query))


def test_a_title_match_ranks_above_a_body_match(engine):
    # "hameçonnage" is in this content's title; other contents mention it in their text.
    assert top_slugs("hameçonnage", size=1) == ["reconnaitre-hameconnage"]
    assert len(top_slugs("hameçonnage", size=20)) > 1


def test_a_quoted_phrase_matches_only_as_a_phrase(engine):
    phrase = set(top_slugs('"passe mot solide"', size=50))
    words = set(top_slugs("passe mot solide", size=50))
    assert "choisir-mot-de-passe-solide" in words
    assert "choisir-mot-de-passe-solide" not in phrase


def test_communities_are_found_by_name_and_territory(engine):
    assert top_slugs("sicoval", kinds=(Kind.COMMUNITY,))[0] == SICOVAL_SLUG
    assert top_slugs("quartier 31400", kinds=(Kind.COMMUNITY,))[0] == CONCERTATION_31400_SLUG
