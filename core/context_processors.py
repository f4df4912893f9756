from django.conf import settings
from wagtail.models import Site

from .generations import PUBLISHED, per_generation
from .restrictions import visible_to


def main_menu(request):
    """The sections of the main menu: the home page's children marked "show in menus"
    that this visitor may open (a restricted section's title is not for everyone).

    Lazy, so that pages which never render the menu (files, redirects) pay nothing.
    `published_generation` keys the fragments cached until published content changes,
    for `generation_cache_seconds` at most.
    """

    def menu_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []
        sections = site.root_page.get_children().live().in_menu()
        if request.user.is_authenticated:
            return list(visible_to(sections, request))
        # The same for every anonymous visitor, read once per generation of published
        # content: a section can only be restricted by its own restriction (one on the
        # home page closes the whole site).
        return per_generation(
            f"main-menu:{site.pk}",
            lambda: list(sections.filter(view_restrictions__isnull=True)),
        )

    return {
        "menu_pages": menu_pages,
        "published_generation": PUBLISHED.current,
        "generation_cache_seconds": settings.RHINOCC_GENERATION_CACHE_SECONDS,
    }
