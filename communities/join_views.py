"""Asking to join a private space, from its public face (communities.joining).

The page of a private space is shown to its members only; an outsider meets it as a card
(the communities' list, the search) that leads here, and a logged-in outsider who opens
the space's own address is sent here rather than to the login page (wagtail_hooks.py).
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from accounts.clients import counted_client
from accounts.ratelimit import is_allowed

from .forms import JoinRequestForm
from .joining import ask, may_ask, pending_request, withdraw
from .membership import access_of, role_of
from .models import CommunityPage

DAY, WEEK = 24 * 3600, 7 * 24 * 3600
# A member asks a few spaces a day, and the same space again after a refusal only
# rarely; a script sending requests (mails to the administrators) is stopped early.
REQUESTS_PER_MEMBER_PER_DAY = 10
REQUESTS_PER_COMMUNITY_PER_WEEK = 3
REQUESTS_PER_CLIENT_PER_DAY = 30


def rate_limited(request, community) -> bool:
    user = request.user
    return not (
        is_allowed(
            "join-request-client", counted_client(request), REQUESTS_PER_CLIENT_PER_DAY, DAY
        )
        and is_allowed("join-request-member", str(user.pk), REQUESTS_PER_MEMBER_PER_DAY, DAY)
        and is_allowed(
            "join-request-community",
            f"{user.pk}:{community.pk}",
            REQUESTS_PER_COMMUNITY_PER_WEEK,
            WEEK,
        )
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def join(request, page_id: int):
    community = get_object_or_404(CommunityPage, pk=page_id, live=True)
    if not community.is_private:
        return redirect(community.url)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
    access = access_of(community)
    # Its members, and the hub's editors who moderate it, open it already.
    may_open = (access is not None and role_of(request.user, access) is not None) or all(
        restriction.accept_request(request) for restriction in community.get_view_restrictions()
    )
    pending = pending_request(request.user, community)
    form = JoinRequestForm(request.POST or None)
    status = 200
    asking = pending is None and not may_open and may_ask(request.user, community)
    if request.method == "POST" and asking:
        if rate_limited(request, community):
            status = 429
            form.add_error(
                None,
                _("Too many requests in a short time: try again tomorrow, your message is kept."),
            )
        elif form.is_valid():
            ask(request, community, form.cleaned_data["message"])
            messages.success(
                request, _("Your request was sent to the community's administrators.")
            )
            return redirect("communities:join", page_id=community.pk)
        else:
            status = 400
    return render(
        request,
        "communities/join.html",
        {
            "community": community,
            "form": form,
            "may_open": may_open,
            "pending": pending,
            "may_ask": asking,
        },
        status=status,
    )


@never_cache
@require_POST
def withdraw_request(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("accounts:member_area"), reverse("accounts:login"))
    if withdraw(request.user, pk):
        messages.success(request, _("Your request was withdrawn."))
    else:
        messages.error(request, _("This request was already answered or withdrawn."))
    return redirect(reverse("accounts:member_area") + "#panneau-requests")
