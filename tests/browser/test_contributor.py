"""A contributor adds a resource to their community and sends it for review; an
administrator of the community approves and publishes it; it shows on the community's page.

Contributors may add under their community's page and submit to its "Relecture
communauté" workflow, reviewed by its administrators (communities/access.py).
"""

import re
import secrets

import pytest
from playwright.sync_api import expect

from .admin_journeys import AutosaveWatch, assert_accepted, log_in, shoot, type_rich_text

pytestmark = pytest.mark.browser

# The demo's accounts in the Sicoval network (demo/accounts.py).
CONTRIBUTOR = "contributrice-sicoval"
COMMUNITY_ADMIN = "admin-sicoval"


def test_contributor_adds_a_resource_that_the_community_admin_publishes(
    page, new_context, site, screenshots_folder
):
    title = f"Le point numérique de la mairie {secrets.token_hex(3)}"
    log_in(page, CONTRIBUTOR, site.demo_password)

    # The dashboard names the contributor's community on its add button.
    add = page.locator("#add-contribution-section a.button")
    expect(add).to_have_count(1)
    community = re.search(r"« (.+) »", add.inner_text()).group(1)
    shoot(page, screenshots_folder, "contributor-1-dashboard")
    add.click()
    page.get_by_role("link", name=re.compile(r"^Ressource", re.IGNORECASE)).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/kits/resourcepage/\d+/"))

    autosave = AutosaveWatch(page)
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill("Un accueil sans rendez-vous pour les démarches en ligne.")
    page.locator("#id_kind").select_option("public_service")
    type_rich_text(page, "body", "Le mardi matin, un conseiller aide aux démarches en ligne.")
    autosave.wait_until_saved()

    submit = page.get_by_role("button", name="Envoyer en relecture", exact=True)
    expect(submit).to_be_visible(timeout=30_000)
    shoot(page, screenshots_folder, "contributor-2-form")
    submit.click()
    assert_accepted(page)
    expect(page.locator(".messages")).to_contain_text(f"« {title} » est envoyée en relecture")
    shoot(page, screenshots_folder, "contributor-3-sent-for-review")

    page.goto("/admin/")
    mine = page.locator("#my-contributions-section tr").filter(has_text=title)
    expect(mine).to_contain_text("En relecture")

    # The community's administrator reviews it from "À relire".
    admin = new_context().new_page()
    log_in(admin, COMMUNITY_ADMIN, site.demo_password)
    to_review = admin.locator("#to-review-section")
    expect(to_review).to_contain_text(title)
    expect(admin.locator("#community-contributions-section")).to_contain_text(title)
    shoot(admin, screenshots_folder, "contributor-4-admin-dashboard")
    to_review.locator("tr").filter(has_text=title).get_by_role(
        "link", name=re.compile("Relire")
    ).click()
    approve = admin.get_by_role("button", name="Approuver et publier", exact=True)
    expect(approve).to_be_visible(timeout=30_000)
    approve.click()
    expect(admin.locator(".messages")).to_contain_text(
        f"« {title} » est approuvée et publiée : elle est en ligne."
    )
    shoot(admin, screenshots_folder, "contributor-5-published")

    # On the public site, the community's page lists it.
    public = new_context().new_page()
    public.goto(site.pages["community-index"])
    public.get_by_role("link", name=community).first.click()
    expect(public.locator("main")).to_contain_text(title)
    shoot(public, screenshots_folder, "contributor-6-community-page")
