"""Every public page type, in a real browser: screenshots, axe-core, the frugality budget.

- Screenshots of each page type at 375 px and 1280 px, full page, saved under
  browser-artifacts/screenshots/ (a CI artefact).
- axe-core, injected into the page, finds no serious or critical violation at
  320, 375 and 1280 px, nor at 200 % zoom; every violation, whatever its impact,
  goes into browser-artifacts/report.json. The zoom is the browser's own: a 1280 px
  window zoomed to 200 % lays the page out in 640 CSS pixels at a device pixel ratio
  of 2, which is what the "zoom-200" viewport emulates (CSS `zoom` would leave the
  media queries at 1280 px, and so not test the layout a zooming reader gets).
- The frugality budget of issue 6: HTML + CSS + JS ≤ 120 kB transferred (as sent
  on the wire, compressed when the server compresses), one render-blocking
  stylesheet at most, no third-party request, width and height on every image,
  a Content-Security-Policy header and no CSP violation. The page weights go into
  the same report.
"""

import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "home",
    "training-index",
    "catalogue",
    "module",
    "kit-index",
    "kit",
    "content-index",
    "workshop-content",
    "resource-index",
    "resource",
    "community-index",
    "community",
    "standard-page",
    "selection",
    "search-results",
    "search-no-result",
    "competency-index",
    "competency",
    "term-listing",
    "login",
    "signup",
    "not-found",
]
# The screenshots' widths, and every layout axe-core checks.
WIDTHS = {375: 800, 1280: 900}
VIEWPORTS = {
    "320": {"viewport": {"width": 320, "height": 700}},
    "375": {"viewport": {"width": 375, "height": WIDTHS[375]}},
    "1280": {"viewport": {"width": 1280, "height": WIDTHS[1280]}},
    "zoom-200": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}
BLOCKING_IMPACTS = {"serious", "critical"}
BUDGET_BYTES = 120_000  # HTML + CSS + JS, as transferred
# Playwright's resource types, as the report names them.
KINDS = {
    "document": "html",
    "stylesheet": "css",
    "script": "js",
    "image": "images",
    "font": "fonts",
}


def recorded_page(context):
    """A new page of `context` that records its requests and console errors, CSP
    violations included."""
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    page = context.new_page()
    requests, console_errors = [], []
    page.on("request", lambda request: requests.append(request))
    page.on(
        "console",
        lambda message: console_errors.append(message.text) if message.type == "error" else None,
    )
    return page, requests, console_errors


def site_requests(requests, site_url) -> tuple[list[tuple[str, str, int]], list[str]]:
    """The site's own answered requests as (path, kind, bytes transferred), and the
    addresses requested from any other host."""
    site_origin = urlsplit(site_url).netloc
    own, third_party = [], []
    for request in requests:
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob"):
            continue
        if parts.netloc != site_origin:
            third_party.append(request.url)
        elif request.response() is not None:
            kind = KINDS.get(request.resource_type, "other")
            own.append((parts.path, kind, request.sizes()["responseBodySize"]))
    return own, third_party


AXE_RUN = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return {
    version: axe.version,
    violations: results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      tags: violation.tags,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String),
        html: node.html.slice(0, 300),
        failureSummary: node.failureSummary,
      })),
    })),
  };
}"""


def blocking_axe_violations(page, axe_source, site, name: str) -> list[str]:
    """axe-core run on the page as it is, its report kept under `name`; the serious and
    critical violations, one line each."""
    page.add_script_tag(content=axe_source)
    results = page.evaluate(AXE_RUN)
    site.report["axe_version"] = results["version"]
    site.report["axe"][name] = {"url": page.url, "violations": results["violations"]}
    return [
        f"{violation['impact']} {violation['id']} ({violation['help']}): "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


PAGE_FACTS = """() => ({
  blockingStylesheets: [...document.head.querySelectorAll("link[rel~='stylesheet']")]
    .filter((link) => !link.disabled && !["print", "not all"].includes((link.media || "").trim()))
    .map((link) => link.getAttribute("href")),
  imagesWithoutSize: [...document.images]
    .filter((image) => !image.getAttribute("width") || !image.getAttribute("height"))
    .map((image) => image.getAttribute("src")),
  cspViolations: window.__cspViolations || [],
})"""

RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
"""


def url_of(site, page_type: str) -> str:
    assert page_type in site.pages, f"prepare_site.py gives no URL for {page_type}"
    return site.pages[page_type]


def load(page, url: str, until="networkidle"):
    response = page.goto(url, wait_until=until)
    assert response is not None, f"no response for {url}"
    return response


def expected_status(page_type: str) -> int:
    return 404 if page_type == "not-found" else 200


@pytest.mark.parametrize("layout", list(VIEWPORTS))
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_screenshot_and_axe(page_type, layout, site, new_context, axe_source, screenshots_folder):
    """Saves the full-page screenshot, then runs axe-core on the same page."""
    # The site's CSP refuses injected scripts, axe-core's included: bypass it here only.
    context = new_context(**VIEWPORTS[layout], bypass_csp=True)
    page = context.new_page()
    url = url_of(site, page_type)
    response = load(page, url, until="load")
    assert response.status == expected_status(page_type), f"{url} answered {response.status}"

    if layout in ("375", "1280"):
        # Full pages at the two reference widths; a zoomed page is twice as many
        # pixels each way, too long to save for every page type.
        screenshot = screenshots_folder / f"{page_type}-{layout}.png"
        page.screenshot(path=screenshot, full_page=True, animations="disabled")
        assert screenshot.stat().st_size > 1000

    blocking = blocking_axe_violations(page, axe_source, site, f"{page_type}@{layout}")
    assert not blocking, f"axe-core on {url} at {layout}:\n" + "\n".join(blocking)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_frugality_budget(page_type, site, new_context):
    context = new_context(viewport={"width": 375, "height": 800})
    page, requests, console_errors = recorded_page(context)
    url = url_of(site, page_type)
    response = load(page, url)
    assert response.status == expected_status(page_type), f"{url} answered {response.status}"

    weights = {"html": 0, "css": 0, "js": 0, "images": 0, "fonts": 0, "other": 0}
    own, third_party = site_requests(requests, site.url)
    for _path, kind, size in own:
        weights[kind] += size
    budgeted = weights["html"] + weights["css"] + weights["js"]
    facts = page.evaluate(PAGE_FACTS)
    csp_errors = [text for text in console_errors if "Content Security Policy" in text]
    site.report["weights"][page_type] = {
        "url": url,
        "bytes": weights,
        "html_css_js": budgeted,
        "budget": BUDGET_BYTES,
        "html_content_encoding": response.headers.get("content-encoding", "none"),
        "requests": len(requests),
        "render_blocking_stylesheets": facts["blockingStylesheets"],
    }

    problems = []
    if budgeted > BUDGET_BYTES:
        problems.append(f"HTML + CSS + JS: {budgeted} bytes > {BUDGET_BYTES} ({weights})")
    if len(facts["blockingStylesheets"]) > 1:
        problems.append(f"render-blocking stylesheets: {facts['blockingStylesheets']}")
    if third_party:
        problems.append(f"third-party requests: {third_party}")
    if facts["imagesWithoutSize"]:
        problems.append(f"images without width and height: {facts['imagesWithoutSize']}")
    if not response.headers.get("content-security-policy"):
        problems.append("no Content-Security-Policy header")
    if csp_errors or facts["cspViolations"]:
        problems.append(f"CSP violations: {csp_errors + facts['cspViolations']}")
    assert not problems, f"{url}:\n" + "\n".join(problems)


def test_static_files_are_fingerprinted_compressed_and_cached(site, new_context):
    """What the browser gets is what production serves: manifest names, br/gzip, long cache."""
    page = new_context().new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    load(page, "/")
    static = [r for r in responses if urlsplit(r.url).path.startswith("/static/")]
    assert any(r.request.resource_type == "stylesheet" for r in static), (
        "the home page loads no stylesheet from /static/"
    )
    for response in static:
        path = urlsplit(response.url).path
        assert re.search(r"\.[0-9a-f]{12}\.\w+$", path), f"not fingerprinted: {path}"
        assert "immutable" in response.headers.get("cache-control", ""), path
        if response.request.resource_type in ("stylesheet", "script"):
            assert response.headers.get("content-encoding") in ("br", "gzip"), path
