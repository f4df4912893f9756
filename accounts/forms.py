from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from .handles import unique_handle
from .validators import refuse_control_characters

User = get_user_model()
USERNAME_LENGTH = User._meta.get_field("username").max_length
LOGIN_LABEL = _("Email address or username")


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=USERNAME_LENGTH,
        help_text=_("We send a confirmation link to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class LoginForm(AuthenticationForm):
    """People log in with their e-mail address (accounts/backends.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = LOGIN_LABEL
        self.fields["username"].widget.attrs["autocomplete"] = "email"


class AdminLoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = LOGIN_LABEL
        self.fields["username"].widget.attrs["placeholder"] = LOGIN_LABEL


def name_field(label, autocomplete: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=150,
        required=False,
        validators=[refuse_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": autocomplete}),
    )


class AccountPasswordForm(SetPasswordForm):
    """Names and a password: what a new account holder fills in, from signup or invitation."""

    first_name = name_field(_("First name"), "given-name")
    last_name = name_field(_("Last name"), "family-name")
    field_order = ["first_name", "last_name", "new_password1", "new_password2"]

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name

    def clean(self):
        # The password is compared with the names typed beside it, not only the stored ones.
        for name in ("first_name", "last_name"):
            if name in self.cleaned_data:
                setattr(self.user, name, self.cleaned_data[name])
        return super().clean()

    def save(self, commit=True):
        # A new account gets its handle; so does an invitee, whose name was not known
        # when the invitation made the account.
        named = self.user.first_name or self.user.last_name
        if self.user.pk is None or (named and not self.user.has_usable_password()):
            self.user.username = unique_handle(
                self.user.first_name,
                self.user.last_name,
                seed=self.user.email,
                accounts=User._default_manager.exclude(pk=self.user.pk),
            )
        return super().save(commit)
