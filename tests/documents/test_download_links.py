"""Télécharger saves the file; Ouvrir, for PDFs and images only, shows it in the browser.

Both links go through the real serve view (documents.views.serve_document), which keeps
the rights of private collections and the sandbox of every file it sends.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile

from demo.files import make_odt
from tests.factories.accounts import community_member
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory, pdf_bytes
from tests.factories.images import png_bytes
from tests.factories.kits import KitPageFactory, tools

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
SANDBOX = "default-src 'none'; sandbox"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def browser(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


def pdf(title="Guide du Pass numérique", **fields):
    return DocumentFactory(
        title=title, file=ContentFile(pdf_bytes(title), name="guide.pdf"), **fields
    )


def odt(title="Fiche de liaison"):
    content = make_odt(title, ["Accueillir, écouter, orienter."] * 20)
    return DocumentFactory(title=title, file=ContentFile(content, name="fiche.odt"))


def png(title="Affiche de l'atelier"):
    return DocumentFactory(title=title, file=ContentFile(png_bytes(), name="affiche.png"))


def download_card(client, page, title):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    for card in soup.select(".download"):
        if card.select_one(".download__title").get_text(strip=True) == title:
            return card
    raise AssertionError(f"no download card for {title!r}")


def link(card, word):
    """The card's link whose visible text starts with `word`."""
    for anchor in card.select("a.button"):
        if anchor.get_text(" ", strip=True).startswith(word):
            return anchor
    return None


def test_telecharger_and_ouvrir_of_a_pdf_say_which_file_its_format_and_size(browser):
    guide = pdf()
    kit = KitPageFactory(tools=tools(guide))
    card = download_card(browser, kit, guide.title)

    download, opening = link(card, "Télécharger"), link(card, "Ouvrir")
    size = card.select_one(".download__facts").get_text(" ", strip=True)
    assert "\u00a0octets" in size and "Kio" not in size and "bytes" not in size
    assert download is not None and opening is not None
    name = opening.get_text(" ", strip=True)
    assert name.startswith("Ouvrir Guide du Pass numérique (PDF, ")
    assert name.endswith("\u00a0octets)")
    assert download.get_text(" ", strip=True).startswith(
        "Télécharger Guide du Pass numérique (PDF,"
    )
    assert "((" not in download.get_text() and "))" not in download.get_text()


def test_telecharger_sends_an_attachment_and_ouvrir_shows_a_pdf_inline(browser):
    guide = pdf()
    card = download_card(browser, KitPageFactory(tools=tools(guide)), guide.title)

    downloaded = browser.get(link(card, "Télécharger")["href"])
    assert downloaded.status_code == 200
    assert downloaded["Content-Disposition"].startswith("attachment;")

    opened = browser.get(link(card, "Ouvrir")["href"])
    assert opened.status_code == 200
    assert opened["Content-Type"] == "application/pdf"
    assert opened["Content-Disposition"].startswith("inline;")
    assert "guide.pdf" in opened["Content-Disposition"]
    # The same protections as a download: the file runs nothing of the site's.
    assert opened["Content-Security-Policy"] == SANDBOX
    assert opened["X-Content-Type-Options"] == "nosniff"
    assert b"".join(opened.streaming_content).startswith(b"%PDF-")


def test_an_image_opens_inline_too(browser):
    poster = png()
    card = download_card(browser, KitPageFactory(tools=tools(poster)), poster.title)
    opened = browser.get(link(card, "Ouvrir")["href"])
    assert opened["Content-Type"] == "image/png"
    assert opened["Content-Disposition"].startswith("inline;")
    assert opened["Content-Security-Policy"] == SANDBOX


def test_an_editable_document_has_no_ouvrir_and_is_never_sent_inline(browser):
    sheet = odt()
    card = download_card(browser, KitPageFactory(tools=tools(sheet)), sheet.title)
    assert link(card, "Télécharger") is not None
    assert link(card, "Ouvrir") is None

    # Asked for by hand, "ouvrir" changes nothing: the file stays an attachment.
    forced = browser.get(f"{sheet.url}?ouvrir")
    assert forced.status_code == 200
    assert forced["Content-Disposition"].startswith("attachment;")
    assert forced["Content-Security-Policy"] == SANDBOX


def test_a_range_of_an_opened_pdf_stays_inline(browser):
    guide = pdf()
    partial = browser.get(f"{guide.url}?ouvrir", HTTP_RANGE="bytes=0-9")
    assert partial.status_code == 206
    assert partial["Content-Disposition"].startswith("inline;")
    assert partial["Content-Security-Policy"] == SANDBOX


@pytest.mark.parametrize("role", ["anonymous", "member of another space"])
def test_a_private_document_is_still_refused_to_an_outsider_through_both_links(browser, role):
    space = CommunityPageFactory(title="Espace privé du réseau", is_private=True)
    other_space = CommunityPageFactory(title="Autre espace privé", is_private=True)
    secret = pdf("Compte rendu interne", collection=space.access.collection)
    if role != "anonymous":
        browser.force_login(community_member(other_space))

    for url in (secret.url, f"{secret.url}?ouvrir"):
        response = browser.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/connexion/")
        assert "Content-Disposition" not in response


def test_a_member_opens_their_space_s_pdf_inline(browser):
    space = CommunityPageFactory(title="Espace privé du réseau", is_private=True)
    secret = pdf("Compte rendu interne", collection=space.access.collection)
    browser.force_login(community_member(space))
    opened = browser.get(f"{secret.url}?ouvrir")
    assert opened.status_code == 200
    assert opened["Content-Disposition"].startswith("inline;")
    assert opened["Content-Security-Policy"] == SANDBOX
