from django.urls import path

from . import detail, views
from . import map as map_views
from .census import views as census_views

app_name = "places"

urlpatterns = [
    path("lieux/export.csv", views.export, {"name": "csv"}, name="export_csv"),
    path("lieux/export.json", views.export, {"name": "json"}, name="export_json"),
    path(
        "lieux/export-data-inclusion/structures.json",
        views.export,
        {"name": "structures"},
        name="export_structures",
    ),
    path(
        "lieux/export-data-inclusion/services.json",
        views.export,
        {"name": "services"},
        name="export_services",
    ),
    # The map of places; before the place pages (lieux/<slug>/), whose slugs are free.
    path("lieux/", map_views.map_page, name="map"),
    path("lieux/carte/", map_views.embed, name="embed"),
    path("lieux/marqueurs.json", map_views.markers, name="markers"),
]

# The census of places (places.census): public, no account.
urlpatterns += [
    path("recensement/", census_views.search, name="census"),
    path("recensement/nouveau/", census_views.propose, name="census_new"),
    path("recensement/lieu/<slug:slug>/", census_views.propose, name="census_update"),
    path("recensement/merci/", census_views.thanks, name="census_thanks"),
]

# A place's page: last, its slug may be any word the routes above do not take.
urlpatterns += [path("lieux/<slug:slug>/", detail.place_detail, name="place")]
