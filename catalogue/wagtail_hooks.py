from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from core.dashboard import WAGTAIL_MODERATION_PANEL, replace_wagtail_panels
from core.editor_actions import register_add_child_label

from . import structured_data  # noqa: F401 — registers the Course builder
from .admin_views import RegistrantsViewSet
from .dashboard import (
    AddModulePanel,
    MyModulesPanel,
    MySessionsPanel,
    catalogues_open_to,
    is_trainer,
)
from .models import TrainingCataloguePage, TrainingModulePage
from .registrants import may_manage_module
from .trainers import TrainerViewSet

register_snippet(TrainerViewSet)


# The explorer's add button in the page says what it adds.
register_add_child_label(TrainingCataloguePage, _("Add a module"))


@hooks.register("construct_homepage_panels")
def add_trainer_panels(request, panels):
    user = request.user
    shown = [
        panel
        for panel in (AddModulePanel(user) if is_trainer(user) else None, MyModulesPanel(user))
        if panel is not None and panel.is_shown()
    ]
    if shown:
        # "Mes modules" says which modules are in review, and which need changes.
        replace_wagtail_panels(panels, {WAGTAIL_MODERATION_PANEL})
        panels.extend(shown)


class AddModuleMenuItem(MenuItem):
    """ "Ajouter un module": straight to the form when there is one catalogue, else to the
    dashboard's choice of catalogue."""

    def is_shown(self, request):
        return is_trainer(request.user) and catalogues_open_to(request.user).exists()

    def render_component(self, request):
        component = super().render_component(request)
        catalogues = AddModulePanel(request.user).targets
        if len(catalogues) == 1:
            # Menu items are shared by every request: change the per-request component only.
            component.url = catalogues[0].url
        return component


@hooks.register("register_admin_menu_item")
def register_add_module_menu_item():
    return AddModuleMenuItem(
        _("Add a module"),
        reverse("wagtailadmin_home") + f"#{AddModulePanel.name}-section",
        name="add-module",
        icon_name="plus",
        order=50,
    )


# « Inscriptions »: each session's registrants, waiting list, attendance and exports, for
# the module's trainers and the hub's editors (catalogue/admin_views.py).
@hooks.register("register_admin_viewset")
def register_registrants():
    return RegistrantsViewSet()


@hooks.register("construct_homepage_panels")
def add_my_sessions_panel(request, panels):
    panel = MySessionsPanel(request.user)
    if panel.is_shown():
        panels.append(panel)


@hooks.register("register_page_header_buttons")
def registrants_header_button(page, user, view_name, next_url=None):
    """« Inscriptions » in the header of a module's edit page, for who may see them."""
    if view_name != "edit" or not issubclass(page.specific_class, TrainingModulePage):
        return
    if may_manage_module(user, page.pk):
        yield Button(
            _("Registrations"),
            reverse("registrants:index") + f"?module={page.pk}&period=",
            icon_name="group",
            priority=40,
        )


# The sessions' Qualiopi documents (PDF): conventions, signing sheet, attestations,
# certificates, one ZIP (catalogue/qualiopi/views.py checks who may print them).
@hooks.register("register_admin_urls")
def register_session_documents_urls():
    from django.urls import include, path

    from .qualiopi import views as session_documents

    return [
        path("formations/documents/", include(session_documents, namespace="session_documents"))
    ]
