from django.urls import path

from . import views

app_name = "collections"

urlpatterns = [
    path("collections/", views.index, name="index"),
    path("collections/mes-collections/", views.mine, name="mine"),
    path("collections/nouvelle/", views.create, name="create"),
    path("collections/enregistrer/", views.save, name="save"),
    path("collections/membre/<str:username>/", views.member_collections, name="member"),
    path("collections/<int:pk>-<slug:slug>/", views.detail, name="detail"),
    path("collections/<int:pk>/modifier/", views.edit, name="edit"),
    path("collections/<int:pk>/supprimer/", views.delete, name="delete"),
    path("collections/<int:pk>/ordre/", views.reorder, name="reorder"),
    path("collections/<int:pk>/telecharger/", views.download, name="download"),
    path("collections/<int:pk>/elements/<int:item_pk>/deplacer/", views.move, name="move"),
    path("collections/<int:pk>/elements/<int:item_pk>/retirer/", views.remove, name="remove"),
    path("collections/<int:pk>/elements/<int:item_pk>/note/", views.note, name="note"),
]
