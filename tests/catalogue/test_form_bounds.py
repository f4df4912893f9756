"""The module editor refuses nonsense with a French message on the field, keeps what was
typed, counts characters instead of cutting, and gives new pages ASCII addresses.

Every check goes through the admin's own views with the form they render.
"""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import querydict_from_html

from catalogue.models import TrainingModulePage, TrainingSession
from tests.factories.accounts import hub_editor
from tests.factories.catalogue import (
    TrainerFactory,
    TrainingCataloguePageFactory,
    TrainingModulePageFactory,
    session,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = hub_editor()
    client.force_login(user)
    return user


@pytest.fixture
def module():
    return TrainingModulePageFactory(title="Accompagner les démarches", sessions=[session(10)])


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["catalogue", "trainingmodulepage", parent.pk])


def form_data(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def saved(client, url: str, data: dict):
    """Posts the form as "Save draft"; returns the response."""
    data = {key: value for key, value in data.items() if not key.startswith("action-")}
    return client.post(url, data)


def plain(text: str) -> str:
    """French typography's non-breaking spaces as plain ones, to compare messages."""
    return str(text).replace("\xa0", " ").replace("\u202f", " ")


def field_errors(response, name: str) -> list[str]:
    form = response.context["form"]
    return [plain(error) for error in form.errors.get(name, [])]


def session_errors(response, name: str) -> list[str]:
    formset = response.context["form"].formsets["sessions"]
    return [plain(error) for form in formset.forms for error in form.errors.get(name, [])]


def rendered_input(response, name: str) -> str:
    html = response.content.decode()
    match = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', html)
    assert match, f"no input named {name}"
    return match.group(0)


# Numbers


def test_a_negative_duration_is_refused_in_french_and_kept(client, editor, module):
    data = form_data(client, edit_url(module))
    data["duration_hours"] = "-5"
    response = saved(client, edit_url(module), data)
    assert response.status_code == 200
    assert field_errors(response, "duration_hours") == ["Une formation dure au moins 0,5 heure."]
    assert 'value="-5"' in rendered_input(response, "duration_hours")
    module.refresh_from_db()
    assert module.duration_hours == 7


def test_an_absurdly_long_duration_is_refused(client, editor, module):
    data = form_data(client, edit_url(module))
    data["duration_hours"] = "5000"
    response = saved(client, edit_url(module), data)
    assert field_errors(response, "duration_hours") == [
        "Une formation dure au plus 1 000 heures : pour un parcours plus long, "
        "découpez-le en modules."
    ]


def test_the_duration_input_carries_its_bounds(client, editor, module):
    response = client.get(edit_url(module))
    widget = rendered_input(response, "duration_hours")
    assert 'min="0.5"' in widget and 'max="1000"' in widget


def test_zero_seats_are_refused_in_french_and_kept(client, editor, module):
    data = form_data(client, edit_url(module))
    data["sessions-0-seats"] = "0"
    response = saved(client, edit_url(module), data)
    assert response.status_code == 200
    assert session_errors(response, "seats") == [
        "Une session ouvre au moins une place (laissez vide si le nombre n'est pas fixé)."
    ]
    assert 'value="0"' in rendered_input(response, "sessions-0-seats")
    assert TrainingSession.objects.get(module=module).seats == 12


def test_too_many_seats_are_refused(client, editor, module):
    data = form_data(client, edit_url(module))
    data["sessions-0-seats"] = "5000"
    response = saved(client, edit_url(module), data)
    assert session_errors(response, "seats") == ["Une session compte au plus 500 places."]


def test_the_seats_input_carries_its_bounds(client, editor, module):
    widget = rendered_input(client.get(edit_url(module)), "sessions-0-seats")
    assert 'min="1"' in widget and 'max="500"' in widget


def test_a_session_ending_before_it_starts_is_refused(client, editor, module):
    data = form_data(client, edit_url(module))
    start = data["sessions-0-start_date"]
    data["sessions-0-end_date"] = "01/01/2020"
    response = saved(client, edit_url(module), data)
    assert session_errors(response, "end_date") == [
        "La date de fin ne peut pas être antérieure à la date de début."
    ]
    assert data["sessions-0-start_date"] == start


# The place of a session: its help text says what its check asks.


def test_the_place_help_text_says_what_its_check_asks(client, editor, module):
    data = form_data(client, edit_url(module))
    data["sessions-0-location"] = ""
    data.pop("sessions-0-is_online", None)
    response = saved(client, edit_url(module), data)
    help_text = plain(TrainingSession._meta.get_field("location").help_text)
    [error] = session_errors(response, "location")
    assert error == "Indiquez le lieu, ou cochez « En ligne » pour une session à distance."
    assert help_text == (
        "Ville ou adresse de la session. Pour une session à distance, "
        "laissez vide et cochez « En ligne »."
    )


def test_an_online_session_needs_no_place(client, editor, module):
    data = form_data(client, edit_url(module))
    data["sessions-0-location"] = ""
    data["sessions-0-is_online"] = "on"
    response = saved(client, edit_url(module), data)
    assert response.status_code == 302, response.context["form"].errors


# Texts: refused beyond their limit, never cut, counted.


def test_a_too_long_title_is_refused_in_french_and_kept_whole(client, editor, module):
    data = form_data(client, edit_url(module))
    title = "Accompagner" + " très" * 60
    data["title"] = title
    response = saved(client, edit_url(module), data)
    assert response.status_code == 200
    [error] = field_errors(response, "title")
    assert (
        error == f"Ce texte compte {len(title)} caractères, pour 255 au plus : raccourcissez-le."
    )
    assert f'value="{escape(title)}"' in rendered_input(response, "title")
    module.refresh_from_db()
    assert module.title == "Accompagner les démarches"


def test_a_too_long_summary_is_refused_in_french_and_kept_whole(client, editor, module):
    data = form_data(client, edit_url(module))
    summary = "Un résumé bien trop long." * 15
    data["summary"] = summary
    response = saved(client, edit_url(module), data)
    [error] = field_errors(response, "summary")
    assert error == (
        f"Ce texte compte {len(summary)} caractères, pour 300 au plus : raccourcissez-le."
    )
    assert escape(summary) in response.content.decode()


def test_limited_texts_carry_a_counter_and_no_cutting_maxlength(client, editor, module):
    response = client.get(edit_url(module))
    for name, limit in [("title", 255), ("price", 255), ("sessions-0-location", 255)]:
        widget = rendered_input(response, name)
        assert "maxlength" not in widget, name
        assert re.search(r'data-controller="[^"]*rhinocc-count', widget), name
        assert f'data-rhinocc-count-limit-value="{limit}"' in widget, name
    summary = re.search(r'<textarea[^>]*name="summary"[^>]*>', response.content.decode())
    assert "maxlength" not in summary.group(0)
    assert 'data-rhinocc-count-limit-value="300"' in summary.group(0)
    assert "core/js/character-count.js" in response.content.decode()


def test_a_text_at_its_limit_is_accepted(client, editor, module):
    data = form_data(client, edit_url(module))
    data["title"] = "é" * 255
    response = saved(client, edit_url(module), data)
    assert response.status_code == 302


def test_snippet_forms_count_and_refuse_too_long_texts_too(client, editor):
    profile = TrainerFactory(name="Claire Bousquet")
    url = reverse("wagtailsnippets_catalogue_trainer:edit", args=[profile.pk])
    widget = rendered_input(client.get(url), "name")
    assert "maxlength" not in widget
    assert 'data-rhinocc-count-limit-value="255"' in widget
    name = "Claire" + " Bousquet" * 40
    response = client.post(url, {"name": name, "organisation": "", "bio": ""})
    assert response.status_code == 200
    assert field_errors(response, "name") == [
        f"Ce texte compte {len(name)} caractères, pour 255 au plus : raccourcissez-le."
    ]
    assert f'value="{name}"' in rendered_input(response, "name")
    profile.refresh_from_db()
    assert profile.name == "Claire Bousquet"


# Addresses (slugs)


def test_the_slug_sync_of_the_editor_writes_ascii(client, editor, module):
    response = client.get(add_url(module.get_parent()))
    slug = rendered_input(response, "slug")
    # A false Stimulus value is an absent attribute: the controller then writes ASCII.
    assert 'data-controller="w-slug"' in slug
    assert "data-w-slug-allow-unicode-value" not in slug


def test_a_module_added_without_a_slug_gets_an_ascii_one(client, editor):
    catalogue = TrainingCataloguePageFactory()
    existing = TrainingModulePageFactory(parent=catalogue)
    data = form_data(client, edit_url(existing))
    data["title"] = "Démarches en ligne : l'œil du médiateur"
    data["slug"] = ""
    data["sessions-TOTAL_FORMS"] = "0"
    response = saved(client, add_url(catalogue), data)
    assert response.status_code == 302, response.context["form"].errors
    created = TrainingModulePage.objects.get(title=data["title"])
    assert created.slug == "demarches-en-ligne-loeil-du-mediateur"


def test_a_page_created_by_code_without_a_slug_gets_an_ascii_one():
    catalogue = TrainingCataloguePageFactory()
    module = TrainingModulePageFactory.build(title="Démarches en ligne", slug="")
    catalogue.add_child(instance=module)
    assert module.slug == "demarches-en-ligne"


def test_existing_accented_slugs_stay(client, editor):
    module = TrainingModulePageFactory(title="Démarches", slug="démarches")
    data = form_data(client, edit_url(module))
    data["title"] = "Démarches en ligne"
    response = saved(client, edit_url(module), data)
    assert response.status_code == 302
    module.refresh_from_db()
    assert module.slug == "démarches"


# Title clash: explained on the title, in the editor's tab, in plain French.


def test_a_title_taken_in_the_catalogue_is_explained_on_the_title(client, editor):
    catalogue = TrainingCataloguePageFactory(title="Accompagnement social")
    existing = TrainingModulePageFactory(parent=catalogue, title="Démarches en ligne")
    data = form_data(client, edit_url(existing))
    data["slug"] = "demarches-en-ligne"
    data["sessions-TOTAL_FORMS"] = "0"
    response = saved(client, add_url(catalogue), data)
    assert response.status_code == 200
    assert field_errors(response, "title") == [
        "Une page porte déjà ce titre dans « Accompagnement social » : changez le titre "
        "(ou son adresse dans l'onglet Promotion)."
    ]
    assert 'value="Démarches en ligne"' in rendered_input(response, "title")
    assert not any("slug" in error.lower() for error in field_errors(response, "slug"))
    assert TrainingModulePage.objects.filter(title="Démarches en ligne").count() == 1


def test_a_chosen_address_taken_is_explained_on_the_address(client, editor):
    catalogue = TrainingCataloguePageFactory(title="Accompagnement social")
    TrainingModulePageFactory(parent=catalogue, title="Démarches", slug="demarches")
    other = TrainingModulePageFactory(parent=catalogue, title="Autre module")
    data = form_data(client, edit_url(other))
    data["slug"] = "demarches"
    response = saved(client, edit_url(other), data)
    assert field_errors(response, "title") == []
    assert field_errors(response, "slug") == [
        "L'adresse « demarches » est déjà celle d'une autre page de « Accompagnement social » : "
        "choisissez-en une autre."
    ]
