from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .choosers import filter_page_chooser_queryset
from .dashboard import WAGTAIL_REVIEW_PANEL, ReviewPanel, is_reviewer, replace_wagtail_panels
from .editor_actions import confirm_workflow_action, note_review_in_progress, relabel_page_actions

hooks.register("construct_page_chooser_queryset", filter_page_chooser_queryset)
hooks.register("construct_page_action_menu", relabel_page_actions)
hooks.register("before_edit_page", note_review_in_progress)
hooks.register("after_edit_page", confirm_workflow_action)


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    # "À relire" says what to do and links each page to its review in the editor.
    replace_wagtail_panels(panels, {WAGTAIL_REVIEW_PANEL})
    if is_reviewer(request.user):
        panels.append(ReviewPanel(request.user))


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return is_reviewer(request.user)


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        _("To review"),
        reverse("wagtailadmin_home") + f"#{ReviewPanel.name}-section",
        name="to-review",
        icon_name="tasks",
        order=40,
    )
