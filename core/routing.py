"""Finding the page an address names in two queries, whatever its depth."""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


class DirectRoutingMixin:
    """For the site's root page: the whole trail of pages an address names, read at once.

    Wagtail's `Page.route` walks the tree one level at a time, two queries a level
    (the child, then its specific object). Here one query reads every page whose URL
    path begins the address, and one more the specific object of the last. Whenever a
    page on the way would answer the rest of the address itself (a sub-route of a
    RoutablePageMixin, another `route`), Wagtail's walk decides, as it would.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [self.url_path]
        for component in path_components:
            prefixes.append(f"{prefixes[-1]}{component}/")
        trail = list(
            Page.objects.filter(url_path__in=prefixes[1:], path__startswith=self.path).order_by(
                "depth"
            )
        )
        if len(trail) != len(path_components) or any(
            answers_below(page, path_components[depth + 1 :])
            for depth, page in enumerate(trail[:-1])
        ):
            return super().route(request, path_components)
        page = specific_for_serving(trail[-1])
        if page is None:  # deleted meanwhile
            return super().route(request, path_components)
        page._cached_parent_obj = trail[-2] if len(trail) > 1 else self
        # The breadcrumb reads the same trail (core.breadcrumbs).
        page.__dict__["_breadcrumb_ancestors"] = [self, *trail[:-1]]
        # The page's own answer to its address: itself if live, or its index sub-route.
        return page.route(request, [])


def specific_for_serving(page: Page) -> Page | None:
    """The page as its specific class, with the objects its classes name in
    `serve_select_related` (its image, its support type…) in the same query."""
    model = page.specific_class
    if model is None:
        return page.specific
    related = {
        name for klass in model.__mro__ for name in vars(klass).get("serve_select_related", ())
    }
    pages = model._default_manager.filter(pk=page.pk)
    return (pages.select_related(*sorted(related)) if related else pages).first()


def answers_below(page: Page, remaining: list[str]) -> bool:
    """Whether the page would answer the rest of the address itself, rather than hand it
    to its children as `Page.route` does: a live RoutablePageMixin whose sub-routes match
    it, or any other `route` of its own (asked by Wagtail's walk, to be safe)."""
    model = page.specific_class or Page
    if model.route is Page.route:
        return False
    if model.route is not RoutablePageMixin.route:
        return True
    if not page.live:
        return False
    try:
        model.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Http404:
        return False
    return True
