"""Wagtail's own labels, reworded in the hub's vocabulary.

The project's catalogue (site/locale) is read before Wagtail's, so translating
these msgids there changes what the admin shows. Marked here so that
makemessages keeps them.
"""

from django.utils.translation import gettext_noop

WAGTAIL_LABELS = [
    gettext_noop("in moderation"),
    gettext_noop("live + in moderation"),
]
