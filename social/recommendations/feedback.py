"""What a content page shows of its feedback, who may give it, and the « Les mieux
recommandés » order of the search.

The page's feedback costs a fixed number of queries whatever its number of ratings and
comments: the switch, the distribution and the number of comments in one query; when
there are comments, a page of threads with their authors, then their replies with theirs
(pinned by tests/social/test_recommendations.py).
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import (
    Count,
    Exists,
    F,
    FloatField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.notifications import notify
from accounts.roles import HUB_EDITORS
from catalogue.models import TrainingModulePage
from core.content import ContentPage
from core.pagination import page_number
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
        # The trainers the module page has already loaded (TrainingModulePage.get_context).
        ids |= {trainer.user_id for trainer in page.trainers.all() if trainer.user_id}
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
    comments: int


@dataclass(frozen=True)
class Summary:
    takes_feedback: bool
    distribution: Distribution


def summary(page) -> Summary:
    """Whether the page takes public feedback, its count per level and its number of
    comments, in one query."""
    shown = Q(recommendations__is_hidden=False)
    counts = (
        Page.objects.filter(pk=page.pk)
        .annotate(
            feedback_off=Exists(
                FeedbackSetting.objects.filter(page=OuterRef("pk"), public_feedback=False)
            ),
            total=Count("recommendations", filter=shown),
            comments=Count("recommendations", filter=shown & ~Q(recommendations__comment="")),
            **{
                f"level_{level.value}": Count(
                    "recommendations", filter=shown & Q(recommendations__level=level.value)
                )
                for level in Recommendation.Level
            },
        )
        .values(
            "feedback_off",
            "total",
            "comments",
            *(f"level_{v}" for v in Recommendation.Level.values),
        )
        .get()
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
    return Summary(not counts["feedback_off"], Distribution(total, levels, counts["comments"]))


def paged_threads(request, page, count: int) -> PaginatorPage:
    """The requested page of threads; the count comes from the summary, not a query."""
    paginator = Paginator(threads(page), THREADS_PER_PAGE)
    paginator.count = count
    return paginator.get_page(page_number(request))


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
    feedback = summary(page)
    # A module's trainers cost a query: read only to tell a member they are an author,
    # or to mark the authors' replies.
    needs_authors = user.is_authenticated or (
        feedback.takes_feedback and feedback.distribution.comments
    )
    authors = author_ids(page) if needs_authors else set()
    is_author = user.is_authenticated and user.pk in authors
    context = {
        "page": page,
        "request": request,
        "is_author": is_author,
        "takes_feedback": feedback.takes_feedback,
        "authors": authors,
    }
    if not feedback.takes_feedback:
        return context
    context.update(
        distribution=feedback.distribution,
        threads=paged_threads(request, page, feedback.distribution.comments),
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
