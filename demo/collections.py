"""Collections of the demo: a mediator's public selection for workshops with seniors,
her favourites, and the Sicoval network's collection, so that /collections/, a public
collection, the « Les plus enregistrés » sort and the community page have something to
show.

The mediator is a fictitious account that cannot log in (an address at example.org, no
password), as the demo's join request is. Nothing is changed once it exists.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Page

from communities.models import CommunityPage
from kits.models import KitPage, ResourcePage, WorkshopContentPage
from places.models import Place
from social.models import CollectionItem, MemberCollection

from .accounts import SICOVAL

CURATOR = {
    "username": "lea-fabre",
    "first_name": "Léa",
    "last_name": "Fabre",
    "email": "lea.fabre@example.org",
}
SENIORS = (
    "Ateliers numériques avec les seniors",
    "Ce que j'utilise pour un cycle de six ateliers en médiathèque : fiches, kit et lieux "
    "partenaires.",
)
NETWORK = (
    "Pour démarrer dans le réseau",
    "Les contenus que le réseau conseille aux nouveaux médiateurs et médiatrices.",
)
NOTES = {
    0: "À imprimer pour chaque participant.",
    1: "Prévoir une séance de plus pour les démarches en ligne.",
}


def public_contents(model, count):
    return list(model.objects.live().public().order_by("path")[:count])


def fill(collection: MemberCollection, items: list) -> None:
    for position, item in enumerate(items):
        field = "place" if isinstance(item, Place) else "page"
        page_or_place = item if field == "place" else Page.objects.get(pk=item.pk)
        CollectionItem.objects.get_or_create(
            collection=collection,
            **{field: page_or_place},
            defaults={"sort_order": position, "note": NOTES.get(position, "")},
        )


def load_collections(log=None) -> None:
    curator, created = get_user_model()._default_manager.get_or_create(
        username=CURATOR["username"], defaults=CURATOR
    )
    if created:
        curator.set_unusable_password()
        curator.save(update_fields=["password"])
    workshops = public_contents(WorkshopContentPage, 3)
    kits = public_contents(KitPage, 2)
    resources = public_contents(ResourcePage, 2)
    places = list(Place.objects.published().order_by("pk")[:1])

    seniors, made = MemberCollection.objects.get_or_create(
        owner=curator,
        title=SENIORS[0],
        defaults={"description": SENIORS[1], "is_public": True},
    )
    if made:
        fill(seniors, workshops[:2] + kits[:1] + places)
    favourites, made = MemberCollection.objects.get_or_create(
        owner=curator, is_favourites=True, defaults={"title": "Favoris"}
    )
    if made:
        fill(favourites, workshops[:1] + resources[:1])
    sicoval = CommunityPage.objects.filter(slug=SICOVAL, live=True).first()
    if sicoval is not None:
        network, made = MemberCollection.objects.get_or_create(
            community=sicoval,
            title=NETWORK[0],
            defaults={"description": NETWORK[1], "is_public": True},
        )
        if made:
            fill(network, kits + resources[:1] + workshops[:1])
    if log is not None:
        log(f"Collection publique de démonstration : {seniors.get_absolute_url()}")
