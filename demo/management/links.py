"""The links the set-up commands print, at the address the site is served on.

`make run ADDRESS=…` hands its address to rhinocc.settings.dev, which makes it
WAGTAILADMIN_BASE_URL: the commands build every link from that setting.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _


def site_link(url_name: str) -> str | None:
    """The absolute URL of a named route, or None when it is not routed (dev pages)."""
    try:
        path = reverse(url_name)
    except NoReverseMatch:
        return None
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def entry_links() -> list[str]:
    """The two login doors, and in development the page of the mails sent."""
    lines = [
        _("log in (My space, for everyone): %(link)s") % {"link": site_link("accounts:login")},
        _("administration (editing roles): %(link)s") % {"link": site_link("wagtailadmin_home")},
    ]
    mails = site_link("dev_mails")
    if mails:
        lines.append(_("emails sent (development): %(link)s") % {"link": mails})
    return lines
