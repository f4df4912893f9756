from wagtail import hooks

from . import structured_data  # noqa: F401 — registers the hub's Organization
from .dashboard import HubCurationPanel, is_hub_editor


@hooks.register("construct_homepage_panels")
def add_curation_panel(request, panels):
    if is_hub_editor(request.user):
        panels.append(HubCurationPanel())
