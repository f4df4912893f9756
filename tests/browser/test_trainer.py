"""A trainer writes a training module in the admin and sends it for review; a hub editor
approves and publishes it.

Trainers may add modules to the catalogues and submit them to the "Relecture
formation" workflow (catalogue/access.py); only the hub's editors publish.
"""

import re
import secrets

import pytest
from playwright.sync_api import expect

from .admin_journeys import (
    AutosaveWatch,
    assert_accepted,
    log_in,
    no_broken_image,
    shoot,
    type_rich_text,
)

pytestmark = pytest.mark.browser

HUB_EDITOR = "editrice"
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


def test_trainer_writes_a_module_and_a_hub_editor_publishes_it(
    page, new_context, site, screenshots_folder
):
    title = f"Repérer les difficultés numériques en entretien {secrets.token_hex(3)}"
    catalogue = site.catalogue["title"]
    # The editing roles' door: RhinOcc's, in French.
    page.goto("/admin/login/")
    expect(page.locator("h1")).to_have_text("Connexion à l’espace d’édition de RhinOcc")
    expect(page.get_by_label("Mot de passe")).to_be_visible()
    shoot(page, screenshots_folder, "admin-login")
    log_in(page, site.trainer_username, site.trainer_password)

    # The dashboard starts the trainer's work: one labelled button per catalogue.
    expect(page.locator("#add-module-section")).to_be_visible()
    no_broken_image(page)
    shoot(page, screenshots_folder, "trainer-1-dashboard")

    # In the explorer too, adding says what it adds.
    page.goto("/admin/pages/")
    page.get_by_role("link", name=f"Explorer les sous-pages de « {catalogue} »").click()
    # (The sidebar's menu has an "Ajouter un module" entry too.)
    header = page.locator(".w-slim-header")
    header.get_by_role("link", name="Ajouter un module", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/catalogue/trainingmodulepage/\d+/"))

    autosave = AutosaveWatch(page)
    page.locator("#id_title").fill(title)
    for name, value in PLAIN_TEXT.items():
        page.locator(f"#id_{name}").fill(value)
    page.locator("#id_modality").select_option("blended")
    for name, value in RICH_TEXT.items():
        type_rich_text(page, name, value)
    autosave.wait_until_saved()

    # Sending for review is the footer's visible main button, not behind its arrow.
    submit = page.get_by_role("button", name="Envoyer en relecture", exact=True)
    expect(submit).to_be_visible(timeout=30_000)
    shoot(page, screenshots_folder, "trainer-2-module-form")
    submit.click()
    assert_accepted(page)
    expect(page.locator(".messages")).to_contain_text(f"« {title} » est envoyée en relecture")
    shoot(page, screenshots_folder, "trainer-3-sent-for-review")

    # In the catalogue's listing: in review, not live.
    row = page.locator("tr, [role=row]").filter(has_text=title)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(re.compile(r"en (relecture|modération)", re.IGNORECASE))
    expect(row).not_to_contain_text(re.compile(r"\bpubliée?\b", re.IGNORECASE))

    # "Mes modules" on the dashboard says so too.
    page.goto("/admin/")
    my_modules = page.locator("#my-modules-section")
    expect(my_modules.locator("tr").filter(has_text=title)).to_contain_text("En relecture")

    # The public does not see it yet.
    row_link = page.locator("#my-modules-section a").filter(has_text=title).first
    row_link.click()
    slug = page.locator("#id_slug").input_value()
    public = new_context().new_page()
    response = public.goto(f"{site.catalogue['url']}{slug}/")
    assert response is not None and response.status == 404, (
        f"a module in review answered {response and response.status} to the public"
    )

    # The hub editor finds it in "À relire", approves and publishes it.
    editor = new_context().new_page()
    log_in(editor, HUB_EDITOR, site.demo_password)
    to_review = editor.locator("#to-review-section")
    expect(to_review).to_contain_text(title)
    shoot(editor, screenshots_folder, "trainer-4-editor-dashboard")
    to_review.locator("tr").filter(has_text=title).get_by_role(
        "link", name=re.compile("Relire")
    ).click()
    approve = editor.get_by_role("button", name="Approuver et publier", exact=True)
    expect(approve).to_be_visible(timeout=30_000)
    shoot(editor, screenshots_folder, "trainer-5-editor-review")
    approve.click()
    expect(editor.locator(".messages")).to_contain_text(
        f"« {title} » est approuvée et publiée : elle est en ligne."
    )
    shoot(editor, screenshots_folder, "trainer-6-published")

    # Now listed in its catalogue, for everyone.
    visitor = new_context().new_page()
    visitor.goto(site.catalogue["url"])
    visitor.get_by_role("link", name=title).first.click()
    expect(visitor.locator("h1")).to_contain_text(title)

    # At its address too, at once, for the visitor who found it missing before.
    response = public.goto(f"{site.catalogue['url']}{slug}/")
    assert response is not None and response.status == 200
    expect(public.locator("h1")).to_contain_text(title)
