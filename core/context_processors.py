from wagtail.models import Site


def main_menu(request):
    """The sections of the main menu: the home page's children marked "show in menus".

    Lazy, so that pages which never render the menu (files, redirects) pay nothing.
    """

    def menu_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []
        return list(site.root_page.get_children().live().in_menu())

    return {"menu_pages": menu_pages}
