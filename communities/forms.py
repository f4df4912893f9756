from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .membership import ROLE_CHOICES

User = get_user_model()


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=User._meta.get_field("username").max_length,
        help_text=_(
            "If nobody has an account with this address, an invitation with a "
            "one-time link to choose a password is sent to it."
        ),
    )
    role = forms.ChoiceField(label=_("Role"), choices=ROLE_CHOICES, initial="members")


class RoleForm(forms.Form):
    user = forms.ModelChoiceField(queryset=User.objects.filter(is_active=True))
    role = forms.ChoiceField(label=_("Role"), choices=ROLE_CHOICES, initial="members")


class RemoveForm(forms.Form):
    user = forms.ModelChoiceField(queryset=User.objects.all())


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the administrators (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Who you are, why you would like to join: 1,000 characters at most."),
    )


class ShareLinkForm(forms.Form):
    label = forms.CharField(
        label=_("Label"),
        max_length=200,
        help_text=_("For you and the other administrators: who the link is for."),
    )
    target = forms.ChoiceField(label=_("What the link opens"))
    expires_on = forms.DateField(
        label=_("Valid until (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The link stops working at the end of this day."),
    )

    def __init__(self, *args, contents=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [
            ("", _("The whole private space")),
            *[(str(page.pk), page.title) for page in contents],
        ]
        self.fields["target"].required = False

    def clean_expires_on(self):
        expires_on = self.cleaned_data["expires_on"]
        if expires_on is not None and expires_on < timezone.localdate():
            raise forms.ValidationError(_("Choose today or a later day."))
        return expires_on
