from django.urls import path

from . import views

app_name = "analytics"

urlpatterns = [
    path("statistiques/", views.public_statistics, name="public"),
    path("statistiques/<slug:key>.csv", views.public_export, name="public_export"),
]
