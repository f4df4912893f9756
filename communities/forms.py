from django import forms
from django.contrib.auth import get_user_model
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
