import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Control characters (CR, LF, NUL, ESC…) and the Unicode line and paragraph separators:
# nothing a name needs, and what breaks a mail header or a CSV line.
FORBIDDEN_CATEGORIES = {"Cc", "Zl", "Zp"}


def refuse_control_characters(value: str) -> None:
    if any(unicodedata.category(character) in FORBIDDEN_CATEGORIES for character in value):
        raise ValidationError(
            _("This field cannot contain control characters (such as line breaks)."),
            code="control_characters",
        )
