"""Asking to join a private space, and its administrators' answer.

A request waits (one at a time per member and community: a database constraint) until
an administrator accepts it, which makes the member a reader of the space through its
"Membres" group (membership.set_role), or declines it. The administrators are told by
mail; the member by mail and in Mon espace (accounts.notifications). Mails leave once
the transaction is committed: an answer rolled back tells no one.
"""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.mail import header_text
from accounts.notifications import notify

from .membership import access_of, role_of, set_role
from .models import CommunityPage, JoinRequest

State = JoinRequest.State


def may_ask(user, community: CommunityPage) -> bool:
    """A logged-in account outside a live private space may ask to join it."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not (community.live and community.is_private):
        return False
    access = access_of(community)
    return access is not None and role_of(user, access) is None


def pending_request(user, community: CommunityPage) -> JoinRequest | None:
    return JoinRequest.objects.filter(user=user, community=community, state=State.PENDING).first()


def ask(request, community: CommunityPage, message: str) -> JoinRequest:
    """The member's request, created once: asking again while it waits returns it."""
    try:
        with transaction.atomic():
            join_request = JoinRequest.objects.create(
                community=community, user=request.user, message=message.strip()
            )
    except IntegrityError:
        return pending_request(request.user, community)
    link = request.build_absolute_uri(reverse("community_join_requests", args=[community.pk]))
    transaction.on_commit(lambda: tell_administrators(join_request, link), robust=True)
    return join_request


def answer(request, join_request: JoinRequest, accept: bool) -> bool:
    """Accepts or declines a pending request; False if it was answered or withdrawn meanwhile
    (two administrators at once: the first answer stands)."""
    state = State.ACCEPTED if accept else State.DECLINED
    with transaction.atomic():
        answered = JoinRequest.objects.filter(pk=join_request.pk, state=State.PENDING).update(
            state=state, answered_at=timezone.now(), answered_by=request.user
        )
        if not answered:
            return False
        join_request.refresh_from_db()
        access = access_of(join_request.community)
        # A member who got another role meanwhile (added by hand) keeps it.
        if accept and role_of(join_request.user, access) is None:
            set_role(join_request.user, access, "members")
    community_url = request.build_absolute_uri(join_request.community.url)
    member_area_url = request.build_absolute_uri(reverse("accounts:member_area"))
    transaction.on_commit(
        lambda: tell_member(join_request, community_url, member_area_url), robust=True
    )
    return True


def withdraw(user, pk: int) -> bool:
    """The member withdraws their own pending request."""
    deleted, _rows = JoinRequest.objects.filter(pk=pk, user=user, state=State.PENDING).delete()
    return bool(deleted)


def pending_counts(community_ids) -> dict[int, int]:
    """Pending requests by community page id, in one query."""
    rows = (
        JoinRequest.objects.filter(community_id__in=community_ids, state=State.PENDING)
        .values("community_id")
        .annotate(count=Count("pk"))
    )
    return {row["community_id"]: row["count"] for row in rows}


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()


def tell_administrators(join_request: JoinRequest, link: str) -> None:
    community = join_request.community
    access = access_of(community)
    if access is None or access.administrators_id is None:
        return
    recipients = (
        get_user_model()
        ._default_manager.filter(groups=access.administrators_id, is_active=True)
        .exclude(email="")
        .values_list("email", "first_name")
    )
    subject = _("%(member)s asks to join %(community)s") % {
        "member": display_name(join_request.user),
        "community": community.title,
    }
    for email, first_name in recipients:
        body = render_to_string(
            "communities/emails/join_request.txt",
            {
                "first_name": first_name,
                "member": display_name(join_request.user),
                "community": community.title,
                "message": join_request.message,
                "link": link,
            },
        )
        send_mail(header_text(subject), body, None, [email])


def answer_text(join_request: JoinRequest) -> str:
    if join_request.state == State.ACCEPTED:
        return _("Your request to join “%(community)s” was accepted.") % {
            "community": join_request.community.title
        }
    return _("Your request to join “%(community)s” was declined.") % {
        "community": join_request.community.title
    }


def tell_member(join_request: JoinRequest, community_url: str, member_area_url: str) -> None:
    accepted = join_request.state == State.ACCEPTED
    url = community_url if accepted else member_area_url
    text = answer_text(join_request)
    notify(join_request.user, "join_answer", text=text, url=url, key=f"join-{join_request.pk}")
    if not join_request.user.email:
        return
    body = render_to_string(
        "communities/emails/join_answer.txt",
        {
            "first_name": join_request.user.first_name,
            "text": text,
            "accepted": accepted,
            "link": url,
        },
    )
    send_mail(header_text(text), body, None, [join_request.user.email])
