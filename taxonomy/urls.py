from django.urls import path

from . import views

app_name = "taxonomy"
urlpatterns = [
    path("competences/", views.competency_index, name="competency_index"),
    path("competences/<str:code>/", views.competency_detail, name="competency"),
    path("publics/<slug:slug>/", views.public_detail, name="public"),
    path("thematiques/<slug:slug>/", views.theme_detail, name="theme"),
    path("types/<slug:slug>/", views.support_type_detail, name="support_type"),
    path("licences/<slug:slug>/", views.licence_detail, name="licence"),
    path("etiquettes/<str:slug>/", views.tag_detail, name="tag"),
    path("departements/<str:code>/", views.department_detail, name="department"),
]
