"""The pages of the vocabularies' terms, all served by the search (see search.listings)."""

from django.urls import path

from . import listings

app_name = "terms"
urlpatterns = [
    path("competences/<str:code>/", listings.competency_detail, name="competency"),
    path("publics/<slug:slug>/", listings.public_detail, name="public"),
    path("thematiques/<slug:slug>/", listings.theme_detail, name="theme"),
    path("types/<slug:slug>/", listings.support_type_detail, name="support_type"),
    path("licences/<slug:slug>/", listings.licence_detail, name="licence"),
    path("etiquettes/<str:slug>/", listings.tag_detail, name="tag"),
    path("departements/<str:code>/", listings.department_detail, name="department"),
]
