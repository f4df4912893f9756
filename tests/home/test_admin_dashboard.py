"""The hub editors' dashboard: what they curate, and their review queue."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories.accounts import hub_editor, trainer
from tests.factories.catalogue import training_index
from tests.factories.home import SelectionPageFactory, home

pytestmark = pytest.mark.django_db


def dashboard(client, user) -> BeautifulSoup:
    client.force_login(user)
    return BeautifulSoup(client.get("/admin/").content, "html.parser")


def test_a_hub_editor_finds_what_they_curate(client):
    SelectionPageFactory(title="Pour les seniors")
    training_index()
    soup = dashboard(client, hub_editor())
    section = soup.find(id="hub-curation-section")
    links = {link.get_text(strip=True): link["href"] for link in section.select("a")}
    assert links["Page d’accueil"] == reverse("wagtailadmin_pages:edit", args=[home().pk])
    assert "Sélections" in links and "Vocabulaires" in links
    assert "1" in section.find("a", string="Sélections").parent.get_text()
    # They review the trainers' modules: "À relire" is there, even when empty.
    assert "Rien n’attend votre relecture." in soup.find(id="to-review-section").get_text()


def test_trainers_get_no_curation_panel(client):
    assert dashboard(client, trainer()).find(id="hub-curation-section") is None
