"""A community's page: counted texts refused past their limit in French, never cut,
with help texts that say the limit."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import querydict_from_html

from tests.factories.accounts import community_admin, hub_editor
from tests.factories.communities import CommunityPageFactory, contacts

pytestmark = pytest.mark.django_db


def plain(text) -> str:
    return str(text).replace("\xa0", " ").replace("\u202f", " ")


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_data(client, page) -> dict:
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    return {key: value for key, value in data.items() if not key.startswith("action-")}


def errors(response, name: str, formset: str | None = None) -> list[str]:
    form = response.context["form"]
    forms = form.formsets[formset].forms if formset else [form]
    return [plain(error) for child in forms for error in child.errors.get(name, [])]


def rendered_input(response, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', response.content.decode())
    assert match, f"no input named {name}"
    return match.group(0)


@pytest.fixture
def community():
    return CommunityPageFactory(title="Réseau du Sicoval", contacts=contacts("Léa Martin"))


def test_a_too_long_summary_is_refused_in_french_and_kept(client, community):
    client.force_login(community_admin(community))
    data = form_data(client, community)
    summary = "Le réseau rassemble les médiateurs du territoire." * 7
    data["summary"] = summary
    response = client.post(edit_url(community), data)
    assert response.status_code == 200
    assert errors(response, "summary") == [
        f"Ce texte compte {len(summary)} caractères, pour 300 au plus : raccourcissez-le."
    ]
    assert escape(summary) in response.content.decode()
    community.refresh_from_db()
    assert community.summary == "Un réseau local de médiation numérique."


def test_a_too_long_phone_number_is_refused_and_kept(client, community):
    client.force_login(hub_editor())
    data = form_data(client, community)
    phone = "05 61 00 00 00 poste 1234 ou 06 00 00 00 00"
    data["contacts-0-phone"] = phone
    response = client.post(edit_url(community), data)
    assert errors(response, "phone", formset="contacts") == [
        f"Ce texte compte {len(phone)} caractères, pour 30 au plus : raccourcissez-le."
    ]
    assert f'value="{phone}"' in rendered_input(response, "contacts-0-phone")


def test_limited_texts_are_counted_and_the_summary_help_says_its_limit(client, community):
    client.force_login(hub_editor())
    response = client.get(edit_url(community))
    for name, limit in [("title", 255), ("territory", 255), ("contacts-0-phone", 30)]:
        widget = rendered_input(response, name)
        assert "maxlength" not in widget, name
        assert f'data-rhinocc-count-limit-value="{limit}"' in widget, name
    assert "300 caractères au plus" in plain(response.content.decode())
