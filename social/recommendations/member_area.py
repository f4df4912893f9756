"""« Avis sur mes contenus » in Mon espace (accounts/member_area.py): the live contents I
answer for (owned, or a module I train), with their number of public recommendations and
the switch of their public feedback. Three queries whatever their number (the count and
the switch are annotations), paged.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.middleware.csrf import get_token
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from accounts.member_area import MemberAreaPanel, paginate
from catalogue.models import TrainingModulePage
from core.content import ContentPage

from .models import FeedbackSetting
from .views import FROM_MEMBER_AREA


def rateable_content_types() -> list[ContentType]:
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, ContentPage) and not model._meta.abstract
    ]
    return list(ContentType.objects.get_for_models(*models).values())


def authored_contents(user):
    trained = TrainingModulePage.objects.filter(trainers__user=user).values("pk")
    switched_off = FeedbackSetting.objects.filter(page=OuterRef("pk"), public_feedback=False)
    return (
        Page.objects.live()
        .filter(Q(owner=user) | Q(pk__in=trained), content_type__in=rateable_content_types())
        .annotate(
            recommendation_count=Count(
                "recommendations", filter=Q(recommendations__is_hidden=False), distinct=True
            ),
            feedback_off=Exists(switched_off),
        )
        .order_by("title", "pk")
    )


class FeedbackPanel(MemberAreaPanel):
    name = "feedback"
    heading = _("Feedback on my contents")
    order = 45
    template_name = "social/recommendations/member_area.html"
    parameter = "avis"

    def __init__(self, request):
        super().__init__(request)
        self.page_of_pages = paginate(request, authored_contents(request.user), self.parameter)

    def is_shown(self) -> bool:
        return bool(self.page_of_pages.paginator.count)

    def get_context_data(self, parent_context=None) -> dict:
        return {
            **super().get_context_data(parent_context),
            "contents": self.page_of_pages.object_list,
            "page_obj": self.page_of_pages,
            "parameter": self.parameter,
            "from_member_area": FROM_MEMBER_AREA,
            # The panel renders without context processors: its forms need the token.
            "csrf_token": get_token(self.request),
        }
