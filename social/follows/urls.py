from django.urls import path

from . import views

app_name = "follows"
urlpatterns = [
    path("suivre/", views.follow, name="follow"),
    path("suivre/arreter/", views.unfollow, name="unfollow"),
    path("mon-espace/lettre/", views.digest_preference, name="digest_preference"),
    path("mon-espace/notifications/lues/", views.mark_read, name="mark_read"),
    path("lettre/desinscription/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
