"""The census form: a place in the standard, field by field and in plain French, its
hours as days and times, and who proposes it.

It is a model form of `Place` that is never saved: the model's own validation (the
standard's patterns and vocabularies, `Place.clean`) decides whether the values are a
valid place before they are queued as a `Proposal`.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from ..fields import LinesField
from ..models import Place
from ..opening_hours import DAYS
from .hours import RANGES_PER_DAY, WeekHours, from_opening_hours, to_opening_hours

DAY_NAMES = {
    "Mo": _("Monday"),
    "Tu": _("Tuesday"),
    "We": _("Wednesday"),
    "Th": _("Thursday"),
    "Fr": _("Friday"),
    "Sa": _("Saturday"),
    "Su": _("Sunday"),
}
RANGE_NAMES = {1: _("first range"), 2: _("second range")}

# The values a proposal carries, as the standard names them; the fieldsets of the form.
FIELDSETS = [
    (
        _("The structure"),
        ["nom", "pivot", "structure_parente", "presentation_resume", "presentation_detail"],
    ),
    (
        _("The address"),
        ["adresse", "complement_adresse", "code_postal", "commune", "latitude", "longitude"],
    ),
    (_("The contact"), ["telephone", "courriels", "site_web", "prise_rdv"]),
    (_("The opening hours"), ["horaires"]),
    (
        _("Services and publics"),
        [
            "services",
            "publics_specifiquement_adresses",
            "prise_en_charge_specifique",
            "frais_a_charge",
            "accepts_pass_numerique",
        ],
    ),
    (
        _("Access and support"),
        [
            "itinerance",
            "modalites_acces",
            "modalites_accompagnement",
            "dispositif_programmes_nationaux",
            "formations_labels",
            "autres_formations_labels",
            "fiche_acces_libre",
        ],
    ),
]
PROPOSAL_FIELDS = [name for _legend, names in FIELDSETS for name in names]
# The editor may also set what a proposer seldom knows.
REVIEW_FIELDS = [*PROPOSAL_FIELDS[:10], "code_insee", *PROPOSAL_FIELDS[10:]]


def normalized_phone(value: str) -> str:
    """05 61 00 00 00, 05.61.00.00.00 → +33561000000: the standard's format."""
    digits = re.sub(r"[\s.\-()]", "", value)
    if re.fullmatch(r"0\d{9}", digits):
        return "+33" + digits[1:]
    if digits.startswith("0033"):
        return "+" + digits[2:]
    return digits


class PhoneField(forms.CharField):
    def to_python(self, value):
        return normalized_phone(super().to_python(value))


class CompactField(forms.CharField):
    """A code typed with spaces (SIRET in groups, « 31 000 »)."""

    def to_python(self, value):
        return re.sub(r"\s", "", super().to_python(value)).upper()


class WebAddressesField(LinesField):
    """Web addresses, one per line; « www.exemple.fr » gets its https://."""

    def to_python(self, value):
        return [
            line if re.match(r"^[a-z][a-z0-9+.-]*://", line, re.IGNORECASE) else f"https://{line}"
            for line in super().to_python(value)
        ]


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


def time_field(label) -> forms.TimeField:
    return forms.TimeField(
        label=label,
        required=False,
        widget=TimeInput(),
        # Browsers without a time picker send what was typed: 9:30, 9h30, 14h.
        input_formats=["%H:%M", "%H:%M:%S", "%Hh%M", "%HH%M", "%Hh", "%HH"],
        error_messages={"invalid": _("Write a time as 09:30.")},
    )


def time_field_name(day: str, number: int, end: str) -> str:
    return f"hours_{day}_{number}_{end}"


class PlaceValuesForm(forms.ModelForm):
    """The standard's values of a place, checked by the model (never saved here)."""

    class Meta:
        model = Place
        fields = PROPOSAL_FIELDS
        field_classes = {
            "telephone": PhoneField,
            "pivot": CompactField,
            "code_postal": CompactField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # ListField makes its own form field: the web addresses' one is swapped here.
        field = self.fields["site_web"]
        self.fields["site_web"] = WebAddressesField(
            required=field.required,
            label=field.label,
            help_text=field.help_text,
            item_validators=field.item_validators,
        )

    def proposed_values(self) -> dict:
        """The checked values, JSON-ready, under the standard's names: read from the
        instance, where the model's cleaning put them (the Pass Numérique's fee)."""
        return {name: getattr(self.instance, name) for name in self._meta.fields}


class CensusForm(PlaceValuesForm):
    """The public form: plain labels and help, hours per day, the proposer, the consent,
    and a honeypot for robots."""

    required_css_class = "required"

    class Meta(PlaceValuesForm.Meta):
        labels = {
            "nom": _("Name of the place"),
            "pivot": _("SIRET of the structure"),
            "structure_parente": _("Parent structure"),
            "presentation_resume": _("Short presentation"),
            "presentation_detail": _("Detailed presentation"),
            "adresse": _("Street address"),
            "complement_adresse": _("Address complement"),
            "code_postal": _("Postcode"),
            "commune": _("Commune"),
            "telephone": _("Phone"),
            "courriels": _("Contact e-mails"),
            "site_web": _("Web sites"),
            "prise_rdv": _("Online booking page"),
            "horaires": _("Opening hours as they are written today"),
            "services": _("Services offered"),
            "publics_specifiquement_adresses": _("Publics specifically welcomed"),
            "prise_en_charge_specifique": _("Specific support"),
            "frais_a_charge": _("Fees"),
            "accepts_pass_numerique": _("The place accepts the Pass Numérique"),
            "itinerance": _("Fixed or itinerant"),
            "modalites_acces": _("How to come"),
            "modalites_accompagnement": _("Kinds of support"),
            "dispositif_programmes_nationaux": _("National programmes"),
            "formations_labels": _("Trainings and labels"),
            "autres_formations_labels": _("Other trainings or labels"),
            "fiche_acces_libre": _("Acceslibre page"),
        }
        help_texts = {
            "nom": _("As the public knows it, e.g. « Espace numérique de la médiathèque »."),
            "pivot": _(
                "14 digits, on the structure's documents or annuaire-entreprises.data.gouv.fr. "
                "An association without a SIRET gives its RNA number (W and 9 characters)."
            ),
            "structure_parente": _("The network or body it belongs to, if any."),
            "presentation_resume": _("At most 280 characters: what the place offers, to whom."),
            "presentation_detail": _("Optional: equipment, workshops, how a visit goes."),
            "adresse": _("Number and street, e.g. 12 bis rue de la Paix."),
            "complement_adresse": _("Building, floor, « inside the town hall »…"),
            "code_postal": _("Five digits, e.g. 31000."),
            "telephone": _("The public's number, e.g. 05 61 00 00 00."),
            "courriels": _("One address per line."),
            "site_web": _("One address per line: the web site, social networks."),
            "prise_rdv": _("If the public can book an appointment online."),
            "horaires": _(
                "OpenStreetMap format, e.g. Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00."
            ),
            "accepts_pass_numerique": _(
                "The fees then include « Gratuit sous condition », as the standard files it."
            ),
            "fiche_acces_libre": _(
                "The place's accessibility page on acceslibre.beta.gouv.fr, if it has one."
            ),
        }

    hours_choice = forms.ChoiceField(
        label=_("What to do with these hours"),
        choices=[
            ("keep", _("Keep the hours as they are written")),
            ("week", _("Enter them again day by day below")),
        ],
        initial="keep",
        required=False,
        widget=forms.RadioSelect,
    )
    closed_on_public_holidays = forms.BooleanField(
        label=_("Closed on public holidays"), required=False
    )
    proposer_name = forms.CharField(label=_("Your name"), max_length=150)
    proposer_email = forms.EmailField(
        label=_("Your e-mail"),
        help_text=_("We write to you there when the proposal has been read."),
    )
    proposer_role = forms.CharField(
        label=_("Your role in the structure"),
        max_length=150,
        help_text=_("E.g. digital mediator, director, volunteer."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the hub keeps these details to deal with my proposal."),
        error_messages={"required": _("Tick this box so that we can deal with the proposal.")},
    )
    # Hidden from sighted visitors by CSS, announced to screen readers as "leave empty";
    # robots fill every field they find.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        # The labels end with the word « (obligatoire) » where needed, not with a colon.
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # ListField's form fields take their label from the model: the form's own here.
        for name, label in self._meta.labels.items():
            self.fields[name].label = label
        for name, help_text in self._meta.help_texts.items():
            self.fields[name].help_text = help_text
        self.fields["presentation_detail"].widget.attrs["rows"] = 4
        # Typed with spaces (434 933 123 00029, 05 61 00 00 00), longer than the value kept:
        # the browser must not cut them at the model's length.
        for name, length in (("pivot", 20), ("code_postal", 8), ("telephone", 24)):
            self.fields[name].widget.attrs["maxlength"] = length
        self.fields["services"].required = True
        self.fields["services"].error_messages["required"] = _("Tick at least one service.")
        self.fields["horaires"].required = False
        self.fields["horaires"].widget = forms.Textarea(attrs={"rows": 2})
        self.fields["latitude"].widget = forms.HiddenInput()
        self.fields["longitude"].widget = forms.HiddenInput()
        current = self.instance.horaires if self.instance.pk else ""
        self.week_hours = from_opening_hours(current)
        # Hours the week cannot say are shown as text, kept unless re-entered.
        self.hours_as_text = self.week_hours is None
        if self.hours_as_text:
            self.week_hours = WeekHours()
        else:
            del self.fields["hours_choice"]
            self.initial["closed_on_public_holidays"] = self.week_hours.closed_on_public_holidays
        for index, day in enumerate(DAYS):
            spans = self.week_hours.week[index]
            for number in range(1, RANGES_PER_DAY + 1):
                for end, word in (("start", _("from")), ("end", _("to"))):
                    name = time_field_name(day, number, end)
                    context = f"{DAY_NAMES[day]}, {RANGE_NAMES[number]}"
                    # The full label names the field in the error summary; the form
                    # shows the word, the day and range being its fieldset's.
                    self.fields[name] = time_field(f"{context}, {word}")
                    self.fields[name].context_label = context
                    self.fields[name].short_label = word
                    if number <= len(spans):
                        self.initial[name] = spans[number - 1][0 if end == "start" else 1]
        # The place's fields describe the place, not the visitor: the browser must not
        # fill in their own address or phone; the proposer's fields say what they are.
        for name in (*PROPOSAL_FIELDS, "proposer_role"):
            self.fields[name].widget.attrs.setdefault("autocomplete", "off")
        self.fields["proposer_name"].widget.attrs["autocomplete"] = "name"
        self.fields["proposer_email"].widget.attrs["autocomplete"] = "email"

    def days(self):
        """Per weekday: its name and its ranges' bound fields (for the template)."""
        return [
            {
                "name": DAY_NAMES[day],
                "ranges": [
                    (
                        self[time_field_name(day, number, "start")],
                        self[time_field_name(day, number, "end")],
                    )
                    for number in range(1, RANGES_PER_DAY + 1)
                ],
            }
            for day in DAYS
        ]

    def fieldsets(self):
        return [
            (legend, [self[name] for name in names if name != "horaires"])
            for legend, names in FIELDSETS
        ]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(
                _(
                    "The field « Leave this field empty » was filled in, as robots do: "
                    "empty it to send the proposal."
                )
            )
        return ""

    def clean(self):
        cleaned = super().clean()
        week = self.clean_week()
        if self.hours_as_text and cleaned.get("hours_choice", "keep") != "week":
            # Checked by the model's validator with the other values.
            return cleaned
        if week is not None:
            cleaned["horaires"] = to_opening_hours(
                WeekHours(week, bool(cleaned.get("closed_on_public_holidays")))
            )
        return cleaned

    def clean_week(self):
        """The week entered, or None if a range is wrong (each error on its field)."""
        week, valid = [], True
        for day in DAYS:
            spans = []
            for number in range(1, RANGES_PER_DAY + 1):
                start_name = time_field_name(day, number, "start")
                end_name = time_field_name(day, number, "end")
                if start_name in self.errors or end_name in self.errors:
                    valid = False
                    continue
                start = self.cleaned_data.get(start_name)
                end = self.cleaned_data.get(end_name)
                error = range_error(start, end, spans, number)
                if error:
                    self.add_error(end_name if start else start_name, error)
                    valid = False
                elif start:
                    spans.append((start.replace(second=0), end.replace(second=0)))
            week.append(spans)
        return week if valid else None


def range_error(start, end, earlier, number):
    """Why a range of a day is wrong, or None."""
    if start is None and end is None:
        return None
    if start is None or end is None:
        return _("Give the opening and the closing time, or neither (closed).")
    if end <= start:
        return _("The closing time comes after the opening time.")
    if number > 1 and not earlier:
        return _("Fill in the first range before the second.")
    if earlier and start < earlier[-1][1]:
        return _("The second range starts after the first one ends.")
    return None


class SearchForm(forms.Form):
    # Not `q`: the header's site search would show it as its own query.
    lieu = forms.CharField(
        label=_("Name or SIRET of the place"),
        max_length=100,
        required=False,
        help_text=_("E.g. « médiathèque Albi » or 434 933 123 00029."),
    )

    def query(self) -> str:
        return self.cleaned_data.get("lieu", "").strip() if self.is_valid() else ""
