"""Limits on failed logins (django-axes), on the public login page and the admin's.

Failures are counted per account and per client address (accounts/clients.py), each
on its own (settings.AXES_*). They are kept by axes' database handler rather than in
the cache: the database is already shared by every application process, a Redis
outage (the cache ignores its errors, by design) would silently lift the limits, and
the records are what the unlock screen lists (accounts/wagtail_hooks.py).
"""

from axes.helpers import get_client_ip_address, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Q
from django.shortcuts import render
from django.utils import timezone

from .backends import account_for_login


def attempted_account(request, credentials=None) -> str:
    """Whom a login tries: the account's username, whether its e-mail or its username was
    typed, so that both count against the same account; else what was typed, lowercased."""
    typed = (credentials or {}).get("username")
    if typed is None:
        typed = request.POST.get("username", "")
    account = account_for_login(typed)
    return account.get_username() if account is not None else typed.strip().lower()


def unlocked_at(username: str, ip_address: str):
    """When the lock ends: a cool-off after the last failure that counts."""
    last_failure = AccessAttempt.objects.filter(
        Q(username=username) | Q(ip_address=ip_address)
    ).aggregate(last=Max("attempt_time"))["last"]
    return (last_failure or timezone.now()) + get_cool_off()


def lockout_response(request, original_response=None, credentials=None):
    """The login refused for a while, in French, with the way out: a new password."""
    typed = (credentials or {}).get("username") or request.POST.get("username", "")
    username = attempted_account(request, credentials)
    until = unlocked_at(username, get_client_ip_address(request))
    minutes = max(1, round((until - timezone.now()).total_seconds() / 60))
    return render(
        request,
        "accounts/locked_out.html",
        {"typed": typed, "until": until, "minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
