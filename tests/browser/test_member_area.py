"""A mediator signs up, logs in from the header, finds Mon espace, changes their name and
logs out with the header's button.

The served site writes its mails as files (EMAIL_FILE_PATH, see conftest.py): the
confirmation link is read there, as the person would read it in their inbox.
"""

import email
import email.policy
import re
import secrets
import time

import pytest
from playwright.sync_api import expect

from .test_pages import blocking_axe_violations

pytestmark = pytest.mark.browser

WIDTHS = (375, 1280)
PASSWORD = "un-mot-de-passe-solide-" + secrets.token_hex(4)
SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def mails_to(folder, address: str) -> list[str]:
    """The plain-text bodies of the mails the site sent to `address`, oldest first."""
    bodies = []
    for path in sorted(folder.glob("*.log"), key=lambda path: path.stat().st_mtime):
        for chunk in path.read_bytes().split(SEPARATOR):
            if not chunk.strip():
                continue
            message = email.message_from_bytes(chunk, policy=email.policy.default)
            if address in str(message["To"]):
                bodies.append(message.get_body(("plain",)).get_content())
    return bodies


def wait_for_mail(folder, address: str, timeout=15, containing: str = "") -> str:
    """The latest mail to `address` (holding `containing`, if given), once it has come."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if bodies := [body for body in mails_to(folder, address) if containing in body]:
            return bodies[-1]
        time.sleep(0.2)
    pytest.fail(f"no mail to {address} with {containing!r} in {folder}")


def screenshot_both_widths(page, folder, name: str, locator=None) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        target = page.locator(locator) if locator else page
        if locator:
            target.screenshot(path=folder / f"{name}-{width}.png", animations="disabled")
        else:
            target.screenshot(
                path=folder / f"{name}-{width}.png", full_page=True, animations="disabled"
            )
    page.set_viewport_size({"width": 1280, "height": 900})


def assert_no_blocking_axe_violation(page, axe_source, site, name: str) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        blocking = blocking_axe_violations(page, axe_source, site, f"{name}@{width}")
        assert not blocking, f"axe-core on {page.url} at {width} px:\n" + "\n".join(blocking)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_sign_up_log_in_mon_espace_change_name_log_out(
    site, new_context, axe_source, screenshots_folder
):
    address = f"ines-{secrets.token_hex(4)}@rhinocc.example"
    # The site's CSP refuses injected scripts, axe-core's included: bypass it here only.
    page = new_context(bypass_csp=True).new_page()
    # Seven journeys share two cores in CI: a first render of a cold page may take a while.
    page.set_default_navigation_timeout(60_000)
    expect.set_options(timeout=15_000)
    header = page.locator("header.site-header")

    # Anonymous: the header offers to log in or sign up.
    page.goto("/")
    account = header.get_by_role("navigation", name="Votre compte")
    expect(account.get_by_role("link", name="Se connecter")).to_be_visible()
    screenshot_both_widths(page, screenshots_folder, "header-anonymous", "header.site-header")

    # Sign up: the confirmation link arrives by mail, at the site's own address.
    account.get_by_role("link", name="Créer un compte").click()
    page.get_by_label("Adresse électronique").fill(address)
    page.locator("form.account-form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vérifiez votre messagerie")
    body = wait_for_mail(site.mail_folder, address)
    assert body.startswith("Bonjour,")
    link = re.search(r"(http\S+/inscription/confirmer/\S+/)", body)[1]
    assert link.startswith(site.url + "/")
    page.goto(link)
    page.locator("#id_first_name").fill("Inès")
    page.locator("#id_last_name").fill("Navigatrice")
    page.locator("#id_new_password1").fill(PASSWORD)
    page.locator("#id_new_password2").fill(PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    expect(header.get_by_role("link", name=re.compile("Inès Navigatrice"))).to_be_visible()

    # Log out with the header's button, then log in again from the header, by e-mail.
    header.get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(site.url + "/")
    header.get_by_role("link", name="Se connecter").click()
    page.get_by_label("Adresse électronique ou identifiant").fill(address)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    expect(page).to_have_url(site.url + "/")  # `next`: back where the member was

    # Mon espace, from the header's name and from the footer's "Espace membres".
    page.locator("footer").get_by_role("link", name="Espace membres").click()
    expect(page).to_have_url(site.url + "/mon-espace/")
    header.get_by_role("link", name=re.compile("Inès Navigatrice")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon espace")
    main = page.locator("main")
    expect(main.get_by_role("heading", name="Qui je suis")).to_be_visible()
    expect(main.get_by_text(address)).to_be_visible()
    expect(main.get_by_text("Médiateurs")).to_be_visible()
    expect(main.get_by_role("heading", name="Mes communautés")).to_be_visible()
    screenshot_both_widths(page, screenshots_folder, "journey-member-area")
    assert_no_blocking_axe_violation(page, axe_source, site, "member-area")

    # Change my name: the header says it at once.
    main.get_by_role("link", name="Modifier mon nom").click()
    page.locator("#id_first_name").fill("Inès-Marie")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page).to_have_url(site.url + "/mon-espace/")
    expect(page.get_by_role("status")).to_contain_text("Votre nom est enregistré.")
    expect(header.get_by_role("link", name=re.compile("Inès-Marie Navigatrice"))).to_be_visible()
    screenshot_both_widths(page, screenshots_folder, "header-logged-in", "header.site-header")

    # GET /deconnexion/ is a page with the button; the header's button logs out.
    page.goto("/deconnexion/")
    expect(page.locator("main").get_by_role("button", name="Se déconnecter")).to_be_visible()
    screenshot_both_widths(page, screenshots_folder, "journey-logout")
    header.get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(site.url + "/")
    expect(header.get_by_role("link", name="Se connecter")).to_be_visible()
    page.goto("/mon-espace/")
    expect(page).to_have_url(re.compile(r"/connexion/\?next=/mon-espace/$"))
