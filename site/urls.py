import os

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import choosers
from documents.views import serve_document
from images import views as image_views
from rhinocc.views import healthz
from search import views as search_views

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before Wagtail's admin: its page choosers, showing only the pages the user may see.
    path("admin/", include(choosers.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own document URLs, whose view this one wraps.
    path(
        "documents/<int:document_id>/<str:document_filename>",
        serve_document,
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
    # Images of private collections, and Wagtail's `image_url` tag: a signed, checked path.
    re_path(
        r"^images/([^/]*)/(\d*)/([^/]*)/[^/]*$", image_views.serve, name="wagtailimages_serve"
    ),
    path("recherche/", search_views.search, name="search"),
    path("recherche/communautes/", search_views.search_communities, name="search_communities"),
    path("recherche/suggestions/", search_views.autocomplete, name="search_autocomplete"),
    path("", include("taxonomy.urls")),
    path("", include("search.urls")),
    path("", include("accounts.urls")),
    path("", include("places.urls")),
    path("", include("syndication.urls")),
    path("", include("catalogue.registration.urls")),
    path("", include("catalogue.satisfaction_urls")),
    path("api/v1/", include("api.urls")),
    path("", include("agenda.urls")),
    path("", include("communities.urls")),
    path("", include("social.urls")),
    path("", include("analytics.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    from rhinocc.dev_mail import NAME_PATTERN
    from rhinocc.views import dev_mail_detail, dev_mails

    urlpatterns += staticfiles_urlpatterns()
    # The mails sent in development, readable (see rhinocc.dev_mail); never in production.
    urlpatterns += [
        path("dev/courriels/", dev_mails, name="dev_mails"),
        re_path(rf"^dev/courriels/(?P<name>{NAME_PATTERN})/$", dev_mail_detail, name="dev_mail"),
    ]
    # As the proxy (deploy/nginx.conf): only the public renditions; documents and
    # originals go through the views that check rights.
    urlpatterns += static(
        f"{settings.MEDIA_URL}images/", document_root=os.path.join(settings.MEDIA_ROOT, "images")
    )

urlpatterns += [path("", include(wagtail_urls))]
