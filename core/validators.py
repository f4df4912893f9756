"""Checks on what editors type."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# C0 controls (line feed, carriage return, tab…), DEL, C1 controls, and the Unicode
# line and paragraph separators: none belongs in a one-line text such as a title,
# and a line break there ends up in the header of an e-mail.
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def validate_single_line(value) -> None:
    if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
        raise ValidationError(
            _(
                "This field cannot contain a control character (line break, tab…): "
                "write it on one line."
            ),
            code="control_character",
        )
