"""The filters of a training catalogue: public, modality, duration, as a plain GET form.

They work without JavaScript. A value the form does not know (an old link, a typo,
a public no module of the catalogue addresses) is ignored, never an error: the
other filters still apply.
"""

from decimal import Decimal

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Durations as a trainer plans them: half a day (3.5 h), a day (7 h), more.
HALF_DAY = Decimal("3.5")
DAY = Decimal("7")
DURATIONS = {
    "demi-journee": (_("Half a day or less (up to 3.5 hours)"), Q(duration_hours__lte=HALF_DAY)),
    "journee": (
        _("One day (over 3.5 and up to 7 hours)"),
        Q(duration_hours__gt=HALF_DAY, duration_hours__lte=DAY),
    ),
    "plusieurs-jours": (_("More than a day (over 7 hours)"), Q(duration_hours__gt=DAY)),
}
DURATION_CHOICES = [(key, label) for key, (label, _condition) in DURATIONS.items()]


class ModuleFilterForm(forms.Form):
    """Bound to the request's GET; `filter()` narrows a queryset of modules."""

    public = forms.ChoiceField(label=_("Public"), required=False)
    modalite = forms.ChoiceField(label=_("Modality"), required=False)
    duree = forms.ChoiceField(
        label=_("Duration"),
        required=False,
        choices=[("", _("All durations")), *DURATION_CHOICES],
    )

    def __init__(self, data, publics, modalities):
        super().__init__(data)
        self.fields["public"].choices = [
            ("", _("All publics")),
            *((public.slug, public.name) for public in publics),
        ]
        self.fields["modalite"].choices = [("", _("All modalities")), *modalities]

    def selected(self) -> dict:
        """The valid, non-empty choices; invalid ones are left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, modules):
        selected = self.selected()
        if "public" in selected:
            modules = modules.filter(publics__slug=selected["public"])
        if "modalite" in selected:
            modules = modules.filter(modality=selected["modalite"])
        if "duree" in selected:
            modules = modules.filter(DURATIONS[selected["duree"]][1])
        return modules
