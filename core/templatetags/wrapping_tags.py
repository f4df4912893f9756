"""Where long addresses may wrap: web addresses and e-mails shown as text.

A domain such as "cybermalveillance.gouv.fr" is one word for the browser: on a
phone it either overflows or, with `overflow-wrap: break-word`, splits at any
letter. `{{ address|breakable }}` lets it wrap after its punctuation instead, as
French typography does, with no hyphen added (a hyphen would change the address).
"""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# After each run of / . - _ @ ? & = # that something follows ("https://" wraps
# after its two slashes, never between them).
BREAK_POINTS = re.compile(r"(?<=[/.\-_@?&=#])(?=[^/.\-_@?&=#])")


@register.filter(is_safe=True)
def breakable(address) -> SafeString:
    """The address with a <wbr> after its punctuation, each piece escaped."""
    pieces = BREAK_POINTS.split(str(address))
    return mark_safe("<wbr>".join(conditional_escape(piece) for piece in pieces))  # noqa: S308
