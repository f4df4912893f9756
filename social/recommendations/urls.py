from django.urls import path

from . import views

app_name = "recommendations"

urlpatterns = [
    path("avis/<int:page_id>/", views.rate, name="rate"),
    path("avis/<int:page_id>/retirer/", views.withdraw, name="withdraw"),
    path("avis/<int:page_id>/reglage/", views.setting, name="setting"),
    path("avis/reponse/<int:recommendation_id>/", views.reply, name="reply"),
]
