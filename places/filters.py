"""The filters of the map of places (/lieux/, its embed and its markers): a plain GET form.

Values are slugs of the standard's labels (`?service=aide-aux-demarches-administratives`),
so that a territory map's address reads well and stays stable: /lieux/?departement=31,
/lieux/?frais=pass-numerique, /lieux/?dispositif=aptic, /lieux/?communaute=sicoval.
A value the form does not know (an old link, a typo, a commune outside Occitanie) is
ignored with a message saying so; the other filters still apply. Only published places
are ever filtered.

« Près de chez moi » sorts by distance from a commune or postcode (places/nearby.py),
or from the browser's position when its visitor shares it (map.js fills `lat` and `lon`,
rounded to a kilometre or so); « ouvert maintenant » asks places/opening.py.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from taxonomy.vocabularies import DEPARTMENTS

from .models import Place
from .nearby import by_distance, locate
from .opening import open_at
from .standard.vocabulary import Dispositif, Frais, Itinerance, Public, Service

# The hub's own flags, offered beside the standard's values of the same filter.
PASS_NUMERIQUE = "pass-numerique"  # noqa: S105 — the Pass Numérique, not a password
APTIC = "aptic"


def by_slug(enumeration) -> dict[str, str]:
    """The standard's values of `enumeration` under their slugs."""
    return {slugify(value): value for value in enumeration.values}


SERVICES = by_slug(Service)
PUBLICS = by_slug(Public)
FEES = by_slug(Frais)
PROGRAMMES = by_slug(Dispositif)
ITINERANCES = by_slug(Itinerance)
# « Près de chez moi »: how far from the commune or the position, in kilometres.
DISTANCES = [5, 10, 20, 50]


def choices(values: dict[str, str], everything, *extra) -> list[tuple[str, str]]:
    return [("", everything), *extra, *values.items()]


def public_communities():
    """The communities anybody may open, that have published places: (slug, title).

    A private community's name is not for everyone, so it is no filter of a public map.
    """
    communities = Place.communities.field.related_model.objects
    return list(
        communities.live()
        .public()
        .filter(places__status=Place.Status.PUBLISHED)
        .distinct()
        .order_by("title")
        .values_list("slug", "title")
    )


class PlaceFilterForm(forms.Form):
    """Bound to the request's GET; `filter()` narrows a queryset of published places."""

    service = forms.ChoiceField(
        label=_("Service"), required=False, choices=choices(SERVICES, _("All services"))
    )
    public = forms.ChoiceField(
        label=_("Public specifically addressed"),
        required=False,
        choices=choices(PUBLICS, _("All publics")),
    )
    departement = forms.ChoiceField(
        label=_("Département"),
        required=False,
        choices=[("", _("All of Occitanie")), *DEPARTMENTS],
    )
    commune = forms.CharField(label=_("Commune"), required=False, max_length=100)
    frais = forms.ChoiceField(
        label=_("Fees"),
        required=False,
        choices=choices(FEES, _("All fees"), (PASS_NUMERIQUE, _("Accepts the Pass Numérique"))),
    )
    dispositif = forms.ChoiceField(
        label=_("Programmes and labels"),
        required=False,
        choices=choices(PROGRAMMES, _("All programmes"), (APTIC, _("APTIC-qualified"))),
    )
    itinerance = forms.ChoiceField(
        label=_("Fixed or itinerant"),
        required=False,
        choices=choices(ITINERANCES, _("Fixed and itinerant")),
    )
    communaute = forms.ChoiceField(label=_("Community"), required=False)
    pres_de = forms.CharField(
        label=_("Near (commune or postcode)"),
        required=False,
        max_length=100,
        help_text=_("E.g. Millau or 12100: the nearest places first."),
    )
    rayon = forms.TypedChoiceField(
        label=_("Within"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            ("", _("Any distance")),
            *((str(km), _("%(km)d km") % {"km": km}) for km in DISTANCES),
        ],
    )
    ouvert = forms.BooleanField(label=_("Open now"), required=False)
    # The browser's position (map.js, « Use my position »); never shown as a field.
    lat = forms.FloatField(
        label=_("Your position"),
        required=False,
        min_value=-90,
        max_value=90,
        widget=forms.HiddenInput,
    )
    lon = forms.FloatField(
        label=_("Your position"),
        required=False,
        min_value=-180,
        max_value=180,
        widget=forms.HiddenInput,
    )

    # Shown at once, « près de chez moi » first; the others fold into « Plus de filtres »,
    # open when one is chosen.
    NEAR_FIELDS = ["pres_de", "rayon"]
    MAIN_FIELDS = ["service", "departement", "commune", "ouvert"]

    def __init__(self, data, communities):
        super().__init__(data, auto_id="filtre-%s")
        self.fields["communaute"].choices = [("", _("All communities")), *communities]
        self.location = None

    def clean_commune(self):
        return " ".join(self.cleaned_data["commune"].split())

    def clean_pres_de(self):
        text = " ".join(self.cleaned_data["pres_de"].split())
        if text:
            self.location = locate(text)
            if self.location is None:
                raise ValidationError(
                    _("No commune of Occitanie has this name or this postcode."),
                    code="unknown_commune",
                )
        return text

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("lat") is None) != (cleaned.get("lon") is None):
            cleaned.pop("lat", None)
            cleaned.pop("lon", None)
        return cleaned

    def origin(self) -> tuple[float, float] | None:
        """Where « près de chez moi » measures from: the commune typed, else the position."""
        selected = self.selected()
        if self.location is not None and "pres_de" in selected:
            return self.location.latitude, self.location.longitude
        if "lat" in selected and "lon" in selected:
            return selected["lat"], selected["lon"]
        return None

    def near_fields(self):
        return [self[name] for name in self.NEAR_FIELDS]

    def main_fields(self):
        return [self[name] for name in self.MAIN_FIELDS]

    def more_fields(self):
        shown = {*self.NEAR_FIELDS, *self.MAIN_FIELDS}
        return [field for field in self.visible_fields() if field.name not in shown]

    def more_chosen(self) -> bool:
        """A folded filter is chosen, or not understood: the fold opens to show it."""
        return any(field.name in self.selected() or field.errors for field in self.more_fields())

    def selected(self) -> dict:
        """The valid, non-empty choices, in the form's order; invalid ones are left out."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value or (name in ("lat", "lon") and value is not None)
        }

    def ignored(self) -> list[str]:
        """The labels of the filters whose value was not understood."""
        self.is_valid()
        return list(dict.fromkeys(str(self.fields[name].label) for name in self.errors))

    def filter(self, places, moment=None):
        """`places` narrowed by the filters: nearest first near a place, else by name."""
        selected = self.selected()
        if "service" in selected:
            places = places.filter(services__has=SERVICES[selected["service"]])
        if "public" in selected:
            places = places.filter(
                publics_specifiquement_adresses__has=PUBLICS[selected["public"]]
            )
        if "departement" in selected:
            places = places.in_department(selected["departement"])
        if "commune" in selected:
            places = places.filter(commune__iexact=selected["commune"])
        if selected.get("frais") == PASS_NUMERIQUE:
            places = places.filter(accepts_pass_numerique=True)
        elif "frais" in selected:
            places = places.filter(frais_a_charge__has=FEES[selected["frais"]])
        if selected.get("dispositif") == APTIC:
            places = places.filter(aptic_qualified=True)
        elif "dispositif" in selected:
            places = places.filter(
                dispositif_programmes_nationaux__has=PROGRAMMES[selected["dispositif"]]
            )
        if "itinerance" in selected:
            places = places.filter(itinerance__has=ITINERANCES[selected["itinerance"]])
        if "communaute" in selected:
            places = places.filter(communities__slug=selected["communaute"])
        if "ouvert" in selected:
            places = open_at(places, moment or timezone.now())
        origin = self.origin()
        if origin is None:
            return places.order_by("nom", "pk")
        return by_distance(places, *origin, within_km=selected.get("rayon"))
