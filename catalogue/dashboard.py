"""The trainers' dashboard: "Ajouter un module" in each catalogue, and "Mes modules"."""

from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.pages import PagePermissionPolicy

from accounts.roles import TRAINERS
from core.dashboard import AddPagePanel, PageWorkPanel

from .models import TrainingCataloguePage, TrainingModulePage


def is_trainer(user) -> bool:
    return user.groups.filter(name=TRAINERS).exists()


def catalogues_open_to(user):
    """The catalogues where `user` may add a module (catalogue/access.py grants trainers "add")."""
    addable = PagePermissionPolicy().instances_user_has_permission_for(user, "add")
    return TrainingCataloguePage.objects.filter(pk__in=addable.values("pk"))


class AddModulePanel(AddPagePanel):
    name = "add-module"
    heading = _("Add a module")
    description = _(
        "Choose the catalogue of your module. It stays a draft until you send it for "
        "review; the hub's editors publish it."
    )
    button_label = _("Add a module to “%(parent)s”")
    page_model = TrainingModulePage
    order = 80

    def get_parents(self):
        return catalogues_open_to(self.user)


class MyModulesPanel(PageWorkPanel):
    """The modules this user owns (created), whoever else edited them: no one else's."""

    name = "my-modules"
    heading = _("My modules")
    description = _(
        "Drafts that were never sent for review include the ones the editor saved on its "
        "own while you typed: resume them or delete them."
    )
    parent_heading = _("Catalogue")
    order = 100

    def get_pages(self):
        return TrainingModulePage.objects.filter(owner=self.user)
