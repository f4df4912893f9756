"""Checks of the standard's identifiers and codes, with the reason and what is expected."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, RegexValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from . import opening_hours

# La Poste's establishments share one SIREN whose SIRETs follow another rule (INSEE).
LA_POSTE_SIREN = "356000000"


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def siret_valid(siret: str) -> bool:
    if not re.fullmatch(r"\d{14}", siret):
        return False
    if siret.startswith(LA_POSTE_SIREN) and siret != LA_POSTE_SIREN + "00048":
        return sum(int(digit) for digit in siret) % 5 == 0
    return luhn_valid(siret)


def validate_pivot(value: str) -> None:
    """SIRET (14 digits, Luhn checksum), RNA (W and 9 characters) or RIDET / SIREN
    (9 or 10 digits), as the standard's `pivot` allows."""
    if re.fullmatch(r"\d{14}", value):
        if not siret_valid(value):
            raise ValidationError(
                _("%(value)s is not a valid SIRET: its checksum (Luhn key) is wrong."),
                code="siret_checksum",
                params={"value": value},
            )
        return
    if re.fullmatch(r"W[0-9A-Z]{9}", value) or re.fullmatch(r"\d{9,10}", value):
        return
    raise ValidationError(
        _(
            "%(value)s is neither a SIRET (14 digits), an RNA number (W followed by 9 "
            "characters) nor a RIDET (9 or 10 digits)."
        ),
        code="pivot",
        params={"value": value},
    )


validate_postcode = RegexValidator(
    r"^\d{5}$", _("A postcode has five digits (e.g. 31000)."), code="postcode"
)
validate_insee_code = RegexValidator(
    r"^([013-9]\d|2[AB1-9])\d{3}$",
    _(
        "An INSEE code has five characters: the département (2A, 2B for Corsica) then the "
        "commune (e.g. 31555 for Toulouse)."
    ),
    code="insee_code",
)
validate_phone = RegexValidator(
    r"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$",
    _(
        "Write the number in the international format, without spaces nor the first zero "
        "(e.g. +33561000000)."
    ),
    code="phone",
)
validate_email = EmailValidator(_("%(value)s is not a valid e-mail address."))
validate_url = URLValidator(
    schemes=["http", "https"], message=_("%(value)s is not a web address (https://…).")
)


def validate_opening_hours(value: str) -> None:
    try:
        opening_hours.parse(value)
    except opening_hours.OpeningHoursError as error:
        raise ValidationError(
            _(
                "These hours are not in the OpenStreetMap opening_hours format: %(error)s "
                "Example: Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00"
            ),
            code="opening_hours",
            params={"error": error},
        ) from error
