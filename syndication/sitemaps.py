"""sitemap.xml: the site's public live pages, and what other apps register.

Pages come from Wagtail's sitemap (live, public: nothing under a view restriction, so
neither a private community's space nor what is below it). An app adds its own objects
(the places, which are not pages) with a Wagtail hook, so that this app knows none:

    @hooks.register("register_sitemap")
    def register_places_sitemap():
        return "lieux", PlaceSitemap

The sitemap class may list in `invalidated_by` the models whose changes make it stale.
"""

from functools import cache

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap

SITEMAP_HOOK = "register_sitemap"


def updated_on(page):
    """The date the page shows as « mis à jour le »: when its content last changed for a
    content page (core.lifecycle), its last publication for the others."""
    return (
        getattr(page, "content_updated_at", None)
        or page.last_published_at
        or page.latest_revision_created_at
    )


class PageSitemap(Sitemap):
    """Wagtail's sitemap of public live pages, dated by `updated_on`."""

    invalidated_by = ()

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            lastmod = updated_on(item)
            urls += [{**url, "lastmod": lastmod} for url in item.get_sitemap_urls(self.request)]
        last_mods = [url["lastmod"] for url in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


@cache
def registered_sitemaps() -> dict[str, type[DjangoSitemap]]:
    """The sections that apps register, by name (hooks are registered once, at start-up)."""
    return dict(hook() for hook in hooks.get_hooks(SITEMAP_HOOK))


def sitemaps() -> dict[str, type[DjangoSitemap]]:
    return {"pages": PageSitemap, **registered_sitemaps()}
