from django.contrib.auth import views as auth_views
from django.urls import path

from . import member_views, views

app_name = "accounts"

urlpatterns = [
    path("connexion/", views.LoginView.as_view(), name="login"),
    path("deconnexion/", views.LogoutView.as_view(), name="logout"),
    path("mon-espace/", member_views.member_area, name="member_area"),
    path("mon-espace/nom/", member_views.change_name, name="change_name"),
    path("mon-espace/adresse/", member_views.change_email, name="change_email"),
    path(
        "mon-espace/adresse/confirmer/<str:token>/",
        member_views.confirm_email,
        name="email_confirm",
    ),
    path(
        "mon-espace/mot-de-passe/",
        member_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path("mon-espace/supprimer/", member_views.delete_my_account, name="delete_account"),
    path("inscription/", views.signup, name="signup"),
    path("inscription/confirmer/<str:token>/", views.signup_confirm, name="signup_confirm"),
    path("inscription/bienvenue/", views.welcome, name="welcome"),
    path(
        "invitation/<uidb64>/<token>/",
        views.InvitationView.as_view(),
        name="invitation",
    ),
    path(
        "mot-de-passe-oublie/",
        views.RateLimitedPasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "mot-de-passe-oublie/envoye/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="accounts/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "mot-de-passe/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "mot-de-passe/modifie/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
