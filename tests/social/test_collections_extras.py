"""Collections beyond their pages: the ZIP of their files, the « Les plus enregistrés »
sort, account deletion keeping or deleting public collections, query counts."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from social.models import CollectionItem, MemberCollection
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.kits import (
    KitPageFactory,
    ResourcePageFactory,
    WorkshopContentPageFactory,
    attachments,
    content_index,
    tools,
)
from tests.factories.places import PlaceFactory
from tests.search.visible import titles

pytestmark = pytest.mark.django_db


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def collection_of(user, *contents, public=True, title="Sélection"):
    collection = MemberCollection.objects.create(owner=user, title=title, is_public=public)
    for position, content in enumerate(contents):
        field = "place" if content.__class__.__name__ == "Place" else "page"
        CollectionItem.objects.create(
            collection=collection, sort_order=position, **{field: content}
        )
    return collection


def read_zip(response) -> zipfile.ZipFile:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


# ZIP ------------------------------------------------------------------------------------------


def test_the_zip_holds_the_files_the_visitor_may_see_with_a_lisezmoi(client):
    owner = UserFactory()
    fiche = DocumentFactory(title="Fiche de liaison", file=ContentFile(b"fiche", name="fiche.txt"))
    guide = DocumentFactory(title="Guide", file=ContentFile(b"guide", name="guide.txt"))
    hidden_files = Collection.get_first_root_node().add_child(name="Réservé")
    restriction = CollectionViewRestriction.objects.create(
        collection=hidden_files, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert restriction.pk
    reserved = DocumentFactory(
        title="Réservé", collection=hidden_files, file=ContentFile(b"r", name="reserve.txt")
    )
    kit = KitPageFactory(title="Kit APTIC", tools=tools(fiche, reserved))
    resource = ResourcePageFactory(title="Guide du réseau", attachments=attachments(guide, fiche))
    private = CommunityPageFactory(is_private=True)
    secret_file = DocumentFactory(title="Secret", file=ContentFile(b"s", name="secret.txt"))
    secret = ResourcePageFactory(parent=private, attachments=attachments(secret_file))
    collection = collection_of(owner, kit, resource, secret, PlaceFactory())

    archive = read_zip(client.get(f"/collections/{collection.pk}/telecharger/"))
    names = archive.namelist()
    # Each file once, in the collection's order; the restricted and private ones left out.
    assert names == ["01-fiche.txt", "02-guide.txt", "LISEZMOI.txt"]
    assert archive.read("02-guide.txt") == b"guide"
    readme = archive.read("LISEZMOI.txt").decode()
    assert "« Sélection »" in readme
    assert "Contenu : Kit APTIC" in readme and "Contenu : Guide du réseau" in readme
    assert "Secret" not in readme and "Réservé" not in readme
    # Logged in, the file restricted to logged-in visitors is there too.
    logged_in = read_zip(
        client_for(UserFactory()).get(f"/collections/{collection.pk}/telecharger/")
    )
    assert len(logged_in.namelist()) == 4


def test_a_collection_without_files_says_so(client):
    collection = collection_of(UserFactory(), PlaceFactory())
    response = client.get(f"/collections/{collection.pk}/telecharger/")
    assert response.status_code == 404
    assert "Aucun fichier à télécharger" in response.content.decode()


def test_the_zip_of_a_private_collection_is_404_to_others():
    collection = collection_of(UserFactory(), KitPageFactory(), public=False)
    assert (
        client_for(UserFactory()).get(f"/collections/{collection.pk}/telecharger/").status_code
        == 404
    )


# Sort -----------------------------------------------------------------------------------------


@pytest.fixture
def saved_contents(db):
    popular = WorkshopContentPageFactory(title="Atelier tablette populaire")
    liked = WorkshopContentPageFactory(title="Atelier tablette apprécié")
    secretly = WorkshopContentPageFactory(title="Atelier tablette discret")
    for _ in range(3):
        collection_of(UserFactory(), popular)
    member = UserFactory()
    favourites = MemberCollection.objects.create(owner=member, title="Favoris", is_favourites=True)
    CollectionItem.objects.create(collection=favourites, page=liked)
    collection_of(UserFactory(), liked)
    # Private named collections do not count.
    for _ in range(5):
        collection_of(UserFactory(), secretly, public=False)
    return popular, liked, secretly


def test_most_saved_sort_counts_public_collections_and_favourites(client, saved_contents):
    response = client.get("/recherche/", {"q": "tablette", "tri": "enregistrements"})
    assert titles(response) == [
        "Atelier tablette populaire",
        "Atelier tablette apprécié",
        "Atelier tablette discret",
    ]
    assert "Les plus enregistrés" in response.content.decode()


def test_most_saved_sort_lists_no_private_content(client, saved_contents):
    private = CommunityPageFactory(is_private=True)
    hidden = ResourcePageFactory(parent=private, title="Tablette interne")
    for _ in range(9):
        collection_of(UserFactory(), hidden)
    found = titles(client.get("/recherche/", {"q": "tablette", "tri": "enregistrements"}))
    assert "Tablette interne" not in found and len(found) == 3


# Account deletion -----------------------------------------------------------------------------


def delete_account(user, **answers):
    client = client_for(user)
    return client.post("/mon-espace/supprimer/", {"password": PASSWORD, **answers})


def test_account_deletion_deletes_public_collections_by_default():
    member = UserFactory()
    public = collection_of(member, KitPageFactory())
    private = collection_of(member, public=False)
    form = client_for(member).get("/mon-espace/supprimer/").content.decode()
    assert "Vos collections publiques (1)" in form
    assert 'value="delete" id="id_public_collections_0" required checked' in form or (
        'value="delete"' in form and "checked" in form
    )
    response = delete_account(member, public_collections="delete")
    assert response.status_code == 200
    assert not MemberCollection.objects.filter(pk__in=[public.pk, private.pk]).exists()


def test_account_deletion_keeps_public_collections_anonymised_when_asked(client):
    member = UserFactory(first_name="Camille", last_name="Durand")
    public = collection_of(member, KitPageFactory(), title="Ma sélection")
    private = collection_of(member, public=False)
    favourites = MemberCollection.objects.create(owner=member, title="Favoris", is_favourites=True)
    delete_account(member, public_collections="keep")
    public.refresh_from_db()
    assert public.owner is None and public.community is None and public.items.count() == 1
    assert not MemberCollection.objects.filter(pk__in=[private.pk, favourites.pk]).exists()
    page = client.get(public.get_absolute_url()).content.decode()
    assert "Collection d&#x27;un ancien membre" in page or "Collection d'un ancien membre" in page
    assert "Camille" not in page


def test_account_deletion_refuses_an_unknown_answer_in_french():
    member = UserFactory()
    collection_of(member)
    response = delete_account(member, public_collections="garder-tout")
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert MemberCollection.objects.filter(owner=member).exists()


def test_a_member_without_public_collections_is_not_asked():
    member = UserFactory()
    collection_of(member, public=False)
    assert (
        "public_collections"
        not in client_for(member).get("/mon-espace/supprimer/").content.decode()
    )
    delete_account(member)
    assert not MemberCollection.objects.exists()


# Query counts ---------------------------------------------------------------------------------


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("viewer", ["owner", "outsider"])
def test_a_collection_page_costs_the_same_for_5_and_50_items(viewer):
    owner = UserFactory()
    kits = [KitPageFactory() for _ in range(25)]
    workshops = [WorkshopContentPageFactory() for _ in range(23)]
    places = [PlaceFactory() for _ in range(2)]
    small = collection_of(owner, kits[0], workshops[0], kits[1], workshops[1], places[0])
    large = collection_of(owner, *kits, *workshops, *places, title="Grande")
    client = client_for(owner if viewer == "owner" else UserFactory())
    count_queries(client, small.get_absolute_url())  # warm caches (site, content types)
    assert count_queries(client, small.get_absolute_url()) == count_queries(
        client, large.get_absolute_url()
    )


def test_a_listing_with_the_save_button_costs_the_same_for_5_and_20_cards():
    # Logged in: the page cache would answer an anonymous visitor from its copy.
    client = client_for(UserFactory())
    index = content_index()
    for _ in range(5):
        WorkshopContentPageFactory(parent=index)
    count_queries(client, index.url)
    few = count_queries(client, index.url)
    for _ in range(15):
        WorkshopContentPageFactory(parent=index)
    count_queries(
        client,
        index.url,
        # Published since: a new generation, read again once (core.generations).
    )
    many = count_queries(client, index.url)
    assert many == few


def test_the_public_listing_costs_the_same_for_3_and_20_collections(client):
    for _ in range(3):
        collection_of(UserFactory(), KitPageFactory())
    count_queries(client, "/collections/")
    few = count_queries(client, "/collections/")
    for _ in range(17):
        collection_of(UserFactory(), KitPageFactory())
    count_queries(
        client,
        "/collections/",
        # Published since: a new generation, read again once (core.generations).
    )
    assert count_queries(client, "/collections/") == few
