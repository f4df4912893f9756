from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import views as sitemap_views

from .cache import cached_until_publish
from .sitemaps import sitemaps

# What robots need not crawl: the administration, search results (endless
# combinations of filters, each page a duplicate) and the members' pages.
DISALLOWED_URL_NAMES = (
    "wagtailadmin_home",
    "search",
    "accounts:login",
    "accounts:logout",
    "accounts:member_area",
    "accounts:signup",
    "accounts:password_reset",
)


@require_safe
@cached_until_publish
def sitemap_index(request):
    return sitemap_views.index(request, sitemaps(), sitemap_url_name="syndication:sitemap")


@require_safe
@cached_until_publish
def sitemap(request, section):
    return sitemap_views.sitemap(request, sitemaps(), section=section)


@require_safe
def robots_txt(request):
    context = {
        "allow_indexing": settings.RHINOCC_ALLOW_INDEXING,
        "disallowed": [reverse(name) for name in DISALLOWED_URL_NAMES],
        "sitemap_url": request.build_absolute_uri(reverse("syndication:sitemap_index")),
    }
    return render(request, "syndication/robots.txt", context, content_type="text/plain")
