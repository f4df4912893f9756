from django.urls import path, re_path

from . import join_views, share_views

app_name = "communities"

urlpatterns = [
    path("rejoindre/<int:page_id>/", join_views.join, name="join"),
    path(
        "rejoindre/demandes/<int:pk>/retirer/",
        join_views.withdraw_request,
        name="withdraw_request",
    ),
    path("partage/<str:token>/", share_views.shared_page, name="share"),
    path("partage/<str:token>/<int:page_id>/", share_views.shared_page, name="share_page"),
    path(
        "partage/<str:token>/fichiers/<int:document_id>/<str:filename>",
        share_views.shared_file,
        name="share_file",
    ),
    # As Wagtail's checked image path (site/urls.py), whose file name may be empty.
    re_path(
        r"^partage/(?P<token>[^/]+)/images/(?P<signature>[^/]*)/(?P<image_id>\d+)/"
        r"(?P<filter_spec>[^/]*)/[^/]*$",
        share_views.shared_image,
        name="share_image",
    ),
]
