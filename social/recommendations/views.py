"""Rating, commenting and replying, for members; switching public feedback off, for the
content's authors and the hub's editors.

Each form is posted here from the content page (where members, who bypass the page cache,
find it) and shown again here, with what was typed, when it needs correcting. Pages are
never cached (each carries its CSRF token). A content the member may not open answers
404, as if it did not exist.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from accounts.clients import counted_client
from accounts.ratelimit import is_allowed

from .feedback import (
    author_ids,
    is_hub_editor,
    live_content,
    may_view,
    notify_authors,
    rating_notice,
    reply_notice,
    set_public_feedback,
    takes_public_feedback,
)
from .forms import FeedbackSettingForm, RecommendationForm, ReplyForm
from .models import Recommendation

HOUR = 3600
# Writes (ratings, their changes, replies) per member and per client address: a member
# replying through a lively thread stays well within; a script does not.
WRITES_PER_HOUR_PER_MEMBER = 20
WRITES_PER_HOUR_PER_CLIENT = 60
# The switch in Mon espace brings the author back there.
FROM_MEMBER_AREA = "mon-espace"


def content_or_404(request, page_id: int):
    page = live_content(page_id)
    if page is None or not may_view(page, request):
        raise Http404
    return page


def within_limits(request) -> bool:
    """Counts one write against the member and against their client address."""
    member = is_allowed("feedback-member", str(request.user.pk), WRITES_PER_HOUR_PER_MEMBER, HOUR)
    client = is_allowed(
        "feedback-client", counted_client(request), WRITES_PER_HOUR_PER_CLIENT, HOUR
    )
    return member and client


def feedback_url(page, request) -> str:
    return f"{page.get_url(request)}#avis"


def closed(request, page, is_author=False):
    context = {"page": page, "is_author": is_author}
    return render(request, "social/recommendations/closed.html", context, status=403)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def rate(request, page_id: int):
    page = content_or_404(request, page_id)
    if not takes_public_feedback(page):
        return closed(request, page)
    if request.user.pk in author_ids(page):
        # An author answers the members; rating their own content would skew its count.
        return closed(request, page, is_author=True)
    own = Recommendation.objects.filter(page=page, author=request.user).first()
    form = RecommendationForm(request.POST or None, instance=own)
    context = {"page": page, "form": form, "own": own}
    if request.method == "POST":
        if not within_limits(request):
            context["rate_limited"] = True
            return render(request, "social/recommendations/rate.html", context, status=429)
        if form.is_valid():
            recommendation = form.save(commit=False)
            recommendation.page, recommendation.author = page, request.user
            recommendation.save()
            notify_authors(page, request.user, rating_notice(page), page.get_url(request))
            messages.success(request, _("Your recommendation is saved."))
            return redirect(feedback_url(page, request))
    status = 400 if form.errors else 200
    return render(request, "social/recommendations/rate.html", context, status=status)


@never_cache
@login_required
@require_POST
def withdraw(request, page_id: int):
    page = content_or_404(request, page_id)
    deleted, _count = Recommendation.objects.filter(page=page, author=request.user).delete()
    if deleted:
        messages.success(request, _("Your recommendation is withdrawn."))
    return redirect(feedback_url(page, request))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def reply(request, recommendation_id: int):
    recommendation = get_object_or_404(
        Recommendation.objects.filter(is_hidden=False)
        .exclude(comment="")
        .select_related("author"),
        pk=recommendation_id,
    )
    page = content_or_404(request, recommendation.page_id)
    if not takes_public_feedback(page):
        return closed(request, page)
    initial = {"parent": request.GET.get("a")} if request.method == "GET" else None
    form = ReplyForm(request.POST or None, initial=initial, recommendation=recommendation)
    context = {
        "page": page,
        "form": form,
        "recommendation": recommendation,
        "answered": answered_reply(recommendation, request.GET.get("a")),
    }
    if request.method == "POST":
        if not within_limits(request):
            context["rate_limited"] = True
            return render(request, "social/recommendations/reply.html", context, status=429)
        if form.is_valid():
            answer = form.save(commit=False)
            answer.recommendation, answer.author = recommendation, request.user
            answer.parent = form.cleaned_data["parent"]
            answer.save()
            notify_authors(page, request.user, reply_notice(page), page.get_url(request))
            messages.success(request, _("Your reply is published."))
            return redirect(feedback_url(page, request))
    status = 400 if form.errors else 200
    return render(request, "social/recommendations/reply.html", context, status=status)


def answered_reply(recommendation, parent_id):
    """The reply a « Répondre » link points at, to quote it above the form."""
    if not parent_id or not str(parent_id).isdigit():
        return None
    return (
        recommendation.replies.filter(pk=parent_id, is_hidden=False)
        .select_related("author")
        .first()
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def setting(request, page_id: int):
    """The content's authors and the hub's editors switch its public feedback on or off."""
    page = content_or_404(request, page_id)
    if request.user.pk not in author_ids(page) and not is_hub_editor(request.user):
        raise PermissionDenied
    enabled = takes_public_feedback(page)
    if request.method == "POST":
        form = FeedbackSettingForm(request.POST)
        form.is_valid()
        enabled = form.cleaned_data.get("public_feedback", False)
        set_public_feedback(page, enabled)
        messages.success(
            request,
            _("Public feedback is switched on.")
            if enabled
            else _("Public feedback is switched off."),
        )
        if request.POST.get("from") == FROM_MEMBER_AREA:
            return redirect(f"{reverse('accounts:member_area')}#panneau-feedback")
        return redirect(feedback_url(page, request))
    return render(
        request, "social/recommendations/setting.html", {"page": page, "enabled": enabled}
    )
