"""Who manages which places in the admin: the hub's editors every place, a community's
administrators their community's places only; the import screen is the editors'."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from places.models import Place
from places.standard import VALID_EXAMPLE_PATH
from tests.factories.accounts import community_admin, community_contributor, hub_editor
from tests.factories.communities import CommunityPageFactory
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    community_a, community_b = CommunityPageFactory(), CommunityPageFactory()
    return {
        "a": community_a,
        "b": community_b,
        "place_a": PlaceFactory(nom="Lieu de A", communities=[community_a]),
        "place_b": PlaceFactory(nom="Lieu de B", communities=[community_b]),
        "admin_a": community_admin(community_a),
        "editor": hub_editor(),
    }


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_hub_editor_lists_and_filters_every_place(world):
    client = client_for(world["editor"])
    page = client.get("/admin/lieux/").content.decode()
    assert "Lieu de A" in page and "Lieu de B" in page
    PlaceFactory(nom="Lieu de Foix", code_postal="09000", code_insee="09122")
    filtered = client.get("/admin/lieux/", {"department": "09"}).content.decode()
    assert "Lieu de Foix" in filtered and "Lieu de A" not in filtered
    proposed = client.get("/admin/lieux/", {"status": "proposed"}).content.decode()
    assert "Lieu de A" not in proposed


def test_a_community_admin_sees_and_edits_only_their_communitys_places(world):
    client = client_for(world["admin_a"])
    page = client.get("/admin/lieux/").content.decode()
    assert "Lieu de A" in page and "Lieu de B" not in page
    assert client.get(f"/admin/lieux/edit/{world['place_a'].pk}/").status_code == 200
    assert client.get(f"/admin/lieux/edit/{world['place_b'].pk}/").status_code in (302, 403, 404)
    response = client.post(f"/admin/lieux/delete/{world['place_a'].pk}/")
    assert (
        response.status_code in (302, 403)
        and Place.objects.filter(pk=world["place_a"].pk).exists()
    )


def test_a_community_admin_cannot_file_a_place_under_another_community(world):
    client = client_for(world["admin_a"])
    form = client.get(f"/admin/lieux/edit/{world['place_a'].pk}/").context["form"]
    choices = list(form.fields["communities"].queryset)
    assert choices == [world["a"]]


@pytest.mark.parametrize("who", ["contributor", "outsider_admin"])
def test_outsiders_manage_no_place(world, who):
    user = (
        community_contributor(world["a"])
        if who == "contributor"
        else community_admin(CommunityPageFactory())
    )
    client = client_for(user)
    assert client.get(f"/admin/lieux/edit/{world['place_a'].pk}/").status_code in (302, 403, 404)
    assert "Lieu de A" not in client.get("/admin/lieux/").content.decode()
    assert client.get("/admin/lieux-import/").status_code in (302, 403)


def test_import_screen_checks_then_confirms(world):
    client = client_for(world["editor"])
    upload = SimpleUploadedFile("exemple.csv", VALID_EXAMPLE_PATH.read_bytes())
    checked = client.post("/admin/lieux-import/", {"file": upload})
    assert checked.status_code == 200 and not Place.objects.filter(local_id="structure-1")
    token = checked.context["confirm_token"]
    client.post("/admin/lieux-import/", {"confirm": token})
    assert Place.objects.filter(local_id="structure-1").exists()


def test_import_screen_refuses_a_bad_file_in_french_without_error(world):
    client = client_for(world["editor"])
    upload = SimpleUploadedFile("tableau.xlsx", b"PK\x03\x04....")
    response = client.post("/admin/lieux-import/", {"file": upload})
    assert response.status_code == 200 and response.context["file_error"]
