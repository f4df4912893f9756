"""Admin menu entries that several apps share."""

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.permissions import policy_registry


class QueueMenuItem(MenuItem):
    """A moderation queue's menu entry, « Signalements (3) »: the count of the items
    waiting, linked to the list filtered on them, for those who may process them.

    A subclass names the queue's `model` and the `waiting_state` its items wait in; the
    count and the link read the same state, so the number is the filtered list's length.
    """

    model = None
    waiting_state = ""

    def is_shown(self, request):
        return policy_registry.get_by_type(self.model).user_has_permission(request.user, "change")

    def render_component(self, request):
        count = self.model._default_manager.filter(state=self.waiting_state).count()
        label = f"{self.label} ({count})" if count else self.label
        return LinkMenuItem(
            self.name,
            label,
            f"{self.url}?state={self.waiting_state}",
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )
