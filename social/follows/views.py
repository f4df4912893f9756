"""Following and unfollowing, the digest's frequency, notifications read, unsubscribing.

Forms posted from the pages' follow buttons and from Mon espace: logged-in members only
(an anonymous visitor's button is a link to the login page), never cached. Each answers
with a redirect to where the form was (`next`, checked to be on this site) and a message.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from accounts.notifications import Notification

from .digest import choose_frequency, read_unsubscribe_token
from .forms import DigestPreferenceForm
from .models import DigestPreference, Follow, FollowTarget
from .targets import find_target, may_follow


def back(request, anchor: str = ""):
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("accounts:member_area") + anchor
    return HttpResponseRedirect(target)


def posted_target(request):
    kind = request.POST.get("target", "")
    if kind not in FollowTarget.values:
        kind = ""
    return kind, find_target(kind, request.POST.get("id", "").strip())


@never_cache
@login_required
@require_POST
def follow(request):
    kind, target = posted_target(request)
    if not may_follow(request, kind, target):
        return render(request, "social/follows/refused.html", status=403)
    try:
        with transaction.atomic():
            Follow.objects.create(user=request.user, **{kind: target})
    except IntegrityError:
        pass  # already followed: the button was posted twice
    messages.success(
        request,
        _("You follow “%(target)s”: its new contents appear in My space.")
        % {"target": label_of(target)},
    )
    return back(request, "#panneau-follows")


@never_cache
@login_required
@require_POST
def unfollow(request):
    kind, target = posted_target(request)
    Follow.objects.filter(user=request.user, **{kind: target}).delete()
    messages.success(
        request, _("You no longer follow “%(target)s”.") % {"target": label_of(target)}
    )
    return back(request, "#panneau-follows")


def label_of(target) -> str:
    if hasattr(target, "get_full_name"):
        return target.get_full_name() or target.get_username()
    return str(getattr(target, "title", target))


@never_cache
@login_required
@require_POST
def digest_preference(request):
    form = DigestPreferenceForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how often you want the digest."))
        return back(request, "#panneau-follows")
    preference = choose_frequency(request.user, form.cleaned_data["frequency"])
    if preference.frequency == DigestPreference.Frequency.NEVER:
        messages.success(request, _("You will not receive the digest."))
    else:
        messages.success(
            request,
            _("Saved: you will receive the digest %(frequency)s.")
            % {"frequency": preference.get_frequency_display().lower()},
        )
    return back(request, "#panneau-follows")


@never_cache
@login_required
@require_POST
def mark_read(request):
    unread = Notification.objects.filter(user=request.user, read_at__isnull=True)
    identifier = request.POST.get("notification", "")
    if identifier.isdigit():
        unread = unread.filter(pk=identifier)
    unread.update(read_at=timezone.now())
    return back(request, "#panneau-notifications")


@never_cache
@csrf_exempt  # The signed token is the credential; mail clients POST without a form (RFC 8058).
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    user = read_unsubscribe_token(token)
    if user is None:
        return render(request, "social/follows/unsubscribe_invalid.html", status=400)
    preference = DigestPreference.objects.filter(user=user).first()
    subscribed = (
        preference is not None and preference.frequency != DigestPreference.Frequency.NEVER
    )
    if request.method == "POST":
        if subscribed:
            choose_frequency(user, DigestPreference.Frequency.NEVER)
        return render(request, "social/follows/unsubscribed.html", {"was_subscribed": subscribed})
    return render(
        request,
        "social/follows/unsubscribe.html",
        {"subscribed": subscribed, "preference": preference, "token": token},
    )
