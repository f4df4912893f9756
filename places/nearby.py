"""« Près de chez moi »: a commune of Occitanie found from what someone types (its name, with
or without accents and hyphens, or a postcode), and places sorted by their distance to it.

The communes are places/communes/occitanie.csv (made by places/communes/build.py from npm
packages), read once per process: 4,446 rows, about 1 MB in memory.
"""

import csv
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.db.models import F, FloatField, QuerySet
from django.db.models.functions import Sqrt

COMMUNES_FILE = Path(__file__).resolve().parent / "communes" / "occitanie.csv"
KM_PER_DEGREE = 6371.0088 * math.pi / 180  # mean Earth radius: 111.195 km per degree
POSTCODE = re.compile(r"\d{5}")


@dataclass(frozen=True)
class Location:
    """A commune: its centre is GeoNames' point, or an approximation (`centre` says which)."""

    name: str
    code_insee: str
    postcodes: tuple[str, ...]
    latitude: float
    longitude: float
    population: int = 0
    centre: str = "geonames"

    @property
    def department_code(self) -> str:
        return self.code_insee[:2]

    @property
    def postcode(self) -> str:
        return self.postcodes[0] if self.postcodes else ""

    def __str__(self):
        return f"{self.name} ({self.postcode})" if self.postcodes else self.name


def normalise(text: str) -> str:
    """« Saint-Affrique », « saint affrique » and « ST AFFRIQUE » give the same key."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"^(st|ste)\b", lambda match: "saint" if match[1] == "st" else "sainte", text)
    return re.sub(
        r" (st|ste) ", lambda match: f" {'saint' if match[1] == 'st' else 'sainte'} ", text
    )


@cache
def communes() -> tuple[dict[str, list[Location]], dict[str, list[Location]]]:
    """(normalised name → communes, postcode → communes), most populous first."""
    by_name: dict[str, list[Location]] = {}
    by_postcode: dict[str, list[Location]] = {}
    with COMMUNES_FILE.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            location = Location(
                name=row["nom"],
                code_insee=row["code_insee"],
                postcodes=tuple(row["codes_postaux"].split()),
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                population=int(row["population"]),
                centre=row["centre"],
            )
            by_name.setdefault(normalise(location.name), []).append(location)
            for postcode in location.postcodes:
                by_postcode.setdefault(postcode, []).append(location)
    for index in (by_name, by_postcode):
        for found in index.values():
            found.sort(key=lambda location: -location.population)
    return by_name, by_postcode


def matches(text: str) -> list[Location]:
    """Every commune `text` may mean, most populous first: one name may be several communes
    (Castelnau in three départements), one postcode several communes."""
    text = (text or "").strip()
    by_name, by_postcode = communes()
    if POSTCODE.fullmatch(text):
        return list(by_postcode.get(text, []))
    # « Millau (12100) » or « 12100 Millau », as an address or an autocompletion writes it.
    postcode = POSTCODE.search(text)
    found = by_name.get(normalise(POSTCODE.sub(" ", text)), [])
    if postcode:
        found = [location for location in found if postcode[0] in location.postcodes] or found
    return list(found)


def locate(text: str) -> Location | None:
    """The commune of Occitanie `text` names (or whose postcode it is); of several, the most
    populous (`matches` lists them all). None if Occitanie has no such commune."""
    found = matches(text)
    return found[0] if found else None


def by_distance(
    queryset: QuerySet, latitude: float, longitude: float, within_km: float | None = None
) -> QuerySet:
    """`queryset` with `distance_km` to the point, nearest first; places without coordinates
    are left out, and those further than `within_km` when it is given.

    An equirectangular distance (the longitude scaled by the cosine of the point's latitude):
    plain arithmetic that SQLite and PostgreSQL both run and indexes on the coordinates can
    prefilter; across Occitanie (400 km) it is off by less than 0.5 %."""
    scale = KM_PER_DEGREE * math.cos(math.radians(latitude))
    queryset = queryset.filter(latitude__isnull=False, longitude__isnull=False)
    if within_km is not None:
        queryset = queryset.filter(
            latitude__range=(
                latitude - within_km / KM_PER_DEGREE,
                latitude + within_km / KM_PER_DEGREE,
            ),
            longitude__range=(longitude - within_km / scale, longitude + within_km / scale),
        )
    east = (F("longitude") - longitude) * scale
    north = (F("latitude") - latitude) * KM_PER_DEGREE
    queryset = queryset.annotate(
        distance_km=Sqrt(east * east + north * north, output_field=FloatField())
    )
    if within_km is not None:
        queryset = queryset.filter(distance_km__lte=within_km)
    return queryset.order_by("distance_km", "nom", "pk")
