from django.urls import path

from . import views
from .models import Report

app_name = "reports"

urlpatterns = [
    path(
        "signaler/contenu/<int:pk>/",
        views.report,
        {"target_type": Report.TargetType.PAGE},
        name="page",
    ),
    path(
        "signaler/avis/<int:pk>/",
        views.report,
        {"target_type": Report.TargetType.RECOMMENDATION},
        name="recommendation",
    ),
    path(
        "signaler/reponse/<int:pk>/",
        views.report,
        {"target_type": Report.TargetType.REPLY},
        name="reply",
    ),
    path("signaler/merci/", views.thanks, name="thanks"),
]
