"""Each trainer account has its trainer profile: made at login, edited by its owner only,
and proposed first in a module's "Formateurs"."""

import re

import pytest
from django.urls import reverse

from catalogue.models import Trainer
from demo.accounts import ensure_demo_accounts
from tests.factories.accounts import (
    PASSWORD,
    community_contributor,
    hub_editor,
    mediator,
    trainer,
)
from tests.factories.catalogue import (
    TrainerFactory,
    TrainingCataloguePageFactory,
    TrainingModulePageFactory,
)
from tests.factories.communities import CommunityPageFactory

pytestmark = pytest.mark.django_db


def log_in_to_the_admin(client, user):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, "the login was refused"


def snippet_url(action: str, *args) -> str:
    return reverse(f"wagtailsnippets_catalogue_trainer:{action}", args=args)


def profile_form_data(profile, **changes) -> dict:
    data = {"name": profile.name, "organisation": profile.organisation, "bio": profile.bio}
    data.update(changes)
    return data


# Made at the first login, once.


def test_a_trainer_gets_a_profile_named_after_them_at_their_first_admin_login(client):
    user = trainer(first_name="Inès", last_name="Formatrice")
    assert not Trainer.objects.filter(user=user).exists()
    log_in_to_the_admin(client, user)
    profile = Trainer.objects.get(user=user)
    assert profile.name == "Inès Formatrice"


def test_logging_in_again_keeps_the_one_profile_and_its_edits(client):
    user = trainer()
    log_in_to_the_admin(client, user)
    Trainer.objects.filter(user=user).update(name="Inès F., formatrice")
    client.logout()
    log_in_to_the_admin(client, user)
    assert list(Trainer.objects.filter(user=user).values_list("name", flat=True)) == [
        "Inès F., formatrice"
    ]


def test_a_profile_the_editors_linked_is_kept(client):
    user = trainer()
    linked = TrainerFactory(name="Claire Bousquet", user=user)
    log_in_to_the_admin(client, user)
    assert list(Trainer.objects.filter(user=user)) == [linked]


def test_accounts_that_are_not_trainers_get_no_profile(client):
    community = CommunityPageFactory()
    for user in (hub_editor(), mediator(community), community_contributor(community)):
        client.force_login(user)
    assert not Trainer.objects.exists()


def test_the_demo_trainer_account_has_its_own_profile():
    other = TrainerFactory(name="Aline Autre")
    ensure_demo_accounts()
    profile = Trainer.objects.get(user__username="formateur")
    assert profile.name == "François Formateur"
    other.refresh_from_db()
    assert other.user is None


# Proposed first in the module's "Formateurs".


def trainer_choices(response) -> list[tuple[str, bool]]:
    """(label, ticked) of the "trainers" checkboxes, in their order."""
    html = response.content.decode()
    choices = []
    for match in re.finditer(
        r'<input type="checkbox" name="trainers" value="\d+"([^>]*)>\s*([^<]+)</label>', html
    ):
        choices.append((match.group(2).strip(), "checked" in match.group(1)))
    return choices


def test_a_new_module_proposes_the_trainer_first_ticked(client):
    catalogue = TrainingCataloguePageFactory()
    TrainerFactory(name="Aline Autre")
    TrainerFactory(name="Bruno Autre")
    user = trainer(first_name="Zoé", last_name="Formatrice")
    log_in_to_the_admin(client, user)
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["catalogue", "trainingmodulepage", catalogue.pk])
    )
    assert response.status_code == 200
    assert trainer_choices(response) == [
        ("Zoé Formatrice (vous)", True),
        ("Aline Autre", False),
        ("Bruno Autre", False),
    ]


def test_a_trainer_whose_session_predates_the_profile_gets_it_in_the_module_form(client):
    catalogue = TrainingCataloguePageFactory()
    user = trainer(first_name="Zoé", last_name="Formatrice")
    client.force_login(user)
    Trainer.objects.filter(user=user).delete()  # a session opened before profiles existed
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["catalogue", "trainingmodulepage", catalogue.pk])
    )
    assert trainer_choices(response)[0] == ("Zoé Formatrice (vous)", True)


def test_an_existing_module_keeps_its_trainers_ticked_with_the_own_profile_first(client):
    claire = TrainerFactory(name="Claire Bousquet")
    module = TrainingModulePageFactory(trainers=[claire])
    editor = hub_editor(first_name="Émilie", last_name="Éditrice")
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    # An editor is no trainer: no profile, the list in name order.
    assert trainer_choices(response) == [("Claire Bousquet", True)]
    assert not Trainer.objects.filter(user=editor).exists()


# Edited by its owner; the others' are refused.


def test_a_trainer_edits_their_own_profile_but_not_its_account(client):
    user = trainer()
    log_in_to_the_admin(client, user)
    profile = Trainer.objects.get(user=user)
    response = client.get(snippet_url("edit", profile.pk))
    assert response.status_code == 200
    assert 'name="user"' not in response.content.decode()
    other_account = trainer()
    response = client.post(
        snippet_url("edit", profile.pk),
        profile_form_data(profile, bio="Formatrice depuis 2015.", user=other_account.pk),
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.bio == "Formatrice depuis 2015."
    assert profile.user == user


def test_a_trainer_lists_only_their_own_profile(client):
    TrainerFactory(name="Claire Bousquet")
    user = trainer(first_name="Zoé", last_name="Formatrice")
    log_in_to_the_admin(client, user)
    response = client.get(snippet_url("list"))
    assert response.status_code == 200
    assert "Zoé Formatrice" in response.content.decode()
    assert "Claire Bousquet" not in response.content.decode()


def test_another_trainers_profile_is_refused(client):
    claire = TrainerFactory(name="Claire Bousquet", user=trainer())
    user = trainer()
    log_in_to_the_admin(client, user)
    for response in (
        client.get(snippet_url("edit", claire.pk)),
        client.post(snippet_url("edit", claire.pk), profile_form_data(claire, name="Piratée")),
        client.post(snippet_url("delete", claire.pk)),
    ):
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")
    claire.refresh_from_db()
    assert claire.name == "Claire Bousquet"


def test_a_trainer_neither_adds_nor_deletes_profiles(client):
    user = trainer()
    log_in_to_the_admin(client, user)
    own = Trainer.objects.get(user=user)
    assert client.get(snippet_url("add")).status_code in (302, 403)
    client.post(snippet_url("add"), {"name": "Un faux profil"})
    client.post(snippet_url("delete", own.pk))
    assert list(Trainer.objects.all()) == [own]


def test_outsiders_see_no_profile(client):
    claire = TrainerFactory(name="Claire Bousquet", user=trainer())
    community = CommunityPageFactory()
    for user in (None, mediator(community), community_contributor(community)):
        client.logout()
        if user is not None:
            client.force_login(user)
        for url in (snippet_url("list"), snippet_url("edit", claire.pk)):
            response = client.get(url)
            assert response.status_code in (302, 403), (user, url)
            assert "Claire Bousquet" not in response.content.decode()


def test_hub_editors_edit_every_profile_and_link_accounts(client):
    account = trainer()
    claire = TrainerFactory(name="Claire Bousquet")
    client.force_login(hub_editor())
    response = client.post(
        snippet_url("edit", claire.pk), profile_form_data(claire, user=account.pk)
    )
    assert response.status_code == 302
    claire.refresh_from_db()
    assert claire.user == account
    assert "Claire Bousquet" in client.get(snippet_url("list")).content.decode()
