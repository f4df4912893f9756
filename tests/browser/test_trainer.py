"""A trainer writes a training module in the admin and submits it for review.

Trainers may add modules to the catalogues and submit them to the "Relecture
formation" workflow (accounts/roles.py); only the hub's editors publish.
"""

import re
import secrets
import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

RICH_TEXT = {
    "objectives": "Repérer les freins au numérique des personnes accompagnées.",
    "teaching_methods": "Apports, études de cas et mises en situation.",
    "assessment_methods": "Quiz de fin de module et auto-positionnement.",
}
PLAIN_TEXT = {
    "summary": "Un module court pour repérer les difficultés numériques en entretien.",
    "target_audience": "Travailleurs sociaux et conseillers d'accueil.",
    "duration_hours": "3.5",
    "price": "Gratuit pour les structures du réseau",
    "access_terms": "Inscription jusqu'à sept jours avant la session.",
    "contact": "formations@rhinocc.example",
}


def log_in(page, site):
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.get_by_label("Adresse électronique ou identifiant").fill(site.trainer_username)
    page.locator("#id_password").fill(site.trainer_password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def rich_text_editor(page, field_name):
    wrapper = page.locator("[data-field-wrapper]").filter(has=page.locator(f"#id_{field_name}"))
    return wrapper.locator("[contenteditable=true]")


class AutosaveWatch:
    """Wagtail 8 saves the editor's form in the background about 1 s after the last change.

    A person pauses before clicking "Submit"; a test must too. On a new page, a
    submission sent while the first autosave is creating the page makes the server
    create it twice, and the second fails with a 500 (see the report of issue 6).
    So: wait until the autosave has created the draft (the form then posts to the
    page's edit view) and the editor has stopped saving.
    """

    QUIET_SECONDS = 2.0
    FORM_URL = re.compile(r"/admin/pages/(add/|\d+/edit/)")
    EDIT_URL = re.compile(r"/admin/pages/\d+/edit/")

    def __init__(self, page):
        self.page = page
        self.in_flight = 0
        self.last_activity = time.monotonic()
        page.on("request", self.started)
        page.on("requestfinished", self.finished)
        page.on("requestfailed", self.finished)

    def is_form_post(self, request) -> bool:
        return request.method == "POST" and bool(self.FORM_URL.search(request.url))

    def started(self, request):
        if self.is_form_post(request):
            self.in_flight += 1
            self.last_activity = time.monotonic()

    def finished(self, request):
        if self.is_form_post(request):
            self.in_flight -= 1
            self.last_activity = time.monotonic()

    def wait_until_saved(self, timeout=30):
        form = self.page.locator("form[data-edit-form]")
        if "w-autosave" in (form.get_attribute("data-controller") or ""):
            expect(form).to_have_attribute("action", self.EDIT_URL, timeout=timeout * 1000)
        self.last_activity = max(self.last_activity, time.monotonic())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            quiet_for = time.monotonic() - self.last_activity
            if self.in_flight == 0 and quiet_for >= self.QUIET_SECONDS:
                return
            self.page.wait_for_timeout(100)
        pytest.fail(f"the editor's autosave did not settle in {timeout} s")


def test_trainer_creates_a_module_and_submits_it_for_review(page, new_context, site):
    title = f"Repérer les difficultés numériques en entretien {secrets.token_hex(3)}"
    log_in(page, site)

    # From the page explorer to the catalogue, then "add a subpage".
    page.goto("/admin/pages/")
    catalogue = site.catalogue["title"]
    page.get_by_role("link", name=f"Explorer les sous-pages de « {catalogue} »").click()
    page.get_by_role("link", name="Ajouter une sous-page").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/catalogue/trainingmodulepage/\d+/"))

    autosave = AutosaveWatch(page)
    page.locator("#id_title").fill(title)
    for name, value in PLAIN_TEXT.items():
        page.locator(f"#id_{name}").fill(value)
    page.locator("#id_modality").select_option("blended")
    for name, value in RICH_TEXT.items():
        editor = rich_text_editor(page, name)
        editor.scroll_into_view_if_needed()
        editor.focus()
        page.keyboard.type(value)
        expect(editor).to_contain_text(value)
        # Draftail writes to its hidden input a moment after the last keystroke.
        expect(page.locator(f"#id_{name}")).to_have_value(re.compile(re.escape(value)))
    autosave.wait_until_saved()
    # The footer's action menu: "Save draft" first, the other actions behind its toggle.
    submit = page.get_by_role("button", name=re.compile(r"Soumettre à Relecture formation"))
    if not submit.is_visible():
        page.get_by_role("button", name="Plus d'actions").click()
    submit.click()
    refused = page.locator(".w-field--error")
    assert refused.count() == 0, "the module was refused: " + "; ".join(
        field.get_attribute("data-contentpath") + ": " + field.inner_text()
        for field in refused.all()
    )

    # Back in the catalogue's listing: the module is there, in moderation, not live.
    expect(page.locator(".messages")).to_contain_text(title)
    row = page.locator("tr, [role=row]").filter(has_text=title)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(re.compile(r"en (relecture|modération)", re.IGNORECASE))
    expect(row).not_to_contain_text(re.compile(r"\bpubliée?\b", re.IGNORECASE))

    # Its edit page names the workflow step it waits for.
    row.get_by_role("link", name=title).first.click()
    expect(page.locator("body")).to_contain_text("Relecture formation")
    expect(page.get_by_role("button", name=re.compile(r"^Publier$"))).to_have_count(0)

    # The public never sees it.
    slug = page.locator("#id_slug").input_value()
    public = new_context().new_page()
    response = public.goto(f"{site.catalogue['url']}{slug}/")
    assert response is not None and response.status == 404, (
        f"a module in moderation answered {response and response.status} to the public"
    )
