"""Collections: saving without JavaScript, who sees a collection and its items, curating
(create, edit, order, note, remove, delete), the community's collections, the public
listing, Mon espace, bad input."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from social.models import CollectionItem, MemberCollection
from tests.factories.accounts import UserFactory, community_admin, community_member
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import KitPageFactory, ResourcePageFactory, WorkshopContentPageFactory
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def html(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def text(response) -> str:
    return " ".join(html(response).get_text(" ").split())


def collection_of(user, *contents, public=False, title="Ateliers seniors"):
    collection = MemberCollection.objects.create(owner=user, title=title, is_public=public)
    for position, content in enumerate(contents):
        field = "place" if content.__class__.__name__ == "Place" else "page"
        CollectionItem.objects.create(
            collection=collection, sort_order=position, **{field: content}
        )
    return collection


@pytest.fixture
def member():
    return UserFactory(first_name="Camille", last_name="Durand")


@pytest.fixture
def other():
    return UserFactory()


@pytest.fixture
def workshop():
    return WorkshopContentPageFactory(title="Atelier tablette")


# Saving ---------------------------------------------------------------------------------


def test_anonymous_save_leads_to_the_login_and_back(client, workshop):
    response = client.get(f"/collections/enregistrer/?page={workshop.pk}")
    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/?next=")
    assert f"page%3D{workshop.pk}" in response["Location"]


def test_saving_into_favourites_creates_them_and_goes_back(member, workshop):
    client = client_for(member)
    page = client.get(f"/collections/enregistrer/?page={workshop.pk}")
    assert page.status_code == 200
    assert "Enregistrer « Atelier tablette »" in text(page)
    response = client.post(
        "/collections/enregistrer/", {"page": workshop.pk, "target": "favoris", "note": ""}
    )
    assert response.status_code == 302 and response["Location"] == workshop.url
    favourites = MemberCollection.objects.get(owner=member, is_favourites=True)
    assert list(favourites.items.values_list("page_id", flat=True)) == [workshop.pk]
    # Saving again changes nothing and says where it already is.
    client.post("/collections/enregistrer/", {"page": workshop.pk, "target": "favoris"})
    assert favourites.items.count() == 1
    again = client.get(f"/collections/enregistrer/?page={workshop.pk}")
    assert "Déjà enregistré dans : Mes favoris" in text(again)


def test_saving_into_a_new_collection_with_a_note(member, workshop):
    client = client_for(member)
    client.post(
        "/collections/enregistrer/",
        {"page": workshop.pk, "target": "nouvelle", "new_title": "Pour lundi", "note": "Salle 2"},
    )
    collection = MemberCollection.objects.get(owner=member, title="Pour lundi")
    assert not collection.is_public
    assert collection.items.get().note == "Salle 2"


def test_saving_into_an_existing_collection_appends_at_the_end(member, workshop):
    kit = KitPageFactory()
    collection = collection_of(member, kit)
    client_for(member).post(
        "/collections/enregistrer/", {"page": workshop.pk, "target": str(collection.pk)}
    )
    assert list(collection.items.values_list("page_id", flat=True)) == [kit.pk, workshop.pk]


def test_a_place_is_saved(member):
    place = PlaceFactory(nom="Médiathèque José Cabanis")
    client = client_for(member)
    assert client.get(f"/collections/enregistrer/?lieu={place.pk}").status_code == 200
    response = client.post("/collections/enregistrer/", {"lieu": place.pk, "target": "favoris"})
    assert response["Location"] == place.get_absolute_url()
    assert CollectionItem.objects.get(place=place).collection.is_favourites


def test_someone_elses_collection_cannot_be_the_target(member, other, workshop):
    theirs = collection_of(other)
    response = client_for(member).post(
        "/collections/enregistrer/", {"page": workshop.pk, "target": str(theirs.pk)}
    )
    assert response.status_code == 200
    assert "Cette collection n’existe plus" in text(response) or "n'existe plus" in text(response)
    assert not theirs.items.exists()


def test_a_new_collection_needs_a_title_and_keeps_the_note(member, workshop):
    response = client_for(member).post(
        "/collections/enregistrer/",
        {"page": workshop.pk, "target": "nouvelle", "new_title": " ", "note": "À garder"},
    )
    assert response.status_code == 200
    assert "Donnez un titre à la nouvelle collection." in text(response)
    assert "À garder" in response.content.decode()


def test_too_long_title_is_refused_in_french(member, workshop):
    response = client_for(member).post(
        "/collections/enregistrer/",
        {"page": workshop.pk, "target": "nouvelle", "new_title": "x" * 121},
    )
    assert response.status_code == 200
    assert "au plus 120 caractères" in text(response)
    assert not MemberCollection.objects.filter(owner=member, is_favourites=False).exists()


@pytest.mark.parametrize("query", ["page=abc", "page=999999", "lieu=x", "", "lieu=999999"])
def test_unknown_contents_are_404(member, query):
    assert client_for(member).get(f"/collections/enregistrer/?{query}").status_code == 404


def test_private_or_unpublished_contents_cannot_be_saved_by_outsiders(member):
    private = CommunityPageFactory(is_private=True)
    secret = ResourcePageFactory(parent=private)
    draft = WorkshopContentPageFactory()
    draft.unpublish()
    client = client_for(member)
    assert client.get(f"/collections/enregistrer/?page={secret.pk}").status_code == 404
    assert client.get(f"/collections/enregistrer/?page={draft.pk}").status_code == 404
    # A section or a community is not a content.
    assert (
        client.get(f"/collections/enregistrer/?page={private.get_parent().pk}").status_code == 404
    )


def test_the_save_form_needs_the_csrf_token(member, workshop):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post("/collections/enregistrer/", {"page": workshop.pk, "target": "favoris"})
    assert response.status_code == 403
    assert not CollectionItem.objects.exists()


def test_next_to_another_site_is_ignored(member, workshop):
    response = client_for(member).post(
        "/collections/enregistrer/",
        {"page": workshop.pk, "target": "favoris", "next": "https://evil.example/"},
    )
    assert response["Location"] == workshop.url


# The content page and the cards ---------------------------------------------------------------


def test_the_content_page_offers_the_link_and_tells_a_member_where_it_is(client, member, workshop):
    anonymous = html(client.get(workshop.url))
    link = anonymous.select_one(".content-actions a")
    assert link["href"] == f"/collections/enregistrer/?page={workshop.pk}"
    assert not anonymous.select_one(".content-actions__saved")
    collection_of(member, workshop, title="Numérique seniors")
    saved = html(client_for(member).get(workshop.url)).select_one(".content-actions__saved")
    assert "Numérique seniors" in saved.get_text()
    # Nobody else learns it.
    assert not html(client_for(UserFactory()).get(workshop.url)).select_one(
        ".content-actions__saved"
    )


def test_the_place_page_offers_the_link(client):
    place = PlaceFactory()
    link = html(client.get(place.get_absolute_url())).select_one(".content-actions a")
    assert link["href"] == f"/collections/enregistrer/?lieu={place.pk}"


def test_cards_carry_the_page_id_only(client, workshop):
    index = workshop.get_parent()
    cards = html(client.get(index.url)).select(".card__save a")
    assert cards and cards[0]["href"].startswith(f"/collections/enregistrer/?page={workshop.pk}&")


# Seeing a collection --------------------------------------------------------------------------


def test_a_private_collection_is_404_for_everyone_but_its_owner(client, member, other, workshop):
    collection = collection_of(member, workshop)
    url = collection.get_absolute_url()
    assert client_for(member).get(url).status_code == 200
    assert client_for(other).get(url).status_code == 404
    assert client.get(url).status_code == 404
    assert client.get(f"/collections/{collection.pk}/telecharger/").status_code == 404


def test_a_public_collection_hides_private_and_withdrawn_items_from_outsiders(
    client, member, workshop
):
    private = CommunityPageFactory(is_private=True)
    secret = ResourcePageFactory(parent=private, title="Compte rendu interne")
    withdrawn = KitPageFactory(title="Kit retiré")
    withdrawn.unpublish()
    closed = PlaceFactory(nom="Lieu fermé", status="archived")
    collection = collection_of(member, workshop, secret, withdrawn, closed, public=True)
    CollectionItem.objects.filter(page=secret).update(note="Note sur le compte rendu")
    page = text(client.get(collection.get_absolute_url()))
    assert "Atelier tablette" in page
    assert "Contenu privé" in page
    assert "Compte rendu interne" not in page and "Note sur le compte rendu" not in page
    assert "Kit retiré" not in page and "Lieu fermé" not in page
    assert page.count("Contenu retiré") == 2
    # A member of the private space sees it.
    insider = community_member(private)
    assert "Compte rendu interne" in text(client_for(insider).get(collection.get_absolute_url()))


def test_a_wrong_slug_redirects_and_unknown_ids_are_404(client, member):
    collection = collection_of(member, public=True)
    response = client.get(f"/collections/{collection.pk}-autre-titre/")
    assert response.status_code == 302 and response["Location"] == collection.get_absolute_url()
    assert client.get("/collections/999999-rien/").status_code == 404


def test_outsiders_get_no_curating_tools(client, member, other, workshop):
    collection = collection_of(member, workshop, public=True)
    for visitor in (client, client_for(other)):
        page = html(visitor.get(collection.get_absolute_url()))
        assert not page.select(".collection-item__tools")
        assert not page.select("[data-reorder-url]")
    assert html(client_for(member).get(collection.get_absolute_url())).select(
        ".collection-item__tools"
    )


# Curating ------------------------------------------------------------------------------------


def test_create_edit_and_delete_with_confirmation(member):
    client = client_for(member)
    assert client.get("/collections/nouvelle/").status_code == 200
    response = client.post(
        "/collections/nouvelle/", {"title": "Parentalité", "description": "Pour les familles"}
    )
    collection = MemberCollection.objects.get(title="Parentalité")
    assert response["Location"] == collection.get_absolute_url()
    client.post(
        f"/collections/{collection.pk}/modifier/",
        {"title": "Parentalité numérique", "description": "", "is_public": "on"},
    )
    collection.refresh_from_db()
    assert collection.title == "Parentalité numérique" and collection.is_public
    confirm = client.get(f"/collections/{collection.pk}/supprimer/")
    assert confirm.status_code == 200 and "Supprimer « Parentalité numérique »" in text(confirm)
    assert MemberCollection.objects.filter(pk=collection.pk).exists()
    client.post(f"/collections/{collection.pk}/supprimer/")
    assert not MemberCollection.objects.filter(pk=collection.pk).exists()


@pytest.mark.parametrize(
    "path",
    [
        "modifier/",
        "supprimer/",
        "ordre/",
        "elements/{item}/deplacer/",
        "elements/{item}/retirer/",
        "elements/{item}/note/",
    ],
)
def test_someone_elses_collection_is_404_to_every_curating_view(member, other, workshop, path):
    collection = collection_of(member, workshop, public=True)
    item = collection.items.get()
    url = f"/collections/{collection.pk}/" + path.format(item=item.pk)
    assert client_for(other).post(url, {"title": "Volée", "direction": "up"}).status_code == 404
    anonymous = Client().post(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/connexion/")
    collection.refresh_from_db()
    assert collection.title == "Ateliers seniors" and collection.items.count() == 1


def test_an_item_of_another_collection_is_404(member, workshop):
    mine = collection_of(member, workshop)
    another = collection_of(member, KitPageFactory(), title="Autre")
    foreign_item = another.items.get()
    response = client_for(member).post(
        f"/collections/{mine.pk}/elements/{foreign_item.pk}/retirer/"
    )
    assert response.status_code == 404 and another.items.exists()


def test_up_and_down_buttons_reorder_without_javascript(member):
    first, second, third = (WorkshopContentPageFactory() for _ in range(3))
    collection = collection_of(member, first, second, third)
    items = {item.page_id: item for item in collection.items.all()}
    client = client_for(member)
    client.post(
        f"/collections/{collection.pk}/elements/{items[third.pk].pk}/deplacer/",
        {"direction": "up"},
    )
    assert list(collection.items.values_list("page_id", flat=True)) == [
        first.pk,
        third.pk,
        second.pk,
    ]
    client.post(
        f"/collections/{collection.pk}/elements/{items[first.pk].pk}/deplacer/",
        {"direction": "down"},
    )
    assert list(collection.items.values_list("page_id", flat=True)) == [
        third.pk,
        first.pk,
        second.pk,
    ]
    # The first one cannot go further up.
    client.post(
        f"/collections/{collection.pk}/elements/{items[third.pk].pk}/deplacer/",
        {"direction": "up"},
    )
    assert list(collection.items.values_list("page_id", flat=True)) == [
        third.pk,
        first.pk,
        second.pk,
    ]


def test_the_javascript_endpoint_sets_the_whole_order(member, other):
    pages = [WorkshopContentPageFactory() for _ in range(3)]
    collection = collection_of(member, *pages)
    ids = list(collection.items.values_list("pk", flat=True))
    foreign = collection_of(other, KitPageFactory()).items.get().pk
    response = client_for(member).post(
        f"/collections/{collection.pk}/ordre/",
        {"item": [ids[2], foreign, ids[0]]},
        headers={"x-requested-with": "fetch"},
    )
    assert response.status_code == 204
    # Ids of other collections ignored; the one left out goes last.
    assert list(collection.items.values_list("pk", flat=True)) == [ids[2], ids[0], ids[1]]
    bad = client_for(member).post(f"/collections/{collection.pk}/ordre/", {"item": ["x"]})
    assert bad.status_code == 400


def test_note_and_remove(member, workshop):
    collection = collection_of(member, workshop)
    item = collection.items.get()
    client = client_for(member)
    assert client.get(f"/collections/{collection.pk}/elements/{item.pk}/note/").status_code == 200
    too_long = client.post(
        f"/collections/{collection.pk}/elements/{item.pk}/note/", {"note": "x" * 501}
    )
    assert too_long.status_code == 200 and "au plus 500 caractères" in text(too_long)
    client.post(
        f"/collections/{collection.pk}/elements/{item.pk}/note/",
        {"note": "<script>alert(1)</script>"},
    )
    item.refresh_from_db()
    assert item.note == "<script>alert(1)</script>"
    page = client.get(collection.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    client.post(f"/collections/{collection.pk}/elements/{item.pk}/retirer/")
    assert not collection.items.exists()


def test_favourites_stay_private(member):
    favourites = MemberCollection.objects.create(owner=member, is_favourites=True, title="Favoris")
    client_for(member).post(
        f"/collections/{favourites.pk}/modifier/",
        {"description": "Mes indispensables", "is_public": "on"},
    )
    favourites.refresh_from_db()
    assert favourites.description == "Mes indispensables" and not favourites.is_public


# Communities -------------------------------------------------------------------------------


def test_community_admins_curate_the_community_collections(client, workshop):
    community = CommunityPageFactory(title="Réseau Sicoval")
    admin, plain_member = community_admin(community), community_member(community)
    response = client_for(admin).post(
        "/collections/nouvelle/",
        {"title": "Sélection du réseau", "community": str(community.pk), "is_public": "on"},
    )
    collection = MemberCollection.objects.get(title="Sélection du réseau")
    assert response.status_code == 302
    assert collection.community == community and collection.owner is None
    client_for(admin).post(
        "/collections/enregistrer/", {"page": workshop.pk, "target": str(collection.pk)}
    )
    assert collection.items.count() == 1
    # A plain member cannot curate it, nor choose the community as owner.
    assert (
        client_for(plain_member).get(f"/collections/{collection.pk}/modifier/").status_code == 404
    )
    client_for(plain_member).post(
        "/collections/nouvelle/", {"title": "Pirate", "community": str(community.pk)}
    )
    assert not MemberCollection.objects.filter(title="Pirate", community=community).exists()
    # The community page lists it; the public listing too, with its owner.
    assert "Sélection du réseau" in text(client.get(community.url))
    assert "Collection de la communauté Réseau Sicoval" in text(client.get("/collections/"))


def test_a_private_community_collection_stays_with_its_members(client):
    community = CommunityPageFactory(is_private=True)
    collection = MemberCollection.objects.create(
        community=community, title="Interne", is_public=True
    )
    assert client.get(collection.get_absolute_url()).status_code == 404
    assert "Interne" not in text(client.get("/collections/"))
    assert (
        client_for(community_member(community)).get(collection.get_absolute_url()).status_code
        == 200
    )


# Listings ----------------------------------------------------------------------------------------


def test_the_public_listing_searches_and_pages(client, member, other):
    collection_of(member, public=True, title="Démarches en ligne")
    collection_of(member, title="Brouillon privé")
    for number in range(25):
        collection_of(other, public=True, title=f"Sélection {number:02d}")
    first = text(client.get("/collections/"))
    assert "26 collections publiques" in first and "Brouillon privé" not in first
    assert "Page 1 sur 2" in first
    found = text(client.get("/collections/?q=demarches"))
    assert "Démarches en ligne" in found and "Sélection" not in found.replace("collection", "")
    assert "Aucune collection publique" in text(client.get("/collections/?q=introuvable"))
    assert client.get("/collections/?page=abc").status_code == 200


def test_the_member_public_page_lists_public_collections_only(client, member):
    collection_of(member, public=True, title="Ouverte")
    collection_of(member, title="Fermée")
    page = text(client.get(f"/collections/membre/{member.username}/"))
    assert "Collections publiques de Camille D." in page
    assert "Ouverte" in page and "Fermée" not in page
    assert client.get("/collections/membre/personne/").status_code == 404


def test_mon_espace_shows_my_collections_panel(member, other):
    collection_of(member, title="Ma sélection")
    collection_of(other, title="Celle d'un autre")
    page = html(client_for(member).get("/mon-espace/"))
    panel = page.select_one(".member-panel--collections")
    assert panel is not None and "Ma sélection" in panel.get_text()
    assert "Celle d'un autre" not in panel.get_text()


def test_my_collections_needs_a_login(client):
    response = client.get("/collections/mes-collections/")
    assert response.status_code == 302 and response["Location"].startswith("/connexion/")
