"""The map of places in Chromium, on the demo's 474 places: with JavaScript the map draws
clustered markers whose popups lead to the place pages; without it the list and the
filters do everything. axe-core at 375 and 1280 px; the list within the 120 kB budget,
the map page beyond it by Leaflet alone; no tile, no third-party request."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from .test_pages import (
    BUDGET_BYTES,
    blocking_axe_violations,
    recorded_page,
    site_requests,
)

pytestmark = pytest.mark.browser

VENDOR = "/static/places/vendor/"
WIDTHS = {375: 800, 1280: 900}


def open_map(page, url="/lieux/"):
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    page.wait_for_selector("[data-places-map][data-markers]")
    return response


def published_markers(page, query="") -> list:
    response = page.request.get(f"/lieux/marqueurs.json{query}")
    assert response.ok
    return json.loads(response.body())["places"]


def test_the_map_clusters_the_demo_places_and_a_popup_leads_to_its_page(new_context):
    page = new_context().new_page()
    open_map(page)
    places = published_markers(page)
    assert len(places) == 474
    canvas = page.locator("[data-places-map]")
    assert canvas.get_attribute("data-markers") == "474"
    assert page.locator("#carte").is_visible()
    clusters = page.locator(".marker-cluster")
    assert clusters.count() > 1
    # The clusters' figures add up to the places.
    # Each reads « 1 234 lieux »: the figure, then the word for screen readers.
    texts = clusters.all_inner_texts()
    assert all(text.strip().endswith("lieux") for text in texts), texts
    figures = [int(re.sub(r"\D", "", text)) for text in texts]
    assert sum(figures) + page.locator(".leaflet-marker-icon:not(.marker-cluster)").count() == 474

    # Zoom by clicking clusters until single markers show, then open one's popup.
    single = page.locator(".leaflet-marker-icon:not(.marker-cluster)")
    for _attempt in range(12):
        if single.count():
            break
        page.locator(".marker-cluster").first.click()
        page.wait_for_timeout(700)
    assert single.count(), "no single marker after zooming in"
    marker = single.first
    name = marker.get_attribute("alt")
    marker.click()
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert link.inner_text() == name
    href = link.get_attribute("href")
    assert href.startswith("/lieux/") and href.endswith("/")
    assert any(f"/lieux/{place[0]}/" == href for place in places)
    link.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == href
    assert page.locator("h1").inner_text().strip() == name


def test_the_map_follows_the_filters(new_context):
    page = new_context().new_page()
    open_map(page, "/lieux/?departement=31&dispositif=aptic")
    expected = published_markers(page, "?departement=31&dispositif=aptic")
    assert 0 < len(expected) < 474
    assert page.locator("[data-places-map]").get_attribute("data-markers") == str(len(expected))
    count = page.locator("#liste").inner_text()
    assert count.startswith(str(len(expected)))


def test_without_javascript_the_list_and_the_filters_work(new_context):
    page = new_context(java_script_enabled=False).new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto("/lieux/")
    assert response.status == 200
    assert page.locator("#liste").inner_text().startswith("474 lieux")
    assert page.locator(".place-item").count() == 20
    assert not page.locator("#carte").is_visible()
    assert not any(VENDOR in url for url in requests), "Leaflet loaded without JavaScript"

    page.select_option("#filtre-departement", "48")
    page.click("button[type=submit] >> text=Afficher les lieux")
    page.wait_for_load_state()
    assert "departement=48" in page.url
    heading = page.locator("#liste").inner_text()
    assert "correspond" in heading
    communes = page.locator(".place-item__commune").all_inner_texts()
    assert communes and all("(48" in text for text in communes)

    # A commune or postcode nearby: the nearest first, with their distance.
    page.goto("/lieux/?pres_de=12100")
    assert "Les lieux les plus proches de Millau" in page.locator("main").inner_text()
    assert "km" in page.locator(".place-item__commune").first.inner_text()

    # The next page keeps the filters.
    page.goto("/lieux/?departement=31")
    page.click("a[rel=next]")
    page.wait_for_load_state()
    assert "departement=31" in page.url and "page=2" in page.url


def test_near_me_uses_the_position_the_browser_shares(new_context):
    context = new_context(
        geolocation={"latitude": 44.0982, "longitude": 3.0776}, permissions=["geolocation"]
    )
    page = context.new_page()
    open_map(page, "/lieux/?rayon=20")
    page.click("text=Utiliser ma position")
    page.wait_for_url("**/lieux/?*lat=44.10*")
    assert "lon=3.08" in page.url and "rayon=20" in page.url
    text = page.locator("main").inner_text()
    assert "Les lieux les plus proches de votre position d’abord." in text
    communes = page.locator(".place-item__commune").all_inner_texts()
    assert communes and all("(12" in commune for commune in communes), communes


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize(
    "url",
    ["/lieux/", "/lieux/?departement=31&frais=pass-numerique", "/lieux/carte/?departement=31"],
)
def test_axe_finds_nothing_serious_on_the_map_pages(
    url, width, new_context, axe_source, screenshots_folder, site
):
    context = new_context(viewport={"width": width, "height": WIDTHS[width]}, bypass_csp=True)
    page = context.new_page()
    open_map(page, url)
    name = "places-embed" if "carte" in url else "places-map" + ("-filtered" if "?" in url else "")
    page.screenshot(path=screenshots_folder / f"{name}-{width}.png", full_page=True)
    blocking = blocking_axe_violations(page, axe_source, site, f"{name}@{width}")
    assert not blocking, f"axe-core on {url} at {width}:\n" + "\n".join(blocking)


def transferred(requests, site_url) -> tuple[dict, dict, list]:
    """Bytes by kind for the site's own files, Leaflet's apart; the third-party requests."""
    weights = {"html": 0, "css": 0, "js": 0, "other": 0}
    leaflet = {"css": 0, "js": 0, "images": 0}
    own, third_party = site_requests(requests, site_url)
    for path, kind, size in own:
        if path.startswith(VENDOR):
            leaflet[kind if kind in leaflet else "images"] += size
        else:
            weights[kind if kind in weights else "other"] += size
    return weights, leaflet, third_party


@pytest.mark.parametrize("javascript", [False, True])
def test_the_list_stays_within_the_budget_the_map_exceeds_it_by_leaflet_only(
    javascript, new_context, site
):
    context = new_context(viewport={"width": 375, "height": 800}, java_script_enabled=javascript)
    page, requests, console_errors = recorded_page(context)
    if javascript:
        open_map(page)
    else:
        assert page.goto("/lieux/", wait_until="networkidle").status == 200
    weights, leaflet, third_party = transferred(requests, site.url)
    own = weights["html"] + weights["css"] + weights["js"]
    site.report["weights"][f"places-map{'-js' if javascript else ''}"] = {
        "url": "/lieux/",
        "bytes": weights,
        "leaflet_bytes": leaflet,
        "html_css_js_without_leaflet": own,
        "budget": BUDGET_BYTES,
    }
    assert own <= BUDGET_BYTES, (weights, leaflet)
    assert not third_party, third_party
    if javascript:
        assert leaflet["js"] > 0 and leaflet["css"] > 0
        violations = page.evaluate("() => window.__cspViolations || []")
        csp_errors = [text for text in console_errors if "Content Security Policy" in text]
        assert not violations and not csp_errors, (violations, csp_errors)
    else:
        assert leaflet == {"css": 0, "js": 0, "images": 0}


class FramingPage(BaseHTTPRequestHandler):
    """A commune's page on another origin, framing the address given as ?src=."""

    def do_GET(self):
        sources = parse_qs(urlsplit(self.path).query).get("src")
        if not sources:  # the browser's /favicon.ico
            self.send_error(404)
            return
        source = sources[0]
        body = (
            f'<!DOCTYPE html><html lang="fr"><title>Commune</title><iframe src="{source}" '
            'title="Carte des lieux" width="600" height="480"></iframe></html>'
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def other_site():
    """Another origin on the loopback (Chromium refuses a public page framing a local one)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), FramingPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def framed(page, other_site: str, url: str):
    page.goto(f"{other_site}?{urlencode({'src': url})}")
    return page.frame_locator("iframe")


def test_the_embed_draws_the_map_inside_a_frame_of_another_site(new_context, site, other_site):
    page = new_context().new_page()
    frame = framed(page, other_site, f"{site.url}/lieux/carte/?departement=46")
    frame.locator("[data-places-map][data-markers]").wait_for()
    link = frame.locator("h1 a")
    assert link.get_attribute("href") == f"{site.url}/lieux/?departement=46"
    assert frame.locator(".leaflet-marker-icon").count() > 0


def test_the_other_pages_refuse_to_be_framed(new_context, site, other_site):
    page = new_context().new_page()
    framed(page, other_site, f"{site.url}/lieux/?departement=46")
    page.wait_for_timeout(1500)
    assert page.frames[1].evaluate("() => document.querySelector('#liste')") is None
