"""The satisfaction questionnaire's public address (a signed link from the trainee's mail)."""

from django.urls import path

from . import satisfaction_views

app_name = "catalogue_satisfaction"

urlpatterns = [
    path("questionnaire-satisfaction/<str:token>/", satisfaction_views.answer, name="answer"),
]
