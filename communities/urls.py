from django.urls import path

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
    path(
        "partage/<str:token>/images/<str:signature>/<int:image_id>/<str:filter_spec>/<str:filename>",
        share_views.shared_image,
        name="share_image",
    ),
]
