"""The public report pages: the form for a content page, a rating comment or a reply, and
the thank-you page. Anyone may report, anonymous visitors included; what they may not
see they may not report (404, as the page itself answers them). Never cached: the form
carries its CSRF token, which is why the content pages link here rather than embed it.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Page

from accounts.clients import counted_client
from accounts.ratelimit import is_allowed
from core.restrictions import visible_to

from ..recommendations.models import FeedbackReply, Recommendation
from .forms import ReportForm
from .models import Report

HOUR = 3600
# Per client address: a training room reporting together behind one address, not a
# script filling the queue. Per member: the same whatever the address.
REPORTS_PER_HOUR_PER_CLIENT = 10
REPORTS_PER_HOUR_PER_MEMBER = 10
SESSION_KEY = "social_report_sent"


def visible_pages(request):
    """Live pages this visitor may open (the root aside)."""
    return visible_to(Page.objects.live().filter(depth__gt=1), request)


def shown_comments(model, request):
    """Comments shown on pages this visitor may open: not hidden, their content taking
    public feedback."""
    page_path = "page" if model is Recommendation else "recommendation__page"
    comments = model.objects.filter(is_hidden=False).exclude(
        **{f"{page_path}__feedback_setting__public_feedback": False}
    )
    if model is FeedbackReply:
        comments = comments.filter(recommendation__is_hidden=False)
    else:
        comments = comments.exclude(comment="")
    return comments.filter(**{f"{page_path}__in": visible_pages(request)})


def page_target(request, pk):
    page = visible_pages(request).filter(pk=pk).first()
    if page is None:
        raise Http404
    return {"page": page}, page


def recommendation_target(request, pk):
    recommendation = (
        shown_comments(Recommendation, request).select_related("page").filter(pk=pk).first()
    )
    if recommendation is None:
        raise Http404
    return {"recommendation": recommendation}, recommendation.page


def reply_target(request, pk):
    reply = (
        shown_comments(FeedbackReply, request)
        .select_related("recommendation__page")
        .filter(pk=pk)
        .first()
    )
    if reply is None:
        raise Http404
    return {"reply": reply}, reply.recommendation.page


TARGETS = {
    Report.TargetType.PAGE: page_target,
    Report.TargetType.RECOMMENDATION: recommendation_target,
    Report.TargetType.REPLY: reply_target,
}


def allowed(request) -> bool:
    """Counts one report for the client and, for a member, for the account."""
    allowed = is_allowed(
        "report-client", counted_client(request), REPORTS_PER_HOUR_PER_CLIENT, HOUR
    )
    if request.user.is_authenticated:
        allowed = (
            is_allowed("report-member", str(request.user.pk), REPORTS_PER_HOUR_PER_MEMBER, HOUR)
            and allowed
        )
    return allowed


@never_cache
@require_http_methods(["GET", "POST"])
def report(request, target_type, pk):
    target, page = TARGETS[target_type](request, pk)
    user = request.user
    form = ReportForm(request.POST or None, user=user)
    context = {
        "form": form,
        "page": page,
        "target_type": target_type,
        "comment": target.get("recommendation") or target.get("reply"),
    }
    if request.method == "POST":
        if not allowed(request):
            return render(
                request, "social/reports/form.html", {**context, "rate_limited": True}, status=429
            )
        if form.is_valid():
            form.instance.reporter = user if user.is_authenticated else None
            for name, value in target.items():
                setattr(form.instance, name, value)
            form.save()
            request.session[SESSION_KEY] = {
                "title": page.title,
                "url": page.url,
                "email": form.instance.reporter_email,
            }
            return redirect("reports:thanks")
    return render(request, "social/reports/form.html", context)


@never_cache
@require_safe
def thanks(request):
    return render(
        request, "social/reports/thanks.html", {"sent": request.session.get(SESSION_KEY)}
    )
