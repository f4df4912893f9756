"""The admin in the hub's words: the editor's actions, what each one confirms, the
admin login, and the moderation e-mails."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from catalogue.models import TrainingModulePage
from tests.factories.accounts import hub_editor, trainer
from tests.factories.catalogue import TrainingCataloguePageFactory, TrainingModulePageFactory

pytestmark = pytest.mark.django_db


def action_buttons(html: str) -> list[str]:
    """The labels of the editor's footer actions, the visible main button first."""
    soup = BeautifulSoup(html, "html.parser")
    actions = soup.select_one("form[data-edit-form] footer nav.actions")
    return [
        button.get_text(" ", strip=True)
        for button in actions.select("button:not(.w-dropdown__toggle)")
    ]


@pytest.fixture
def catalogue():
    return TrainingCataloguePageFactory(title="Intégrer le numérique")


@pytest.fixture
def author():
    return trainer(first_name="Fanny")


@pytest.fixture
def editor():
    return hub_editor(first_name="Émilie", email="emilie@rhinocc.example")


def draft_module(catalogue, owner, title="Repérer les freins au numérique"):
    page = TrainingModulePageFactory(parent=catalogue, title=title, live=False)
    Page.objects.filter(pk=page.pk).update(owner=owner)
    return TrainingModulePage.objects.get(pk=page.pk)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit(client, page, **actions):
    response = client.get(edit_url(page))
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for key, value in actions.items():
        data[key.replace("_", "-")] = value
    return client.post(edit_url(page), data)


def messages_of(response) -> list[str]:
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def in_review(page, user):
    page.get_workflow().start(page, user)
    return TrainingModulePage.objects.get(pk=page.pk)


def test_a_trainer_adding_a_module_sends_it_for_review_from_the_main_button(
    client, catalogue, author
):
    client.force_login(author)
    url = reverse("wagtailadmin_pages:add", args=["catalogue", "trainingmodulepage", catalogue.pk])
    labels = action_buttons(client.get(url).content.decode())
    assert labels[0] == "Envoyer en relecture"
    assert "Enregistrer le brouillon" in labels[1:]
    assert "Publier" not in labels


def test_a_trainer_editing_a_draft_sends_it_for_review_from_the_main_button(
    client, catalogue, author
):
    page = draft_module(catalogue, author)
    client.force_login(author)
    labels = action_buttons(client.get(edit_url(page)).content.decode())
    assert labels[0] == "Envoyer en relecture"
    assert "Soumettre" not in " ".join(labels)


def test_a_hub_editor_saves_drafts_first_and_publishes_by_a_labelled_action(
    client, catalogue, author, editor
):
    page = draft_module(catalogue, author)
    client.force_login(editor)
    labels = action_buttons(client.get(edit_url(page)).content.decode())
    assert labels[0] == "Enregistrer le brouillon"
    assert "Publier" in labels


def test_a_reviewer_approves_and_publishes_from_the_main_button(client, catalogue, author, editor):
    page = in_review(draft_module(catalogue, author), author)
    client.force_login(editor)
    labels = action_buttons(client.get(edit_url(page)).content.decode())
    assert labels[:2] == ["Approuver et publier", "Demander des modifications"]
    assert "Approuver avec un commentaire et publier" in labels


def test_after_changes_are_requested_the_trainer_sends_it_again(client, catalogue, author, editor):
    page = in_review(draft_module(catalogue, author), author)
    page.current_workflow_task.on_action(
        page.current_workflow_task_state, editor, "reject", comment="Précisez les prérequis."
    )
    client.force_login(author)
    labels = action_buttons(client.get(edit_url(page)).content.decode())
    assert labels[0] == "Renvoyer en relecture"


def test_saving_a_draft_confirms_it(client, catalogue, author):
    page = draft_module(catalogue, author)
    client.force_login(author)
    response = post_edit(client, page)
    assert response.status_code == 302
    assert messages_of(response) == [f"Brouillon de « {page.title} » enregistré."]


def test_sending_for_review_confirms_it(client, catalogue, author):
    page = draft_module(catalogue, author)
    client.force_login(author)
    response = post_edit(client, page, action_submit="1")
    assert response.status_code == 302
    assert messages_of(response)[0].startswith(f"« {page.title} » est envoyée en relecture")
    assert TrainingModulePage.objects.get(pk=page.pk).workflow_in_progress


def test_approving_says_it_published(client, catalogue, author, editor):
    page = in_review(draft_module(catalogue, author), author)
    client.force_login(editor)
    response = post_edit(client, page, action_workflow_action="1", workflow_action_name="approve")
    assert response.status_code == 302
    assert messages_of(response) == [
        f"« {page.title} » est approuvée et publiée : elle est en ligne."
    ]
    assert TrainingModulePage.objects.get(pk=page.pk).live


def test_requesting_changes_confirms_it(client, catalogue, author, editor):
    page = in_review(draft_module(catalogue, author), author)
    client.force_login(editor)
    response = post_edit(
        client,
        page,
        action_workflow_action="1",
        workflow_action_name="reject",
        workflow_action_extra_data=json.dumps({"comment": "Ajoutez une évaluation."}),
    )
    assert response.status_code == 302
    assert messages_of(response) == [
        f"Modifications demandées sur « {page.title} » : son auteur en est averti."
    ]
    page = TrainingModulePage.objects.get(pk=page.pk)
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"


def test_the_explorer_labels_its_add_button(client, catalogue, author):
    client.force_login(author)
    soup = BeautifulSoup(
        client.get(reverse("wagtailadmin_explore", args=[catalogue.pk])).content, "html.parser"
    )
    add_url = reverse("wagtailadmin_pages:add_subpage", args=[catalogue.pk])
    link = soup.select_one(f'header a[href="{add_url}"]')
    assert link.get_text(" ", strip=True) == "Ajouter un module"


def test_the_admin_login_is_french_and_branded(client):
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_login")).content, "html.parser")
    labels = [label.get_text(" ", strip=True) for label in soup.select("form label")]
    assert "Mot de passe *" in labels
    text = soup.get_text(" ", strip=True)
    assert "Password" not in text
    assert "Wagtail" not in text + " ".join(svg.get("aria-label", "") for svg in soup("svg"))
    assert soup.title.get_text(strip=True).endswith("RhinOcc")
    assert soup.h1.get_text(strip=True) == "Connexion à l’espace d’édition de RhinOcc"


@override_settings(WAGTAILADMIN_BASE_URL="https://rhinocc.example:8443")
def test_the_review_request_mail_says_bonjour_and_links_to_the_real_address(
    client, catalogue, author, editor, mailoutbox, django_capture_on_commit_callbacks
):
    page = draft_module(catalogue, author)
    client.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        post_edit(client, page, action_submit="1")
    mails = [mail for mail in mailoutbox if editor.email in mail.to]
    assert mails, [mail.to for mail in mailoutbox]
    body = mails[0].body
    assert body.lstrip().startswith("Bonjour Émilie,")
    assert "Salut" not in body
    assert f"https://rhinocc.example:8443/admin/pages/{page.pk}/edit/" in body


@override_settings(WAGTAILADMIN_NOTIFICATION_USE_HTML=True)
def test_the_html_review_mail_says_bonjour_and_carries_the_hubs_name(
    client, catalogue, author, editor, mailoutbox, django_capture_on_commit_callbacks
):
    page = draft_module(catalogue, author)
    client.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        post_edit(client, page, action_submit="1")
    mail = next(mail for mail in mailoutbox if editor.email in mail.to)
    html = mail.alternatives[0][0]
    assert "Bonjour Émilie," in html
    assert "RhinOcc" in html
    assert "email-header.jpg" not in html
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in html


def test_approving_twice_from_the_same_form_says_it_is_no_longer_in_review(
    client, catalogue, author, editor
):
    """A double click posts the form twice: the second finds the review over (no 500)."""
    page = in_review(draft_module(catalogue, author), author)
    client.force_login(editor)
    form = querydict_from_html(
        client.get(edit_url(page)).content.decode(), form_id="page-edit-form"
    )
    form["action-workflow-action"] = "1"
    form["workflow-action-name"] = "approve"
    first = client.post(edit_url(page), form)
    assert first.status_code == 302
    client.get(first.url)  # the page the editor lands on shows (and uses up) its message
    again = client.post(edit_url(page), form)
    assert again.status_code == 302
    assert TrainingModulePage.objects.get(pk=page.pk).live
    assert messages_of(again) == [
        f"« {page.title} » n’était plus en relecture (elle avait déjà été traitée) : "
        "vos modifications sont enregistrées en brouillon."
    ]
