from django.urls import path

from . import views

app_name = "sessions"

urlpatterns = [
    path("sessions/<int:session_id>/inscription/", views.register, name="register"),
    path("sessions/inscription/<str:token>/", views.registration, name="registration"),
    path(
        "sessions/inscription/<str:token>/session.ics",
        views.registration_calendar,
        name="calendar",
    ),
    path("sessions/place/<str:token>/", views.registration_offer, name="offer"),
]
