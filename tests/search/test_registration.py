"""The search learns the content types by their own interface (search.registry), and the
index's housekeeping stays cheap and honest: bulk deletes, health checks."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import indexing
from search.facets import Facet, Kind
from search.models import SearchEntry, SearchEntryTerm
from search.registry import searched_models
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory
from tests.factories.taxonomy import department

pytestmark = pytest.mark.django_db


def terms_of(page) -> set[tuple[str, str, str]]:
    return set(
        SearchEntryTerm.objects.filter(entry_id=page.pk).values_list("facet", "value", "label")
    )


def test_every_kind_is_given_by_exactly_one_page_type():
    kinds = sorted(model.search_kind for model in searched_models())
    assert kinds == sorted(Kind.values)


def test_a_module_contributes_its_kind_and_its_modality():
    module = TrainingModulePageFactory(modality="remote")
    assert (Facet.TYPE, Kind.MODULE, "Module de formation") in terms_of(module)
    assert (Facet.MODALITY, "remote", "Distanciel") in terms_of(module)
    assert not {term for term in terms_of(module) if term[0] == Facet.LEVEL}


def test_a_contribution_carries_the_community_it_lives_under():
    community = CommunityPageFactory(title="Réseau du Lauragais", departments=[department("11")])
    content = WorkshopContentPageFactory(parent=community, level="advanced")
    assert (Facet.COMMUNITY, community.slug, "Réseau du Lauragais") in terms_of(content)
    assert (Facet.LEVEL, "advanced", "Avancé") in terms_of(content)
    assert (Facet.DEPARTMENT, "11", "Aude (11)") in terms_of(community)


def test_renaming_a_community_reaches_the_facet_of_its_contributions():
    community = CommunityPageFactory(title="Réseau du Lauragais")
    content = WorkshopContentPageFactory(parent=community)
    community.title = "Réseau Lauragais-Piège"
    community.save_revision().publish()
    assert (Facet.COMMUNITY, community.slug, "Réseau Lauragais-Piège") in terms_of(content)


def test_emptying_the_index_never_loads_the_entries_texts():
    KitPageFactory()
    KitPageFactory()
    with CaptureQueriesContext(connection) as queries:
        indexing.empty_the_index()
    selects = [query["sql"] for query in queries if query["sql"].startswith("SELECT")]
    # Terms and words without a receiver for every deletion: deleted without a read.
    assert len(selects) == 1
    assert selects[0].startswith('SELECT "rhinocc_search_searchentry"."page_id" FROM')
    assert not SearchEntry.objects.exists()


def test_healthz_asks_the_engine_behind_the_public_search(client):
    assert client.get("/healthz").json()["checks"]["search"] == "ok"
    # Wagtail's own index still answers; the text table /recherche/ reads is gone.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE rhinocc_search_fts RENAME TO rhinocc_search_fts_gone")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "ok", "search": "error"},
    }
