"""Mon espace's panels of follows (accounts/member_area.py, registered in wagtail_hooks):
my notifications, the feed of what I follow, what I follow and the digest's frequency.

Each reads its page of items in a fixed number of queries, whatever their number.
"""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from accounts.member_area import MemberAreaPanel, paginate
from accounts.notifications import Notification
from search.backends import Visibility
from taxonomy.models import Competency, Theme

from .feed import feed_entries, is_update
from .forms import DigestPreferenceForm
from .models import DigestPreference, Follow
from .targets import identifier_of


class NotificationsPanel(MemberAreaPanel):
    """Unread first, then the latest; read ones stay, greyed, until they page out."""

    name = "notifications"
    heading = _("My notifications")
    order = 15
    template_name = "social/follows/member_area/notifications.html"
    parameter = "notifications"

    def __init__(self, request):
        super().__init__(request)
        notifications = Notification.objects.filter(user=request.user).order_by(
            F("read_at").desc(nulls_first=True), "-created_at", "-pk"
        )
        self.page_obj = paginate(request, notifications, self.parameter)

    def get_context_data(self, parent_context=None) -> dict:
        items = list(self.page_obj.object_list)
        return {
            **super().get_context_data(parent_context),
            "notifications": items,
            "has_unread": any(not item.is_read for item in items),
            "page_obj": self.page_obj,
            "parameter": self.parameter,
        }


class FeedPanel(MemberAreaPanel):
    name = "feed"
    heading = _("What is new in what I follow")
    order = 25
    template_name = "social/follows/member_area/feed.html"
    parameter = "suivi"

    def __init__(self, request):
        super().__init__(request)
        entries = feed_entries(request.user, Visibility.of(request.user))
        self.page_obj = paginate(request, entries, self.parameter)

    def get_context_data(self, parent_context=None) -> dict:
        items = [
            {
                "title": entry.title,
                "url": entry.page.get_url(self.request),
                "kind": entry.get_kind_display(),
                "is_update": is_update(entry),
                "date": entry.page.last_published_at,
            }
            for entry in self.page_obj.object_list
        ]
        return {
            **super().get_context_data(parent_context),
            "items": items,
            "page_obj": self.page_obj,
            "parameter": self.parameter,
        }


class FollowsPanel(MemberAreaPanel):
    """What I follow (with a button to stop), themes and competencies to add, and the
    digest's frequency."""

    name = "follows"
    heading = _("What I follow and the digest")
    order = 26
    template_name = "social/follows/member_area/follows.html"
    parameter = "abonnements"

    def __init__(self, request):
        super().__init__(request)
        follows = (
            Follow.objects.filter(user=request.user)
            .select_related("community", "theme", "competency", "trainer")
            .order_by("-created_at", "-pk")
        )
        self.page_obj = paginate(request, follows, self.parameter)

    def get_context_data(self, parent_context=None) -> dict:
        follows = list(self.page_obj.object_list)
        followed = Follow.objects.filter(user=self.request.user)
        preference = DigestPreference.objects.filter(user=self.request.user).first()
        frequency = preference.frequency if preference else DigestPreference.Frequency.NEVER
        return {
            **super().get_context_data(parent_context),
            "follows": [
                {
                    "kind": follow.target_field,
                    "kind_label": Follow._meta.get_field(follow.target_field).verbose_name,
                    "id": identifier_of(follow.target_field, follow.target),
                    "label": label(follow),
                    "url": url_of(follow, self.request),
                }
                for follow in follows
            ],
            "page_obj": self.page_obj,
            "parameter": self.parameter,
            "themes": Theme.objects.exclude(
                pk__in=followed.filter(theme__isnull=False).values("theme_id")
            ).order_by("name"),
            "competencies": Competency.objects.exclude(
                pk__in=followed.filter(competency__isnull=False).values("competency_id")
            ).order_by("code"),
            "digest_form": DigestPreferenceForm(initial={"frequency": frequency}),
        }


def label(follow: Follow) -> str:
    target = follow.target
    if follow.trainer_id:
        return target.get_full_name() or target.get_username()
    return str(getattr(target, "title", target))


def url_of(follow: Follow, request) -> str:
    if follow.community_id:
        return follow.community.get_url(request) or ""
    if follow.theme_id:
        return follow.theme.get_absolute_url()
    if follow.competency_id:
        return follow.competency.get_absolute_url()
    return ""
