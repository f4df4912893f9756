"""What a member changes about their own account: name, e-mail address, deletion.

An e-mail address changes only when a signed link sent to the new address is opened
(the mailbox proves itself, as at sign-up). Deleting an account keeps what the hub
published and deletes what never was (see `delete_account`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from .forms import USERNAME_LENGTH, name_field

User = get_user_model()

EMAIL_CHANGE_SALT = "accounts.email-change"
EMAIL_CHANGE_MAX_AGE = 2 * 24 * 3600
# Apps above accounts ask what to do with what the member made there, when there is a
# choice (social: their public collections kept, anonymised, or deleted).
DELETION_CHOICES_HOOK = "register_account_deletion_choices"


@dataclass(frozen=True)
class DeletionChoice:
    """A question of the deletion form: `field`, and `apply(user, answer)`, run in the
    deletion's transaction before the account goes."""

    name: str
    field: forms.Field
    apply: Callable[[object, object], None]


def deletion_choices(user) -> list[DeletionChoice]:
    """Each "register_account_deletion_choices" hook function receives the user and
    returns the choices that concern them (none when they have nothing to choose about)."""
    return [choice for hook in hooks.get_hooks(DELETION_CHOICES_HOOK) for choice in hook(user)]


class PasswordCheckMixin:
    """A change that matters asks for the current password: a session left open on a
    shared computer in a training room must not give the account away."""

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your current password."))
        return password


def current_password_field() -> forms.CharField:
    return forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class NameForm(forms.ModelForm):
    first_name = name_field(_("First name"), "given-name")
    last_name = name_field(_("Last name"), "family-name")

    class Meta:
        model = User
        fields = ["first_name", "last_name"]


class EmailChangeForm(PasswordCheckMixin, forms.Form):
    email = forms.EmailField(
        label=_("New email address"),
        max_length=USERNAME_LENGTH,
        help_text=_("We send a confirmation link to this address; it changes once you open it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = current_password_field()

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if email == (self.user.email or "").lower():
            raise forms.ValidationError(_("This is already your email address."))
        return email


class AccountDeletionForm(PasswordCheckMixin, forms.Form):
    password = current_password_field()

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.choices = deletion_choices(user)
        for choice in self.choices:
            self.fields[choice.name] = choice.field
        # The password last, after the questions it confirms.
        self.order_fields([choice.name for choice in self.choices])

    def chosen(self) -> list[tuple[DeletionChoice, object]]:
        return [(choice, self.cleaned_data[choice.name]) for choice in self.choices]


def email_change_token(user, new_email: str) -> str:
    """Signs the account, its current address and the new one: once the address has
    changed, the link no longer matches and cannot be used again."""
    return signing.dumps(
        {"user": user.pk, "old": user.email or "", "new": new_email}, salt=EMAIL_CHANGE_SALT
    )


def read_email_change_token(token: str, user) -> str | None:
    """The new address a valid, unused link of `user` carries; None otherwise."""
    try:
        data = signing.loads(token, salt=EMAIL_CHANGE_SALT, max_age=EMAIL_CHANGE_MAX_AGE)
    except signing.BadSignature:
        return None
    if data.get("user") != user.pk or data.get("old") != (user.email or ""):
        return None
    return data.get("new")


def address_is_taken(email: str, user) -> bool:
    return User._default_manager.filter(email__iexact=email).exclude(pk=user.pk).exists()


def drafts_to_delete(user):
    """The pages of `user` that were never published and hold no one else's page: they
    go with the account. Pages with children are kept, ownerless, with the children."""
    return Page.objects.filter(
        owner=user, live=False, first_published_at__isnull=True, numchild=0
    ).order_by("title")


def pages_kept(user):
    """What stays after the account: pages that are or were published (and drafts holding
    other pages), owned by nobody, with no name in their history."""
    return Page.objects.filter(owner=user).exclude(pk__in=drafts_to_delete(user).values("pk"))


@transaction.atomic
def delete_account(user, chosen=()) -> None:
    """Deletes the account and its never-published drafts (in review or not), after the
    answers to the apps' questions (`AccountDeletionForm.chosen()`) are applied.

    Wagtail keeps the rest and forgets the person: pages' owner, revisions' author,
    workflow requesters and reviewers become nobody (their foreign keys are SET_NULL);
    the account's comments in the editor go with it.
    """
    for choice, answer in chosen:
        choice.apply(user, answer)
    for page in drafts_to_delete(user).specific():
        page.delete()
    user.delete()
