"""Moderating members' feedback in the admin (« Avis des membres »), for the hub's editors.

Two lists, recommendations and replies, filtered (shown or hidden, content, date),
searched and paged; each item opens on a moderation screen that shows it whole and hides
or shows it again (a hidden item leaves the content page at once: the page cache follows
these models, see site/signals.py), or deletes it. A third list holds the contents whose
public feedback is switched off, where editors switch it for any content.

Nobody else sees these screens: the policy asks for a hub editor, not for model
permissions that a group could be given by mistake.
"""

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from accounts.roles import HUB_EDITORS
from search.facets import ExtraSort

from .feedback import best_recommended, is_hub_editor, set_public_feedback, takes_public_feedback
from .member_area import FeedbackPanel
from .models import FeedbackReply, FeedbackSetting, Recommendation

EXCERPT_LENGTH = 80


class EditorsOnlyPolicy(BasePermissionPolicy):
    """Every action on feedback is the hub editors' (and superusers'); adding is only for
    the feedback settings (members write the rest from the site)."""

    def __init__(self, model, actions=frozenset({"view", "change", "delete"})):
        super().__init__(model)
        self.actions = actions

    def user_has_permission(self, user, action):
        return action in self.actions and is_hub_editor(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=HUB_EDITORS), is_active=True)
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


register_permission_policy(Recommendation, EditorsOnlyPolicy(Recommendation))
register_permission_policy(FeedbackReply, EditorsOnlyPolicy(FeedbackReply))
register_permission_policy(
    FeedbackSetting,
    EditorsOnlyPolicy(FeedbackSetting, frozenset({"add", "view", "change", "delete"})),
)


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_hub_editor(request.user)


SHOWN_CHOICES = [("visible", gettext_lazy("Shown")), ("hidden", gettext_lazy("Hidden"))]


def filter_shown(queryset, name, value):
    if value == "visible":
        return queryset.filter(is_hidden=False)
    if value == "hidden":
        return queryset.filter(is_hidden=True)
    return queryset


def commented_pages():
    return Page.objects.filter(recommendations__isnull=False).distinct().order_by("title")


class RecommendationFilterSet(WagtailFilterSet):
    shown = django_filters.ChoiceFilter(
        label=gettext_lazy("State"), choices=SHOWN_CHOICES, method=filter_shown
    )
    page = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Content"), queryset=lambda request: commented_pages()
    )
    level = django_filters.ChoiceFilter(
        label=gettext_lazy("Recommendation"), choices=Recommendation.Level.choices
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Recommendation
        fields = []


class ReplyFilterSet(WagtailFilterSet):
    shown = django_filters.ChoiceFilter(
        label=gettext_lazy("State"), choices=SHOWN_CHOICES, method=filter_shown
    )
    page = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Content"),
        field_name="recommendation__page",
        queryset=lambda request: commented_pages(),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = FeedbackReply
        fields = []


def state(item) -> str:
    return _("Hidden") if item.is_hidden else _("Shown")


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_LENGTH else f"{text[: EXCERPT_LENGTH - 1]}…"


class ModerateView(WagtailAdminTemplateMixin, TemplateView):
    """One recommendation or reply, whole, with « Masquer » / « Afficher » and « Supprimer »;
    for a recommendation, its content's public feedback switch."""

    template_name = "social/recommendations/admin/moderate.html"
    model = None
    url_namespace = ""
    header_icon = "comment"

    def dispatch(self, request, pk):
        if not is_hub_editor(request.user):
            raise PermissionDenied
        self.item = get_object_or_404(self.model.objects.select_related("author"), pk=pk)
        return super().dispatch(request, pk)

    @property
    def page(self):
        item = self.item
        return (
            item.page if isinstance(item, Recommendation) else item.recommendation.page
        ).specific

    def get_page_title(self):
        return _("Moderate")

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse(f"{self.url_namespace}:index"),
                "label": self.model._meta.verbose_name_plural.capitalize(),
            },
            {"url": "", "label": _("Moderate")},
        ]

    def get_context_data(self, **kwargs):
        page = self.page
        text = self.item.comment if isinstance(self.item, Recommendation) else self.item.body
        return {
            **super().get_context_data(**kwargs),
            "item": self.item,
            "text": text,
            "content": page,
            "takes_feedback": takes_public_feedback(page),
            "is_recommendation": isinstance(self.item, Recommendation),
            "delete_url": reverse(f"{self.url_namespace}:delete", args=[self.item.pk]),
            "index_url": reverse(f"{self.url_namespace}:index"),
        }

    def post(self, request, pk):
        action = request.POST.get("action")
        if action in ("hide", "show"):
            self.item.is_hidden = action == "hide"
            # save(), not update(): the page cache follows the model's signals.
            self.item.save(update_fields=["is_hidden"])
            messages.success(
                request,
                _("Hidden: it no longer shows on the content.")
                if self.item.is_hidden
                else _("Shown again on the content."),
            )
        elif action in ("feedback-off", "feedback-on"):
            set_public_feedback(self.page, action == "feedback-on")
            messages.success(
                request,
                _("Public feedback is switched on.")
                if action == "feedback-on"
                else _("Public feedback is switched off."),
            )
        return redirect(reverse(f"{self.url_namespace}:edit", args=[self.item.pk]))


class RecommendationModerateView(ModerateView):
    model = Recommendation
    url_namespace = "feedback_recommendations"


class ReplyModerateView(ModerateView):
    model = FeedbackReply
    url_namespace = "feedback_replies"


class RecommendationIndexView(IndexView):
    queryset = Recommendation.objects.select_related("page", "author")


class ReplyIndexView(IndexView):
    queryset = FeedbackReply.objects.select_related("recommendation__page", "author")


class SettingIndexView(IndexView):
    queryset = FeedbackSetting.objects.select_related("page")


def member_name(item) -> str:
    return item.author.get_full_name() or item.author.get_username()


# The columns and searched fields both lists end with: who wrote the item, whether it
# shows, and when.
MEMBER_COLUMNS = [
    Column("author", label=gettext_lazy("Member"), accessor=member_name),
    Column("state", label=gettext_lazy("State"), accessor=state, sort_key="is_hidden"),
    DateColumn("created_at", label=gettext_lazy("Date"), sort_key="created_at"),
]
MEMBER_SEARCH_FIELDS = ["author__username", "author__first_name", "author__last_name"]


class FeedbackViewSet(ModelViewSet):
    """A list of members' feedback to moderate (recommendations or replies): for the hub
    editors, newest first, and each item opens on its moderation screen rather than on a
    model form (editors hide feedback, they do not rewrite it)."""

    icon = "comment"
    menu_item_class = EditorsMenuItem
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 30
    inspect_view_enabled = False
    copy_view_enabled = False
    form_fields = ["is_hidden"]
    moderate_view_class: type[ModerateView]

    @property
    def edit_view(self):
        return self.moderate_view_class.as_view()


class RecommendationViewSet(FeedbackViewSet):
    model = Recommendation
    name = "feedback_recommendations"
    url_prefix = "avis/recommandations"
    menu_label = gettext_lazy("Recommendations")
    list_display = [
        TitleColumn(
            "comment_excerpt",
            label=gettext_lazy("Comment"),
            accessor=lambda item: excerpt(item.comment) or "—",
            url_name="feedback_recommendations:edit",
        ),
        Column(
            "level",
            label=gettext_lazy("Recommendation"),
            accessor="get_level_display",
            sort_key="level",
        ),
        Column(
            "page", label=gettext_lazy("Content"), accessor="page.title", sort_key="page__title"
        ),
        *MEMBER_COLUMNS,
    ]
    filterset_class = RecommendationFilterSet
    index_view_class = RecommendationIndexView
    search_fields = ["comment", "page__title", *MEMBER_SEARCH_FIELDS]
    moderate_view_class = RecommendationModerateView


class ReplyViewSet(FeedbackViewSet):
    model = FeedbackReply
    name = "feedback_replies"
    url_prefix = "avis/reponses"
    menu_label = gettext_lazy("Replies")
    list_display = [
        TitleColumn(
            "body_excerpt",
            label=gettext_lazy("Reply"),
            accessor=lambda item: excerpt(item.body),
            url_name="feedback_replies:edit",
        ),
        Column(
            "page",
            label=gettext_lazy("Content"),
            accessor="recommendation.page.title",
            sort_key="recommendation__page__title",
        ),
        *MEMBER_COLUMNS,
    ]
    filterset_class = ReplyFilterSet
    index_view_class = ReplyIndexView
    search_fields = ["body", "recommendation__page__title", *MEMBER_SEARCH_FIELDS]
    moderate_view_class = ReplyModerateView


class FeedbackSettingViewSet(ModelViewSet):
    """The contents whose feedback an author or an editor switched (off, mostly)."""

    model = FeedbackSetting
    name = "feedback_settings"
    url_prefix = "avis/reglages"
    icon = "cog"
    menu_label = gettext_lazy("Feedback settings")
    menu_item_class = EditorsMenuItem
    list_display = [
        TitleColumn(
            "page",
            label=gettext_lazy("Content"),
            accessor="page.title",
            url_name="feedback_settings:edit",
        ),
        Column(
            "public_feedback",
            label=gettext_lazy("Public feedback"),
            accessor=lambda item: _("On") if item.public_feedback else _("Off"),
        ),
        DateColumn("updated_at", label=gettext_lazy("Date"), sort_key="updated_at"),
    ]
    list_filter = ["public_feedback"]
    index_view_class = SettingIndexView
    search_fields = ["page__title"]
    search_backend_name = None
    ordering = ["-updated_at"]
    inspect_view_enabled = False
    copy_view_enabled = False
    form_fields = ["page", "public_feedback"]


class FeedbackGroup(ViewSetGroup):
    menu_label = gettext_lazy("Members' recommendations")
    menu_icon = "comment"
    menu_order = 260
    items = (RecommendationViewSet, ReplyViewSet, FeedbackSettingViewSet)


@hooks.register("register_admin_viewset")
def register_feedback_admin():
    return FeedbackGroup()


@hooks.register("register_search_sorts")
def register_recommendations_sort():
    """« Les mieux recommandés »: the order of feedback.best_recommended."""
    return [ExtraSort("recommandations", gettext_lazy("Best recommended"), best_recommended)]


@hooks.register("construct_member_area_panels")
def add_feedback_panel(request, panels):
    panels.append(FeedbackPanel(request))
