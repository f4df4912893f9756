"""The trainer's dashboard: "Ajouter un module" per catalogue, "Mes modules" with their states."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from tests.factories.accounts import hub_editor, trainer
from tests.factories.catalogue import TrainingCataloguePageFactory, TrainingModulePageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"


def dashboard(client, user) -> BeautifulSoup:
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(soup, name):
    return soup.find(id=f"{name}-section")


def module(owner, catalogue, title, live=False):
    page = TrainingModulePageFactory(parent=catalogue, title=title, live=live, owner=owner)
    Page.objects.filter(pk=page.pk).update(owner=owner)
    page.refresh_from_db()
    return page


def send_for_review(page, user):
    page.get_workflow().start(page, user)


def request_changes(page, reviewer, comment):
    page.current_workflow_task.on_action(
        page.current_workflow_task_state, reviewer, "reject", comment=comment
    )


def rows_by_title(section) -> dict[str, str]:
    rows = {}
    for row in section.select("tbody tr"):
        rows[row.select_one("td.title").get_text(strip=True)] = row.get_text(" ", strip=True)
    return rows


def counts(section) -> dict[str, int]:
    return {
        item.span.get_text(strip=True): int(item.strong.get_text(strip=True))
        for item in section.select(".rhinocc-state-counts li")
    }


@pytest.fixture
def catalogues():
    return [
        TrainingCataloguePageFactory(title="Intégrer le numérique"),
        TrainingCataloguePageFactory(title="Adopter une posture sociale"),
    ]


def test_a_trainer_gets_a_labelled_add_button_into_each_catalogue(client, catalogues):
    soup = dashboard(client, trainer())
    buttons = panel(soup, "add-module").select("a.button")
    assert [button.get_text(" ", strip=True) for button in buttons] == [
        "Ajouter un module dans « Intégrer le numérique »",
        "Ajouter un module dans « Adopter une posture sociale »",
    ]
    assert [button["href"] for button in buttons] == [
        reverse("wagtailadmin_pages:add", args=["catalogue", "trainingmodulepage", page.pk])
        for page in catalogues
    ]


def test_the_add_module_menu_item_leads_to_the_catalogues(client, catalogues):
    client.force_login(trainer())
    response = client.get(DASHBOARD)
    assert "Ajouter un module" in response.content.decode()
    assert "#add-module-section" in response.content.decode()


def test_my_modules_lists_each_state_with_its_count(client, catalogues):
    author, editor = trainer(), hub_editor()
    first, second = catalogues
    module(author, first, "Brouillon abandonné")
    module(author, first, "Module en ligne", live=True)
    reviewed = module(author, second, "Module en relecture")
    send_for_review(reviewed, author)
    returned = module(author, second, "Module à reprendre")
    send_for_review(returned, author)
    request_changes(returned, editor, "Précisez les prérequis.")

    section = panel(dashboard(client, author), "my-modules")
    assert section.find(id="my-modules-heading").get_text(strip=True) == "Mes modules"
    assert counts(section) == {
        "Brouillon": 1,
        "En relecture": 1,
        "Modifications demandées": 1,
        "Publié": 1,
    }
    rows = rows_by_title(section)
    assert "Brouillon" in rows["Brouillon abandonné"]
    assert "Intégrer le numérique" in rows["Brouillon abandonné"]
    assert "En relecture" in rows["Module en relecture"]
    assert "Publié" in rows["Module en ligne"]
    assert "Modifications demandées" in rows["Module à reprendre"]
    assert "Précisez les prérequis." in rows["Module à reprendre"]


def test_orphan_drafts_can_be_resumed_or_deleted(client, catalogues):
    author = trainer()
    draft = module(author, catalogues[0], "Commencé puis laissé")
    live = module(author, catalogues[0], "Publié depuis longtemps", live=True)

    section = panel(dashboard(client, author), "my-modules")
    row = next(row for row in section.select("tbody tr") if draft.title in row.get_text())
    links = {link.get_text(" ", strip=True): link["href"] for link in row.select("a.button")}
    assert links == {
        f"Reprendre « {draft.title} »": reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        f"Supprimer « {draft.title} »": reverse("wagtailadmin_pages:delete", args=[draft.pk]),
    }
    assert row.find("time")["datetime"].startswith(str(draft.latest_revision_created_at.date()))
    live_row = next(row for row in section.select("tbody tr") if live.title in row.get_text())
    assert "Supprimer" not in live_row.get_text()
    # The delete link works for its author: Wagtail's confirmation page opens.
    assert client.get(links[f"Supprimer « {draft.title} »"]).status_code == 200


def test_a_trainer_sees_none_of_the_modules_of_others(client, catalogues):
    author, other = trainer(), trainer()
    module(author, catalogues[0], "Le module d'une autre")
    soup = dashboard(client, other)
    assert panel(soup, "my-modules") is None
    assert "Le module d'une autre" not in soup.get_text()


def test_people_who_are_not_trainers_get_no_add_module_panel(client, catalogues):
    soup = dashboard(client, hub_editor())
    assert panel(soup, "add-module") is None
    assert "Ajouter un module" not in soup.get_text()


def test_the_dashboard_shows_no_empty_panel_and_no_broken_avatar(client, catalogues):
    soup = dashboard(client, trainer())
    for section in soup.select("section.w-panel"):
        assert section.get_text(strip=True), section["id"]
    avatars = soup.select(".avatar img")
    assert avatars
    for image in avatars:
        # No third-party avatar (settings), Wagtail's own default image instead.
        assert image["src"].startswith("/static/wagtailadmin/images/default-user-avatar.png")


def test_the_trainer_panels_cost_the_same_queries_with_more_modules(
    client, catalogues, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    author, editor = trainer(), hub_editor()
    client.force_login(author)

    def add_modules(count):
        for number in range(count):
            page = module(author, catalogues[number % 2], f"Module {number} {count}")
            send_for_review(page, author)
            if number % 2:
                request_changes(page, editor, "À revoir")
        module(author, catalogues[0], f"Brouillon {count}")

    add_modules(2)
    client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD)
    add_modules(4)
    with django_assert_max_num_queries(len(few)):
        response = client.get(DASHBOARD)
    assert response.content.decode().count("Module ") >= 6
