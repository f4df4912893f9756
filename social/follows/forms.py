from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DigestPreference


class DigestPreferenceForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Receive by e-mail what appeared in what I follow"),
        choices=DigestPreference.Frequency.choices,
        widget=forms.RadioSelect,
    )
