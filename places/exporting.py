"""The open data of the places: the standard's CSV and JSON, and data·inclusion's
structures and services, published places only, under the Licence Ouverte 2.0.

Exports are streamed (rows read in chunks by `iterator()`, written out batch by batch:
memory does not grow with the number of places) and kept in the cache under a generation
that every change of a place renews, so that the file is rebuilt only after a change.
A file larger than `MAX_CACHED_BYTES` is streamed again each time rather than held whole.
"""

import csv
import io
import json
import logging
from collections.abc import Callable, Iterator

from data_inclusion.schema import v1 as data_inclusion
from django.conf import settings
from django.core.cache import cache
from django.utils.text import slugify
from pydantic import ValidationError

from core.generations import CacheGeneration

from .models import Place
from .rows import EXPORT_FIELDS, to_row
from .standard import field_names, table_schema
from .standard.vocabulary import (
    Dispositif,
    Frais,
    ModaliteAcces,
    ModaliteAccompagnement,
    Public,
    Service,
)

logger = logging.getLogger(__name__)

generation = CacheGeneration("places:export-generation")
CHUNK_SIZE = 2000
# Rows written out at once: a few hundred kilobytes per chunk of the response.
BATCH_ROWS = 500
MAX_CACHED_BYTES = 8 * 1024 * 1024
LICENCE_NAME = "Licence Ouverte / Open Licence version 2.0 (Etalab)"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
DATA_INCLUSION_SOURCE = "rhinocc"


def on_place_changed(sender, **kwargs):
    generation.bump()


def hub_source() -> str:
    """The `source` of every exported line: the hub, which collected and checked them."""
    return settings.WAGTAIL_SITE_NAME


def published_places():
    return Place.objects.published().only(*EXPORT_FIELDS, "slug").order_by("pk")


def in_batches(places) -> Iterator[list[Place]]:
    batch = []
    for place in places.iterator(chunk_size=CHUNK_SIZE):
        batch.append(place)
        if len(batch) == BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch


def cached(name: str, produce: Callable[[], Iterator[str]]) -> Iterator[bytes]:
    """The export `name` from the cache, or produced, streamed and then cached."""
    key = f"places:export:{generation.current()}:{name}"
    body = cache.get(key)
    if body is not None:
        yield body
        return
    parts, size = [], 0
    for text in produce():
        data = text.encode("utf-8")
        if parts is not None:
            parts.append(data)
            size += len(data)
            if size > MAX_CACHED_BYTES:
                parts = None
        yield data
    if parts is not None:
        cache.set(key, b"".join(parts), timeout=None)


def standard_csv() -> Iterator[str]:
    buffer = io.StringIO()
    # Every cell quoted, as the standard's example file.
    writer = csv.DictWriter(buffer, fieldnames=field_names(), quoting=csv.QUOTE_ALL)
    writer.writeheader()
    source = hub_source()
    for batch in in_batches(published_places()):
        writer.writerows(to_row(place, source) for place in batch)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()


def json_list(items: Iterator[list[dict]]) -> Iterator[str]:
    yield "["
    first = True
    for batch in items:
        if not batch:
            continue
        text = ",\n".join(json.dumps(item, ensure_ascii=False) for item in batch)
        yield ("\n" if first else ",\n") + text
        first = False
    yield "\n]\n"


def standard_json() -> Iterator[str]:
    """The same lines as the CSV, as objects named by the standard's columns."""
    source = hub_source()
    return json_list(
        [to_row(place, source) for place in batch] for batch in in_batches(published_places())
    )


# data·inclusion

RESEAUX = {
    Dispositif.AIDANTS_CONNECT: data_inclusion.ReseauPorteur.AIDANTS_CONNECT,
    Dispositif.CONSEILLERS_NUMERIQUES: data_inclusion.ReseauPorteur.CONSEILLERS_NUMERIQUES,
    Dispositif.FRANCE_SERVICES: data_inclusion.ReseauPorteur.FRANCE_SERVICE,
    Dispositif.CROIX_ROUGE: data_inclusion.ReseauPorteur.CROIX_ROUGE,
    Dispositif.EMMAUS_CONNECT: data_inclusion.ReseauPorteur.EMMAUS,
    Dispositif.RELAIS_EMMAUS: data_inclusion.ReseauPorteur.EMMAUS,
    Dispositif.CAF: data_inclusion.ReseauPorteur.CAF,
    Dispositif.GRANDE_ECOLE: data_inclusion.ReseauPorteur.GRANDES_ECOLES_DU_NUMERIQUE,
}
Thematique = data_inclusion.Thematique
THEMATIQUES = {
    Service.DEMARCHES: Thematique.NUMERIQUE__ACCEDER_A_DES_SERVICES_EN_LIGNE,
    Service.ACCES_INTERNET: Thematique.NUMERIQUE__ACCEDER_A_UNE_CONNEXION_INTERNET,
    Service.MATERIEL_SOLIDAIRE: Thematique.NUMERIQUE__ACQUERIR_UN_EQUIPEMENT,
}
FUNDAMENTALS = Thematique.NUMERIQUE__MAITRISER_LES_FONDAMENTAUX_DU_NUMERIQUE
PUBLICS = {
    Public.JEUNES: data_inclusion.Public.JEUNES,
    Public.ETUDIANTS: data_inclusion.Public.ETUDIANTS,
    Public.FAMILLES: data_inclusion.Public.FAMILLES,
    Public.SENIORS: data_inclusion.Public.SENIORS,
    Public.FEMMES: data_inclusion.Public.FEMMES,
}


def structure_id(place: Place) -> str:
    return f"{DATA_INCLUSION_SOURCE}--{place.local_id}"


def place_url(place: Place) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + place.get_absolute_url()


def data_inclusion_structure(place: Place) -> data_inclusion.Structure:
    description = place.presentation_detail or place.presentation_resume
    return data_inclusion.Structure(
        source=DATA_INCLUSION_SOURCE,
        id=structure_id(place),
        nom=place.nom[:150],
        date_maj=place.date_maj,
        description=description if len(description) >= 5 else None,
        lien_source=place_url(place),
        siret=place.pivot if len(place.pivot) == 14 and place.pivot.isdigit() else None,
        commune=place.commune,
        code_postal=place.code_postal,
        code_insee=place.code_insee or None,
        adresse=place.adresse,
        complement_adresse=place.complement_adresse or None,
        latitude=place.latitude,
        longitude=place.longitude,
        telephone=place.telephone or None,
        courriel=place.courriels[0] if place.courriels else None,
        site_web=place.site_web[0] if place.site_web else None,
        horaires_accueil=place.horaires or None,
        accessibilite_lieu=place.fiche_acces_libre or None,
        reseaux_porteurs={
            RESEAUX[d] for d in place.dispositif_programmes_nationaux if d in RESEAUX
        }
        or None,
    )


def data_inclusion_services(place: Place) -> Iterator[data_inclusion.Service]:
    """One data·inclusion service per service of the standard the place offers."""
    if Frais.PAYANT in place.frais_a_charge:
        frais = data_inclusion.Frais.PAYANT
    elif place.frais_a_charge:
        frais = data_inclusion.Frais.GRATUIT
    else:
        frais = None
    precisions = [*place.frais_a_charge]
    if place.accepts_pass_numerique:
        precisions.append("Pass Numérique accepté")
    publics = {PUBLICS[p] for p in place.publics_specifiquement_adresses if p in PUBLICS}
    modes = set()
    if ModaliteAcces.PAS_DE_PUBLIC not in place.modalites_acces:
        modes.add(data_inclusion.ModeAccueil.EN_PRESENTIEL)
    if ModaliteAccompagnement.A_DISTANCE in place.modalites_accompagnement:
        modes.add(data_inclusion.ModeAccueil.A_DISTANCE)
    workshop = ModaliteAccompagnement.ATELIER_COLLECTIF in place.modalites_accompagnement
    description = place.presentation_resume or place.presentation_detail
    for service in place.services:
        yield data_inclusion.Service(
            source=DATA_INCLUSION_SOURCE,
            structure_id=structure_id(place),
            id=f"{structure_id(place)}--{slugify(service)}",
            nom=service[:150],
            description=(description if len(description) >= 5 else f"{service} : {place.nom}")[
                :10000
            ],
            lien_source=place_url(place),
            date_maj=place.date_maj,
            type=(
                data_inclusion.TypeService.ATELIER
                if workshop
                else data_inclusion.TypeService.ACCOMPAGNEMENT
            ),
            thematiques={THEMATIQUES.get(service, FUNDAMENTALS)},
            frais=frais,
            frais_precisions=" ; ".join(precisions) or None,
            publics={*publics} or {data_inclusion.Public.TOUS_PUBLICS},
            commune=place.commune,
            code_postal=place.code_postal,
            code_insee=place.code_insee or None,
            adresse=place.adresse,
            complement_adresse=place.complement_adresse or None,
            latitude=place.latitude,
            longitude=place.longitude,
            telephone=place.telephone or None,
            courriel=place.courriels[0] if place.courriels else None,
            modes_accueil=modes or None,
            horaires_accueil=place.horaires or None,
        )


def checked(build, place: Place) -> list[dict]:
    """The data·inclusion records of a place, as JSON; a place the package refuses is
    left out (and logged) rather than breaking the whole file."""
    try:
        records = build(place)
        records = [records] if isinstance(records, data_inclusion.Structure) else list(records)
    except ValidationError as error:
        logger.warning("Place %s left out of the data·inclusion export: %s", place.pk, error)
        return []
    return [record.model_dump(mode="json") for record in records]


def data_inclusion_json(build) -> Iterator[str]:
    places = Place.objects.published().order_by("pk")
    return json_list(
        [record for place in batch for record in checked(build, place)]
        for batch in in_batches(places)
    )


def data_inclusion_structures() -> Iterator[str]:
    return data_inclusion_json(data_inclusion_structure)


def data_inclusion_services_json() -> Iterator[str]:
    return data_inclusion_json(data_inclusion_services)


EXPORTS = {
    # name: (content type, producer, file name)
    "csv": ("text/csv; charset=utf-8", standard_csv, "lieux-mediation-numerique.csv"),
    "json": ("application/json", standard_json, "lieux-mediation-numerique.json"),
    "structures": ("application/json", data_inclusion_structures, "structures.json"),
    "services": ("application/json", data_inclusion_services_json, "services.json"),
}


def schema_uri() -> str:
    return table_schema()["uri"]
