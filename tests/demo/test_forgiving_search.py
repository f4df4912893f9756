"""Searches as mediators type them, forgiven on every engine: typos, synonyms of the
field, words glued or split differently, plurals and missing accents.

Judged on the demo plus twenty workshop contents written for these cases, each query
through the search page as a visitor sends it, its expected page in the top three.
"""

import pytest
from django.core.cache import cache

from search.analysis import parse_query
from search.expansion import expand
from search.models import SearchWord, Synonym
from tests.conftest import module_data
from tests.factories.kits import WorkshopContentPageFactory
from tests.search.visible import soup, total

pytestmark = pytest.mark.usefixtures("demo_site")

CONTENTS = {
    "utiliser-france-connect": (
        "Utiliser France Connect pour ses démarches",
        "Un seul compte pour entrer sur les services publics en ligne, pas à pas.",
    ),
    "securiser-son-smartphone": (
        "Sécuriser son smartphone",
        "Code de verrouillage, mises à jour et autorisations des applications.",
    ),
    "gestionnaire-mots-de-passe": (
        "Un gestionnaire de mots de passe pour tout retenir",
        "Un coffre chiffré garde chaque mot de passe : on n'en retient plus qu'un.",
    ),
    "envoyer-email-piece-jointe": (
        "Envoyer un email avec une pièce jointe",
        "Joindre une photo ou un justificatif, vérifier le destinataire, envoyer.",
    ),
    "ouvrir-adresse-e-mail": (
        "Ouvrir sa première adresse e-mail",
        "Choisir un fournisseur, un identifiant et un mot de passe solide.",
    ),
    "appel-video-whatsapp": (
        "Passer un appel vidéo avec WhatsApp",
        "Voir ses proches à distance depuis son téléphone ou sa tablette.",
    ),
    "escroquerie-au-colis": (
        "Repérer une escroquerie au faux colis",
        "Le SMS qui réclame des frais de livraison : les signes qui ne trompent pas.",
    ),
    "formalites-retraite": (
        "Faire ses formalités de retraite en ligne",
        "Le compte retraite, la demande unique et le suivi du dossier.",
    ),
    "tablette-aines": (
        "Ateliers tablette pour les aînés",
        "Six séances pour apprivoiser l'écran tactile, à la médiathèque.",
    ),
    "rediger-curriculum": (
        "Rédiger son curriculum vitae",
        "Rubriques, mise en page, export en PDF pour postuler.",
    ),
    "premiers-pas-pc": (
        "Premiers pas sur un PC",
        "Allumer, se repérer sur le bureau, ouvrir un dossier : pour les débutants.",
    ),
    "declaration-de-revenus": (
        "Déclaration de revenus : l'accompagnement pas à pas",
        "Le numéro fiscal, le montant prérempli, les cases à vérifier avant de signer.",
    ),
    "configurer-wi-fi": (
        "Configurer le wi-fi de sa box",
        "Trouver la clé, connecter l'ordinateur et l'imprimante, changer le code.",
    ),
    "liseuse-numerique": (
        "Prendre en main une liseuse",
        "Emprunter un livre numérique à la bibliothèque et le lire sur sa liseuse.",
    ),
    "cybersecurite-quotidien": (
        "La cybersécurité au quotidien",
        "Mises à jour, sauvegardes, réflexes face aux messages douteux.",
    ),
    "installer-application": (
        "Installer une application sur son téléphone",
        "Le magasin d'applications, les autorisations demandées, la désinstallation.",
    ),
    "visioconference-animer-atelier": (
        "Visioconférence : animer un atelier à distance",
        "Préparer la salle virtuelle, partager son écran, faire participer chacun.",
    ),
    "faux-site-administratif": (
        "Reconnaître un faux site administratif",
        "L'adresse, le cadenas et les frais cachés des sites qui imitent l'État.",
    ),
    "numeriser-documents-mobile": (
        "Numériser ses documents avec son mobile",
        "Photographier un justificatif net, le recadrer et l'envoyer en PDF.",
    ),
    "messagerie-espace-sante": (
        "Utiliser la messagerie de Mon espace santé",
        "Recevoir les messages de son médecin et lui envoyer ses documents.",
    ),
}

QUERIES = [
    # Glued or split differently, both ways.
    ("franceconnect", "utiliser-france-connect"),
    ("france connect", "se-connecter-avec-franceconnect"),
    ("motdepasse gestionnaire", "gestionnaire-mots-de-passe"),
    ("e-mail piece jointe", "envoyer-email-piece-jointe"),
    ("email adresse", "ouvrir-adresse-e-mail"),
    ("wifi box", "configurer-wi-fi"),
    ("cyber securite quotidien", "cybersecurite-quotidien"),
    # Synonyms of the field, in one word or several.
    ("securiser telephone", "securiser-son-smartphone"),
    ("visio whatsapp", "appel-video-whatsapp"),
    ("arnaque colis", "escroquerie-au-colis"),
    ("demarches retraite", "formalites-retraite"),
    ("tablette personnes agees", "tablette-aines"),
    ("rediger son cv", "rediger-curriculum"),
    ("ordinateur debutants", "premiers-pas-pc"),
    ("impots", "declaration-de-revenus"),
    ("installer appli", "installer-application"),
    ("numeriser documents telephone", "numeriser-documents-mobile"),
    ("mail medecin", "messagerie-espace-sante"),
    # Typos, accents left out, plurals.
    ("visioconferance atelier", "visioconference-animer-atelier"),
    ("reconaitre faux site", "faux-site-administratif"),
    ("liseuses numeriques", "liseuse-numerique"),
    ("smarphone securiser", "securiser-son-smartphone"),
    ("escroqueries colis", "escroquerie-au-colis"),
]


@pytest.fixture(scope="module")
def forgiving_corpus(demo_site, django_db_blocker):
    with module_data(django_db_blocker):
        pages = {
            slug: WorkshopContentPageFactory(slug=slug, title=title, summary=summary)
            for slug, (title, summary) in CONTENTS.items()
        }
        yield {slug: page.title for slug, page in pages.items()}


@pytest.fixture
def searched(forgiving_corpus, engine):
    cache.clear()
    return forgiving_corpus


def slugs(response) -> list[str]:
    return [
        link["href"].rstrip("/").rsplit("/", 1)[-1]
        for link in soup(response).select(".search-results .card__title a")
    ]


def top_slugs(client, query: str) -> list[str]:
    return slugs(client.get("/recherche/", {"q": query}))[:3]


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[query for query, _ in QUERIES])
def test_the_expected_page_is_in_the_top_three(client, searched, query, expected):
    top = top_slugs(client, query)
    assert expected in top, (query, top)


def test_a_typo_shows_the_corrected_results_and_offers_the_words_as_typed(
    client, searched, engine
):
    response = client.get("/recherche/", {"q": "visioconferance"})
    assert "visioconference-animer-atelier" in slugs(response)
    if engine.name == "database":
        assert response.context["corrected"] == "visioconférence"
        page = soup(response)
        assert "«\u00a0visioconférence\u00a0»" in page.select_one(".search-summary").get_text()
        typed = page.select_one(".search-correction a")
        assert typed.get_text() == "«\u00a0visioconferance\u00a0»"
        assert total(client.get("/recherche/" + typed["href"])) == 0


def test_a_glued_word_unknown_to_the_index_finds_its_words_apart(client, searched):
    assert not SearchWord.objects.filter(word="motdepasse").exists()
    found = slugs(client.get("/recherche/", {"q": "motdepasse"}))
    assert "gestionnaire-mots-de-passe" in found
    assert "choisir-mot-de-passe-solide" in found


def test_a_synonym_written_by_an_editor_applies_at_once(client, searched, engine):
    assert total(client.get("/recherche/", {"q": "bouquin numerique"})) == 0
    Synonym.objects.create(kind=Synonym.Kind.ONE_WAY, searched="bouquin", terms="livre")
    if engine.synonyms_in_index:
        # The index holds the synonyms: the worker rebuilds it behind its alias.
        engine.rebuild()
    assert "liseuse-numerique" in top_slugs(client, "bouquin numerique")


def test_a_one_way_expansion_leaves_its_targets_alone(searched):
    typed = expand(parse_query("declaration revenus"))
    assert all(("impots",) not in slot for slot in typed.slots)
    assert (("declaration", "de", "revenus"),) in [
        slot[1:] for slot in expand(parse_query("impots")).slots
    ]
