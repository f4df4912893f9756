"""The demo's places (demo/data/places.py), created in bulk.

Idempotent: a place whose demo id (`rhinocc-demo-<n>`) exists is left as it is, so
loading again creates only what is missing and never undoes an editor's change.
The same seed gives the same 474 places every time.
"""

import datetime
import random

from django.utils.text import slugify

from catalogue.models import TrainingModulePage
from places.exporting import generation
from places.models import Place, first_free_slug, slug_base
from places.opening import refresh_openings
from places.standard.vocabulary import (
    Dispositif,
    Frais,
    ModaliteAcces,
    ModaliteAccompagnement,
    Public,
    Service,
)
from places.validators import luhn_valid

from .data import places as data

ID_PREFIX = "rhinocc-demo-"
FICTION_PHONE = 33536490000  # +33 5 36 49 xx xx, ARCEP's range for fiction


def fictitious_siret(number: int) -> str:
    """00000 + eight digits + the Luhn key: no SIREN INSEE allocates, a valid checksum."""
    stem = f"00000{number:08d}"
    return next(stem + str(key) for key in range(10) if luhn_valid(stem + str(key)))


def build_places(today: datetime.date) -> list[tuple[Place, list[str]]]:
    """Every demo place, unsaved, with the slugs of the communities it belongs to."""
    rng = random.Random(474)  # noqa: S311 — a fixed seed for the same demo every time
    built, number, names = [], 0, set()
    services = list(Service.values)
    for code, count, communes in data.DEPARTMENTS:
        aptic = data.APTIC_BY_DEPARTMENT.get(code, 0)
        itinerant = [entry for entry in data.ITINERANT if entry[0] == code]
        for index in range(count):
            number += 1
            if index < len(itinerant):
                _department, nom, commune_index, community_slugs = itinerant[index]
                commune = communes[commune_index]
                typologie, parent, quarter = ["ASSO"], "", ""
            else:
                commune = communes[index % len(communes)] if index % 3 else communes[0]
                pattern, typologie, parent = data.KINDS[index % len(data.KINDS)]
                quarter = (
                    data.TOULOUSE_QUARTERS[index % len(data.TOULOUSE_QUARTERS)]
                    if commune[0] == "Toulouse"
                    else ""
                )
                nom = pattern.format(
                    place=quarter or data.PLACE_NAMES[index % len(data.PLACE_NAMES)],
                    commune=commune[0],
                    association=data.ASSOCIATIONS[index % len(data.ASSOCIATIONS)],
                    tiers_lieu=data.TIERS_LIEUX[index % len(data.TIERS_LIEUX)],
                )
                parent = parent.format(commune=commune[0])
                community_slugs = list(data.COMMUNITIES_BY_COMMUNE.get(commune[0], []))
                community_slugs += data.COMMUNITIES_BY_QUARTER.get(quarter, [])
                if "ASSO" in typologie and code in data.COLL_IN_DEPARTMENTS:
                    community_slugs.append(data.COLL_IN)
            name, insee, postcode, latitude, longitude = commune
            # A second CCAS point or association in the same commune is its antenna.
            antenna = 0
            while (nom, name) in names:
                antenna += 1
                suffix = data.PLACE_NAMES[(index + antenna) % len(data.PLACE_NAMES)]
                nom = f"{nom.split(' — antenne ')[0]} — antenne {suffix}"
            names.add((nom, name))
            is_itinerant = index < len(itinerant)
            pass_numerique = code in data.PASS_NUMERIQUE_DEPARTMENTS and index % 4 == 1
            fees = [Frais.GRATUIT] if index % 7 else [Frais.GRATUIT, Frais.PAYANT]
            dispositifs = []
            if index % 3 == 0:
                dispositifs.append(Dispositif.CONSEILLERS_NUMERIQUES)
            if typologie == ["FRANCE_SERVICE"]:
                dispositifs.append(Dispositif.FRANCE_SERVICES)
            if index % 5 == 2:
                dispositifs.append(Dispositif.AIDANTS_CONNECT)
            place = Place(
                local_id=f"{ID_PREFIX}{number}",
                pivot=fictitious_siret(number),
                nom=nom,
                commune=name,
                code_postal=postcode,
                code_insee=insee,
                adresse=f"{rng.randint(1, 120)} {rng.choice(data.STREETS)}",
                latitude=round(latitude + rng.uniform(-0.02, 0.02), 5),
                longitude=round(longitude + rng.uniform(-0.02, 0.02), 5),
                typologie=typologie,
                telephone=f"+{FICTION_PHONE + number}",
                courriels=[f"contact-{number}@example.org"],
                horaires=data.ITINERANT_HOURS if is_itinerant else rng.choice(data.HOURS),
                presentation_resume=rng.choice(data.SUMMARIES),
                source="RhinOcc — questionnaire de recensement",
                itinerance=["Itinérant"] if is_itinerant else ["Fixe"],
                structure_parente=parent,
                date_maj=today - datetime.timedelta(days=rng.randint(10, 700)),
                services=sorted(rng.sample(services, rng.randint(2, 4)), key=services.index),
                publics_specifiquement_adresses=(
                    [Public.SENIORS] if is_itinerant or index % 6 == 0 else []
                ),
                prise_en_charge_specifique=["Illettrisme"] if index % 8 == 0 else [],
                frais_a_charge=fees,
                dispositif_programmes_nationaux=dispositifs,
                modalites_acces=[ModaliteAcces.SE_PRESENTER, ModaliteAcces.TELEPHONER],
                modalites_accompagnement=(
                    [ModaliteAccompagnement.INDIVIDUEL, ModaliteAccompagnement.ATELIER_COLLECTIF]
                    if index % 2
                    else [ModaliteAccompagnement.INDIVIDUEL, ModaliteAccompagnement.AUTONOMIE]
                ),
                status=Place.Status.PUBLISHED,
                accepts_pass_numerique=pass_numerique,
                aptic_qualified=index >= count - aptic,
            )
            place.derive_fields()
            built.append((place, community_slugs))
    return built


def load_places(communities: dict) -> int:
    """Creates the missing demo places; `communities` maps community slugs to their pages.
    Returns the number of places created."""
    existing = set(
        Place.objects.filter(local_id__startswith=ID_PREFIX).values_list("local_id", flat=True)
    )
    taken = set(Place.objects.values_list("slug", flat=True))
    new, links = [], []
    for place, community_slugs in build_places(datetime.date.today()):
        if place.local_id in existing:
            continue
        slug, _number = first_free_slug(slug_base(f"{place.nom} {place.commune}"), taken)
        place.slug = slug
        taken.add(slug)
        new.append(place)
        links.append(community_slugs)
    if not new:
        link_sessions()
        return 0
    Place.objects.bulk_create(new, batch_size=500)
    refresh_openings(new)
    Through = Place.communities.through
    Through.objects.bulk_create(
        [
            Through(place_id=place.pk, communitypage_id=communities[slug].pk)
            for place, slugs in zip(new, links, strict=True)
            for slug in slugs
            if slug in communities
        ],
        batch_size=1000,
    )
    generation.bump()
    link_sessions()
    return len(new)


def session_place(location: str):
    """The fixed demo place of the commune a session's « Commune — Place » location names
    that shares the most words with that place's name (« Centre social Empalot »: a
    centre social, or a place of Empalot); None when the commune has no demo place."""
    commune, _dash, name = location.partition(" — ")
    words = set(slugify(name).split("-"))
    places = Place.objects.published().filter(
        local_id__startswith=ID_PREFIX, commune=commune, itinerance=["Fixe"]
    )
    return max(
        places.order_by("pk"),
        key=lambda place: (
            len(words & set(slugify(place.nom).split("-"))),
            " — antenne" not in place.nom,
        ),
        default=None,
    )


def link_sessions() -> None:
    """Ties the demo's sessions held in a commune of the map to a place there, so that the
    place's page lists them; through a published revision, so that an editor's next one
    keeps the link. Sessions an editor tied already are left alone."""
    for module in (
        TrainingModulePage.objects.live()
        .filter(sessions__place__isnull=True, sessions__is_online=False)
        .distinct()
    ):
        sessions, changed = list(module.sessions.all()), False
        for session in sessions:
            if session.place_id is None and not session.is_online:
                session.place = session_place(session.location)
                if session.place is not None:
                    session.location = f"{session.place.commune} — {session.place.nom}"
                    changed = True
        if changed:
            module.sessions = sessions
            module.save_revision().publish()
