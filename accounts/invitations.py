"""Accounts created for someone else: a one-time link lets the invitee choose a password.

The link is Django's password-reset token: it signs the account's current
password hash and last login, so it stops working once the password is set,
and after PASSWORD_RESET_TIMEOUT.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from .handles import unique_handle
from .mail import send_templated_mail

User = get_user_model()


def invitation_link(request, user) -> str:
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return request.build_absolute_uri(reverse("accounts:invitation", args=[uidb64, token]))


def is_pending(user) -> bool:
    """Invited, and has not chosen a password yet."""
    return not user.has_usable_password() and user.last_login is None


def find_account(email: str):
    """The account with this email, whatever its case."""
    return User.objects.filter(email__iexact=email).order_by("pk").first()


def get_or_invite(request, email: str, place: str):
    """The account with this email, or a new one invited by email to join `place`.

    Returns (user, invited). An invitee who has not accepted yet is sent a new link.
    """
    email = email.strip().lower()
    user = find_account(email)
    if user is None:
        user = User(username=unique_handle("", "", seed=email), email=email)
        user.set_unusable_password()
        user.save()
    if not is_pending(user):
        return user, False
    send_templated_mail(
        email,
        _("Invitation to join %(place)s on RhinOcc") % {"place": place},
        "invitation.txt",
        {
            "place": place,
            "inviter": request.user.get_full_name() or request.user.get_username(),
            "link": invitation_link(request, user),
        },
    )
    return user, True
