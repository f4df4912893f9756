"""Template tags of the admin's overrides (core/templates/wagtailadmin/)."""

from django import template
from django.urls import reverse
from wagtail.admin.widgets import HeaderButton

from core.editor_actions import add_child_label

register = template.Library()


@register.simple_tag
def labelled_add_button(buttons, parent_page):
    """The explorer's header buttons, its icon-only "add child page" given its label."""
    add_url = reverse("wagtailadmin_pages:add_subpage", args=[parent_page.pk])
    return [
        HeaderButton(
            add_child_label(parent_page),
            url=button.url,
            icon_name="plus",
            classname="rhinocc-add-child",
            priority=button.priority,
        )
        if isinstance(button, HeaderButton) and button.url == add_url
        else button
        for button in buttons
    ]
