from urllib.parse import quote

from django import template
from django.urls import reverse

register = template.Library()

# Pages after which coming back makes no sense: logging in from them goes to Mon espace.
ACCOUNT_PAGES = ("accounts:", "wagtailadmin_")


@register.simple_tag(takes_context=True)
def login_url(context) -> str:
    """The login page, coming back afterwards to the page the visitor was reading."""
    url = reverse("accounts:login")
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if request is None or match is None or match.view_name.startswith(ACCOUNT_PAGES):
        return url
    return f"{url}?next={quote(request.get_full_path(), safe='/')}"


@register.filter
def display_name(user) -> str:
    """What the hub calls a member: their name, else their handle."""
    return user.get_full_name() or user.get_username()
