from django.urls import path

from . import views

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
]
