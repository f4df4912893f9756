"""The demo's accounts: one per role, created by `load_demo` once, passwords printed once."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from accounts.roles import HUB_EDITORS, MEDIATORS, TRAINERS
from catalogue.models import Trainer
from communities.models import CommunityPage
from demo.accounts import DEMO_ACCOUNTS, ensure_demo_accounts
from tests.demo.landmarks import CONCERTATION_31400_SLUG, PRIVATE_SPACE_SLUG, SICOVAL_SLUG

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]
User = get_user_model()


def test_the_demo_has_one_account_per_role():
    def groups(username):
        return set(User.objects.get(username=username).groups.values_list("name", flat=True))

    sicoval = CommunityPage.objects.get(slug=SICOVAL_SLUG).access
    concertation = CommunityPage.objects.get(slug=CONCERTATION_31400_SLUG).access
    assert groups("editrice") == {HUB_EDITORS}
    assert groups("formateur") == {TRAINERS}
    assert groups("contributrice-sicoval") == {sicoval.contributors.name}
    assert groups("admin-sicoval") == {sicoval.administrators.name}
    assert groups("contributeur-31400") == {concertation.contributors.name}
    private = CommunityPage.objects.get(slug=PRIVATE_SPACE_SLUG)
    assert private.is_private
    assert groups("mediatrice") == {MEDIATORS, sicoval.members.name, private.access.members.name}
    assert Trainer.objects.filter(user__username="formateur").exists()


def test_demo_accounts_are_created_once_and_their_passwords_printed_once(capsys):
    assert ensure_demo_accounts() == []
    User.objects.filter(username="editrice").delete()
    call_command("load_demo")
    output = capsys.readouterr().out
    assert re.search(r"editrice\s+\S{16}\s+\(éditrice du hub\)", output)
    assert "formateur " not in output
    assert User.objects.filter(username__in=[row[0] for row in DEMO_ACCOUNTS]).count() == len(
        DEMO_ACCOUNTS
    )
    assert Group.objects.get(name=HUB_EDITORS).user_set.filter(username="editrice").exists()
