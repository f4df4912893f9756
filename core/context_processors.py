from wagtail.models import Site

from .restrictions import visible_to


def main_menu(request):
    """The sections of the main menu: the home page's children marked "show in menus"
    that this visitor may open (a restricted section's title is not for everyone).

    Lazy, so that pages which never render the menu (files, redirects) pay nothing.
    """

    def menu_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []
        sections = site.root_page.get_children().live().in_menu()
        if request.user.is_authenticated:
            return list(visible_to(sections, request))
        # In the same query for anonymous visitors, on every page: a section can only be
        # restricted by its own restriction (one on the home page closes the whole site).
        return list(sections.filter(view_restrictions__isnull=True))

    return {"menu_pages": menu_pages}
