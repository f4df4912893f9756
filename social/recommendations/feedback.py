"""What a content page shows of its feedback, who may give it, and the « Les mieux
recommandés » order of the search.

The page's feedback costs a fixed number of queries whatever its number of ratings and
comments: the distribution in one aggregate, a page of threads with their authors, their
replies and the replies' authors in two more (pinned by tests/social/test_recommendations.py).
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, F, FloatField, OuterRef, Prefetch, Q, Subquery, Sum, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.notifications import notify
from accounts.roles import HUB_EDITORS
from catalogue.models import TrainingModulePage
from core.content import ContentPage
from core.pagination import paginate
from core.restrictions import visible_to

from .forms import RecommendationForm
from .models import COMMENT_MAX_LENGTH, FeedbackReply, FeedbackSetting, Recommendation

THREADS_PER_PAGE = 10

# « Les mieux recommandés »: a Bayesian average, as if every content had also received
# PRIOR_WEIGHT ratings at the scale's middle (2.5 out of 4). One « Très recommandé » alone
# (score 2.75) does not outrank twenty ratings averaging 3.5 (3.33); a content nobody
# rated sits at the middle, above the ones its readers found wanting.
PRIOR_MEAN = (Recommendation.Level.NOT_RECOMMENDED + Recommendation.Level.HIGHLY_RECOMMENDED) / 2
PRIOR_WEIGHT = 5


def is_rateable(page) -> bool:
    """Contents take feedback (modules, kits, workshop contents, resources, events); the
    sections, the home page and the communities' pages do not."""
    return isinstance(page, ContentPage)


def may_view(page, request) -> bool:
    """Whether this visitor may open the page, as Wagtail's view restrictions decide (a
    private space's groups, a password)."""
    return page.live and visible_to(Page.objects.filter(pk=page.pk), request).exists()


def author_ids(page) -> set[int]:
    """The accounts that answer for a content: its owner, and a module's trainers."""
    ids = {page.owner_id} if page.owner_id else set()
    if isinstance(page, TrainingModulePage):
        ids |= set(page.trainers.filter(user__isnull=False).values_list("user_id", flat=True))
    return ids


def is_hub_editor(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=HUB_EDITORS).exists())


def takes_public_feedback(page) -> bool:
    return not FeedbackSetting.objects.filter(page=page, public_feedback=False).exists()


def set_public_feedback(page, enabled: bool) -> None:
    FeedbackSetting.objects.update_or_create(page=page, defaults={"public_feedback": enabled})


def public_recommendations():
    """What the public reads: not hidden, on contents that take public feedback."""
    return Recommendation.objects.filter(is_hidden=False).exclude(
        page__feedback_setting__public_feedback=False
    )


@dataclass(frozen=True)
class Level:
    value: int
    label: str
    count: int
    percent: int


@dataclass(frozen=True)
class Distribution:
    total: int
    levels: list[Level]


def distribution(page) -> Distribution:
    """The count per level, in one query."""
    counts = Recommendation.objects.filter(page=page, is_hidden=False).aggregate(
        total=Count("pk"),
        **{
            f"level_{level.value}": Count("pk", filter=Q(level=level.value))
            for level in Recommendation.Level
        },
    )
    total = counts["total"]
    levels = [
        Level(
            level.value,
            level.label,
            counts[f"level_{level.value}"],
            round(100 * counts[f"level_{level.value}"] / total) if total else 0,
        )
        for level in reversed(Recommendation.Level)
    ]
    return Distribution(total, levels)


def threads(page):
    """The page's visible comments, newest first, with their visible replies."""
    replies = FeedbackReply.objects.filter(is_hidden=False).select_related(
        "author", "parent__author"
    )
    return (
        Recommendation.objects.filter(page=page, is_hidden=False)
        .exclude(comment="")
        .select_related("author")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="visible_replies"))
        .order_by("-created_at", "-pk")
    )


def feedback_context(page, request) -> dict:
    """What social/includes/feedback.html shows for this visitor."""
    user = request.user
    authors = author_ids(page)
    is_author = user.is_authenticated and user.pk in authors
    context = {
        "page": page,
        "request": request,
        "is_author": is_author,
        "takes_feedback": takes_public_feedback(page),
        "authors": authors,
    }
    if not context["takes_feedback"]:
        return context
    context.update(
        distribution=distribution(page),
        threads=paginate(request, threads(page), THREADS_PER_PAGE),
        comment_max_length=COMMENT_MAX_LENGTH,
    )
    if user.is_authenticated and not is_author:
        own = Recommendation.objects.filter(page=page, author=user).first()
        # Its own ids: the content page may hold other forms.
        context.update(own=own, form=RecommendationForm(instance=own, auto_id="avis-%s"))
    return context


def notify_authors(page, actor, text: str, url: str) -> None:
    """Tells the content's authors, but not the one who wrote, once the write commits."""
    recipients = author_ids(page) - {actor.pk}
    if not recipients:
        return
    users = list(get_user_model().objects.filter(pk__in=recipients, is_active=True))

    def send():
        for user in users:
            notify(user, "feedback", text=text, url=url, key=f"page-{page.pk}")

    transaction.on_commit(send)


def rating_notice(page) -> str:
    return _("A member recommended « %(title)s »") % {"title": page.title}


def reply_notice(page) -> str:
    return _("A member replied about « %(title)s »") % {"title": page.title}


def best_recommended(pages):
    """Pages ordered by their Bayesian average (PRIOR_MEAN, PRIOR_WEIGHT), then by their
    number of public ratings, then by title."""
    rated = public_recommendations().filter(page=OuterRef("pk")).order_by().values("page")
    count = Coalesce(Subquery(rated.annotate(n=Count("pk")).values("n")), 0)
    total = Coalesce(Subquery(rated.annotate(s=Sum("level")).values("s")), 0)
    return pages.annotate(
        recommendation_count=count,
        recommendation_score=(
            Value(PRIOR_MEAN * PRIOR_WEIGHT, output_field=FloatField()) + Cast(total, FloatField())
        )
        / (Value(float(PRIOR_WEIGHT), output_field=FloatField()) + Cast(count, FloatField())),
    ).order_by(F("recommendation_score").desc(), F("recommendation_count").desc(), "title", "pk")


def live_content(page_id: int):
    """The live content of that id as its specific page, or None."""
    page = Page.objects.live().filter(pk=page_id).specific().first()
    return page if page is not None and is_rateable(page) else None
