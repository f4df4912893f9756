"""Load scenario: mediators browsing, searching and downloading.

Run by `make load` against a running server (LOAD_HOST, default http://127.0.0.1:8000):
50 users for 60 seconds, without a browser. The server should be the production
set-up: gunicorn (`make serve`) on PostgreSQL and Redis.
"""

import random
import re

from locust import HttpUser, between, events, task

SEARCH_TERMS = [
    "numerique",
    "atelier",
    "ateliers seniors",
    "securite",
    "aptic",
    "mot de passe",
    "demarches administratives",
    "smartphone",
    "emploi",
    "reseau",
]
CARD_LINK = re.compile(r'class="card__title"><a href="([^"]+)"')
DOWNLOAD_LINK = re.compile(r'href="(/documents/\d+/[^"]+)"')
BUNDLE_LINK = re.compile(r'href="([^"]+/tout-telecharger/)"')
LISTINGS = ["/contenus/", "/kits/", "/ressources/", "/communautes/", "/formations/"]

discovered = {"details": [], "downloads": [], "bundles": []}


@events.test_start.add_listener
def discover_urls(environment, **kwargs):
    """Reads the listings once, so that users visit real pages of every type."""
    import requests

    host = environment.host
    for listing in LISTINGS:
        for page in (1, 2):
            html = requests.get(f"{host}{listing}?page={page}", timeout=10).text
            discovered["details"] += CARD_LINK.findall(html)
    for url in discovered["details"][:40]:
        html = requests.get(f"{host}{url}", timeout=10).text
        discovered["downloads"] += DOWNLOAD_LINK.findall(html)
        discovered["bundles"] += BUNDLE_LINK.findall(html)
    for key in discovered:
        discovered[key] = sorted(set(discovered[key]))


class Mediator(HttpUser):
    wait_time = between(1, 3)

    @task(3)
    def home(self):
        self.client.get("/", name="accueil")

    @task(4)
    def listing(self):
        listing = random.choice(LISTINGS)  # noqa: S311 - load test, not security
        self.client.get(listing, name=f"liste {listing}")

    @task(6)
    def detail(self):
        if discovered["details"]:
            url = random.choice(discovered["details"])  # noqa: S311
            kind = url.strip("/").split("/")[0]
            self.client.get(url, name=f"détail /{kind}/…")

    @task(4)
    def search(self):
        term = random.choice(SEARCH_TERMS)  # noqa: S311
        self.client.get("/recherche/", params={"q": term}, name="recherche")

    @task(2)
    def download(self):
        if discovered["downloads"]:
            url = random.choice(discovered["downloads"])  # noqa: S311
            self.client.get(url, name="téléchargement", headers={"User-Agent": "Mozilla/5.0"})

    @task(1)
    def bundle(self):
        if discovered["bundles"]:
            url = random.choice(discovered["bundles"])  # noqa: S311
            self.client.get(url, name="zip", headers={"User-Agent": "Mozilla/5.0"})
