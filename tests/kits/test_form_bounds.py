"""Workshop contents, kits and resources: bounded numbers, counted texts and a taken title
explained on the title, through the admin's edit views and the form they render."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import querydict_from_html

from kits.models import KitPage, WorkshopContentPage
from tests.factories.accounts import hub_editor
from tests.factories.kits import KitPageFactory, ResourcePageFactory, WorkshopContentPageFactory
from tests.test_admin_editing import body_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = hub_editor()
    client.force_login(user)
    return user


def plain(text) -> str:
    return str(text).replace("\xa0", " ").replace("\u202f", " ")


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_data(client, page) -> dict:
    response = client.get(edit_url(page))
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    if isinstance(page, WorkshopContentPage):
        data.update(body_form_data(page.body))
    return {key: value for key, value in data.items() if not key.startswith("action-")}


def errors(response, name: str, formset: str | None = None) -> list[str]:
    form = response.context["form"]
    forms = form.formsets[formset].forms if formset else [form]
    return [plain(error) for child in forms for error in child.errors.get(name, [])]


def rendered_input(response, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', response.content.decode())
    assert match, f"no input named {name}"
    return match.group(0)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "Un atelier dure au moins 5 minutes."),
        ("-30", "Un atelier dure au moins 5 minutes."),
        (
            "6000",
            "Un atelier dure au plus 600 minutes (10 heures) : indiquez la durée d'une séance.",
        ),
    ],
)
def test_a_workshop_length_out_of_bounds_is_refused_and_kept(client, editor, value, message):
    content = WorkshopContentPageFactory()
    data = form_data(client, content)
    data["duration_minutes"] = value
    response = client.post(edit_url(content), data)
    assert response.status_code == 200
    assert errors(response, "duration_minutes") == [message]
    assert f'value="{value}"' in rendered_input(response, "duration_minutes")
    content.refresh_from_db()
    assert content.duration_minutes == 90


def test_a_workshop_without_sessions_is_refused(client, editor):
    content = WorkshopContentPageFactory()
    data = form_data(client, content)
    data["session_count"] = "0"
    response = client.post(edit_url(content), data)
    assert errors(response, "session_count") == ["Un atelier compte au moins une séance."]


def test_workshop_numbers_carry_their_bounds_and_help_texts_say_them(client, editor):
    content = WorkshopContentPageFactory()
    response = client.get(edit_url(content))
    length = rendered_input(response, "duration_minutes")
    assert 'min="5"' in length and 'max="600"' in length
    sessions = rendered_input(response, "session_count")
    assert 'min="1"' in sessions and 'max="100"' in sessions
    html = unescape(plain(response.content.decode()))
    assert "Durée d'une séance, de 5 à 600 minutes." in html
    assert "De 1 à 100." in html


def test_a_too_long_step_title_is_refused_and_kept(client, editor):
    kit = KitPageFactory()
    data = form_data(client, kit)
    title = "Préparer" + " longuement" * 30
    data["steps-0-title"] = title
    response = client.post(edit_url(kit), data)
    assert response.status_code == 200
    assert errors(response, "title", formset="steps") == [
        f"Ce texte compte {len(title)} caractères, pour 255 au plus : raccourcissez-le."
    ]
    assert f'value="{escape(title)}"' in rendered_input(response, "steps-0-title")


def test_a_too_long_summary_is_refused_and_kept(client, editor):
    resource = ResourcePageFactory()
    data = form_data(client, resource)
    summary = "Une ressource décrite bien trop longuement." * 8
    data["summary"] = summary
    response = client.post(edit_url(resource), data)
    assert errors(response, "summary") == [
        f"Ce texte compte {len(summary)} caractères, pour 300 au plus : raccourcissez-le."
    ]
    assert escape(summary) in response.content.decode()


def test_a_summary_counts_a_line_break_as_one_character(client, editor):
    resource = ResourcePageFactory()
    data = form_data(client, resource)
    data["summary"] = "a" * 149 + "\r\n" + "b" * 150  # 300 as the editor sees it
    response = client.post(edit_url(resource), data)
    assert response.status_code == 302, response.context["form"].errors
    resource.refresh_from_db()
    assert resource.get_latest_revision_as_object().summary == "a" * 149 + "\n" + "b" * 150


def test_kit_texts_are_counted_not_cut(client, editor):
    kit = KitPageFactory()
    response = client.get(edit_url(kit))
    for name in ("title", "steps-0-title"):
        widget = rendered_input(response, name)
        assert "maxlength" not in widget
        assert 'data-rhinocc-count-limit-value="255"' in widget


def test_a_kit_title_taken_in_the_kit_index_is_explained_on_the_title(client, editor):
    KitPageFactory(title="Devenir structure qualifiée APTIC")
    other = KitPageFactory(title="Un autre kit", live=False)
    data = form_data(client, other)
    data["title"] = "Devenir structure qualifiée APTIC"
    data["slug"] = "devenir-structure-qualifiee-aptic"
    response = client.post(edit_url(other), data)
    assert response.status_code == 200
    assert errors(response, "title") == [
        "Une page porte déjà ce titre dans « Kits pratiques » : changez le titre "
        "(ou son adresse dans l'onglet Promotion)."
    ]
    assert errors(response, "slug") == []
    assert KitPage.objects.filter(title="Devenir structure qualifiée APTIC").count() == 1
