"""The main menu names only the sections this visitor may open."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.accounts import hub_editor
from tests.factories.home import StandardPageFactory, home

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections():
    open_section = StandardPageFactory(parent=home(), title="À propos du hub", show_in_menus=True)
    closed_section = StandardPageFactory(
        parent=home(), title="Coulisses du comité de pilotage", show_in_menus=True
    )
    restriction = PageViewRestriction.objects.create(
        page=closed_section, restriction_type=PageViewRestriction.LOGIN
    )
    return open_section, closed_section, restriction


def menu_text(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]


def test_outsiders_do_not_see_a_restricted_section_in_the_menu(client, sections):
    menu = menu_text(client)
    assert "À propos du hub" in menu
    assert "Coulisses du comité de pilotage" not in menu


def test_those_who_may_open_it_see_it(client, sections):
    client.force_login(hub_editor())
    assert "Coulisses du comité de pilotage" in menu_text(client)
