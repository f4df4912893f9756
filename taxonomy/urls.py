from django.urls import path

from . import views

app_name = "taxonomy"
urlpatterns = [
    path("competences/", views.competency_index, name="competency_index"),
]
