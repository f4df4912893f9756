from wagtail import hooks

from .member_area import FeedPanel, FollowsPanel, NotificationsPanel


@hooks.register("construct_member_area_panels")
def add_follows_panels(request, panels):
    panels += [NotificationsPanel(request), FeedPanel(request), FollowsPanel(request)]
