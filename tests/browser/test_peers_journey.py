"""Peers share and judge, end to end on the served site (issue 17's "done when").

A mediator saves three contents into a new collection, makes it public and shares its
address, rates one content and reports another; a visitor without an account opens the
collection; a hub editor processes the report from the admin's queue and the reporter is
told; the scheduled digest command runs as the timer would, the worker (started with the
site, as `make serve` and deploy/ do) sends the mediator their digest; `/statistiques/`
shows the demo's figures.
"""

import re
import secrets
import subprocess
import sys
import time

import pytest
from playwright.sync_api import expect

from tests.servers import REPO

from .admin_journeys import log_in as log_in_to_admin
from .test_layout import HYPHENATED, WRAPPING
from .test_member_area import (
    assert_no_blocking_axe_violation,
    mails_to,
    screenshot_both_widths,
    wait_for_mail,
)

pytestmark = pytest.mark.browser

# The demo's accounts (demo/accounts.py): the mediator follows what demo/follows.py says.
MEDIATOR = "mediatrice"
EDITOR = "editrice"


def log_in(page, site, username):
    page.goto("/connexion/")
    page.get_by_label("Adresse électronique ou identifiant").fill(username)
    page.locator("#id_password").fill(site.demo_password)
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator("header.site-header")).to_contain_text("Se déconnecter")


def save_into(page, url, choice, new_title=""):
    """« Enregistrer » on the content's page, then the collection to save it into."""
    page.goto(url)
    title = page.get_by_role("heading", level=1).inner_text()
    page.locator(".content-actions").get_by_role("link", name=re.compile("^Enregistrer")).click()
    expect(page).to_have_url(re.compile(r"/collections/enregistrer/\?page=\d+"))
    page.get_by_label(choice, exact=True).check()
    if new_title:
        page.get_by_label("Titre de la nouvelle collection").fill(new_title)
    page.locator("form.save-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(url)))
    expect(page.locator(".content-actions__saved")).to_contain_text(new_title or choice)
    return title


def test_mediator_shares_rates_and_reports_editor_moderates_follower_gets_the_digest(
    site, new_context, axe_source, screenshots_folder
):
    page = new_context(bypass_csp=True).new_page()
    page.set_default_navigation_timeout(60_000)
    expect.set_options(timeout=15_000)
    log_in(page, site, MEDIATOR)
    page.goto("/mon-espace/")
    mediator_address = re.search(r"[\w.+-]+@[\w.-]+", page.locator("main").inner_text()).group(0)

    # Three contents into a new collection, made public with a description.
    collection_title = f"Ateliers pour les aidants {secrets.token_hex(2)}"
    contents = [
        site.pages["workshop-content"],
        site.pages["kit"],
        site.pages["resource"],
    ]
    titles = [save_into(page, contents[0], "Une nouvelle collection", collection_title)]
    titles += [save_into(page, url, collection_title) for url in contents[1:]]
    page.locator(".content-actions__saved").get_by_role("link", name=collection_title).click()
    page.get_by_role("link", name="Renommer, décrire, rendre publique ou privée").click()
    page.get_by_label("Description").fill("Trois supports pour un atelier du jeudi.")
    page.get_by_label(re.compile("^Publique")).check()
    page.locator("main form button[type=submit]").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(collection_title)
    shared_url = page.url
    assert re.search(r"/collections/\d+-[\w-]+/$", shared_url)
    for title in titles:
        expect(page.locator(".collection-items")).to_contain_text(title)
    screenshot_both_widths(page, screenshots_folder, "peers-1-collection-curated")

    # The address shared: a visitor without an account reads the same three contents,
    # in the same order, without the curator's tools; the public list shows it.
    visitor = new_context(bypass_csp=True).new_page()
    visitor.goto(shared_url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(collection_title)
    cards = visitor.locator(".collection-items .card__title")
    expect(cards).to_have_count(3)
    assert [text.strip() for text in cards.all_inner_texts()] == titles
    expect(visitor.locator(".collection-item__tools")).to_have_count(0)
    expect(
        visitor.get_by_role("link", name=re.compile("Télécharger tous les fichiers"))
    ).to_be_visible()
    screenshot_both_widths(visitor, screenshots_folder, "peers-2-collection-shared")
    assert_no_blocking_axe_violation(visitor, axe_source, site, "peers-collection")
    visitor.goto("/collections/")
    expect(visitor.locator("main")).to_contain_text(collection_title)

    # Rates the first content, with a comment that holds markup: shown as text.
    page.goto(contents[0])
    feedback = page.locator("form.feedback-form")
    feedback.get_by_label("Très recommandé", exact=True).check()
    comment = f"Testé avec un groupe <b>de seniors</b> {secrets.token_hex(2)}"
    feedback.locator("textarea").fill(comment)
    feedback.get_by_role("button", name="Envoyer mon avis").click()
    expect(page.locator("main")).to_contain_text(comment)
    expect(page.locator("main b", has_text="de seniors")).to_have_count(0)
    screenshot_both_widths(page, screenshots_folder, "peers-3-rated", ".feedback")

    # Reports the second content, leaving an address for the outcome.
    page.goto(contents[1])
    page.locator(".content-actions").get_by_role("link", name=re.compile("^Signaler")).click()
    expect(page).to_have_url(re.compile(r"/signaler/contenu/\d+/"))
    page.get_by_label("Contenu obsolète").check()
    report_comment = f"Le lien vers la démarche a changé ({secrets.token_hex(2)})."
    page.locator("form.report-form textarea").fill(report_comment)
    page.locator("form.report-form input[type=email]").fill(mediator_address)
    screenshot_both_widths(page, screenshots_folder, "peers-4-report-form")
    page.get_by_role("button", name="Envoyer le signalement").click()
    expect(page).to_have_url(re.compile(r"/signaler/merci/"))

    # The hub editor finds it in the admin's queue and dismisses it; the reporter is told.
    editor = new_context().new_page()
    editor.set_default_navigation_timeout(60_000)
    log_in_to_admin(editor, EDITOR, site.demo_password)
    editor.goto("/admin/signalements/?state=new")
    row = editor.locator("tr").filter(has_text=titles[1])
    expect(row).to_contain_text("Contenu obsolète")
    screenshot_both_widths(editor, screenshots_folder, "peers-5-report-queue")
    row.get_by_role("link", name=titles[1]).first.click()
    expect(editor.locator("main")).to_contain_text(report_comment)
    told_before = len(mails_to(site.mail_folder, mediator_address))
    editor.get_by_role("link", name="Classer sans suite", exact=True).click()
    editor.get_by_role("button", name="Classer le signalement sans suite").click()
    expect(editor.locator(".messages")).to_be_visible()
    editor.goto("/admin/signalements/?state=processed")
    expect(editor.locator("tr").filter(has_text=titles[1]).first).to_contain_text("Traité")
    outcome = wait_for_mail(site.mail_folder, mediator_address)
    assert len(mails_to(site.mail_folder, mediator_address)) == told_before + 1
    assert titles[1] in outcome

    # The digest: the scheduled command enqueues it, the site's worker sends it, after
    # what was queued before it (the demo's loading leaves its pages' index updates).
    wait_until_the_queue_is_empty(site)
    enqueued = manage(site, "send_digests")
    assert re.search(r"[1-9]\d* lettre\(s\) de suivi mise\(s\) en file", enqueued.stdout)
    # The worker polls its queue: the digest comes a few seconds after the command.
    digest = wait_for_mail(
        site.mail_folder, mediator_address, timeout=60, containing="/lettre/desinscription/"
    )
    assert re.search(r"https?://\S+/lettre/desinscription/\S+", digest)

    # The public figures, for funders: the demo's year of activity.
    visitor.goto("/statistiques/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Le Hub en chiffres")
    figures = visitor.locator("main table td")
    assert any(re.search(r"[1-9]", text) for text in figures.all_inner_texts())
    expect(visitor.locator("main svg[role=img]").first).to_be_visible()
    screenshot_both_widths(visitor, screenshots_folder, "peers-6-statistics")
    assert_no_blocking_axe_violation(visitor, axe_source, site, "public-statistics")


def manage(site, *arguments) -> subprocess.CompletedProcess:
    """`manage.py` with the served site's settings and database, as its timer runs it."""
    done = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *arguments],
        cwd=REPO,
        env=site.environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


QUEUED = (
    "from django_tasks_db.models import DBTaskResult;"
    "print(DBTaskResult.objects.ready().count() + DBTaskResult.objects.running().count())"
)


def wait_until_the_queue_is_empty(site, timeout=900):
    deadline = time.monotonic() + timeout
    while (left := int(manage(site, "shell", "--no-imports", "-c", QUEUED).stdout.strip())) > 0:
        if time.monotonic() > deadline:
            pytest.fail(f"the worker still has {left} tasks to run after {timeout} s")
        time.sleep(5)


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_mon_espace_of_a_member_who_follows_and_saves_fits_the_screen(
    width, site, new_context, screenshots_folder
):
    """The demo's mediator has every panel filled: follows and their choosers, the feed,
    notifications, collections, recommendations and join requests."""
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    page.set_default_navigation_timeout(60_000)
    log_in(page, site, MEDIATOR)
    page.goto("/mon-espace/")
    for panel in ("follows", "feed", "notifications", "collections"):
        expect(page.locator(f".member-panel--{panel}")).to_be_visible()
    facts = page.evaluate(WRAPPING, HYPHENATED)
    assert not facts["overflowing"], f"Mon espace at {width} px: overflows {facts['overflowing']}"
    assert not facts["splitWords"], f"Mon espace at {width} px: words cut {facts['splitWords']}"
    # The innermost elements past the screen's right edge: what makes the page scroll.
    wide = page.evaluate(
        """() => {
          const edge = document.documentElement.clientWidth + 1;
          const past = [...document.body.querySelectorAll("*")].filter((element) =>
            !element.closest(".visually-hidden")
            && element.getBoundingClientRect().right > edge);
          return past.filter((element) => !past.some((other) => other !== element
                                                     && element.contains(other)))
            .map((element) => element.outerHTML.slice(0, 100));
        }"""
    )
    assert not wide, f"Mon espace at {width} px: past the screen's edge {wide}"
    assert facts["sidewaysScroll"] <= 0, f"Mon espace scrolls {facts['sidewaysScroll']} px"
    if width != 320:
        page.screenshot(
            path=screenshots_folder / f"peers-7-mon-espace-{width}.png", full_page=True
        )
