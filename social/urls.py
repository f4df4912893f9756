from django.urls import include, path

urlpatterns = [
    path("", include("social.collections.urls")),
    path("", include("social.recommendations.urls")),
    path("", include("social.reports.urls")),
    path("", include("social.follows.urls")),
]
