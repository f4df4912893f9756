"""The agenda's filters: when (upcoming or past), month, département, theme, online, kind.

A plain GET form, usable without JavaScript. As in the catalogue's filters, a value the
form does not know (an old link, a typo) is ignored, never an error: the other filters
still apply, and the page says which one it ignored.
"""

import datetime

from django import forms
from django.utils import dateformat, timezone
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Department, Theme

# How far ahead the month filter reaches.
MONTHS_AHEAD = 12


UPCOMING = "a-venir"
PAST = "passes"
WHEN_CHOICES = [(UPCOMING, _("Upcoming")), (PAST, _("Past events and replays"))]

EVENTS = "evenements"
TRAININGS = "formations"
WHAT_CHOICES = [
    ("", _("Events and training sessions")),
    (EVENTS, _("Events and webinars only")),
    (TRAININGS, _("Training sessions only")),
]

ONLINE = "oui"
IN_PERSON = "non"
ONLINE_CHOICES = [
    ("", _("Online or in person")),
    (ONLINE, _("Online")),
    (IN_PERSON, _("In person")),
]


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def next_month(day: datetime.date) -> datetime.date:
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def month_choices(first: datetime.date, last: datetime.date) -> list[tuple[str, str]]:
    """("2026-12", "décembre 2026") for each month from `first` to `last`, in order."""
    choices = []
    month = month_start(first)
    while month <= last:
        choices.append((f"{month:%Y-%m}", dateformat.format(month, "F Y")))
        month = next_month(month)
    return choices


class AgendaFilterForm(forms.Form):
    quand = forms.ChoiceField(label=_("When"), required=False, choices=WHEN_CHOICES)
    mois = forms.ChoiceField(label=_("Month"), required=False)
    departement = forms.ModelChoiceField(
        label=_("Department"),
        required=False,
        queryset=Department.objects.order_by("code"),
        to_field_name="code",
        empty_label=_("All departments"),
    )
    thematique = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        empty_label=_("All themes"),
    )
    en_ligne = forms.ChoiceField(label=_("Online"), required=False, choices=ONLINE_CHOICES)
    quoi = forms.ChoiceField(label=_("What"), required=False, choices=WHAT_CHOICES)

    def __init__(self, data=None, *, first_day: datetime.date | None = None):
        super().__init__(data)
        today = timezone.localdate()
        if self.is_past():
            first = first_day or today.replace(year=today.year - 1)
            months = list(reversed(month_choices(first, today)))
        else:
            last = today
            for _step in range(MONTHS_AHEAD - 1):
                last = next_month(last)
            months = month_choices(today, last)
        self.fields["mois"].choices = [("", _("Every month")), *months]

    def is_past(self) -> bool:
        return bool(self.data) and self.data.get("quand") == PAST

    def selected(self) -> dict:
        """The valid, non-empty choices; invalid ones are left out."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def has_filters(self) -> bool:
        return any(name != "quand" for name in self.selected())

    def ignored(self) -> list[str]:
        return [str(self[name].label) for name in self.errors] if self.is_bound else []

    def month_range(self) -> tuple[datetime.date, datetime.date] | None:
        """The chosen month, as its first day and the first day of the next one."""
        if month := self.selected().get("mois"):
            first = datetime.date.fromisoformat(f"{month}-01")
            return first, next_month(first)
        return None
